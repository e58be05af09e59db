/**
 * The browse blade (`/`): the cloud in view in the header, the search form, filter notices, the facet pane (a
 * drawer on phones, opened with the popover API) and the results with paging. Server component.
 */
import Link from 'next/link';
import { type FilterError, type Filters, filtersToSearchParams } from '@/lib/catalog/filters';
import type { QueryResult } from '@/lib/catalog/indexes';
import { Backticked } from '../Backticked/Backticked';
import { Blade } from '../Blade/Blade';
import { CloudPicker } from '../CloudPicker/CloudPicker';
import { FilterPane } from '../FilterPane/FilterPane';
import { Icon } from '../Icon/Icon';
import { Notice } from '../Notice/Notice';
import { Pagination } from '../Pagination/Pagination';
import { ResultList } from '../ResultList/ResultList';
import styles from './ArticleBrowser.module.css';
import { browseHref, facetGroups } from './facets';

export interface ArticleBrowserProps {
  filters: Filters;
  errors: FilterError[];
  result: QueryResult;
}

export function ArticleBrowser({ filters, errors, result }: ArticleBrowserProps) {
  const { cloud, supportTopicId, productPesId, service, type, q } = filters;
  const anyFacet = Boolean(supportTopicId?.length || productPesId?.length || service?.length || type?.length);
  // The search form is a GET form; the other filters ride along as hidden fields so a search keeps them.
  const kept = [...filtersToSearchParams({ cloud, supportTopicId, productPesId, service, type, sort: filters.sort }).entries()];
  const first = filters.offset + 1;
  const last = filters.offset + result.articles.length;
  const groups = facetGroups(result.facets, filters).filter((g) => g.name !== 'cloud');
  const selected = groups.reduce((n, g) => n + g.values.filter((v) => v.selected).length, 0);
  const self = browseHref({ ...filters });
  return (
    <Blade
      title="Self-help articles"
      section={type?.length === 1 && type[0] === 'diagnoseandsolve' ? 'diagnose' : 'articles'}
      crumbs={[{ label: 'Self-help articles' }]}
      headerEnd={<CloudPicker current={cloud} allHref={browseHref({ ...filters, cloud: undefined, offset: 0 })} hrefFor={(c) => browseHref({ ...filters, cloud: c, offset: 0 })} />}
      commands={{ links: [{ label: 'Refresh', href: self, icon: 'arrow-clockwise' }] }}
    >
      <form method="get" action="/" role="search" className={styles.search} aria-label="Search articles">
        {kept.map(([name, value]) => (
          <input key={`${name}=${value}`} type="hidden" name={name} value={value} />
        ))}
        <label htmlFor="search-q" className={styles.searchLabel}>
          Search articles
        </label>
        <div className={styles.searchRow}>
          <input id="search-q" name="q" type="search" defaultValue={q ?? ''} placeholder="Describe the problem, e.g. firewall" className={styles.input} />
          <button type="submit" className={styles.submit}>
            Search
          </button>
        </div>
      </form>
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
      <div className={styles.columns}>
        <button type="button" popoverTarget="filters" className={styles.filtersButton}>
          <Icon name="filter" />
          Filters{selected > 0 ? ` (${selected} selected)` : ''}
        </button>
        <div id="filters" popover="auto" className={styles.drawer}>
          <FilterPane groups={groups} clearHref={anyFacet || q ? browseHref({ cloud }) : undefined} />
        </div>
        <section aria-labelledby="results-heading" className={styles.results}>
          <h2 id="results-heading" className={styles.count} aria-live="polite">
            {result.total === 0 ? 'No articles found' : `${result.total} article${result.total === 1 ? '' : 's'}`}
            {result.total > result.articles.length && result.articles.length > 0 && ` (showing ${first}–${last})`}
          </h2>
          {result.total === 0 ? (
            <p>
              No article matches these filters.{' '}
              <Link href="/" prefetch={false}>
                Clear all filters
              </Link>
            </p>
          ) : (
            <ResultList articles={result.articles} cloud={cloud} />
          )}
          <Pagination total={result.total} offset={filters.offset} limit={filters.limit} hrefFor={(offset) => browseHref({ ...filters, offset })} />
        </section>
      </div>
    </Blade>
  );
}
