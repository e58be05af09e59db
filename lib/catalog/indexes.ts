/**
 * The in-memory index over loaded articles: lookup by id (case-insensitive, duplicates kept), filtering (OR within
 * a facet, AND across), facets, ordering, and `q` through the ranked search index (or the scan while it builds).
 * Immutable: the catalog builds a new index when content changes, which also drops the cached answers.
 */
import { LRUCache } from 'lru-cache';
import type { CatalogMeta } from '../content/model';
import type { SearchIndex } from '../search/engine';
import type { IdLookup } from '../search/ids';
import { titleKey } from './collation';
import { type DuplicateGroup, duplicateGroup } from './duplicates';
import { countFacet, type FacetDisplay, type Facets } from './facets';
import { FACET_NAMES, type FacetName, type Filters, type SortOrder } from './filters';
import { type Explained, explain, rankRows } from './rank-rows';
import { Hits, type Match, planQuery, type QueryPlan } from './ranking';
import { byFile, type CatalogEntry, compareRows, compareRowTitles, type Row, type SearchInfo } from './rows';
import { ValueNames } from './value-names';

export type { DuplicateGroup } from './duplicates';
export type { FacetCount, Facets } from './facets';
export type { Match } from './ranking';
export type { CatalogEntry, Row, SearchInfo } from './rows';

/** One article of an answer. */
export interface ResultItem {
  meta: CatalogMeta;
  title: string;
  /** Present when `q` is set. */
  match?: Match;
}

export interface QueryResult {
  /** Number of matching articles before paging. */
  total: number;
  /** The page: `limit` articles from `offset`. */
  articles: CatalogMeta[];
  /** The same page with display titles and match details. */
  items: ResultItem[];
  /** The order used (the default when none was asked for). */
  sort: SortOrder;
  /** Null without `q`. */
  search: SearchInfo | null;
  /** Computed on first read (a pass over the matching articles), so answers that show no facets do not pay for them. */
  facets: Facets;
}

/** Matching rows in order, with matches; facet counts are kept once asked for, by facet and its selected values. */
interface Computed {
  rows: Row[];
  explained: Explained | null;
  search: SearchInfo | null;
  counts: Map<string, Facets[FacetName]>;
}

type Wanted = readonly (readonly string[])[];

const NO_VALUES: readonly string[] = [];

export class CatalogIndex {
  /** Every row in catalog order. */
  private readonly rows: Row[];
  /** Per facet (FACET_NAMES order), value → rows having it, in catalog order. */
  private readonly postings = FACET_NAMES.map(() => new Map<string, Row[]>());
  /** Folded articleId → its files' metadata (path order); made on first use (`idMap`). */
  private ids: Map<string, CatalogMeta[]> | null = null;
  /** File → its row; made on first use (`rowByFile`), as the id map is. */
  private files: Map<string, Row> | null = null;
  private readonly names: ValueNames;
  // Answers hold row lists (up to the whole catalog each) and plans hold a query's ranked hits: both bounded.
  private readonly cache = new LRUCache<string, Computed>({ max: 128 });
  private readonly plans = new LRUCache<string, { plan: QueryPlan; hits: Hits | null }>({ max: 16 });

  constructor(entries: Iterable<CatalogEntry>) {
    // The service and type facets hold one value each: one array per distinct value, shared by its rows (rows never
    // change their values), rather than two new arrays per article for the collector to move at start-up.
    const single = new Map<string, readonly string[]>();
    const one = (value: string): readonly string[] => {
      let list = single.get(value);
      if (list === undefined) {
        list = [value];
        single.set(value, list);
      }
      return list;
    };
    this.rows = Array.from(entries, (entry): Row => {
      const m = entry.meta;
      const service = m.service ? m.service.toLowerCase() : '';
      const values = [m.availableIn, m.supportTopicIds, m.productPesIds, service ? one(service) : NO_VALUES, one(m.selfHelpType)];
      return { entry, ordinal: 0, order: m.displayOrder ?? Number.POSITIVE_INFINITY, titleKey: titleKey(entry.title), values };
    }).sort(compareRows);
    this.rows.forEach((row, ordinal) => {
      row.ordinal = ordinal;
    });
    for (const row of this.rows) {
      row.values.forEach((values, dim) => {
        for (const v of values) {
          const list = this.postings[dim]?.get(v);
          if (list) list.push(row);
          else this.postings[dim]?.set(v, [row]);
        }
      });
    }
    this.names = new ValueNames(this.rows, this.postings);
  }

