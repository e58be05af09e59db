import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleText } from '@/test/support/articles';
import { Catalog } from './catalog';
import { bodySections, cachedBodySections } from './highlights';

// Articles written for these tests (not corpus text).
const article = (id: string, body: string) => articleText({ file: `${id}.md`, articleId: id, title: `Excerpt ${id}`, body });

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'selfhelp-highlights-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the sections excerpts are cut from', () => {
  it('are kept by file and content: the same bytes give the kept sections, equal to fresh ones', () => {
    const bytes = Buffer.from(article('kept', '## **Recommended Steps**\n\n1. Restart the **gateway** and wait.\n'));
    const first = cachedBodySections(root, 'kept.md', bytes);
    expect(first).toEqual(bodySections('kept.md', bytes));
    expect(first.map((s) => s.heading)).toContain('Recommended Steps');
    expect(cachedBodySections(root, 'kept.md', Buffer.from(bytes))).toBe(first);
    // Another root's file of the same name is its own.
    expect(cachedBodySections(`${root}-other`, 'kept.md', bytes)).not.toBe(first);
  });

  it('are made anew when the bytes changed', () => {
    const before = cachedBodySections(root, 'edited.md', Buffer.from(article('edited', 'Old words about the probe.')));
    const afterBytes = Buffer.from(article('edited', 'New words about the listener.'));
    const after = cachedBodySections(root, 'edited.md', afterBytes);
    expect(after).not.toBe(before);
    expect(after).toEqual(bodySections('edited.md', afterBytes));
  });

  it('are bounded in bytes: large bodies push the oldest out', () => {
    const big = (i: number) => Buffer.from(article(`big${i}`, `${'word '.repeat(200_000)}${i}`));
    const oldest = cachedBodySections(root, 'big0.md', big(0));
    // 12 bodies of about 2 MB of heap each, against 8 MB.
    for (let i = 1; i <= 12; i++) cachedBodySections(root, `big${i}.md`, big(i));
    expect(cachedBodySections(root, 'big0.md', big(0))).not.toBe(oldest);
  });

  it("an edited file's excerpt shows its new text on the next answer, within one catalog", async () => {
    const file = path.join(root, 'live.md');
    await writeFile(file, article('live', 'Check the **probe** settings first.'));
    const catalog = await Catalog.load(root);
    const items = catalog.query({ limit: 10, offset: 0 }).items.filter((i) => i.meta.file === 'live.md');
    const text = () =>
      catalog
        .highlights(items)[0]
        ?.excerpt?.parts.map((p) => p.text)
        .join('') ?? '';
    expect(text()).toContain('probe');
    await writeFile(file, article('live', 'Check the **listener** settings first.'));
    expect(text()).toContain('listener');
    expect(text()).not.toContain('probe');
  });
});
