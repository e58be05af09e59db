/**
 * Links of the Recommended Documents sections (FORMAT.md §2.9, §3.4): every markdown link, anywhere in the
 * section (lists, bare lines ending `<br>`, blockquotes), plus `[text] (url)` near-links, which CommonMark
 * leaves as text; those are read as links and reported.
 */
import type { Nodes, RootContent, Text } from 'mdast';
import { toString as mdastText } from 'mdast-util-to-string';
import type { DocLink } from '../model';
import { type BodyContext, excerpt } from './context';
import { type OutlineSection, ownerOf, reservedTrees } from './outline';

const NEAR_LINK = /\[([^[\]\n]+)\][ \t]+\(([^()\s]+)\)/g;

/** The links of each section (parallel to `sections`), in document order; sub-sections are read with their Documents heading. */
export function documentsOf(ctx: BodyContext, children: readonly RootContent[], sections: readonly OutlineSection[]): DocLink[][] {
  const out: DocLink[][] = sections.map(() => []);
  for (const { indices } of reservedTrees(sections, 'documents')) {
    for (const i of indices) {
      const top = children[i];
      const found = out[ownerOf(sections, i)];
      if (top && found) linksIn(ctx, top, found);
    }
  }
  return out;
}

function linksIn(ctx: BodyContext, top: Nodes, out: DocLink[]): void {
  const stack: Nodes[] = [top];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node) break;
    if (node.type === 'link') {
      const at = node.position?.start;
      out.push({ text: mdastText(node).trim(), url: node.url, line: at?.line ?? 0, column: at?.column ?? 0 });
    } else if (node.type === 'text') nearLinks(ctx, node, out);
    else if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) {
        const child = node.children[i];
        if (child) stack.push(child);
      }
    }
  }
}

function nearLinks(ctx: BodyContext, node: Text, out: DocLink[]): void {
  if (!node.value.includes('] (')) return;
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  NEAR_LINK.lastIndex = 0;
  for (let m = NEAR_LINK.exec(node.value); m; m = NEAR_LINK.exec(node.value)) {
    // Escapes or entities before the match shift text offsets against the source: find it in the source.
    const direct = start + m.index;
    const offset = ctx.text.startsWith(m[0], direct) ? direct : ctx.text.indexOf(m[0], start);
    const at = ctx.lines.at(offset >= 0 && offset < end ? offset : start);
    const [, text = '', url = ''] = m;
    ctx.bag.warn(
      at,
      'link-space-before-url',
      `\`${excerpt(m[0], 60)}\` has a space between \`]\` and \`(\` and is not a link, expected \`[${excerpt(text)}](${excerpt(url)})\``,
    );
    out.push({ text: text.trim(), url, line: at.line, column: at.column, nearLink: true });
  }
}
