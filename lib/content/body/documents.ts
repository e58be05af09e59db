/**
 * Links of the Recommended Documents sections (FORMAT.md §2.9, §3.4): every markdown link, anywhere in the
 * section (lists, bare lines ending `<br>`, blockquotes), plus `[text] (url)` near-links, which CommonMark
 * leaves as text; those are read as links and reported.
 */
import type { Nodes, Text } from 'mdast';
import { toString as mdastText } from 'mdast-util-to-string';
import type { DocLink, Section } from '../model';
import { type BodyContext, excerpt } from './context';

const NEAR_LINK = /\[([^[\]\n]+)\][ \t]+\(([^()\s]+)\)/g;

/** Links of every `documents` section, in document order. */
export function documentsOf(ctx: BodyContext, sections: Section[]): DocLink[] {
  const out: DocLink[] = [];
  // A reserved H3 inside a reserved H2 shares its nodes with it: take each block once.
  const seen = new Set<Nodes>();
  for (const section of sections) {
    if (section.role !== 'documents') continue;
    const own = section.nodes.filter((n) => !seen.has(n));
    for (const n of own) seen.add(n);
    const stack: Nodes[] = own.reverse();
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
  return out;
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
