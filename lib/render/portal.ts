/**
 * Portal links (FORMAT.md §3.4): `data-blade:Ext.Blade[.param.value…]`, the Apollo buttons
 * `button-data-blade:` / `button-data-context:`, and `data-blade-uri:{$domain}/#@tenant/resource/{$resourceIdDecoded}/…`
 * (written after `;` as the blade's direct address). Placeholders resolve from the cloud map (`$domain`) and
 * the reader's resource context (`$resourceId`, `$subscriptionId`); what cannot be resolved is listed in
 * `missing`, so a renderer can show text and a note instead of a dead link.
 */
import type { CloudId } from '../clouds';
import { cloudHosts } from './cloudMap';

/** The resource a page is viewed for, as the portal would pass it; both optional. */
export interface PortalContext {
  /** ARM resource ID, `/subscriptions/<id>/resourceGroups/…`. */
  resourceId?: string;
  subscriptionId?: string;
}

export interface BladeLink {
  /** The blade's URL in the cloud's portal; placeholders that could not be resolved are left as written. */
  url: string;
  extension: string;
  blade: string;
  /** Context the URL needs but the page does not have (`resourceId`, `subscriptionId`); empty when resolved. */
  missing: string[];
}

export const PORTAL_SCHEME = /^(?:button-)?data-(?:blade|context|blade-uri):/i;
const BLADE_PART = /^(?:button-)?data-(?:blade|context):/i;
const URI_PART = /^data-blade-uri:/i;
const PLACEHOLDER = /\{?\$(resourceIdDecoded|resourceId|subscriptionId|domain)\}?|\{(resourceId|subscriptionId)\}/gi;
const RESOURCE_ID = /^\/subscriptions\/([0-9a-f-]{36})(\/[^?#\s]*)?$/i;

/** The context from search params `resourceId` / `subscriptionId`; malformed values are ignored. */
export function portalContextFromSearchParams(params: Readonly<Record<string, string | string[] | undefined>>): PortalContext {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim();
  const resourceId = one(params.resourceId);
  const subscription = one(params.subscriptionId);
  const m = resourceId ? RESOURCE_ID.exec(resourceId) : null;
  const ctx: PortalContext = {};
  if (m && resourceId) ctx.resourceId = resourceId.replace(/\/+$/, '');
  if (subscription && /^[0-9a-f-]{36}$/i.test(subscription)) ctx.subscriptionId = subscription;
  else if (m?.[1]) ctx.subscriptionId = m[1];
  return ctx;
}

/** Replaces placeholders in one piece of a URL; resource IDs are encoded except in their `Decoded` form. */
function fill(text: string, cloud: CloudId, ctx: PortalContext, missing: Set<string>): string {
  return text.replace(PLACEHOLDER, (match, dollar: string | undefined, brace: string | undefined, at: number) => {
    const name = (dollar ?? brace ?? '').toLowerCase();
    if (name === 'domain') return `https://${cloudHosts(cloud).portalHost}`;
    const key = name === 'subscriptionid' ? 'subscriptionId' : 'resourceId';
    const value = ctx[key];
    if (!value) {
      missing.add(key);
      return match;
    }
    // `…/resource/{$resourceIdDecoded}` already has the slash the ID starts with.
    if (name === 'resourceiddecoded') return text[at - 1] === '/' ? value.replace(/^\/+/, '') : value;
    return encodeURIComponent(value);
  });
}

/** Resolves any portal link form for `cloud`; null when it names no blade or address. */
export function bladeUrl(href: string, cloud: CloudId, ctx: PortalContext = {}): BladeLink | null {
  // mdast percent-encodes braces in link destinations; the placeholders are written with them.
  const parts = href
    .replace(/%7B/gi, '{')
    .replace(/%7D/gi, '}')
    .split(';')
    .map((p) => p.trim());
  const spec =
    parts
      .find((p) => BLADE_PART.test(p))
      ?.replace(BLADE_PART, '')
      .trim() ?? '';
  const uri = parts
    .find((p) => URI_PART.test(p))
    ?.replace(URI_PART, '')
    .trim();
  const [extension = '', blade = '', ...params] = spec.split('.');
  const missing = new Set<string>();
  if (uri) {
    const url = fill(uri, cloud, ctx, missing);
    // Only an address inside the cloud's portal is followed; anything else would be an open redirect.
    if (!url.startsWith(`https://${cloudHosts(cloud).portalHost}/`)) return null;
    const name = blade || /\/([^/]+)$/.exec(url)?.[1] || 'portal page';
    return { url, extension, blade: name, missing: [...missing] };
  }
  return extension && blade ? bladeFromParts(extension, blade, params, cloud, ctx) : null;
}

/** A blade given as parts (diagnose-and-solve tools, Advisor actions): parameters as `[name, value, …]`. */
export function bladeFromParts(extension: string, blade: string, params: readonly string[], cloud: CloudId, ctx: PortalContext = {}): BladeLink {
  const missing = new Set<string>();
  const segments = [extension, blade, ...params].map((p) => {
    // Keep placeholders readable when unresolved; encode everything else that is not URL-safe.
    const filled = fill(p, cloud, ctx, missing);
    return filled === p ? encodeURIComponent(p).replace(/%24/g, '$').replace(/%7B/g, '{').replace(/%7D/g, '}') : filled;
  });
  return { url: `https://${cloudHosts(cloud).portalHost}/#blade/${segments.join('/')}`, extension, blade, missing: [...missing] };
}

/** The id of the resource form on an article page: portal links that need a resource point readers to it. */
export const RESOURCE_FORM_ID = 'resource-form';
/** The words of that pointer. */
export const ADD_RESOURCE = 'add your resource to open this in the portal';

/** One line for readers explaining why a portal link is shown as text. */
export function missingNote(missing: readonly string[]): string {
  const what = missing.includes('resourceId') ? 'a resource' : 'a subscription';
  return `Opens in the portal for ${what}: give your resource ID on this page, or follow it from the Azure portal`;
}
