/** `/troubleshooters/[id]?cloud=&path=&outcome=`: one guide (id = its description's articleId) walked in one cloud (lib/guides/progress). */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { GuideView, type LoadedNode } from '@/components/GuideView/GuideView';
import { getCatalog } from '@/lib/catalog/server';
import { type GuideNode, guideInCloud, nodeCount } from '@/lib/guides/model';
import { parseProgress } from '@/lib/guides/progress';
import { parseArticleParams, resolveId, viewCloud } from '@/lib/routes/article';
import { firstParam } from '@/lib/routes/params';

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

async function lookup(props: Props) {
  const [{ id }, catalog] = await Promise.all([props.params, getCatalog()]);
  const guides = catalog.guides();
  return {
    catalog,
    guide: resolveId(
      (i) => guides.byId(i),
      id,
      (g) => g !== undefined,
    ).value,
  };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { guide } = await lookup(props);
  return { title: guide ? `${guide.title} - Troubleshooter` : 'Troubleshooter not found' };
}

export default async function TroubleshooterPage(props: Props) {
  const [{ catalog, guide }, sp] = await Promise.all([lookup(props), props.searchParams]);
  if (!guide) notFound();
  const { cloud: requested, rawCloud } = parseArticleParams(sp);
  const view = guideInCloud(guide, viewCloud(requested, guide.clouds));
  const load = (nodes: readonly GuideNode[]) =>
    Promise.all(nodes.map(async (node): Promise<LoadedNode> => ({ node, article: await catalog.getArticle(node.meta) })));
  const loading = [view.checks, view.solutions, view.questions].map(load);
  const description = await catalog.getArticle(guide.description);
  const [checks = [], solutions = [], questions = []] = await Promise.all(loading);
  const solutionIds = view.solutions.map((s) => s.meta.articleId);
  const progress = parseProgress(firstParam(sp, 'path'), firstParam(sp, 'outcome'), view.checks.length, solutionIds);
  return (
    <GuideView
      guide={view}
      cloud={viewCloud(requested, guide.clouds)}
      cloudParam={requested ?? null}
      unknownCloud={rawCloud && !requested ? rawCloud : undefined}
      description={description}
      checks={checks}
      solutions={solutions}
      questions={questions}
      hiddenInCloud={nodeCount(guide) - nodeCount(view)}
      progress={progress}
    />
  );
}
