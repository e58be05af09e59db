/** The result list: title link, description, type badge and cloud badges, in the order the catalog returned. */
import { Badge } from '@fluentui/react-components';
import Link from 'next/link';
import type { CloudId } from '@/lib/clouds';
import { type ArticleMeta, SELF_HELP_TYPE_LABELS } from '@/lib/content/model';
import { CloudBadges } from '../CloudBadges/CloudBadges';
import styles from './ResultList.module.css';

/** Where a result links: the article, keeping the cloud filter so it renders for that cloud. */
export function articleHref(articleId: string, cloud?: CloudId, file?: string): string {
  const params = new URLSearchParams();
  if (cloud) params.set('cloud', cloud);
  if (file) params.set('file', file);
  const query = params.toString();
  return `/articles/${encodeURIComponent(articleId)}${query ? `?${query}` : ''}`;
}

export function ResultList({ articles, cloud }: { articles: readonly ArticleMeta[]; cloud?: CloudId }) {
  return (
    <ol className={styles.list} aria-label="Articles">
      {articles.map((a) => (
        <li key={a.file} className={styles.item}>
          <div className={styles.titleRow}>
            <Link href={articleHref(a.articleId, cloud)} className={styles.title}>
              {a.title || a.articleId}
            </Link>
            <Badge appearance="tint" color="informative" shape="rounded">
              {SELF_HELP_TYPE_LABELS[a.selfHelpType]}
            </Badge>
          </div>
          {a.description && <p className={styles.description}>{a.description}</p>}
          <CloudBadges clouds={a.availableIn} selected={cloud} />
        </li>
      ))}
    </ol>
  );
}
