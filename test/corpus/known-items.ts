/**
 * Known-item queries generated from article metadata, typed the way an engineer types them: service + title
 * words, one word in the other number, one typo, two swapped letters, a pasted articleId, a pasted support topic
 * id. Seeded, so a run is reproducible; a different seed gives a held-out set for the one used in tuning.
 */

import type { CatalogMeta } from '@/lib/content/model';
import { prng } from './mutate';

export type QueryKind = 'service-title' | 'other-number' | 'typo' | 'swap' | 'articleId' | 'topicId';
export const QUERY_KINDS: readonly QueryKind[] = ['service-title', 'other-number', 'typo', 'swap', 'articleId', 'topicId'];

export interface KnownItem {
  kind: QueryKind;
  q: string;
  /** The article the query was made from. */
  file: string;
  /** For `topicId`: the topic whose articles must fill the top 10. */
  topic?: string;
}

// Function words an engineer leaves out when typing a search (the apostrophe forms come from `doesn't` → `doesn`).
const SKIP = new Set(
  (
    'a about after all an and any are as at be been before but by can cannot could do does doesn don for from has have ' +
    'how i if in into is isn it its my no not of on or other our than that the their then there these this those to ' +
    'unable using via was we were what when where which while who why will with without won you your'
  ).split(' '),
);

/** Title words an engineer would type (no function words). */
export function contentWords(title: string): string[] {
  return (title.match(/[A-Za-z][A-Za-z0-9]*/g) ?? []).filter((w) => w.length >= 2 && !SKIP.has(w.toLowerCase()));
}

/** The word in the other grammatical number, by the common English rules. */
export function otherNumber(word: string): string {
  const w = word.toLowerCase();
  if (/[^aeiou]ies$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/(ss|us|is)$/.test(w)) return w.endsWith('ss') ? `${w}es` : w;
  if (/(ches|shes|xes|sses)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s')) return w.slice(0, -1);
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  if (/(ch|sh|x)$/.test(w)) return `${w}es`;
  return `${w}s`;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** One edit (deletion, substitution or insertion) away, not at the first letter. */
export function typo(word: string, rnd: () => number): string {
  const w = word.toLowerCase();
  const i = 1 + Math.floor(rnd() * (w.length - 1));
  const letter = LETTERS[Math.floor(rnd() * LETTERS.length)] ?? 'e';
  const op = Math.floor(rnd() * 3);
  if (op === 0) return w.slice(0, i) + w.slice(i + 1);
  if (op === 1) return w.slice(0, i) + (letter === w[i] ? 'q' : letter) + w.slice(i + 1);
  return w.slice(0, i) + letter + w.slice(i);
}

/** Two adjacent letters swapped (different letters), not the first. */
export function swap(word: string, rnd: () => number): string {
  const w = word.toLowerCase();
  const spots = [...w].map((_, i) => i).filter((i) => i >= 1 && i + 1 < w.length && w[i] !== w[i + 1]);
  const i = spots[Math.floor(rnd() * spots.length)];
  return i === undefined ? w : w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
}

/** `microsoft.keyvault` → `keyvault`: the name engineers type for a service. */
export const shortService = (service: string | null) => (service ? (service.toLowerCase().split('.').pop() ?? '') : '');

/** 3–4 of the words (all when fewer), in title order. */
function pick(words: readonly string[], rnd: () => number): string[] {
  const n = Math.min(words.length, 3 + Math.floor(rnd() * 2));
  const chosen = new Set<number>();
  while (chosen.size < n) chosen.add(Math.floor(rnd() * words.length));
  return [...chosen].sort((a, b) => a - b).map((i) => words[i] ?? '');
}

/** One query of each kind for an article (those its metadata allows), or none when its title has too few words. */
export function queriesFor(meta: CatalogMeta, title: string, rnd: () => number): KnownItem[] {
  const words = contentWords(title);
  if (words.length < 2) return [];
  const base = { file: meta.file };
  const out: KnownItem[] = [];
  const service = shortService(meta.service);
  out.push({ ...base, kind: 'service-title', q: [service, ...pick(words, rnd)].filter(Boolean).join(' ') });
  const edit = (kind: QueryKind, change: (w: string) => string) => {
    const chosen = pick(words, rnd);
    const spots = chosen.map((w, i) => (w.length >= (kind === 'other-number' ? 4 : 5) && /^[a-z]+$/i.test(w) ? i : -1)).filter((i) => i >= 0);
    const at = spots[Math.floor(rnd() * spots.length)];
    if (at === undefined) return;
    out.push({ ...base, kind, q: chosen.map((w, i) => (i === at ? change(w) : w.toLowerCase())).join(' ') });
  };
  edit('other-number', otherNumber);
  edit('typo', (w) => typo(w, rnd));
  edit('swap', (w) => swap(w, rnd));
  out.push({ ...base, kind: 'articleId', q: meta.articleId });
  const topic = meta.supportTopicIds[Math.floor(rnd() * meta.supportTopicIds.length)];
  if (topic) out.push({ ...base, kind: 'topicId', q: topic, topic });
  return out;
}

/** Known-item queries for `count` articles drawn with `seed` (articles with id-like or one-word titles skipped). */
export function generate(items: readonly { meta: CatalogMeta; title: string }[], count: number, seed: number): KnownItem[] {
  const rnd = prng(seed); // the same seed, the same queries
  const order = items.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
  }
  const out: KnownItem[] = [];
  let used = 0;
  for (const i of order) {
    const item = items[i];
    if (!item || used >= count) continue;
    const queries = queriesFor(item.meta, item.title, rnd);
    if (queries.length === 0) continue;
    out.push(...queries);
    used++;
  }
  return out;
}
