/**
 * Pipeline benchmark on the real corpus, all phases in one run so ratios compare like with like:
 * (a) read every file, (b) the catalog pass (properties + schema, no markdown), (c) a bare remark-parse of
 * every body, (d) the full export. Each timed phase runs twice after a warm-up; the faster run counts.
 */
import { readFileSync } from 'node:fs';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { listFiles } from '../lib/catalog/files';
import { exportRecord } from '../lib/cli/export';
import { isArticleCandidate } from '../lib/content/candidate';
import { readArticleMeta } from '../lib/content/meta';
import { JSON_BODY_TYPES } from '../lib/content/model';
import { readArticle } from '../lib/content/read';
import { buildGuides } from '../lib/guides/group';

export interface PhaseResult {
  name: string;
  ms: number;
  perSecond: number;
}

function best(name: string, count: number, runs: number, fn: () => void): PhaseResult {
  let ms = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    ms = Math.min(ms, performance.now() - t);
  }
  return { name, ms, perSecond: (count / ms) * 1000 };
}

export function benchPipeline(dir: string) {
  const all = listFiles(dir);
  const files = all.map((f) => ({ ...f, bytes: readFileSync(f.path) })).filter((f) => isArticleCandidate(f.bytes));
  const n = files.length;
  const bodies = files.map((f) => {
    const text = f.bytes.toString('utf8');
    const end = text.indexOf('/>', text.indexOf('<properties'));
    return end === -1 ? text : text.slice(end + 2);
  });
  const bare = unified().use(remarkParse).freeze();
  // Warm-up on a slice so JIT and lazy module init are not timed.
  for (const f of files.slice(0, 300)) readArticle(f.file, f.bytes);
  for (const b of bodies.slice(0, 300)) bare.parse(b);

  const a = best('(a) read files', n, 2, () => {
    for (const f of files) readFileSync(f.path);
  });
  const b = best('(b) catalog pass', n, 2, () => {
    for (const f of files) readArticleMeta(f.file, f.bytes);
  });
  const c = best('(c) bare remark-parse', n, 2, () => {
    for (const body of bodies) bare.parse(body);
  });
  const d = best('(d) full export', n, 2, () => {
    for (const f of files) JSON.stringify(exportRecord(readArticle(f.file, f.bytes)));
  });
  // The same comparison without JSON-bodied types, whose JSON the export does not hand to remark: a fairer d/c.
  const markdown = files.map((f, i) => ({ f, body: bodies[i]! })).filter(({ f }) => !JSON_BODY_TYPES.has(readArticleMeta(f.file, f.bytes).selfHelpType));
  const cm = best("(c') remark-parse, md types", markdown.length, 2, () => {
    for (const { body } of markdown) bare.parse(body);
  });
  const dm = best("(d') export, md types", markdown.length, 2, () => {
    for (const { f } of markdown) JSON.stringify(exportRecord(readArticle(f.file, f.bytes)));
  });
  // Troubleshooting guides from the metadata the catalog holds (what `catalog.guides()` costs on first use).
  const metas = files.map((f) => readArticleMeta(f.file, f.bytes));
  buildGuides(metas);
  const e = best('(e) group guides', n, 2, () => buildGuides(metas));
  return {
    articles: n,
    phases: [a, b, c, d, cm, dm, e],
    ratios: { bOverA: b.ms / a.ms, dOverC: d.ms / c.ms, dOverCMarkdown: dm.ms / cm.ms },
  };
}

export function printPipeline(r: ReturnType<typeof benchPipeline>): void {
  console.log(`pipeline: ${r.articles} articles`);
  for (const p of r.phases) {
    console.log(`  ${p.name.padEnd(24)} ${p.ms.toFixed(0).padStart(7)} ms  ${p.perSecond.toFixed(0).padStart(8)} articles/s`);
  }
  console.log(`  ratio b/a (catalog pass / reading files)   ${r.ratios.bOverA.toFixed(2)}`);
  console.log(`  ratio d/c (full export / bare remark-parse) ${r.ratios.dOverC.toFixed(2)}  (goal ≤ 1.5)`);
  console.log(`  ratio d'/c' (markdown-bodied types only)     ${r.ratios.dOverCMarkdown.toFixed(2)}`);
  const b = r.phases[1]!;
  console.log(`  catalog pass ${(b.ms / 1000).toFixed(2)} s (goal < 1.5 s)`);
}
