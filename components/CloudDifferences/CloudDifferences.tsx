/**
 * The "All clouds" view of the preview: where the article is offered, and each link that points somewhere else
 * in some cloud, with its target per cloud. Data from `cloudDifferences` (lib/preview). Server component.
 */

import { CLOUDS } from '@/lib/clouds';
import type { CloudDifferences as Differences } from '@/lib/preview/differences';
import { Badge } from '../Badge/Badge';
import { LabelledSection } from '../LabelledSection/LabelledSection';
import styles from './CloudDifferences.module.css';

export function CloudDifferences({ differences, title }: { differences: Differences; title: string }) {
  const { availability, links } = differences;
  return (
    <article className={styles.root} aria-labelledby="differences-title">
      <h2 id="differences-title" className={styles.title}>
        {title}: what differs between clouds
      </h2>
      <LabelledSection id="availability-heading" title="Availability" level={3} className={styles.card} titleClassName={styles.heading}>
        <ul className={styles.clouds}>
          {availability.map((a) => (
            <li key={a.cloud}>
              <span>{CLOUDS[a.cloud].displayName}</span>{' '}
              <Badge appearance="tint" color={a.available ? 'success' : 'subtle'}>
                {a.available ? 'Available' : 'Not available'}
              </Badge>
              {a.retired && <span className={styles.note}> (cloud retired)</span>}
            </li>
          ))}
        </ul>
      </LabelledSection>
      <LabelledSection id="links-heading" title="Links rewritten per cloud" level={3} className={styles.card} titleClassName={styles.heading}>
        {links.length === 0 ? (
          <p className={styles.note}>Every link points to the same place in every cloud.</p>
        ) : (
          links.map((link) => (
            <table key={`${link.line}:${link.column}:${link.written}`} className={styles.table}>
              <caption className={styles.caption}>
                <span className={styles.place}>
                  {link.line}:{link.column}
                </span>{' '}
                {link.text || link.written} <code className={styles.written}>{link.written}</code>
              </caption>
              <thead>
                <tr>
                  <th scope="col">Cloud</th>
                  <th scope="col">Link target</th>
                </tr>
              </thead>
              <tbody>
                {availability.map(({ cloud }) => (
                  <tr key={cloud}>
                    <th scope="row">{CLOUDS[cloud].displayName}</th>
                    <td>{link.hrefs[cloud] ? <code>{link.hrefs[cloud]}</code> : <em>removed (unsafe or malformed)</em>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))
        )}
      </LabelledSection>
    </article>
  );
}
