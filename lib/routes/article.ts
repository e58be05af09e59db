/**
 * The article route's URL contract, in one place: `/articles/<id>?cloud=&file=&token.<name>=&resourceId=`. Builds
 * hrefs (result cards, tiles, cloud picker, duplicates), reads a page's parameters, and resolves an id as the page and
 * the API both must (case-insensitive; a still-percent-encoded id decoded).
 */
import { CLOUD_IDS, type CloudId, toCloudId } from '../clouds';
import type { CatalogMeta } from '../content/model';
import { type PortalContext, portalContextFromSearchParams } from '../render/portal';
import { type TokenValues, tokenValuesFromSearchParams } from '../render/tokens';
import { firstParam, type SearchParamsInput } from './params';

/** What a reader can add to an article's URL, beyond the cloud: values that make the page theirs. */
export interface ReaderContext {
  tokenValues: TokenValues;
  context: PortalContext;
}

/** The href of an article, for a cloud and (when its id is duplicated) a file; reader values kept when given. */
export function articleHref(articleId: string, cloud?: CloudId, file?: string, reader?: ReaderContext): string {
  const params = new URLSearchParams();
  if (cloud) params.set('cloud', cloud);
  if (file) params.set('file', file);
  if (reader?.context.resourceId) params.set('resourceId', reader.context.resourceId);
  else if (reader?.context.subscriptionId) params.set('subscriptionId', reader.context.subscriptionId);
  for (const [name, value] of Object.entries(reader?.tokenValues ?? {})) params.set(`token.${name}`, value);
  const query = params.toString();
  return `/articles/${encodeURIComponent(articleId)}${query ? `?${query}` : ''}`;
}

/** The message for a cloud name that is not one of the six, the same on pages and in the API. */
export function unknownCloudMessage(raw: string): string {
  return `Unknown cloud \`${raw}\`, expected one of ${CLOUD_IDS.map((c) => `\`${c}\``).join(', ')}`;
}

export interface ArticleParams extends ReaderContext {
  /** `?cloud=` as written, when given. */
  rawCloud?: string;
  /** `?cloud=` when it names a cloud. */
  cloud?: CloudId;
  /** `?file=`: which file, when several share the id. */
  file?: string;
}

/** The article page's parameters, validated; never throws. */
export function parseArticleParams(params: SearchParamsInput): ArticleParams {
  const rawCloud = firstParam(params, 'cloud')?.trim() || undefined;
  const record = params instanceof URLSearchParams ? Object.fromEntries(params) : params;
  return {
    rawCloud,
    cloud: rawCloud ? toCloudId(rawCloud) : undefined,
    file: firstParam(params, 'file') || undefined,
    tokenValues: tokenValuesFromSearchParams(params),
    context: portalContextFromSearchParams(record),
  };
}

/** Whether a URL carries values that make the page one reader's own (tokens, a resource): such views are not shared. */
export function hasReaderValues(params: URLSearchParams): boolean {
  for (const name of params.keys()) {
    const folded = name.toLowerCase();
    if (folded.startsWith('token.') || folded === 'resourceid' || folded === 'subscriptionid') return true;
  }
  return false;
}

/** Looks an id up as written, then percent-decoded (Next can hand a page a non-ASCII id still encoded). */
export function resolveId<T>(find: (id: string) => T, raw: string, found: (value: T) => boolean): { id: string; value: T } {
  const value = find(raw);
  if (found(value) || !raw.includes('%')) return { id: raw, value };
  try {
    const decoded = decodeURIComponent(raw);
    return { id: decoded, value: find(decoded) };
  } catch {
    return { id: raw, value };
  }
}

/** The articles with an id, written or percent-encoded (`resolveId`). */
export function resolveArticleId(byId: (id: string) => CatalogMeta[], raw: string): { id: string; metas: CatalogMeta[] } {
  const { id, value } = resolveId(byId, raw, (metas) => metas.length > 0);
  return { id, metas: value };
}

/** The cloud an article renders for: the reader's when valid, else public when offered, else the first offered. */
export function viewCloud(requested: CloudId | undefined, availableIn: readonly CloudId[]): CloudId {
  return requested ?? (availableIn.includes('public') ? 'public' : (availableIn[0] ?? 'public'));
}
