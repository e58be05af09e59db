/**
 * What the browse page says about a text search: the index still being built, no article having every word
 * (closest matches shown), and filters the query's pasted ids or service names stand for. Server component.
 */
import type { Filters } from '@/lib/catalog/filters';
import type { SearchInfo } from '@/lib/catalog/indexes';
import type { SearchHint } from '@/lib/search/ids';
import { Notice } from '../Notice/Notice';
import styles from './ArticleBrowser.module.css';
import { browseHref } from './facets';

const KIND: Record<SearchHint['kind'], string> = { supportTopicId: 'support topic', productPesId: 'product', service: 'service' };

/** The filters with the hint applied, and its token taken out of the words searched. */
function applied(filters: Filters, hint: SearchHint): string {
  const q = (filters.q ?? '')
    .split(/\s+/)
    .filter((t) => t.toLowerCase() !== hint.value.toLowerCase() && t.toLowerCase() !== hint.label?.toLowerCase())
    .join(' ');
  const values = [...(filters[hint.kind] ?? [])];
  if (!values.includes(hint.value)) values.push(hint.value);
  return browseHref({ ...filters, q: q || undefined, [hint.kind]: values, offset: 0 });
}

export function SearchNotices({ filters, search }: { filters: Filters; search: SearchInfo }) {
  return (
    <>
      {search.index === 'building' && (
        <Notice intent="info" title="Search is warming up">
          The search index is still being built, so results come from a plain text match for now.
        </Notice>
      )}
      {!search.allTerms && (
        <Notice intent="info" title="Closest matches">
          No article has all of <q>{filters.q}</q>; these are the closest matches.
        </Notice>
      )}
      {search.hints.length > 0 && (
        <ul className={styles.hints} aria-label="Filters your search stands for">
          {search.hints.map((h) => (
            <li key={`${h.kind}:${h.value}`}>
              <a href={applied(filters, h)} className={styles.hint}>
                {`Show only ${KIND[h.kind]} ${h.value}${h.label && h.label !== h.value ? ` (${h.label})` : ''}`}
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
