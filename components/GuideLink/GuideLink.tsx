/**
 * On a troubleshooter node's article page: the guide(s) it belongs to, linked, so "select No below" has a
 * below. Renders nothing for other articles. Server component; the page passes `catalog.guides().ofFile(file)`.
 */
import type { CloudId } from '@/lib/clouds';
import type { Guide } from '@/lib/guides/model';
import { guideHref } from '../GuideList/GuideList';
import styles from './GuideLink.module.css';

export function GuideLink({ guides, cloud, file }: { guides: readonly Guide[]; cloud?: CloudId; file: string }) {
  if (guides.length === 0) return null;
  const isSummary = guides.some((g) => g.description.file === file);
  return (
    <aside className={styles.link} aria-label="Troubleshooter">
      {isSummary ? 'This is the summary of a troubleshooter: ' : 'A step of the troubleshooter '}
      {guides.map((g, i) => (
        <span key={g.description.file}>
          {i > 0 && ', '}
          <a href={guideHref(g.id, cloud)}>{isSummary ? `walk ${g.title}` : g.title}</a>
        </span>
      ))}
      .
    </aside>
  );
}
