/** The list shape of an article in API answers: the fields a result list needs, nothing from the body. */
import type { CatalogMeta } from '../content/model';

export type ArticleSummary = Pick<
  CatalogMeta,
  | 'articleId'
  | 'file'
  | 'title'
  | 'description'
  | 'selfHelpType'
  | 'availableIn'
  | 'supportTopicIds'
  | 'productPesIds'
  | 'displayOrder'
  | 'service'
  | 'resource'
>;

/** Picks the summary fields of a meta (a copy, so callers can serialise without leaking attributes). */
export function toSummary(meta: CatalogMeta): ArticleSummary {
  const { articleId, file, title, description, selfHelpType, availableIn, supportTopicIds, productPesIds, displayOrder, service, resource } = meta;
  return { articleId, file, title, description, selfHelpType, availableIn, supportTopicIds, productPesIds, displayOrder, service, resource };
}
