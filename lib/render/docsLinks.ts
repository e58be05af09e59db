/**
 * The docs rule of a cloud applied to one URL (rules themselves: lib/clouds.ts, overridable through the cloud map).
 * Pure; links.ts calls it for every absolute link it renders, the corpus test for every docs link of the sample.
 */
import type { DocsRule } from '../clouds';

/** Hosts of the global docs site; docs.microsoft.com redirects to learn.microsoft.com. */
export const GLOBAL_DOCS_HOSTS: ReadonlySet<string> = new Set(['docs.microsoft.com', 'learn.microsoft.com']);

// `/en-us/`, `/zh-cn/`: every locale the corpus writes has this shape (a looser one would eat `/sql-xyz/`).
const LOCALE = /^\/([a-z]{2}-[a-z]{2})(?=\/|$)/i;

export type DocsMove =
  /** Not a global docs link, or the cloud has no rule: the link stays as written, no note. */
  | { kind: 'none' }
  /** Moved to where the cloud's docs are (possibly the same URL, e.g. a learn.microsoft.com link in the public cloud). */
  | { kind: 'moved'; href: string }
  /** A global docs link whose path family the cloud's docs site does not have: left as written, with a note. */
  | { kind: 'outside' };

/** The path after the locale, without its leading slash, and the locale found (if any). */
export function splitLocale(pathname: string): { locale: string | null; rest: string } {
  const m = LOCALE.exec(pathname);
  const after = m ? pathname.slice(m[0].length) : pathname;
  return { locale: m?.[1] ?? null, rest: after.replace(/^\/+/, '') };
}

/** Where a URL points under a cloud's docs rule; the URL object is not changed. */
export function moveDocsLink(url: URL, rule: DocsRule | null): DocsMove {
  const hostName = url.hostname.toLowerCase();
  const global = GLOBAL_DOCS_HOSTS.has(hostName);
  // A link already on the cloud's own site but in the global site's shape (`docs.azure.cn/azure/…`, seen in
  // content) is mended by the same family rule; other links there are left alone.
  const own = !global && hostName === rule?.host;
  if (!rule || (!global && !own)) return { kind: 'none' };
  const { locale, rest } = splitLocale(url.pathname);
  // `azure` alone is the family's root: compare with a trailing slash so `azure/` matches it.
  const key = `${rest.toLowerCase().replace(/\/+$/, '')}/`;
  const family = rule.families.find((f) => key.startsWith(f.from));
  if (own) {
    if (!family?.from || family.from === family.to) return { kind: 'none' };
  } else if (!family || rule.except.some((e) => key.startsWith(e))) return { kind: 'outside' };
  const moved = new URL(url.href);
  moved.hostname = rule.host;
  const localePart = rule.keepLocale && locale ? `/${locale}` : '';
  moved.pathname = `${localePart}/${family.to}${rest.slice(family.from.length)}`;
  return { kind: 'moved', href: moved.toString() };
}
