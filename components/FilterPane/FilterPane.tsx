/**
 * The facet pane: one group per facet, each value a plain link carrying the whole filter state in the URL,
 * so filtering works without client JS and every state can be shared. Server component.
 */
import Link from 'next/link';
import styles from './FilterPane.module.css';

export interface FacetValue {
  value: string;
  label: string;
  count: number;
  selected: boolean;
  /** Where the link goes: this value set (or cleared, when selected), everything else kept. */
  href: string;
}

export interface FacetGroup {
  name: string;
  label: string;
  values: FacetValue[];
  /** How many further values exist beyond `values`; reached by typing one into the group's form. */
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
        {g.more} more: enter a value
      </label>
      <input id={id} name={g.name} className={styles.moreInput} required />
      <button type="submit" className={styles.moreButton}>
        Apply
      </button>
    </form>
  );
}

// Long facets (support topics in the real corpus) show this many values; the rest fold into <details>.
const VISIBLE = 8;

function ValueLink({ v }: { v: FacetValue }) {
  return (
    <li>
      <Link
        href={v.href}
        className={v.selected ? `${styles.value} ${styles.selected}` : styles.value}
        aria-current={v.selected ? 'true' : undefined}
        aria-label={`${v.label} (${v.count})${v.selected ? ', selected; select to clear' : ''}`}
        rel="nofollow"
      >
        {/* A drawn box, not a Fluent icon: icon modules run Griffel at import, which server components cannot. */}
        <span className={styles.box} aria-hidden="true" />
        <span className={styles.label}>{v.label}</span>
        <span className={styles.count}>{v.count}</span>
      </Link>
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
        {clearHref && <Link href={clearHref}>Clear all</Link>}
      </div>
      {groups.map((g) => {
        // The selected value always stays visible, even when it would fall in the folded part. Types are
        // few and each renders differently, so all of them stay in view.
        const limit = g.name === 'type' ? g.values.length : VISIBLE;
        const shown = g.values.slice(0, limit);
        const folded = g.values.slice(limit).filter((v) => !v.selected);
        const selectedFolded = g.values.slice(limit).filter((v) => v.selected);
        return (
          <section key={g.name} className={styles.group} aria-labelledby={`facet-${g.name}`}>
            <h3 id={`facet-${g.name}`} className={styles.groupTitle}>
              {g.label}
            </h3>
            {g.values.length === 0 ? (
              <p className={styles.empty}>No values</p>
            ) : (
              <ul className={styles.values}>
                {[...shown, ...selectedFolded].map((v) => <ValueLink key={v.value} v={v} />)}
              </ul>
            )}
            {folded.length > 0 && (
              <details>
                <summary className={styles.more}>{folded.length} more</summary>
                <ul className={styles.values}>
                  {folded.map((v) => <ValueLink key={v.value} v={v} />)}
                </ul>
              </details>
            )}
            {g.more > 0 && <MoreForm g={g} />}
          </section>
        );
      })}
    </nav>
  );
}
