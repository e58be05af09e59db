/**
 * Every link target of an article body, placed at the target's first character: markdown links and images,
 * reference definitions, and `href`s of raw `<a>` tags (85 in real content, FORMAT.md §3.4). The link rules
 * all read this one list, memoised per article.
 */
import type { Position } from '../content/diagnostics';
import type { Article } from '../content/model';
import { startOf, targetAt, visitBody } from './nodes';
import { linesOf, offsetAt } from './source';

export interface LinkTarget {
  url: string;
  kind: 'link' | 'image' | 'definition' | 'html';
  at: Position;
}

const memo = new WeakMap<Article, LinkTarget[]>();
const HREF = /\bhref\s*=\s*(["'])(.*?)\1/gi;

/** The link targets of `article`, in document order. */
export function linkTargets(article: Article, text: string): LinkTarget[] {
  let found = memo.get(article);
  if (found) return found;
  const list: LinkTarget[] = [];
  visitBody(article, 'link', (node) => list.push({ url: node.url, kind: 'link', at: targetAt(text, node) }));
  visitBody(article, 'image', (node) => list.push({ url: node.url, kind: 'image', at: targetAt(text, node) }));
  visitBody(article, 'definition', (node) => list.push({ url: node.url, kind: 'definition', at: within(text, node.url, startOf(node)) }));
  visitBody(article, 'html', (node) => {
    if (!/href/i.test(node.value)) return;
    for (const m of node.value.matchAll(HREF)) {
      list.push({ url: m[2] ?? '', kind: 'html', at: within(text, m[0], startOf(node), m[0].length - (m[2] ?? '').length - 1) });
    }
  });
  found = list.sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
  memo.set(article, found);
  return found;
}

/** Place of `needle` at or after `from` in the source (plus `shift` characters); `from` when not found. */
function within(text: string, needle: string, from: Position, shift = 0): Position {
  const start = offsetAt(text, from);
  const at = needle ? text.indexOf(needle, start) : -1;
  return at === -1 ? from : linesOf(text).at(at + shift);
}

/** The URL parsed, or null for relative, empty and malformed targets. */
export function parseUrl(url: string): URL | null {
  try {
    return /^[a-z][a-z0-9+.-]*:\/\//i.test(url.trim()) ? new URL(url.trim()) : null;
  } catch {
    return null;
  }
}
