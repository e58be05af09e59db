/**
 * One article for one cloud: header, availability and duplicate notices, then the body laid out by kind
 * (ArticleBody): insight cards, RCA regions, Apollo sections and cards, forms, tiles, checklists. Server.
 */
import { Badge, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import Link from 'next/link';
import { CLOUDS, type CloudId } from '@/lib/clouds';
import { type Article, type ArticleMeta, SELF_HELP_TYPE_LABELS } from '@/lib/content/model';
import { CloudBadges } from '../CloudBadges/CloudBadges';
import type { PortalContext } from '@/lib/render/portal';
import { fillTokenText, type TokenValues } from '@/lib/render/tokens';
import { ArticleBody } from '../ArticleBody/ArticleBody';
import { articleHref } from '../ResultList/ResultList';
import styles from './ArticleView.module.css';

export interface ArticleViewProps {
  article: Article;
  /** The cloud links are rendered for. */
  cloud: CloudId;
  /** The cloud asked for in the URL, when it is one the article is not available in. */
  unavailableIn?: CloudId;
  /** Other files with the same articleId. */
  duplicates: readonly ArticleMeta[];
  /** Values for replacement tokens (from `?token.<name>=` or a preview sample); placeholders show without. */
  tokenValues?: TokenValues;
  /** The resource the page is viewed for (`?resourceId=`): portal links needing it resolve. */
  context?: PortalContext;
}

/** Another cloud's page for the same article keeps the resource and token values the reader gave. */
function keepContext(href: string, tokenValues: TokenValues = {}, context: PortalContext = {}): string {
  const params = new URLSearchParams();
  if (context.resourceId) params.set('resourceId', context.resourceId);
  else if (context.subscriptionId) params.set('subscriptionId', context.subscriptionId);
  for (const [name, value] of Object.entries(tokenValues)) params.set(`token.${name}`, value);
  const extra = params.toString();
  return extra ? `${href}${href.includes('?') ? '&' : '?'}${extra}` : href;
}

const names = (clouds: readonly CloudId[]) => clouds.map((c) => CLOUDS[c].displayName).join(', ');

export function ArticleView({ article, cloud, unavailableIn, duplicates, tokenValues, context }: ArticleViewProps) {
  const { meta, body } = article;
  const file = duplicates.length > 0 ? meta.file : undefined;
  return (
    <article className={styles.article}>
      <nav aria-label="Breadcrumb" className={styles.crumbs}>
        <Link href={cloud === 'public' ? '/' : `/?cloud=${cloud}`}>Self-help articles</Link> <span aria-hidden="true">›</span> {meta.title || meta.articleId}
      </nav>
      <header className={styles.header}>
        <h1 className={styles.title}>{meta.title || fillTokenText(body.h1 ?? '', tokenValues) || meta.articleId}</h1>
        {meta.description && <p className={styles.description}>{meta.description}</p>}
        <div className={styles.facts}>
          <Badge appearance="tint" color="informative" shape="rounded">{SELF_HELP_TYPE_LABELS[meta.selfHelpType]}</Badge>
          <span>Article ID <code>{meta.articleId}</code></span>
          {meta.service && <span>Service <code>{meta.service}</code></span>}
        </div>
        <div className={styles.clouds}>
          <span className={styles.label}>Available in</span>
          <CloudBadges clouds={meta.availableIn} selected={cloud} hrefFor={(c) => keepContext(articleHref(meta.articleId, c, file), tokenValues, context)} label="Available in (choose a cloud to render links for it)" />
        </div>
      </header>
      {unavailableIn && (
        <MessageBar intent="warning" className={styles.notice}>
          <MessageBarBody>
            <MessageBarTitle>Not available in {CLOUDS[unavailableIn].displayName}</MessageBarTitle>
            This article is not offered in {CLOUDS[unavailableIn].displayName}.{' '}
            {meta.availableIn.length > 0 ? `It is available in: ${names(meta.availableIn)}. Links below point to ${CLOUDS[cloud].displayName}.` : 'It lists no cloud where it is available.'}
          </MessageBarBody>
        </MessageBar>
      )}
      {duplicates.length > 0 && (
        <MessageBar intent="error" className={styles.notice}>
          <MessageBarBody>
            <MessageBarTitle>Duplicate article ID</MessageBarTitle>
            This file (<code>{meta.file}</code>) shares its ID with{' '}
            {duplicates.map((d, i) => (
              <span key={d.file}>{i > 0 && ', '}<Link href={articleHref(d.articleId, cloud, d.file)}><code>{d.file}</code></Link></span>
            ))}.
          </MessageBarBody>
        </MessageBar>
      )}
      <ArticleBody article={article} env={{ cloud, tokenValues, context }} />
    </article>
  );
}
