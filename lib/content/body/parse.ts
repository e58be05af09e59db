/**
 * Parses the markdown of a body with positions in file coordinates. Only the text after the properties
 * block is parsed (plus the prefix before it, in the few files that put their H1 there): handing the block
 * to the parser, even blanked, costs ~14% more over the corpus. Positions are then shifted in one walk,
 * which also collects the code blocks for the fence check so the tree is walked once.
 */
import type { Code, Nodes, Root } from 'mdast';
import type { Point } from 'unist';
import { parseMarkdown } from '../markdown';
import type { BodyContext } from './context';

export interface ParsedBody {
  root: Root;
  /** Every code block of the tree (nested ones included), in no particular order. */
  codes: Code[];
}

/** Parses the prefix (when it holds anything) and the body, as one tree in file coordinates. */
export function parseBodyMarkdown(ctx: BodyContext): ParsedBody {
  const root = parseMarkdown(ctx.text.slice(ctx.bodyStart));
  const codes: Code[] = [];
  const base = ctx.lines.at(ctx.bodyStart);
  shiftAndCollect(root, base, ctx.bodyStart, codes);
  const prefix = ctx.blockStart > 0 ? ctx.text.slice(0, ctx.blockStart) : '';
  if (prefix.trim() !== '') {
    const before = parseMarkdown(prefix);
    shiftAndCollect(before, { line: 1, column: 1 }, 0, codes);
    root.children.unshift(...before.children);
  }
  return { root, codes };
}

function shiftAndCollect(root: Root, base: { line: number; column: number }, offset: number, codes: Code[]): void {
  const shift = (p: Point): Point => ({
    line: p.line + base.line - 1,
    column: p.line === 1 ? p.column + base.column - 1 : p.column,
    offset: (p.offset ?? 0) + offset,
  });
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node) break;
    // New point objects: the parser may share one between a node's end and its parent's end.
    if (node.position) node.position = { start: shift(node.position.start), end: shift(node.position.end) };
    if (node.type === 'code') codes.push(node);
    else if ('children' in node) for (const child of node.children) stack.push(child);
  }
}
