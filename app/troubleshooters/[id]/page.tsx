/**
 * `/troubleshooters/[id]?cloud=&path=&outcome=`: one guide (id = its description's articleId) as a guided walk
 * for one cloud; `path`/`outcome` are the walk so far (lib/guides/progress).
 */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { GuideView, type LoadedNode } from '@/components/GuideView/GuideView';
import { getCatalog } from '@/lib/catalog/server';
import { type CloudId, toCloudId } from '@/lib/clouds';
import { type GuideNode, guideInCloud } from '@/lib/guides/model';
import { parseProgress } from '@/lib/guides/progress';

type SearchParams = Record<string, string | string[] | undefined>;
interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

async function lookup(props: Props) {
  const [{ id }, catalog] = await Promise.all([props.params, getCatalog()]);
  const guides = catalog.guides();
  let guide = guides.byId(id);
  // Next may hand the id over still percent-encoded (non-ASCII ids).
  if (!guide && id.includes('%')) guide = guides.byId(decodeURIComponent(id));
  return { catalog, guide };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { guide } = await lookup(props);
  return { title: guide ? `${guide.title} - Troubleshooter` : 'Troubleshooter not found' };
}

export default async function TroubleshooterPage(props: Props) {
  const [{ catalog, guide }, sp] = await Promise.all([lookup(props), props.searchParams]);
  if (!guide) notFound();
  const rawCloud = one(sp.cloud);
  const requested: CloudId | undefined = rawCloud ? toCloudId(rawCloud) : undefined;
  const cloud = requested ?? (guide.clouds.includes('public') ? 'public' : (guide.clouds[0] ?? 'public'));
  const view = guideInCloud(guide, cloud);
  const load = (nodes: readonly GuideNode[]) =>
    Promise.all(nodes.map(async (node): Promise<LoadedNode> => ({ node, article: await catalog.getArticle(node.meta) })));
  const [description, checks, solutions, questions] = await Promise.all([
    catalog.getArticle(guide.description),
    load(view.checks),
    load(view.solutions),
    load(view.questions),
  ]);
  const count = (g: typeof guide) => g.checks.length + g.solutions.length + g.questions.length;
  const progress = parseProgress(
    one(sp.path),
    one(sp.outcome),
    view.checks.length,
    view.solutions.map((s) => s.meta.articleId),
  );
  return (
    <GuideView
      guide={view}
      cloud={cloud}
      cloudParam={requested ?? null}
      unknownCloud={rawCloud && !requested ? rawCloud : undefined}
      description={description}
      checks={checks}
      solutions={solutions}
      questions={questions}
      hiddenInCloud={count(guide) - count(view)}
      progress={progress}
    />
  );
}
