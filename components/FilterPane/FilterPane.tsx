/**
 * The facet pane: one group per facet, each value a plain link carrying the whole filter state in the URL,
 * so filtering works without client JS and every state can be shared. Server component.
 */
import styles from './FilterPane.module.css';

export interface FacetValue {
  value: string;
  label: string;
  /** A second line: the id behind a name and where the name came from. */
  detail?: string;
  count: number;
  selected: boolean;
  /** Where the link goes: this value set (or cleared, when selected), everything else kept. */
  href: string;
}

export interface FacetGroup {
  name: string;
  label: string;
  values: FacetValue[];
  /** How many further values exist beyond `values`; reached by typing one into the group's form (it adds to the selection). */
  more: number;
  /** The other filters, carried as hidden fields by that form (a name repeats for several values). */
  kept: Array<[name: string, value: string]>;
}

/** A GET form to filter by any value of a long facet (e.g. a support topic id from a portal link). */
function MoreForm({ g }: { g: FacetGroup }) {
  const id = `facet-input-${g.name}`;
  return (
    <form method="get" action="/" className={styles.moreForm}>
      {g.kept.map(([name, value]) => (
        <input key={`${name}=${value}`} type="hidden" name={name} value={value} />
      ))}
      <label htmlFor={id} className={styles.moreLabel}>
        {g.more} more: add one by its value
      </label>
      <input id={id} name={g.name} className={styles.moreInput} required />
      <button type="submit" className={styles.moreButton}>
        Apply
      </button>
    </form>
  );
}

function ValueLink({ v }: { v: FacetValue }) {
  return (
    <li>
      <a
        href={v.href}
        className={v.selected ? `${styles.value} ${styles.selected}` : styles.value}
        aria-current={v.selected ? 'true' : undefined}
        rel="nofollow"
      >
        <span className={styles.label}>
          {v.label}
          {v.detail && <span className={styles.detail}>{v.detail}</span>}
        </span>
        <span className={styles.count}>{v.count}</span>
      </a>
    </li>
  );
}

export function FilterPane({ groups, clearHref }: { groups: FacetGroup[]; clearHref?: string }) {
  return (
    <nav className={styles.pane} aria-labelledby="filters-heading">
      <div className={styles.head}>
        <h2 id="filters-heading" className={styles.title}>
          Filters
        </h2>
        {clearHref && <a href={clearHref}>Clear all</a>}
      </div>
      <p className={styles.hint}>Several values of one filter widen the list; values of different filters narrow it.</p>
      {groups.map((g) => (
        <section key={g.name} className={styles.group} aria-labelledby={`facet-${g.name}`}>
          <h3 id={`facet-${g.name}`} className={styles.groupTitle}>
            {g.label}
          </h3>
          {g.values.length === 0 ? (
            <p className={styles.empty}>No values</p>
          ) : (
            <ul className={styles.values}>
              {g.values.map((v) => (
                <ValueLink key={v.value} v={v} />
              ))}
            </ul>
          )}
          {g.more > 0 && <MoreForm g={g} />}
        </section>
      ))}
    </nav>
  );
}
