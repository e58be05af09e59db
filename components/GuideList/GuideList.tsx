/**
 * `/troubleshooters`: every guide with its service, number of checks and solutions and clouds, and a GET form
 * (text, cloud, service) that works without JavaScript. Server component; native controls styled with tokens.
 */
import { CLOUDS, type CloudId } from '@/lib/clouds';
import type { GuideQuery, QueryNote } from '@/lib/guides/list';
import type { Guide } from '@/lib/guides/model';
import { Blade } from '../Blade/Blade';
import { CloudField } from '../CloudField/CloudField';
import styles from './GuideList.module.css';

export interface GuideListProps {
  guides: readonly Guide[];
  /** How many guides there are before filtering. */
  total: number;
  services: ReadonlyArray<{ value: string; count: number }>;
  query: GuideQuery;
  notes: readonly QueryNote[];
}

/** The guide page's URL, keeping the cloud in view. */
export function guideHref(id: string, cloud?: CloudId): string {
  const path = `/troubleshooters/${encodeURIComponent(id)}`;
  return cloud && cloud !== 'public' ? `${path}?cloud=${cloud}` : path;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

export function GuideList({ guides, total, services, query, notes }: GuideListProps) {
  return (
    <Blade title="Troubleshooters" subtitle="Troubleshooting guides · Help + support" section="guides" crumbs={[{ label: 'Troubleshooters' }]}>
      <div className={styles.page}>
        <p className={styles.lead}>Guided checks for support engineers: each troubleshooter walks its checks in order and ends in a solution.</p>
        <form method="get" action="/troubleshooters" className={styles.filters} role="search" aria-label="Filter troubleshooters">
          <label className={styles.field}>
            <span>Search</span>
            <input type="search" name="q" defaultValue={query.q ?? ''} placeholder="Title or service" />
          </label>
          <CloudField value={query.cloud} anyLabel="All clouds" className={styles.field} />
          <label className={styles.field}>
            <span>Service</span>
            <select name="service" defaultValue={services.find((s) => s.value.toLowerCase() === query.service?.toLowerCase())?.value ?? query.service ?? ''}>
              <option value="">All services</option>
              {services.map((s) => (
                <option key={s.value} value={s.value}>{`${s.value} (${s.count})`}</option>
              ))}
            </select>
          </label>
          <button type="submit" className={styles.apply}>
            Apply
          </button>
        </form>
        {notes.map((n) => (
          <p key={n.param} className={styles.note} role="status">
            {n.message.replace(/`/g, '')}
          </p>
        ))}
        <p className={styles.count} aria-live="polite">
          {guides.length === total ? plural(total, 'troubleshooter') : `${guides.length} of ${plural(total, 'troubleshooter')}`}
        </p>
        {guides.length === 0 ? (
          <p>
            No troubleshooter matches. <a href="/troubleshooters">Show all</a>
          </p>
        ) : (
          <ul className={styles.list}>
            {guides.map((g) => (
              <li key={g.description.file} className={styles.item}>
                <h2 className={styles.itemTitle}>
                  <a href={guideHref(g.id, query.cloud)}>{g.title}</a>
                </h2>
                <dl className={styles.facts}>
                  <div>
                    <dt>Service</dt>
                    <dd>{g.service ?? 'none'}</dd>
                  </div>
                  <div>
                    <dt>Checks</dt>
                    <dd>{g.checks.length}</dd>
                  </div>
                  <div>
                    <dt>Solutions</dt>
                    <dd>{g.solutions.length}</dd>
                  </div>
                  <div>
                    <dt>Clouds</dt>
                    <dd>{g.clouds.map((c) => CLOUDS[c].displayName).join(', ') || 'none listed'}</dd>
                  </div>
                </dl>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Blade>
  );
}
