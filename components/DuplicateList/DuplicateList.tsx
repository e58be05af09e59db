/** The disambiguation page for an articleId used by several files: a flag and a link to each file. Server. */
import type { CloudId } from '@/lib/clouds';
import { type CatalogMeta, SELF_HELP_TYPE_LABELS } from '@/lib/content/model';
import { articleHref } from '@/lib/routes/article';
import { Blade } from '../Blade/Blade';
import { CloudBadges } from '../CloudBadges/CloudBadges';
import { Notice } from '../Notice/Notice';
import styles from '../ResultList/ResultList.module.css';

export function DuplicateList({ articleId, files, cloud }: { articleId: string; files: readonly CatalogMeta[]; cloud?: CloudId }) {
  return (
    <Blade
      title={`Several articles use the ID ${articleId}`}
      section="articles"
      crumbs={[{ label: 'Self-help articles', href: '/' }, { label: articleId }]}
      closeHref="/"
    >
      <Notice intent="error" title="Duplicate article ID">
        {files.length} files declare <code>articleId=&quot;{articleId}&quot;</code>; each ID should be used once. Choose the file to open.
      </Notice>
      <ol className={styles.list} aria-label="Files with this ID">
        {files.map((m) => (
          <li key={m.file} className={styles.item}>
            <div className={styles.titleRow}>
              <a href={articleHref(m.articleId, cloud, m.file)} className={styles.title}>
                {m.title || m.file}
              </a>
              <span className={styles.description}>{SELF_HELP_TYPE_LABELS[m.selfHelpType]}</span>
            </div>
            <code className={styles.description}>{m.file}</code>
            {m.description && <p className={styles.description}>{m.description}</p>}
            <CloudBadges clouds={m.availableIn} selected={cloud} />
          </li>
        ))}
      </ol>
    </Blade>
  );
}
