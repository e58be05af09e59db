/**
 * The per-cloud link step on sanitized hast (after the sanitizer, before React): anchors resolved with links.ts
 * (blade links become portal URLs, hosts and docs paths follow the cloud, external links open in a new tab, links
 * that need a resource become text pointing to the resource form), and bare URLs in text become links (the parser
 * skips GFM autolink literals for speed, so this is the cheap pass).
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { CloudId } from '../clouds';
import { CLOUD_NOTE_SHORT, resolveHref } from './links';
import { ADD_RESOURCE, type PortalContext, RESOURCE_FORM_ID } from './portal';

export interface LinkOptions {
  cloud: CloudId;
  context?: PortalContext;
}

function rewriteAnchor(node: Element, { cloud, context }: LinkOptions): void {
  const href = node.properties.href;
  if (typeof href !== 'string') return;
  const resolved = resolveHref(href, cloud, context);
  if (!resolved) {
    delete node.properties.href;
    return;
  }
  if (resolved.missing) {
    // No resource to open it for: the text stays, with a way to give one instead of a dead link.
    const text = node.children.length > 0 ? node.children : [{ type: 'text' as const, value: `Open ${resolved.blade}` }];
    node.tagName = 'span';
    node.properties = { className: ['portal-link-unresolved'], title: `${resolved.title}. ${resolved.note}.` };
    const add: Element = { type: 'element', tagName: 'a', properties: { href: `#${RESOURCE_FORM_ID}` }, children: [{ type: 'text', value: ADD_RESOURCE }] };
    node.children = [
      ...text,
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['portal-link-note'] },
        children: [{ type: 'text', value: ' (' }, add, { type: 'text', value: ')' }],
      },
    ];
    return;
  }
  if (resolved.cloudNote) {
    node.properties.title = resolved.cloudNote;
    node.children = [
      ...node.children,
      { type: 'element', tagName: 'span', properties: { className: ['link-cloud-note'] }, children: [{ type: 'text', value: ` ${CLOUD_NOTE_SHORT}` }] },
    ];
  }
  node.properties.href = resolved.href;
  if (resolved.blade) {
    node.properties.title = resolved.title;
    node.properties.dataBlade = resolved.blade;
    if (node.children.length === 0) node.children = [{ type: 'text', value: `Open ${resolved.blade}` }];
  }
  if (resolved.external) {
    node.properties.target = '_blank';
    node.properties.rel = ['noopener', 'noreferrer'];
  }
}

const BARE_URL = /\bhttps?:\/\/[^\s<>"'`]+/gi;
const TRAILING_PUNCTUATION = /[.,;:!?*'"]+$/;

/** Drops sentence punctuation and unbalanced closing parentheses from the end of a matched URL. */
function trimUrl(raw: string): string {
  let url = raw.replace(TRAILING_PUNCTUATION, '');
  const count = (c: string) => url.split(c).length - 1;
  while (url.endsWith(')') && count(')') > count('(')) url = url.slice(0, -1).replace(TRAILING_PUNCTUATION, '');
  return url;
}

/**
 * The bare http(s) URLs in `text`, trimmed as the renderer links them, each with its offset in `text`. The one
 * bare-URL rule: the renderer's autolinks and the preview's cloud-differences table both read it.
 */
export function* bareUrls(text: string): Generator<{ url: string; index: number }> {
  for (const match of text.matchAll(BARE_URL)) yield { url: trimUrl(match[0]), index: match.index };
}

/** Splits a text node into text and link nodes around bare URLs. */
function autolink(text: string, options: LinkOptions): ElementContent[] | null {
  const out: ElementContent[] = [];
  let last = 0;
  for (const { url, index } of bareUrls(text)) {
    if (index > last) out.push({ type: 'text', value: text.slice(last, index) });
    const anchor: Element = { type: 'element', tagName: 'a', properties: { href: url }, children: [{ type: 'text', value: url }] };
    rewriteAnchor(anchor, options);
    out.push(anchor);
    last = index + url.length;
  }
  if (out.length === 0) return null;
  if (last < text.length) out.push({ type: 'text', value: text.slice(last) });
  return out;
}

const NO_AUTOLINK = new Set(['a', 'code', 'pre', 'kbd', 'samp']);

/**
 * Per-cloud link rewriting and bare-URL links, on sanitized hast (in place). A step of its own, not a plugin
 * of the frozen processor, because the resource context differs per request.
 */
export function rewriteLinks(tree: Root, options: LinkOptions): void {
  visit(tree, (node, index, parent) => {
    if (node.type === 'element') {
      const wasAnchor = node.tagName === 'a';
      if (wasAnchor) rewriteAnchor(node, options);
      return wasAnchor || NO_AUTOLINK.has(node.tagName) ? SKIP : undefined;
    }
    if (node.type !== 'text' || !parent || index === undefined) return undefined;
    const parts = autolink((node as Text).value, options);
    if (!parts) return undefined;
    parent.children.splice(index, 1, ...(parts as never[]));
    return [SKIP, index + parts.length];
  });
}
