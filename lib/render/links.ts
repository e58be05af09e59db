/**
 * Link handling per cloud, as hast steps (portal links themselves: portal.ts). Before sanitizing: scheme case is normalised (`mailTo:`, `HTTPS:`),
 * so the allow-list compares like with like. After sanitizing: blade links become portal URLs of the
 * selected cloud, portal and docs hosts follow the cloud, external links open in a new tab, and bare
 * URLs in text become links (the parser skips GFM autolink literals for speed, so this is the cheap pass).
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { CLOUDS, type CloudId } from '../clouds';
import { cloudHosts } from './cloudMap';
import { moveDocsLink } from './docsLinks';
import { ADD_RESOURCE, type BladeLink, bladeFromParts, bladeUrl, missingNote, PORTAL_SCHEME, type PortalContext, RESOURCE_FORM_ID } from './portal';
import { sanitizeSchema } from './schema';

const SCHEME = /^\s*([a-z][a-z0-9+.-]*):/i;

/** rehype plugin: lower-cases URL schemes of `href`/`src` and trims surrounding blanks. */
export function rehypeNormalizeSchemes() {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element) => {
      for (const key of ['href', 'src'] as const) {
        const value = node.properties[key];
        if (typeof value === 'string') {
          node.properties[key] = value.trim().replace(SCHEME, (_m, s: string) => `${s.toLowerCase()}:`);
        }
      }
    });
  };
}

export { bladeUrl, type BladeLink, type PortalContext } from './portal';

const PUBLIC_PORTAL = 'portal.azure.com';
/** What a link that may not exist in the selected cloud says after its text (its title says why). */
export const CLOUD_NOTE_SHORT = '(global docs site)';

/** An absolute URL as `cloud` should reach it, and a note when it may not exist there. */
export interface CloudLink {
  href: string;
  /** Set when the link stays on the global docs site although the cloud's docs site lacks its path family. */
  cloudNote?: string;
}

/** An absolute http(s) URL with its portal host and docs path moved to `cloud`'s; other URLs unchanged. */
export function cloudLink(href: string, cloud: CloudId): CloudLink {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { href };
  }
  const hosts = cloudHosts(cloud);
  if (url.hostname.toLowerCase() === PUBLIC_PORTAL && hosts.portalHost !== PUBLIC_PORTAL) {
    url.hostname = hosts.portalHost;
    return { href: url.toString() };
  }
  const docs = moveDocsLink(url, hosts.docs);
  if (docs.kind === 'moved') return { href: docs.href };
  if (docs.kind === 'outside') return { href, cloudNote: `On the global docs site: this page may not exist in ${CLOUDS[cloud].displayName}` };
  return { href };
}

/** `cloudLink`'s address alone. */
export function cloudUrl(href: string, cloud: CloudId): string {
  return cloudLink(href, cloud).href;
}

const EXTERNAL = /^https?:\/\//i;
const ALLOWED = new Set(sanitizeSchema.protocols?.href ?? []);

export interface ResolvedHref {
  href: string;
  /** Opens in a new tab (absolute http(s), including portal blades). */
  external: boolean;
  title?: string;
  blade?: string;
  /**
   * Context a portal link needs but the page lacks (`resourceId`, …). Then `href` still holds the address with
   * its placeholders (tools compare it across clouds), but a page must show the text with `note`, not a link.
   */
  missing?: string[];
  note?: string;
  /** The link may not exist in the cloud (a global docs page outside the cloud's docs families). */
  cloudNote?: string;
}

/**
 * Where a content URL should point in `cloud`, with the sanitizer's scheme allow-list applied; null when the
 * URL is empty, unsafe or a malformed blade. For URLs outside HTML (Recommended Documents, JSON fields).
 */
export function resolveHref(raw: string, cloud: CloudId, ctx: PortalContext = {}): ResolvedHref | null {
  const href = raw.trim().replace(SCHEME, (_m, s: string) => `${s.toLowerCase()}:`);
  const scheme = SCHEME.exec(href)?.[1];
  // SCHEME cannot match past a `/`, `?` or `#`, so like the sanitizer, `a/b:c` counts as relative.
  if (!href || (scheme && !ALLOWED.has(scheme))) return null;
  if (PORTAL_SCHEME.test(href)) {
    const blade = bladeUrl(href, cloud, ctx);
    return blade ? bladeLink(blade, cloud) : null;
  }
  if (EXTERNAL.test(href)) {
    const link = cloudLink(href, cloud);
    return { href: link.href, external: true, ...(link.cloudNote ? { cloudNote: link.cloudNote } : {}) };
  }
  return { href, external: false };
}

export interface LinkOptions {
  cloud: CloudId;
  context?: PortalContext;
}

function bladeLink(blade: BladeLink, cloud: CloudId): ResolvedHref {
  const from = blade.extension ? ` (${blade.extension})` : '';
  const title = `Opens the ${blade.blade} blade${from} in the ${CLOUDS[cloud].displayName} portal`;
  const unresolved = blade.missing.length > 0 ? { missing: blade.missing, note: missingNote(blade.missing) } : {};
  return { href: blade.url, external: true, title, blade: blade.blade, ...unresolved };
}

/** A blade given as parts (diagnose-and-solve tools, Advisor actions), resolved like a `data-blade:` link. */
export function resolveBlade(extension: string, blade: string, params: readonly string[], cloud: CloudId, ctx: PortalContext = {}): ResolvedHref | null {
  return extension && blade ? bladeLink(bladeFromParts(extension, blade, params, cloud, ctx), cloud) : null;
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
    node.children = [...text, { type: 'element', tagName: 'span', properties: { className: ['portal-link-note'] }, children: [{ type: 'text', value: ' (' }, add, { type: 'text', value: ')' }] }];
    return;
  }
  if (resolved.cloudNote) {
    node.properties.title = resolved.cloudNote;
    node.children = [...node.children, { type: 'element', tagName: 'span', properties: { className: ['link-cloud-note'] }, children: [{ type: 'text', value: ` ${CLOUD_NOTE_SHORT}` }] }];
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
