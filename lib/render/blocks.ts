/**
 * Block-level repairs prepare.ts applies to a copied tree: token-led lines that CommonMark reads as HTML
 * blocks become paragraphs again, and Apollo card slots are lifted out of the paragraphs they sit in.
 */
import type { Nodes, Paragraph, Parent, Root, RootContent } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { parseMarkdown } from '../content/markdown';

/** Class and title prefix of the placeholder an Apollo block becomes; render.ts swaps it for a card. */
export const APOLLO_SLOT = 'apollo-slot';

const STARTS_WITH_TOKEN = /^<!--\s*\$[^>]*-->(?=[\s\S]*\S)/;

/**
 * A line that starts with a token (`<!--$EventStatus-->Active: …`, 250 service-health files) is an HTML block
 * to CommonMark, so its markdown would show raw and unwrapped. Such a block is parsed again as a paragraph,
 * with positions moved back to file coordinates so that token filling by position still applies.
 */
export function reparseTokenLines(root: Root): void {
  visit(root, 'html', (node, index, parent) => {
    const start = node.position?.start;
    if (!parent || index === undefined || !start || start.offset === undefined || !STARTS_WITH_TOKEN.test(node.value)) return undefined;
    if (node.value.replace(/<!--[\s\S]*?-->/g, '').trim() === '' || parent.type === 'paragraph') return undefined;
    // A leading character that is not `<` keeps the parser from starting an HTML block; it is removed below.
    const parsed = parseMarkdown(`x${node.value}`);
    const first = parsed.children[0];
    if (parsed.children.length === 0 || first?.type !== 'paragraph' || first.children[0]?.type !== 'text' || first.children[0].value !== 'x') return undefined;
    first.children.shift();
    visit(parsed, (n) => {
      const p = n.position;
      if (!p || p.start.offset === undefined || p.end.offset === undefined) return;
      const shift = (pt: typeof p.start) => ({
        line: pt.line + start.line - 1,
        column: pt.line === 1 ? pt.column + start.column - 2 : pt.column,
        offset: (pt.offset ?? 0) + (start.offset ?? 0) - 1,
      });
      n.position = { start: shift(p.start), end: shift(p.end) };
    });
    parent.children.splice(index, 1, ...(parsed.children as never[]));
    return [SKIP, index + parsed.children.length];
  });
}

/** A slot is a block: one inside a paragraph (an inline `<insight>`) splits that paragraph around it. */
export function liftSlots(parent: Parent): void {
  const out: RootContent[] = [];
  for (const child of parent.children as RootContent[]) {
    if (child.type === 'paragraph' && !isSlot(child) && child.children.some((c) => isSlot(c as Nodes))) {
      let run: Paragraph = { ...child, children: [] };
      for (const c of child.children) {
        if (!isSlot(c as Nodes)) run.children.push(c);
        else {
          if (run.children.length > 0) out.push(run);
          out.push(c as never);
          run = { type: 'paragraph', children: [] };
        }
      }
      if (run.children.length > 0) out.push(run);
    } else {
      if ('children' in child) liftSlots(child as Parent);
      out.push(child);
    }
  }
  parent.children = out as never;
}

function isSlot(node: Nodes): boolean {
  const cls = node.data?.hProperties?.className;
  return Array.isArray(cls) && cls.includes(APOLLO_SLOT);
}
