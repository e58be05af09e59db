/** Metadata-only lint must count what a full lint counts for those rules, on every lint fixture. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticleMeta } from '../content/read';
import { lintFiles } from './lint';
import { lintMetadata, METADATA_RULE_IDS } from './metadata';
import { RULES } from './rules';

const ROOT = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'lint');

const histogram = (ids: string[]) =>
  ids.reduce<Record<string, number>>((h, id) => {
    h[id] = (h[id] ?? 0) + 1;
    return h;
  }, {});

describe('lintMetadata', () => {
  it('names only rules that exist', () => {
    const known = new Set<string>(RULES.map((r) => r.id));
    for (const id of METADATA_RULE_IDS) expect(known.has(id), id).toBe(true);
  });

  for (const dir of readdirSync(ROOT).sort()) {
    it(`counts like a full lint on the ${dir} fixtures`, () => {
      const files = readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.md'));
      const inputs = files.map((file) => ({ file, bytes: readFileSync(join(ROOT, dir, file)) }));
      const full = lintFiles(inputs).files.flatMap((f) => f.diagnostics);
      const all = inputs.map((i) => readArticleMeta(i.file, i.bytes));
      const fromMeta = all.flatMap((meta) => lintMetadata(meta, all));
      const metaRules = (ids: string[]) => ids.filter((id) => METADATA_RULE_IDS.has(id) || id.startsWith('properties-'));
      const counts = histogram(metaRules(fromMeta.map((d) => d.ruleId)));
      expect(counts).toEqual(histogram(metaRules(full.map((d) => d.ruleId))));
      // A metadata rule's own not-ok example must show up, so the comparison above is not of two empty lists.
      if (METADATA_RULE_IDS.has(dir)) expect(counts[dir]).toBeGreaterThan(0);
    });
  }
});
