/**
 * mdast steps that run before mdast → hast, on a copy of the model's nodes (the cached article is never
 * mutated): escape tags that are not HTML, turn replacement tokens into `<mark>` (filled with a value when
 * one is given), turn Apollo markers into headings and Apollo blocks into card slots that render.ts fills.
 */
import type { Heading, Html, Nodes, Paragraph, Root, RootContent } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { ApolloElement, Token } from '../content/model';
import { APOLLO_SLOT, liftSlots, reparseTokenLines } from './blocks';
import { isHtmlTagName } from './htmlTags';
import { fillTokensInCode, type TokenValues, tokenValue } from './tokens';

export { APOLLO_SLOT } from './blocks';

export interface PrepareOptions {
  /** Apollo `:::Section title:::` markers of the article (from the body model), matched by line. */
  apolloSections?: ReadonlyArray<{ line: number; title: string }>;
  /** Apollo XML-like blocks of the article (from the body model), matched by line and span. */
  apolloElements?: readonly ApolloElement[];
  /** Replacement tokens of the article (from the body model): their spans say what a value replaces. */
  tokens?: readonly Token[];
  /** Values for tokens, by folded name; a token without one shows its placeholder. */
  tokenValues?: TokenValues;
}

const TAG_OR_COMMENT = /<!--([\s\S]*?)-->|<(\/?)([A-Za-z][\w-]*)/g;
const TOKEN_OPEN = /^\s*\$\s*([^-]+?)\s*$/;
const TOKEN_CLOSE = /^\s*\/\s*\$\s*([^-]+?)\s*$/;
const TOKEN_OPENER_ONLY = /^<!--\s*\$[^>]*-->$/;
const TOKEN_PAIR = /<!--\s*\$\s*([^>]*?)\s*-->([\s\S]*?)<!--\s*\/\s*\$\s*\1\s*-->/gi;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function filledMark(name: string, value: string): string {
  return `<mark class="token token-filled" title="${escapeHtml(name.trim())}">${escapeHtml(value)}</mark>`;
}

/** Rewrites one raw HTML string: unknown tags become text, token comments become `<mark>` (other comments stay). */
export function escapeRawHtml(value: string, values?: TokenValues): string {
  // A token written whole inside one HTML node (a block starting with `<!--$x-->`) is filled in here.
  const filled = values
    ? value.replace(TOKEN_PAIR, (m, name: string) => {
        const v = tokenValue(values, name);
        return v === undefined ? m : filledMark(name, v);
      })
    : value;
  return filled.replace(TAG_OR_COMMENT, (match, comment: string | undefined, _slash: string, name: string) => {
    if (comment !== undefined) {
      if (TOKEN_CLOSE.test(comment)) return '</mark>';
      const open = TOKEN_OPEN.exec(comment);
      if (open) return `<mark class="token" title="Filled in with ${escapeHtml(open[1] ?? '')} when shown in the portal">`;
      return match;
    }
    // Our own filled marks are real HTML; every other unknown tag is text.
    return isHtmlTagName(name) ? match : `&lt;${match.slice(1)}`;
  });
}

const span = (n: Nodes) => [n.position?.start.offset ?? -1, n.position?.end.offset ?? -1] as const;

/** Copies `nodes` into a root and applies the pre-steps. */
export function prepareTree(nodes: readonly RootContent[], options: PrepareOptions = {}): Root {
  const root: Root = { type: 'root', children: structuredClone([...nodes]) };
  const sections = new Map((options.apolloSections ?? []).map((s) => [s.line, s.title]));
  const elements = options.apolloElements ?? [];
  const values = options.tokenValues;
  const filled = (options.tokens ?? []).filter((t) => tokenValue(values, t.name) !== undefined);
  reparseTokenLines(root);

  visit(root, (node, index, parent) => {
    if (!parent || index === undefined) return undefined;
    const [start, end] = span(node);
    const element = elements.find((e) => start >= 0 && e.offset < end && e.endOffset > start);
    if (element) {
      // The node holding the start tag becomes the block's slot; nodes further inside the block go. A
      // paragraph that only surrounds an inline block is descended into (liftSlots splits it afterwards).
      const inside = start >= element.offset && end <= element.endOffset;
      const opener = ((node.type === 'html' || node.type === 'code') && start <= element.offset) || (inside && start === element.offset);
      if (opener) {
        const slot: Paragraph = {
          type: 'paragraph',
          data: { hName: 'div', hProperties: { className: [APOLLO_SLOT], title: `${APOLLO_SLOT}:${elements.indexOf(element)}` } },
          children: [],
        };
        // An HTML block runs to the next blank line, so text after the closing tag can share its node.
        const rest = node.type === 'html' ? node.value.slice(element.endOffset - start) : '';
        const after: Html[] = rest.trim() ? [{ type: 'html', value: rest }] : [];
        parent.children.splice(index, 1, slot as never, ...(after as never[]));
        return [SKIP, index + 1];
      }
      if (inside) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
    }
    const token = filled.find((t) => start >= 0 && start >= t.offset && end <= t.endOffset);
    if (token && node.type === 'html' && start === token.offset && TOKEN_OPENER_ONLY.test(node.value)) {
      (node as Html).value = filledMark(token.name, tokenValue(values, token.name) ?? '');
      return SKIP;
    }
    if (token && start > token.offset) {
      // Placeholder text and the closer of a filled token: the value already stands in for them.
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    const title = node.type === 'paragraph' ? sections.get(node.position?.start.line ?? -1) : undefined;
    if (title !== undefined) {
      const heading: Heading = { type: 'heading', depth: 3, children: [{ type: 'text', value: title }] };
      parent.children.splice(index, 1, heading as never);
      return [SKIP, index + 1];
    }
    if (node.type === 'html') (node as Html).value = escapeRawHtml((node as Html).value, values);
    if (node.type === 'code' || node.type === 'inlineCode') node.value = fillTokensInCode(node.value, values);
    return undefined;
  });
  liftSlots(root);
  return root;
}
