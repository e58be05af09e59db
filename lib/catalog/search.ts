/**
 * Free-text search over title, description and body. The catalog keeps one lower-cased plain-text copy per
 * article, made by a fast regex pass (no markdown parse), and answers `q` with a substring scan: every term must
 * occur somewhere. Measured on the 9.3k-file sample, the scan costs ~7 ms per query and ~20 MB of heap, where a
 * MiniSearch index cost ~65 MB more and 1.6 s to build; the scan also answers from the first request.
 */

/** What a query's terms are matched against; all lower-case. */
export interface SearchText {
  title: string;
  description: string;
  body: string;
}

// Markup removed in one pass; link and image text is kept (capture group 1), their URLs dropped.
const MARKUP =
  /<!--[\s\S]*?-->|<properties[\s\S]*?\/>|<[^>]{0,400}>|!?\[([^\]]{0,400})\]\([^)]{0,2000}\)|https?:\/\/\S+|&[a-z]+;|&#\d+;|[#*_`>|~\\{}[\]"]+/g;

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
export function matchScore(text: SearchText, terms: readonly string[]): number {
  let score = 0;
  for (const term of terms) {
    const inTitle = text.title.includes(term);
    const inDescription = text.description.includes(term);
    if (!inTitle && !inDescription && !text.body.includes(term)) return 0;
    score += (inTitle ? 4 : 0) + (inDescription ? 2 : 0) + (inTitle || inDescription ? 0 : 1);
  }
  return score;
}
