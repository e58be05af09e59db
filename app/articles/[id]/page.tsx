/**
 * `/articles/[id]?cloud=X&file=F`: one article rendered for one cloud; several files with the id → a chooser.
 * `token.<name>=value` fills replacement tokens; `resourceId=/subscriptions/…` resolves portal links.
 */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/ArticleView/ArticleView';
import { Backticked } from '@/components/Backticked/Backticked';
import { DuplicateList } from '@/components/DuplicateList/DuplicateList';
import { GuideLink } from '@/components/GuideLink/GuideLink';
import { getCatalog } from '@/lib/catalog/server';
import { CLOUD_IDS, type CloudId, toCloudId } from '@/lib/clouds';
import { portalContextFromSearchParams } from '@/lib/render/portal';
import { tokenValuesFromSearchParams } from '@/lib/render/tokens';

type SearchParams = Record<string, string | string[] | undefined>;
interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

function decodeParam(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

async function lookup(props: Props) {
  const [{ id: raw }, sp] = await Promise.all([props.params, props.searchParams]);
  const catalog = await getCatalog();
  // The page may receive the id still percent-encoded (seen with non-ASCII ids, e.g. derived from Chinese paths).
  let id = raw;
  let metas = catalog.byId(id);
  if (metas.length === 0 && raw.includes('%')) {
    id = decodeParam(raw);
    metas = catalog.byId(id);
  }
  const file = one(sp.file);
  // One file: that one. Several: only the one named by `file`, else the page lists them.
  const meta = metas.length === 1 ? metas[0] : metas.find((m) => m.file === file);
  return { id, sp, catalog, metas, meta };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { meta, metas } = await lookup(props);
  return { title: meta?.title || (metas.length ? 'Choose an article' : 'Article not found') };
}

export default async function ArticlePage(props: Props) {
  const { id, sp, catalog, metas, meta } = await lookup(props);
  if (metas.length === 0) notFound();
  const rawCloud = one(sp.cloud);
  const requested: CloudId | undefined = rawCloud ? toCloudId(rawCloud) : undefined;
  if (!meta) return <DuplicateList articleId={metas[0]?.articleId ?? id} files={metas} cloud={requested} />;
  const article = await catalog.getArticle(meta);
  if (!article) notFound();
  const available = meta.availableIn;
  // The reader's cloud wins (their portal is where blade links must go); else public, else the first listed.
  const cloud = requested ?? (available.includes('public') ? 'public' : (available[0] ?? 'public'));
  return (
    <>
      {rawCloud && !requested && (
        <MessageBar intent="warning" style={{ marginBottom: 12 }}>
          <MessageBarBody>
            <MessageBarTitle>Unknown cloud</MessageBarTitle>
            <Backticked text={`Unknown cloud \`${rawCloud}\`, expected one of ${CLOUD_IDS.map((c) => `\`${c}\``).join(', ')}. Showing ${cloud}.`} />
          </MessageBarBody>
        </MessageBar>
      )}
      <ArticleView
        article={article}
        cloud={cloud}
        unavailableIn={requested && !available.includes(requested) ? requested : undefined}
        duplicates={metas.filter((m) => m !== meta)}
        tokenValues={tokenValuesFromSearchParams(sp)}
        context={portalContextFromSearchParams(sp)}
      />
      <GuideLink guides={catalog.guides().ofFile(meta.file)} cloud={requested} file={meta.file} />
    </>
  );
}
