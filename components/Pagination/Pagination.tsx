/** Previous / next links and the range shown; plain links, the page lives in `offset`. Server component. */
import styles from './Pagination.module.css';

export interface PaginationProps {
  total: number;
  offset: number;
  limit: number;
  /** Builds the link for a given offset, keeping every other filter. */
  hrefFor: (offset: number) => string;
}

export function Pagination({ total, offset, limit, hrefFor }: PaginationProps) {
  if (total <= limit && offset === 0) return null;
  const page = Math.floor(offset / limit) + 1;
  const pages = Math.max(1, Math.ceil(total / limit));
  const prev = offset > 0 ? Math.max(0, offset - limit) : null;
  const next = offset + limit < total ? offset + limit : null;
  return (
    <nav className={styles.nav} aria-label="Pagination">
      {prev !== null ? (
        <a href={hrefFor(prev)} rel="prev">
          Previous page
        </a>
      ) : (
        <span aria-disabled="true">Previous page</span>
      )}
      <span className={styles.status}>
        Page {page} of {pages}
      </span>
      {next !== null ? (
        <a href={hrefFor(next)} rel="next">
          Next page
        </a>
      ) : (
        <span aria-disabled="true">Next page</span>
      )}
    </nav>
  );
}
