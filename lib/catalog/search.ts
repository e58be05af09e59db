/**
 * The substring scan: the answer to `q` while the ranked index (lib/search) is being built. The catalog keeps one
 * lower-cased plain-text copy per article, made by a fast regex pass (no markdown parse): every term must occur
 * somewhere. The copies also feed the index build and are dropped once it is ready.
 */

/**
 * The text an entry holds for search until the ranked index has it: the body's plain words (lower-case) and its
 * headings as written, one per line (the scan finds them in `body`). The lower-cased title and description the scan
 * also reads are made by the first scan that needs them (`scanText`): most starts never scan, the index being ready
 * within seconds, and two copies per article were 4 MB that every start made and its collector moved.
 */
export interface EntryText {
  body: string;
  headings: string;
  title?: string;
  description?: string;
}

/** What a query's terms are matched against, all lower-case. */
export type SearchText = Required<EntryText>;

/** An entry's scan text, its lower-cased title and description made on first use; null once its text is dropped. */
export function scanText(entry: { title: string; meta: { description: string }; text: EntryText | null }): SearchText | null {
  const text = entry.text;
  if (!text) return null;
  text.title ??= entry.title.toLowerCase();
  text.description ??= entry.meta.description.toLowerCase();
  return text as SearchText;
}

// Markup removed in one pass; link and image text is kept (capture group 1), their URLs dropped.
const MARKUP = /<!--[\s\S]*?-->|<properties[\s\S]*?\/>|<[^>]{0,400}>|!?\[([^\]]{0,400})\]\([^)]{0,2000}\)|https?:\/\/\S+|&[a-z]+;|&#\d+;|[#*_`>|~\\{}[\]"]+/g;

/** Plain, lower-cased, whitespace-collapsed text of a markdown body. */
export function plainText(markdown: string): string {
  return markdown
    .replace(MARKUP, (_, linkText: string | undefined) => (linkText ? ` ${linkText} ` : ' '))
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Lower-cased terms of a query; quotes group a phrase (`"reset password"` is one term). */
export function searchTerms(q: string): string[] {
  const terms: string[] = [];
  for (const m of q.toLowerCase().matchAll(/"([^"]+)"|(\S+)/g)) {
    const term = (m[1] ?? m[2] ?? '').trim();
    if (term && !terms.includes(term)) terms.push(term);
  }
  return terms;
}

/**
 * Score of a text for the terms: 0 when a term is missing anywhere, else the sum per term of where it occurs
 * (title 4, description 2, body 1), so title hits rank first.
 */
export function matchScore(text: Pick<SearchText, 'title' | 'description' | 'body'>, terms: readonly string[]): number {
  let score = 0;
  for (const term of terms) {
    const inTitle = text.title.includes(term);
    const inDescription = text.description.includes(term);
    if (!inTitle && !inDescription && !text.body.includes(term)) return 0;
    score += (inTitle ? 4 : 0) + (inDescription ? 2 : 0) + (inTitle || inDescription ? 0 : 1);
  }
  return score;
}
