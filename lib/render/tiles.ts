/**
 * Where a diagnose-and-solve tile leads (FORMAT.md §4.2): its `commonSolutionArticleId` names a solution article,
 * which may be missing from the catalog or not offered in the reader's cloud; a value written as a URL or portal
 * link is followed as one. Pure: the page passes `knownArticle`, built from the catalog.
 */
import { CLOUDS, type CloudId } from '../clouds';
import { articleIdOfLink } from '../content/articleLinks';
import { type ResolvedHref, resolveHref } from './links';
import type { PortalContext } from './portal';

/** What the catalog knows of an articleId (case-insensitive): enough to link it; undefined when no file has it. */
export type ArticleLookup = (articleId: string) => { availableIn: readonly CloudId[] } | undefined;

export type TileTarget =
  /** Nothing to open: the tile is text. */
  | { kind: 'none' }
  /** A solution article; `note` when it is not offered in the reader's cloud (the page then says so too). */
  | { kind: 'article'; articleId: string; note?: string }
  /** A solution article no file has: text with `note`, never a link to "Page not found". */
  | { kind: 'missing'; articleId: string; note: string }
  /** A URL or portal link written in place of an id. */
  | { kind: 'link'; resolved: ResolvedHref };

/** The target of a tile's solution field for `cloud`. Without `knownArticle` every id is taken to exist. */
export function tileTarget(value: string | null | undefined, cloud: CloudId, ctx: PortalContext = {}, knownArticle?: ArticleLookup): TileTarget {
  const written = value?.trim() ?? '';
  if (!written) return { kind: 'none' };
  const articleId = articleIdOfLink(written);
  if (!articleId) {
    const resolved = resolveHref(written, cloud, ctx);
    return resolved ? { kind: 'link', resolved } : { kind: 'none' };
  }
  if (!knownArticle) return { kind: 'article', articleId };
  const found = knownArticle(articleId);
  if (!found) return { kind: 'missing', articleId, note: 'Its solution article is not published here yet' };
  if (!found.availableIn.includes(cloud)) return { kind: 'article', articleId, note: `Its solution article is not offered in ${CLOUDS[cloud].displayName}` };
  return { kind: 'article', articleId };
}
