/**
 * The article ids an article's body points at, found cheaply at load (a few regexes over the body text, no
 * markdown parse), so the content-health page can list links to articles that do not exist:
 * - relative links to this app's article pages: `](/articles/<id>)`, `href="/articles/<id>"`;
 * - portal links naming an article: a `data-blade:` spec with an `articleId.<id>` parameter pair, or a portal
 *   URL path with `/articleId/<id>` (how blade parameters are written in `#blade/…` addresses);
 * - diagnose-and-solve tiles: `"commonSolutionArticleId": "<id>"` in the JSON body.
 */

/** How an article names another: a link in its text, or a diagnose-and-solve tile. */
export type LinkKind = 'link' | 'tile';

export interface ArticleLink {
  kind: LinkKind;
  articleId: string;
}

const PATTERNS: [LinkKind, RegExp][] = [
  ['link', /(?:\]\(\s*<?|href\s*=\s*["'])\/articles\/([^\s)"'?#<>/]+)/gi],
  ['link', /data-blade:[^\s)"'<>]*?\.articleId\.([^\s)"'<>.;]+)/gi],
  ['link', /#blade\/[^\s)"'<>]*?\/articleId\/([^\s)"'<>/?#]+)/gi],
  ['tile', /"commonSolutionArticleId"\s*:\s*"([^"]+)"/g],
];

const NONE: readonly ArticleLink[] = Object.freeze([]);

function decode(id: string): string {
  try {
    return decodeURIComponent(id).trim();
  } catch {
    return id.trim();
  }
}

/** Distinct article links of a body, in pattern then text order; a shared empty array when there are none. */
export function articleLinks(body: string): readonly ArticleLink[] {
  if (!body.includes('articles/') && !/articleid/i.test(body)) return NONE;
  const seen = new Set<string>();
  const out: ArticleLink[] = [];
  for (const [kind, pattern] of PATTERNS) {
    for (const match of body.matchAll(pattern)) {
      const articleId = decode(match[1] ?? '');
      const key = `${kind}\u0000${articleId.toLowerCase()}`;
      if (!articleId || seen.has(key)) continue;
      seen.add(key);
      out.push({ kind, articleId });
    }
  }
  return out.length ? out : NONE;
}
