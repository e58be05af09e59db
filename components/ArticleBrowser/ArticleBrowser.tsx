/** The home page body: search box, facet pane, filter notices, results and paging. Server component. */
import { Button, Input, Label, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import Link from 'next/link';
import { type FilterError, type Filters, filtersToSearchParams } from '@/lib/catalog/filters';
import type { QueryResult } from '@/lib/catalog/indexes';
import { Backticked } from '../Backticked/Backticked';
import { FilterPane } from '../FilterPane/FilterPane';
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
  const anyFilter = Boolean(cloud || supportTopicId?.length || productPesId?.length || service?.length || type?.length || q);
  // The search form is a GET form; the other filters ride along as hidden fields so a search keeps them.
  const kept = [...filtersToSearchParams({ cloud, supportTopicId, productPesId, service, type, sort: filters.sort }).entries()];
  const first = filters.offset + 1;
  const last = filters.offset + result.articles.length;
  return (
    <div className={styles.page}>
      <h1 className={styles.heading}>Self-help articles</h1>
      <form method="get" action="/" role="search" className={styles.search}>
        {kept.map(([name, value]) => (
          <input key={`${name}=${value}`} type="hidden" name={name} value={value} />
        ))}
        <Label htmlFor="search-q">Search articles</Label>
        <div className={styles.searchRow}>
          <Input id="search-q" name="q" type="search" defaultValue={q ?? ''} placeholder="Describe the problem, e.g. firewall" className={styles.input} />
          <Button type="submit" appearance="primary">
            Search
          </Button>
        </div>
      </form>
      {errors.length > 0 && (
        <MessageBar intent="warning" className={styles.notice}>
          <MessageBarBody>
            <MessageBarTitle>Some filters were not applied</MessageBarTitle>
            <ul className={styles.errors}>
              {errors.map((e) => (
                <li key={e.param}>
                  <Backticked text={e.message} />
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.columns}>
        <FilterPane groups={facetGroups(result.facets, filters)} clearHref={anyFilter ? '/' : undefined} />
        <section aria-labelledby="results-heading" className={styles.results}>
          <h2 id="results-heading" className={styles.count} aria-live="polite">
            {result.total === 0 ? 'No articles found' : `${result.total} article${result.total === 1 ? '' : 's'}`}
            {result.total > result.articles.length && result.articles.length > 0 && ` (showing ${first}–${last})`}
          </h2>
          {result.total === 0 ? (
            <p>
              No article matches these filters. <Link href="/">Clear all filters</Link>
            </p>
          ) : (
            <ResultList articles={result.articles} cloud={cloud} />
          )}
          <Pagination total={result.total} offset={filters.offset} limit={filters.limit} hrefFor={(offset) => browseHref({ ...filters, offset })} />
        </section>
      </div>
    </div>
  );
}
