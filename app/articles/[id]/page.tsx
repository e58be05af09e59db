/**
 * `/articles/[id]?cloud=X&file=F`: one article rendered for one cloud; several files with the id → a chooser.
 * `token.<name>=value` fills replacement tokens; `resourceId=/subscriptions/…` resolves portal links. The URL
 * contract (params, id resolution, hrefs) lives in lib/routes/article.ts.
 */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/ArticleView/ArticleView';
import { DuplicateList } from '@/components/DuplicateList/DuplicateList';
import { FeedbackWidget } from '@/components/FeedbackWidget/FeedbackWidget';
import { GuideLink } from '@/components/GuideLink/GuideLink';
import { getCatalog } from '@/lib/catalog/server';
import { toOutcome } from '@/lib/feedback/reasons';
import { parseArticleParams, resolveArticleId, viewCloud } from '@/lib/routes/article';
import { firstParam } from '@/lib/routes/params';

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

async function lookup(props: Props) {
  const [{ id: raw }, sp, catalog] = await Promise.all([props.params, props.searchParams, getCatalog()]);
  const { id, metas } = resolveArticleId((i) => catalog.byId(i), raw);
  const params = parseArticleParams(sp);
  // One file: that one. Several: only the one named by `file`, else the page lists them.
  const meta = metas.length === 1 ? metas[0] : metas.find((m) => m.file === params.file);
  return { id, params, catalog, metas, meta, feedback: toOutcome(firstParam(sp, 'feedback')) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { meta, metas } = await lookup(props);
  return { title: meta?.title || (metas.length ? 'Choose an article' : 'Article not found') };
}

export default async function ArticlePage(props: Props) {
  const { id, params, catalog, metas, meta, feedback } = await lookup(props);
  if (metas.length === 0) notFound();
  if (!meta) return <DuplicateList articleId={metas[0]?.articleId ?? id} files={metas} cloud={params.cloud} />;
  const article = await catalog.getArticle(meta);
  if (!article) notFound();
  const cloud = viewCloud(params.cloud, meta.availableIn);
  return (
    <ArticleView
      article={article}
      cloud={cloud}
      unknownCloud={params.rawCloud && !params.cloud ? params.rawCloud : undefined}
      unavailableIn={params.cloud && !meta.availableIn.includes(params.cloud) ? params.cloud : undefined}
      duplicates={metas.filter((m) => m !== meta)}
      tokenValues={params.tokenValues}
      context={params.context}
      knownArticle={(articleId: string) => catalog.byId(articleId)[0]}
    >
      <GuideLink guides={catalog.guides().ofFile(meta.file)} cloud={params.cloud} file={meta.file} />
      <FeedbackWidget articleId={meta.articleId} cloud={cloud} outcome={feedback} />
    </ArticleView>
  );
}
