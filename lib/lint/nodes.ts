/**
 * The body's mdast as rules see it: the intro, then each section's own nodes (the model gives every top-level
 * block once, in document order). Results are memoised per article because most rules walk the same tree.
 */
import type { Link, Nodes, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Position } from '../content/diagnostics';
import type { Article } from '../content/model';
import { bodyStart, linesOf, offsetAt } from './source';

/** Top-level body nodes in document order, each once. */
export function bodyBlocks(article: Article): RootContent[] {
  return [...article.body.intro, ...article.body.sections.flatMap((s) => s.nodes)];
}

const byTypeMemo = new WeakMap<Article, Map<string, Nodes[]>>();

/** Every body node grouped by type, from one walk per article: the rules share it instead of each walking. */
function nodesByType(article: Article): Map<string, Nodes[]> {
  const index = byTypeMemo.get(article);
  if (index) return index;
  const built = new Map<string, Nodes[]>();
  for (const top of bodyBlocks(article)) {
    visit(top as Nodes, (node) => {
      const list = built.get(node.type);
      if (list) list.push(node);
      else built.set(node.type, [node]);
    });
  }
  byTypeMemo.set(article, built);
  return built;
}

/** Calls `fn` for every body node of `type`, in document order. */
export function visitBody<T extends Nodes['type']>(article: Article, type: T, fn: (node: Extract<Nodes, { type: T }>) => void): void {
  for (const node of nodesByType(article).get(type) ?? []) fn(node as Extract<Nodes, { type: T }>);
}

/** Start of a node as a position; 1:1 when the parser gave none. */
export function startOf(node: Nodes): Position {
  const p = node.position?.start;
  return p ? { line: p.line, column: p.column } : { line: 1, column: 1 };
}

/** Where a link's or image's target starts in the source: after `](`, blanks and an optional `<`. */
export function targetAt(text: string, node: Link | Extract<Nodes, { type: 'image' }>): Position {
  const start = node.position ? offsetAt(text, node.position.start) : 0;
  const end = node.position ? offsetAt(text, node.position.end) : start;
  const last = node.type === 'link' ? node.children.at(-1)?.position?.end : undefined;
  const labelEnd = last ? offsetAt(text, last) : start;
  const open = text.indexOf('](', labelEnd);
  if (open === -1 || open >= end) return startOf(node);
  let at = open + 2;
  while (at < end && /[\s<]/.test(text[at] ?? '')) at++;
  return linesOf(text).at(at);
}

const codeMemo = new WeakMap<Article, Array<[number, number]>>();

/** Offset spans of fenced/indented code and inline code in the body, for text scans that must skip code. */
export function codeSpans(article: Article, text: string): Array<[number, number]> {
  let spans = codeMemo.get(article);
  if (spans) return spans;
  spans = [];
  for (const type of ['code', 'inlineCode'] as const) {
    visitBody(article, type, (node) => {
      if (node.position) spans?.push([offsetAt(text, node.position.start), offsetAt(text, node.position.end)]);
    });
  }
  codeMemo.set(article, spans);
  return spans;
}

/** Runs `re` (global) over the body and calls `found` for every match that does not start inside code. */
export function scanBody(article: Article, text: string, re: RegExp, found: (m: RegExpExecArray, at: Position) => void): void {
  const code = codeSpans(article, text);
  re.lastIndex = bodyStart(article);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const offset = m.index;
    if (m[0].length === 0) re.lastIndex++;
    if (code.some(([s, e]) => offset >= s && offset < e)) continue;
    found(m, linesOf(text).at(offset));
  }
}
