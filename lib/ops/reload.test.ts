/**
 * Live reload against a real watched folder: an added, edited, broken and deleted file each reach the served
 * catalog through a swap to a NEW instance, the instance a request already holds never changes, and the
 * generation and swap listeners follow. Waits are on swap events, not on the clock.
 */
import { mkdir, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../catalog/catalog';
import { type CatalogSwap, catalogGeneration, getCatalog, onCatalogSwap } from '../catalog/server';
import { log } from './log';
import { metrics } from './metrics';
import { startLiveReload } from './reload';
import { observeCatalog } from './telemetry';

// Articles written for this test, in the properties-block format.
const article = (id: string, title: string) =>
  `<properties\n\tpageTitle="${title}"\n\tdescription="About ${title}"\n\tselfHelpType="Generic"\n\tcloudEnvironments="public"\n\tarticleId="${id}"\n\tsupportTopicIds="11110001"\n\tproductPesIds="101"\n\tservice="microsoft.widgets"\n\tresource="gadgets"\n\tauthors="tester"\n/>\n\n# ${title}\n\n## **Recommended Steps**\n\n1. Restart the widget.\n`;

let root: string;
let stop: () => void = () => undefined;

/** Resolves on the next swap whose catalog satisfies `ready` (a burst of events may take more than one swap). */
function nextSwap(ready: (catalog: Catalog) => boolean): Promise<CatalogSwap> {
  return new Promise((resolve) => {
    const off = onCatalogSwap((swap) => {
      if (!ready(swap.catalog)) return;
      off();
      resolve(swap);
    });
  });
}

const titles = (c: Catalog) =>
  c
    .all()
    .map((m) => m.title)
    .sort();

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'reload-'));
  await mkdir(path.join(root, 'widgets'));
  await writeFile(path.join(root, 'widgets', 'alpha.md'), article('alpha', 'Alpha widget'));
  await writeFile(path.join(root, 'widgets', 'beta.md'), article('beta', 'Beta widget'));
  process.env.SELFHELP_CONTENT_DIR = root;
  log.level = 'silent';
  observeCatalog();
  await getCatalog();
  stop = startLiveReload({ debounceMs: 50 });
});

afterAll(async () => {
  stop();
  await rm(root, { recursive: true, force: true });
});

describe('live reload', () => {
  it('serves an added file from a new catalog and leaves the held one as it was', async () => {
    const held = await getCatalog();
    const generation = catalogGeneration();
    const swapped = nextSwap((c) => c.byId('gamma').length === 1);
    await writeFile(path.join(root, 'widgets', 'gamma.md'), article('gamma', 'Gamma widget'));
    const swap = await swapped;
    expect(swap.catalog).not.toBe(held);
    expect(swap.reason).toBe('reload');
    expect(swap.generation).toBeGreaterThan(generation);
    expect(await getCatalog()).toBe(swap.catalog);
    expect(titles(swap.catalog)).toEqual(['Alpha widget', 'Beta widget', 'Gamma widget']);
    expect(titles(held)).toEqual(['Alpha widget', 'Beta widget']);
    expect(catalogGeneration()).toBe(swap.generation);
  });

  it('serves an edited file with its new title and body', async () => {
    const swapped = nextSwap((c) => c.byId('alpha')[0]?.title === 'Alpha widget, revised');
    await writeFile(path.join(root, 'widgets', 'alpha.md'), article('alpha', 'Alpha widget, revised').replace('Restart the widget', 'Reseat the widget'));
    const { catalog } = await swapped;
    const meta = catalog.byId('alpha')[0]!;
    const parsed = await catalog.getArticle(meta);
    expect(parsed?.body.steps.map((s) => s.text)).toEqual(['Reseat the widget.']);
  });

  it('reports a broken file with its diagnostics while the others keep serving', async () => {
    const errorsOf = (c: Catalog) =>
      [
        ...c
          .failures()
          .filter((f) => f.file === 'widgets/beta.md')
          .flatMap((f) => f.diagnostics),
        ...(c.byFile('widgets/beta.md')?.diagnostics ?? []),
      ].filter((d) => d.severity === 'error');
    const swapped = nextSwap((c) => errorsOf(c).length > 0);
    await writeFile(path.join(root, 'widgets', 'beta.md'), '<properties pageTitle="Beta\n# no end to this block\n');
    const { catalog } = await swapped;
    expect(errorsOf(catalog).map((d) => d.ruleId)).toContain('properties-unterminated');
    expect(catalog.byId('alpha')).toHaveLength(1);
    expect(catalog.byId('gamma')).toHaveLength(1);
  });

  it('drops a deleted file, and a new folder of files arrives whole', async () => {
    const gone = nextSwap((c) => c.byId('gamma').length === 0);
    await unlink(path.join(root, 'widgets', 'gamma.md'));
    expect((await gone).catalog.byId('alpha')).toHaveLength(1);

    const arrived = nextSwap((c) => c.byId('delta').length === 1 && c.byId('epsilon').length === 1);
    await mkdir(path.join(root, 'gadgets'));
    await writeFile(path.join(root, 'gadgets', 'delta.md'), article('delta', 'Delta gadget'));
    await writeFile(path.join(root, 'gadgets', 'epsilon.md'), article('epsilon', 'Epsilon gadget'));
    const { catalog } = await arrived;
    expect(titles(catalog)).toContain('Epsilon gadget');
  });

  it('counts reloads and keeps the catalog gauges to the served catalog', async () => {
    const reloads = (await metrics.catalogReloads.get()).values.find((v) => v.labels.result === 'ok')?.value ?? 0;
    expect(reloads).toBeGreaterThanOrEqual(4);
    const served = await getCatalog();
    expect((await metrics.catalogArticles.get()).values[0]?.value).toBe(served.size);
    expect((await metrics.catalogGeneration.get()).values[0]?.value).toBe(catalogGeneration());
  });
});
