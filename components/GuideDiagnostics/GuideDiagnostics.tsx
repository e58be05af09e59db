/**
 * `/diagnostics`: troubleshooter nodes the grouping rule could not place (with the rule's reason, folders
 * grouped) and guides left without checks or solutions. Server component; the page passes `catalog.guides()`.
 */
import type { GuideSet } from '@/lib/guides/model';
import { guideHref } from '../GuideList/GuideList';
import styles from './GuideDiagnostics.module.css';

export function GuideDiagnostics({ set }: { set: GuideSet }) {
  const byReason = new Map<string, string[]>();
  for (const u of set.unplaced) byReason.set(u.reason, [...(byReason.get(u.reason) ?? []), u.meta.file]);
  const empty = set.empty();
  if (byReason.size === 0 && empty.length === 0) return null;
  return (
    <section aria-labelledby="guides-heading" className={styles.section}>
      <h2 id="guides-heading">Troubleshooter nodes without a guide</h2>
      <p>{`${set.unplaced.length} nodes could not be placed; ${empty.length} troubleshooters have neither checks nor solutions. The grouping rule is described in the README.`}</p>
      <ul>
        {[...byReason].map(([reason, files]) => (
          <li key={reason}>
            {reason.replace(/`/g, '')}
            <details>
              <summary>{`${files.length} ${files.length === 1 ? 'file' : 'files'}`}</summary>
              <ul>
                {files.map((f) => (
                  <li key={f}>
                    <code>{f}</code>
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
        {empty.map((g) => (
          <li key={g.description.file}>
            <a href={guideHref(g.id)}>{g.title}</a> (<code>{g.description.file}</code>) has no checks or solutions.
          </li>
        ))}
      </ul>
    </section>
  );
}
