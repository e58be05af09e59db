/**
 * A seeded mutator for fuzzing the pipeline with real files: the same seed gives the same cases on every machine,
 * so a failure names a case that can be replayed (`FUZZ_SEED`, case number). Each case applies one to three
 * mutations from the list below to the bytes of one real article.
 */

/** mulberry32: a small, fast, well-mixed 32-bit PRNG; returns floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const int = (rand: Rand, n: number) => Math.floor(rand() * n);
const pick = <T>(rand: Rand, list: readonly T[]): T => list[int(rand, list.length)] as T;

/** Inserts `insert` at a random offset of `bytes`. */
function insertAt(rand: Rand, bytes: Buffer, insert: Buffer | string): Buffer {
  const at = int(rand, bytes.length + 1);
  return Buffer.concat([bytes.subarray(0, at), Buffer.from(insert), bytes.subarray(at)]);
}

const MARKUP = [
  '<script>alert(1)</script>',
  '<div>',
  '</div>',
  '<!--',
  '-->',
  '<!--$vmname-->',
  ':::Section',
  ':::',
  '<insight>',
  '</insight>',
  '<img src=x onerror=alert(1)>',
  '&amp;&#0;&#xD800;',
  '<table><tr><td>',
  '```',
  '~~~json',
  '<properties',
  '/>',
  '# ',
  '## **Recommended Steps**',
  '[link](javascript:alert(1))',
  '<a href="data:text/html,x">',
  '<form>',
  '<iframe src=//x>',
];
const STRAY = ['"', "'", '{', '}', '[', ']', '`', '\\', '<', '>', '=', '"""', "''", '{{', '}}', '[[', ']]'];
const INVALID_UTF8 = [[0xc3, 0x28], [0xff], [0xfe, 0xff], [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0x80, 0x80]];

/** Deep nesting, kept within depths the markdown parser handles in milliseconds (it is superlinear beyond). */
function nesting(rand: Rand): string {
  const depth = 2 + int(rand, 40);
  switch (int(rand, 6)) {
    case 0:
      return `\n${'> '.repeat(depth * 5)}deep\n`;
    case 1:
      return `\n${Array.from({ length: depth }, (_, i) => `${' '.repeat(i * 2)}- item ${i}`).join('\n')}\n`;
    case 2:
      return `\n${Array.from({ length: depth }, (_, i) => `${'>'.repeat(i + 1)} quote ${i}`).join('\n')}\n`;
    case 3:
      return `${'['.repeat(depth * 100)}${']'.repeat(depth * 100)}`; // JSON bodies: arrays thousands deep
    case 4:
      return `${'{"a":'.repeat(depth * 50)}1${'}'.repeat(depth * 50)}`;
    default:
      // Raw HTML: the renderer survives any depth (lib/render/deep.test.ts); deeper costs seconds a case here.
      return `\n${'<span>'.repeat(depth * 10)}deep\n`;
  }
}

/** A single line of 32 KB to 160 KB (words, so it is a paragraph, not one token). */
function hugeLine(rand: Rand): string {
  const words = ['virtual', 'machine', 'network', '`code`', '**bold**', '<b>x</b>', 'https://example.test/x', '[x](y)', '$vm', '_under_'];
  const size = (8 + int(rand, 32)) * 1024; // 8–40 KB on one line: real lines stay under a few KB
  const parts: string[] = [];
  for (let n = 0; n < size; ) {
    const w = pick(rand, words);
    parts.push(w);
    n += w.length + 1;
  }
  return `\n${parts.join(' ')}\n`;
}

/** Repeats the file until it is about 5 MB (over the article size limit: it must be refused, not read). */
function fiveMegabytes(bytes: Buffer): Buffer {
  const copies = Math.ceil((5 * 2 ** 20) / Math.max(1, bytes.length));
  return Buffer.concat(Array.from({ length: copies }, () => bytes));
}

type Mutation = [name: string, weight: number, apply: (rand: Rand, bytes: Buffer) => Buffer];

const MUTATIONS: Mutation[] = [
  [
    'byte-flips',
    20,
    (rand, b) => {
      const out = Buffer.from(b);
      for (let i = 1 + int(rand, 8); i > 0 && out.length > 0; i--) out[int(rand, out.length)] = int(rand, 256);
      return out;
    },
  ],
  ['truncate', 12, (rand, b) => b.subarray(0, int(rand, b.length + 1))],
  ['markup', 14, (rand, b) => insertAt(rand, b, pick(rand, MARKUP))],
  ['stray-properties', 8, (rand, b) => insertAt(rand, b, pick(rand, ['<properties', '<properties ', '<properties\n', '<properties pageTitle="x" ', '/>']))],
  ['quotes-braces', 12, (rand, b) => insertAt(rand, b, pick(rand, STRAY))],
  ['invalid-utf8', 8, (rand, b) => insertAt(rand, b, Buffer.from(pick(rand, INVALID_UTF8)))],
  ['nul', 6, (rand, b) => insertAt(rand, b, Buffer.alloc(1 + int(rand, 4)))],
  ['deep-nesting', 6, (rand, b) => insertAt(rand, b, nesting(rand))],
  ['huge-line', 0.4, (rand, b) => insertAt(rand, b, hugeLine(rand))],
  [
    'bom-crlf',
    4,
    (rand, b) =>
      rand() < 0.5 ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]), b]) : Buffer.from(b.toString('latin1').replace(/\n/g, '\r\n'), 'latin1'),
  ],
  [
    'splice',
    6,
    (rand, b) => {
      const from = int(rand, b.length + 1);
      const to = from + int(rand, Math.min(2000, b.length - from) + 1);
      return Buffer.concat([b.subarray(0, from), b.subarray(to), b.subarray(from, to)]);
    },
  ],
  ['five-megabytes', 0.1, (_rand, b) => fiveMegabytes(b)],
];
const TOTAL = MUTATIONS.reduce((sum, [, w]) => sum + w, 0);

function choose(rand: Rand): Mutation {
  let r = rand() * TOTAL;
  for (const m of MUTATIONS) if ((r -= m[1]) < 0) return m;
  return MUTATIONS[0] as Mutation;
}

/** One fuzz case: the mutated bytes and the names of the mutations applied (for failure messages). */
export function mutate(rand: Rand, bytes: Buffer): { bytes: Buffer; applied: string[] } {
  const applied: string[] = [];
  let out = bytes;
  for (let i = 1 + int(rand, 3); i > 0; i--) {
    const [name, , apply] = choose(rand);
    out = apply(rand, out);
    applied.push(name);
  }
  return { bytes: out, applied };
}
