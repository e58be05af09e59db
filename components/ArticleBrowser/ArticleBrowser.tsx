/**
 * The browse blade (`/`): the cloud in view in the header, the search form (searching as you type with script),
 * notices about the search, the facet pane (a drawer on phones), the sort, the results and paging. Server component.
 */
import { type FilterError, type Filters, filtersToSearchParams } from '@/lib/catalog/filters';
import type { Highlights } from '@/lib/catalog/highlights';
import type { QueryResult } from '@/lib/catalog/indexes';
import { Backticked } from '../Backticked/Backticked';
import { Blade } from '../Blade/Blade';
import { CloudPicker } from '../CloudPicker/CloudPicker';
import { FilterPane } from '../FilterPane/FilterPane';
import { Icon } from '../Icon/Icon';
import { Notice } from '../Notice/Notice';
import { Pagination } from '../Pagination/Pagination';
import { type LabelOf, ResultList } from '../ResultList/ResultList';
import { SearchBeacons } from '../SearchBeacons/SearchBeacons';
import { SearchForm } from '../SearchForm/SearchForm';
import styles from './ArticleBrowser.module.css';
import { browseHref, facetGroups } from './facets';
import { SearchNotices } from './SearchNotices';
import { SortLinks } from './SortLinks';

export interface ArticleBrowserProps {
  filters: Filters;
  errors: FilterError[];
  result: QueryResult;
  highlights: readonly Highlights[];
  labelOf: LabelOf;
}

const plural = (n: number) => `${n} article${n === 1 ? '' : 's'}`;

export function ArticleBrowser({ filters, errors, result, highlights, labelOf }: ArticleBrowserProps) {
  const { cloud, q, type } = filters;
  const groups = facetGroups(result.facets, filters);
  const selected = groups.reduce((n, g) => n + g.values.filter((v) => v.selected).length, 0);
  // The search form keeps every other filter and the sort; a new search starts on the first page.
  const kept = [...filtersToSearchParams({ ...filters, q: undefined, limit: undefined, offset: 0 }).entries()];
  const first = filters.offset + 1;
  const last = filters.offset + result.items.length;
  return (
    <Blade
      title="Self-help articles"
      section={type?.length === 1 && type[0] === 'diagnoseandsolve' ? 'diagnose' : 'articles'}
      crumbs={[{ label: 'Self-help articles' }]}
      headerEnd={
        <CloudPicker
          current={cloud}
          allHref={browseHref({ ...filters, cloud: undefined, offset: 0 })}
          hrefFor={(c) => browseHref({ ...filters, cloud: c, offset: 0 })}
        />
      }
      commands={{ links: [{ label: 'Refresh', href: browseHref(filters), icon: 'arrow-clockwise' }] }}
    >
      <SearchForm q={q} kept={kept} />
      {errors.length > 0 && (
        <Notice intent="warning" title="Some filters were not applied">
          <ul className={styles.errors}>
            {errors.map((e) => (
              <li key={e.param}>
                <Backticked text={e.message} />
              </li>
            ))}
          </ul>
        </Notice>
      )}
      {result.search && <SearchNotices filters={filters} search={result.search} />}
      <div className={styles.columns}>
        <button type="button" popoverTarget="filters" className={styles.filtersButton}>
          <Icon name="filter" />
          Filters{selected > 0 ? ` (${selected} selected)` : ''}
        </button>
        <div id="filters" popover="auto" className={styles.drawer}>
          <FilterPane groups={groups} clearHref={selected > 0 || q ? browseHref({ cloud }) : undefined} />
        </div>
        <section aria-labelledby="results-heading" className={styles.results} id="results">
          <div className={styles.resultsHead}>
            <h2 id="results-heading" className={styles.count}>
              {result.total === 0 ? 'No articles found' : plural(result.total)}
              {result.total > result.items.length && result.items.length > 0 && ` (showing ${first}–${last})`}
            </h2>
            {result.total > 1 && <SortLinks filters={filters} used={result.sort} />}
          </div>
          {result.total === 0 ? (
            <p>
              No article matches these filters. <a href="/">Clear all filters</a>
            </p>
          ) : (
            <ResultList items={result.items} highlights={highlights} cloud={cloud} labelOf={labelOf} />
          )}
          <Pagination total={result.total} offset={filters.offset} limit={filters.limit} hrefFor={(offset) => browseHref({ ...filters, offset })} />
        </section>
      </div>
      <SearchBeacons query={filtersToSearchParams(filters).toString()} q={q} cloud={cloud} supportTopicId={filters.supportTopicId?.[0]} resultsId="results" />
    </Blade>
  );
}
