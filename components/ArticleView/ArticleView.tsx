/**
 * One article for one cloud, as a blade: the cloud picker in the header, Refresh/Feedback/Copy link/Print commands,
 * notices (unknown or unoffered cloud, duplicate id), the facts line, then the body laid out by kind (ArticleBody).
 * Server component; what it draws depends only on (article, cloud, reader values), so it can be cached.
 */
import type { ReactNode } from 'react';
import { articleTitle } from '@/lib/catalog/display';
import { CLOUDS, type CloudId } from '@/lib/clouds';
import { type Article, type CatalogMeta, SELF_HELP_TYPE_LABELS } from '@/lib/content/model';
import type { PortalContext } from '@/lib/render/portal';
import type { ArticleLookup } from '@/lib/render/tiles';
import { fillTokenText, type TokenValues } from '@/lib/render/tokens';
import { articleHref, unknownCloudMessage } from '@/lib/routes/article';
import { ArticleBody } from '../ArticleBody/ArticleBody';
import { Backticked } from '../Backticked/Backticked';
import { Badge } from '../Badge/Badge';
import { Blade } from '../Blade/Blade';
import { CloudBadges } from '../CloudBadges/CloudBadges';
import { CloudPicker } from '../CloudPicker/CloudPicker';
import { Notice } from '../Notice/Notice';
import styles from './ArticleView.module.css';

export interface ArticleContentProps {
  article: Article;
  /** The cloud links are rendered for. */
  cloud: CloudId;
  /** `?cloud=` when it named no cloud: a notice says so. */
  unknownCloud?: string;
  /** The cloud asked for in the URL, when it is one the article is not available in. */
  unavailableIn?: CloudId;
  /** Other files with the same articleId. */
  duplicates: readonly CatalogMeta[];
  /** Values for replacement tokens (`?token.<name>=` or a preview sample); placeholders show without. */
  tokenValues?: TokenValues;
  /** The resource the page is viewed for (`?resourceId=`): portal links needing it resolve. */
  context?: PortalContext;
  /** Show the article's title as a heading (the preview, where the page's H1 is the tool's). */
  showTitle?: boolean;
  /** Which article ids exist (from the catalog): links and tiles to others render as text with a note. */
  knownArticle?: ArticleLookup;
}

export interface ArticleViewProps extends ArticleContentProps {
  /** Placed after the article: feedback, guide links and other page-level parts. */
  children?: ReactNode;
}

const names = (clouds: readonly CloudId[]) => clouds.map((c) => CLOUDS[c].displayName).join(', ');
const browseHref = (cloud: CloudId) => (cloud === 'public' ? '/' : `/?cloud=${cloud}`);

/** The title a reader sees: the display title, with the H1's tokens filled. */
function titleOf(article: Article, tokenValues: TokenValues = {}): string {
  return articleTitle(article, article.body.h1 === null ? null : fillTokenText(article.body.h1, tokenValues));
}

/** The article page: the blade around the article. */
export function ArticleView({ children, ...props }: ArticleViewProps) {
  const { article, cloud, duplicates, tokenValues = {}, context = {} } = props;
  const { meta } = article;
  const file = duplicates.length > 0 ? meta.file : undefined;
  const reader = { tokenValues, context };
  const title = titleOf(article, tokenValues);
  const self = articleHref(meta.articleId, cloud, file, reader);
  return (
    <Blade
      title={title}
      subtitle={`${SELF_HELP_TYPE_LABELS[meta.selfHelpType]} · Help + support`}
      section={meta.selfHelpType === 'diagnoseandsolve' ? 'diagnose' : 'articles'}
      crumbs={[{ label: 'Self-help articles', href: browseHref(cloud) }, { label: title }]}
      closeHref={browseHref(cloud)}
      headerEnd={<CloudPicker current={cloud} offered={meta.availableIn} hrefFor={(c) => articleHref(meta.articleId, c, file, reader)} />}
      commands={{
        links: [
          { label: 'Refresh', href: self, icon: 'arrow-clockwise' },
          { label: 'Feedback', href: '#feedback', icon: 'person-feedback' },
        ],
      }}
    >
      <ArticleContent {...props} />
      {children && <div className={styles.after}>{children}</div>}
    </Blade>
  );
}

/** The article itself: notices, description, facts and the body. The preview renders this alone. */
export function ArticleContent({
  article,
  cloud,
  unknownCloud,
  unavailableIn,
  duplicates,
  tokenValues,
  context,
  showTitle,
  knownArticle,
}: ArticleContentProps) {
  const { meta } = article;
  const title = titleOf(article, tokenValues);
  return (
    <article className={styles.article} aria-label={title} data-article-main="">
      {showTitle && <h2 className={styles.previewTitle}>{title}</h2>}
      {unknownCloud && (
        <Notice intent="warning" title="Unknown cloud">
          <Backticked text={`${unknownCloudMessage(unknownCloud)}. Showing ${CLOUDS[cloud].displayName}.`} />
        </Notice>
      )}
      {unavailableIn && (
        <Notice intent="warning" title={`Not available in ${CLOUDS[unavailableIn].displayName}`}>
          This article is not offered in {CLOUDS[unavailableIn].displayName}.{' '}
          {meta.availableIn.length > 0
            ? `It is available in: ${names(meta.availableIn)}. Links below point to ${CLOUDS[cloud].displayName}.`
            : 'It lists no cloud where it is available.'}
        </Notice>
      )}
      {duplicates.length > 0 && (
        <Notice intent="error" title="Duplicate article ID">
          This file (<code>{meta.file}</code>) shares its ID with{' '}
          {duplicates.map((d, i) => (
            <span key={d.file}>
              {i > 0 && ', '}
              <a href={articleHref(d.articleId, cloud, d.file)}>
                <code>{d.file}</code>
              </a>
            </span>
          ))}
          .
        </Notice>
      )}
      {meta.description && <p className={styles.description}>{meta.description}</p>}
      <div className={styles.facts}>
        <Badge>{SELF_HELP_TYPE_LABELS[meta.selfHelpType]}</Badge>
        <span>
          Article ID <code>{meta.articleId}</code>
        </span>
        {meta.service && (
          <span>
            Service <code>{meta.service}</code>
          </span>
        )}
        <span className={styles.clouds}>
          <span className={styles.label}>Available in</span>
          <CloudBadges clouds={meta.availableIn} selected={cloud} />
        </span>
      </div>
      <ArticleBody article={article} env={{ cloud, tokenValues, context, knownArticle }} />
    </article>
  );
}