  /**
   * The id map, made on first use: a filtered answer does not need it, and a first start answers one before any
   * article page is asked for (the catalog makes it right after, `prepare`).
   */
  private get idMap(): Map<string, CatalogMeta[]> {
    if (this.ids) return this.ids;
    const ids = new Map<string, CatalogMeta[]>();
    for (const row of this.rows) {
      const key = row.entry.meta.articleId.toLowerCase();
      const list = ids.get(key);
      if (list) list.push(row.entry.meta);
      else ids.set(key, [row.entry.meta]);
    }
    // The files of a duplicated id in path order. Only those lists are sorted: sorting every row by its path (long
    // shared prefixes) was a fifth of this constructor.
    for (const list of ids.values()) if (list.length > 1) list.sort((a, b) => byFile(a.file, b.file));
    this.ids = ids;
    return ids;
  }

  /** The row of each file, made on first use: a filtered answer does not need it either. */
  private get rowByFile(): Map<string, Row> {
    if (this.files) return this.files;
    const files = new Map<string, Row>();
    for (const row of this.rows) files.set(row.entry.meta.file, row);
    this.files = files;
    return files;
  }

  /** Makes what the index makes on first use (the id and file maps), so later requests do not wait for them. */
  prepare(): void {
    void this.idMap;
    void this.rowByFile;
  }

  get size(): number {
    return this.rows.length;
  }

  /** Every article in catalog order. */
  all(): CatalogMeta[] {
    return this.rows.map((r) => r.entry.meta);
  }

  /** Every entry in catalog order (the search index is built from these). */
  entries(): CatalogEntry[] {
    return this.rows.map((r) => r.entry);
  }

  /** The entry of a file, if loaded. */
  entry(file: string): CatalogEntry | undefined {
    return this.rowByFile.get(file)?.entry;
  }

  /** Articles with this id, compared case-insensitively, in file order; more than one means duplicates. */
  byId(articleId: string): CatalogMeta[] {
    return this.idMap.get(articleId.trim().toLowerCase()) ?? [];
  }

  /** Ids used by more than one file, with those files and a warning for each, placed at its `articleId`. */
  duplicates(): DuplicateGroup[] {
    return [...this.idMap.values()].filter((files) => files.length > 1).map(duplicateGroup);
  }

  /** Names and spellings of facet values (topic and product labels, service spelling). */
  get display(): FacetDisplay {
    return this.names;
  }

  /** Filters, orders and pages; `search` is the ranked index when ready (null: `q` uses the scan). */
  query(filters: Filters, search: SearchIndex | null = null): QueryResult {
    const wanted: Wanted = [
      filters.cloud ? [filters.cloud] : [],
      filters.supportTopicId ?? [],
      filters.productPesId ?? [],
      (filters.service ?? []).map((s) => s.toLowerCase()),
      filters.type ?? [],
    ];
    const q = filters.q?.trim() ?? '';
    const sort: SortOrder = filters.sort ?? (q ? 'relevance' : 'displayOrder');
    const computed = this.answer(wanted, q, sort, search);
    const page = computed.rows.slice(filters.offset, filters.offset + filters.limit);
    const matches = computed.explained ? explain(page, computed.explained) : null;
    const items = page.map((r): ResultItem => {
      const match = matches?.get(r);
      return match ? { meta: r.entry.meta, title: r.entry.title, match } : { meta: r.entry.meta, title: r.entry.title };
    });
    let facets: Facets | undefined;
    const index = this;
    return {
      total: computed.rows.length,
      articles: items.map((i) => i.meta),
      items,
      sort,
      search: computed.search,
      get facets() {
        facets ??= index.facets(wanted, q, search);
        return facets;
      },
    };
  }

