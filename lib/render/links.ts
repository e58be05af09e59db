/**
 * Where a link points per cloud (the hast step that applies it: anchors.ts; portal links themselves: portal.ts).
 * Scheme case is normalised before sanitizing (`mailTo:`, `HTTPS:`) so the allow-list compares like with like;
 * portal hosts and docs paths follow the cloud's entry in the cloud map.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { CLOUDS, type CloudId } from '../clouds';
import { cloudHosts } from './cloudMap';
import { moveDocsLink } from './docsLinks';
import { type BladeLink, bladeFromParts, bladeUrl, missingNote, PORTAL_SCHEME, type PortalContext } from './portal';
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

export { type BladeLink, bladeUrl, type PortalContext } from './portal';

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
