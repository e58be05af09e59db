/**
 * `GET /providers/Microsoft.Help/selfHelp/{solutionId}?api-version=[&cloud=]`: one article as Azure's self-help
 * solution resource, its content rendered for the cloud as the page renders it (html.ts).
 */
import { articleTitle } from '../catalog/display';
import { CLOUDS } from '../clouds';
import type { Article, CatalogMeta } from '../content/model';
import { azureError, checkApiVersion, type HelpResponse, requestCloud, SELF_HELP_VERSIONS } from './errors';
import { selfHelpContent } from './html';

/** What the operation needs from the catalog. */
export interface ArticleSource {
  byId(articleId: string): CatalogMeta[];
  getArticle(meta: CatalogMeta): Promise<Article | null>;
}

/** Answers a selfHelp request. A solution not offered in the requested cloud is not found there. */
export async function getSelfHelp(source: ArticleSource, solutionId: string, params: URLSearchParams): Promise<HelpResponse> {
  const version = checkApiVersion(params.get('api-version'), SELF_HELP_VERSIONS);
  if (version) return version;
  const cloud = requestCloud(params.get('cloud'));
  if ('error' in cloud) return cloud.error;
  // Duplicated ids answer with the first file, as the catalog orders them.
  const meta = source.byId(solutionId)[0];
  if (!meta) return azureError(404, 'NotFound', `No solution with id \`${solutionId}\``);
  if (!meta.availableIn.includes(cloud.cloud)) {
    const offered = meta.availableIn.map((c) => `\`${c}\``).join(', ') || 'no cloud';
    return azureError(404, 'NotFound', `Solution \`${solutionId}\` is not offered in ${CLOUDS[cloud.cloud].displayName}; it is offered in ${offered}`);
  }
  const article = await source.getArticle(meta);
  if (!article) return azureError(404, 'NotFound', `Solution \`${solutionId}\` is no longer in the catalog`);
  const { content, sections, replacementMaps } = selfHelpContent(article, cloud.cloud);
  return {
    status: 200,
    body: {
      id: `/providers/Microsoft.Help/selfHelp/${encodeURIComponent(meta.articleId)}`,
      name: meta.articleId,
      type: 'Microsoft.Help/selfHelp',
      properties: { solutionId: meta.articleId, title: articleTitle(article), content, sections, replacementMaps },
    },
  };
}