  private answer(wanted: Wanted, q: string, sort: SortOrder, search: SearchIndex | null): Computed {
    const key = JSON.stringify([wanted, q, sort, search !== null]);
    let computed = this.cache.get(key);
    if (!computed) {
      const rows = this.match(wanted);
      computed = q
        ? { ...rankRows(sort, this.plan(q, search), this.rankContext(rows)), counts: new Map() }
        : { rows: sortRows(rows, sort), explained: null, search: null, counts: new Map() };
      this.cache.set(key, computed);
    }
    return computed;
  }

  private plan(q: string, search: SearchIndex | null): { plan: QueryPlan; hits: Hits | null } {
    const key = `${search ? 'i' : 's'}:${q}`;
    let planned = this.plans.get(key);
    if (!planned) {
      const plan = planQuery(q, this.lookup);
      plan.detected.hints = plan.detected.hints.map((h) => this.names.labelHint(h));
      const serviceOf = (file: string) => this.rowByFile.get(file)?.values[3]?.[0] ?? '';
      const titleOf = (file: string) => this.rowByFile.get(file)?.entry.title ?? '';
      planned = { plan, hits: search ? new Hits(search, plan, serviceOf, titleOf) : null };
      this.plans.set(key, planned);
    }
    return planned;
  }

  private rankContext(rows: Row[]) {
    const allowed = rows.length === this.rows.length ? null : new Set(rows);
    return {
      rows,
      row: (file: string) => this.rowByFile.get(file),
      allowed: (row: Row) => allowed === null || allowed.has(row),
      byId: (id: string) => (this.idMap.get(id.toLowerCase()) ?? []).map((m) => this.rowByFile.get(m.file)).filter((r): r is Row => r !== undefined),
      posting: (dim: number, value: string) => this.postings[dim]?.get(value) ?? [],
    };
  }

  /** Pasted ids and names, looked up in this index. */
  private get lookup(): IdLookup {
    return this.names.lookup((id) => this.idMap.get(id.toLowerCase())?.[0]?.articleId);
  }

  // Each facet counts over the answer to the other filters; those answers are cached, so e.g. the topic facet of
  // `cloud=fairfax` is counted once for every topic picked within fairfax.
  private facets(wanted: Wanted, q: string, search: SearchIndex | null): Facets {
    const one = (name: FacetName, dim: number) => {
      const others = wanted.map((v, d) => (d === dim ? [] : v));
      const base = this.answer(others, q, 'displayOrder', search);
      const selected = wanted[dim] ?? [];
      // Counted once per answer and selection: a repeated query (an in-portal link) costs a lookup, not a pass.
      const key = JSON.stringify([name, selected]);
      let counts = base.counts.get(key);
      if (!counts) {
        counts = countFacet(base.rows, name, selected, this.names);
        base.counts.set(key, counts);
      }
      return counts;
    };
    return {
      cloud: one('cloud', 0),
      supportTopicId: one('supportTopicId', 1),
      productPesId: one('productPesId', 2),
      service: one('service', 3),
      type: one('type', 4),
    };
  }

  // Starts from the active facet with the fewest rows (its values' posting lists merged), then checks the others.
  private match(wanted: Wanted): Row[] {
    let candidates: Row[] = this.rows;
    const active: number[] = [];
    wanted.forEach((values, dim) => {
      if (values.length === 0) return;
      active.push(dim);
      const lists = values.map((v) => this.postings[dim]?.get(v) ?? []);
      if (lists.reduce((n, l) => n + l.length, 0) < candidates.length) candidates = merge(lists);
    });
    return candidates.filter((row) => active.every((dim) => row.values[dim]?.some((v) => wanted[dim]?.includes(v))));
  }
}

/** Posting lists (each in catalog order) merged into one, in catalog order, without repeats. */
function merge(lists: Row[][]): Row[] {
  if (lists.length === 1) return lists[0] ?? [];
  return [...new Set(lists.flat())].sort((a, b) => a.ordinal - b.ordinal);
}

/** Rows in a non-relevance order (rows arrive in catalog order). */
export function sortRows(rows: Row[], sort: SortOrder): Row[] {
  return sort === 'title' ? [...rows].sort(compareRowTitles) : rows;
}
