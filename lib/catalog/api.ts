/** The JSON API's shapes for query answers: one article of a result list, and facets cut to a readable size. */
import { type FacetCount, type Facets, topValues } from './facets';
import type { Highlights } from './highlights';
import type { ResultItem } from './indexes';
import { type ArticleSummary, toSummary } from './summary';

/** Values listed per facet in API answers (selected ones always added); `more` says how many were left out. */
export const API_FACET_VALUES = 40;

export interface ApiArticle extends ArticleSummary {
  displayTitle: string;
  /** With `q`: relevance score (higher is better; 0 for an article placed by a pasted id alone). */
  score?: number;
  /** With `q`: set when a pasted id put the article first. */
  reason?: string;
  /** With `q`: the title and a body excerpt as text runs, matched words flagged. */
  highlights?: Highlights;
}

/** One result item as the API shows it. */
export function toApiArticle(item: ResultItem, highlights?: Highlights): ApiArticle {
  const out: ApiArticle = { ...toSummary(item.meta), displayTitle: item.title };
  if (item.match) {
    out.score = item.match.score;
    if (item.match.reason) out.reason = item.match.reason;
  }
  if (highlights) out.highlights = highlights;
  return out;
}

/** Facets cut to the top values plus the selected ones, each with how many more values exist. */
export function toApiFacets(facets: Facets): Record<keyof Facets, { values: FacetCount[]; more: number }> {
  const cut = (values: FacetCount[]) => topValues(values, API_FACET_VALUES);
  return {
    cloud: cut(facets.cloud),
    supportTopicId: cut(facets.supportTopicId),
    productPesId: cut(facets.productPesId),
    service: cut(facets.service),
    type: cut(facets.type),
  };
}
