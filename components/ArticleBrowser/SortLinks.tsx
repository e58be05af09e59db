/** The result order as links: relevance (with a search), title, and the portal's order. No script. Server component. */
import type { Filters, SortOrder } from '@/lib/catalog/filters';
import styles from './ArticleBrowser.module.css';
import { browseHref } from './facets';

const NAMES: Record<SortOrder, string> = { relevance: 'Relevance', title: 'Title', displayOrder: 'Portal order' };

export function SortLinks({ filters, used }: { filters: Filters; used: SortOrder }) {
  const orders: SortOrder[] = filters.q ? ['relevance', 'title', 'displayOrder'] : ['displayOrder', 'title'];
  return (
    <nav aria-label="Sort results" className={styles.sort}>
      <span className={styles.sortLabel}>Sort by</span>
      {orders.map((order) =>
        order === used ? (
          <span key={order} aria-current="true" className={styles.sortCurrent}>
            {NAMES[order]}
          </span>
        ) : (
          <a key={order} href={browseHref({ ...filters, sort: order, offset: 0 })} rel="nofollow">
            {NAMES[order]}
          </a>
        ),
      )}
    </nav>
  );
}
