/**
 * What the reader can give a page through its address, for the token and resource forms: which tokens an
 * article has, whether its portal links need a resource, and which of the current search params a form must carry
 * as hidden fields so that submitting it (a plain GET, no script) keeps the rest of the address.
 */
import type { Html, Link, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { CloudId } from '../clouds';
import type { Article } from '../content/model';
import type { PortalContext } from './portal';
import { type TokenValues, tokenKey } from './tokens';

/** Search params as Next.js hands them to a page. */
export type SearchParams = Readonly<Record<string, string | string[] | undefined>>;

/** The address parameter holding a token's value. */
export function tokenParam(name: string): string {
  return `token.${tokenKey(name)}`;
}

/** The article's tokens, once per folded name, in first-use order, each with the placeholder first written. */
export function pageTokens(tokens: ReadonlyArray<{ name: string; placeholder: string }>): Array<{ name: string; key: string; placeholder: string }> {
  const seen = new Map<string, { name: string; key: string; placeholder: string }>();
  for (const t of tokens) {
    const key = tokenKey(t.name);
    if (key && !seen.has(key)) seen.set(key, { name: t.name.trim(), key, placeholder: t.placeholder.replace(/<[^>]*>|[*_`[\]]/g, '').trim() });
  }
  return [...seen.values()];
}

/** Every name/value pair of `params` except those `drop` names (compared as written), in order, blanks left out. */
export function keptParams(params: SearchParams, drop: (name: string) => boolean): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [name, raw] of Object.entries(params)) {
    if (drop(name)) continue;
    for (const value of Array.isArray(raw) ? raw : [raw]) if (value !== undefined && value.trim() !== '') out.push([name, value]);
  }
  return out;
}

/** `path` with `entries` as its query: the address a GET form with those fields submits to. */
export function hrefWith(path: string, entries: ReadonlyArray<readonly [string, string]>): string {
  const query = new URLSearchParams(entries.map(([k, v]) => [k, v])).toString();
  return query ? `${path}?${query}` : path;
}

/** The address state a render env stands for (cloud, resource, token values), as search params. */
export function envParams(env: { cloud: CloudId; tokenValues?: TokenValues; context?: PortalContext }): SearchParams {
  const out: Record<string, string> = { cloud: env.cloud };
  if (env.context?.resourceId) out.resourceId = env.context.resourceId;
  else if (env.context?.subscriptionId) out.subscriptionId = env.context.subscriptionId;
  for (const [key, value] of Object.entries(env.tokenValues ?? {})) out[`token.${key}`] = value;
  return out;
}

/** The first value of a param, trimmed; undefined when absent or blank. */
export function firstParam(params: SearchParams, name: string): string | undefined {
  const raw = params[name];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  return value || undefined;
}

// The placeholders portal.ts fills from the reader's resource (`$domain` needs none).
const NEEDS_RESOURCE = /\$(?:resourceId|resourceIdDecoded|subscriptionId)\b|\{(?:resourceId|subscriptionId)\}|%7B(?:resourceId|subscriptionId)%7D/i;

function linksNeedResource(nodes: readonly RootContent[]): boolean {
  let found = false;
  for (const root of nodes) {
    visit(root, (node) => {
      if (found) return false;
      if (node.type === 'link') found = NEEDS_RESOURCE.test((node as Link).url);
      else if (node.type === 'html') found = /href/i.test((node as Html).value) && NEEDS_RESOURCE.test((node as Html).value);
      return found ? false : undefined;
    });
    if (found) break;
  }
  return found;
}

/** Whether any portal link of the article needs the reader's resource (so the page should offer the resource form). */
export function needsResource(article: Article): boolean {
  const { body } = article;
  if (body.json) return NEEDS_RESOURCE.test(JSON.stringify(body.json.raw));
  return linksNeedResource(body.intro) || body.sections.some((s) => linksNeedResource(s.nodes));
}
