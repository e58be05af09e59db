/** The result list: title link, description, type badge and cloud badges, in the order the catalog returned. */
import Link from 'next/link';
import type { CloudId } from '@/lib/clouds';
import { type ArticleMeta, SELF_HELP_TYPE_LABELS } from '@/lib/content/model';
import { articleHref } from '@/lib/routes/article';
import { Badge } from '../Badge/Badge';
import { CloudBadges } from '../CloudBadges/CloudBadges';
import styles from './ResultList.module.css';

export { articleHref };

export function ResultList({ articles, cloud }: { articles: readonly ArticleMeta[]; cloud?: CloudId }) {
  return (
    <ol className={styles.list} aria-label="Articles">
      {articles.map((a) => (
        <li key={a.file} className={styles.item}>
          <div className={styles.titleRow}>
            <Link href={articleHref(a.articleId, cloud)} className={styles.title} prefetch={false}>
              {a.title || a.articleId}
            </Link>
            <Badge>{SELF_HELP_TYPE_LABELS[a.selfHelpType]}</Badge>
          </div>
          {a.description && <p className={styles.description}>{a.description}</p>}
          <CloudBadges clouds={a.availableIn} selected={cloud} />
        </li>
      ))}
    </ol>
  );
}
