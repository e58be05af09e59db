/** The `/insights` filter form: a plain GET form, so the filters live in the URL and work without JavaScript. */
import type { InsightsFilters as Filters } from '@/lib/insights/filters';
import { CloudField } from '../CloudField/CloudField';
import styles from './InsightsFilters.module.css';

interface Props {
  filters: Filters;
  /** Every ownershipId of the catalog, offered as suggestions. */
  owners: readonly string[];
}

export function InsightsFilters({ filters, owners }: Props) {
  return (
    <form method="get" action="/insights" className={styles.form} aria-label="Filters">
      <label className={styles.field}>
        <span>Owner (ownershipId)</span>
        <input name="ownershipId" list="insights-owners" defaultValue={filters.ownershipId ?? ''} className={styles.input} />
      </label>
      <datalist id="insights-owners">
        {owners.map((o) => (
          <option key={o} value={o} />
        ))}
      </datalist>
      <CloudField value={filters.cloud} anyLabel="Any cloud" className={styles.field} selectClassName={styles.input} />
      <button type="submit" className={styles.button}>
        Apply
      </button>
    </form>
  );
}
