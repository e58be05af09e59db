/**
 * The in-memory index over loaded articles: lookup by id (case-insensitive, duplicates kept), filtering, facets
 * and ordering. Pure and immutable: the catalog builds a new index when content changes, which also drops the
 * cached query results.
 */
import type { ArticleMeta } from '../content/model';
import { type DuplicateGroup, duplicateGroup } from './duplicates';
import type { ArticleLink } from './links';
import { countFacet, type FacetCount, type FacetRow, type Facets } from './facets';
import { FACET_NAMES, type FacetName, type Filters } from './filters';

export type { DuplicateGroup } from './duplicates';
export type { FacetCount, Facets } from './facets';
import { Lru } from './lru';
import { matchScore, type SearchText, searchTerms } from './search';

/** One loaded article: its metadata and the text `q` searches. */
export interface CatalogEntry {
  meta: ArticleMeta;
  text: SearchText;
  /** Article ids the body links to (links.ts). */
  links: readonly ArticleLink[];
}

export interface QueryResult {
  /** Number of matching articles before paging. */
  total: number;
  /** The page: `limit` articles from `offset`. */
  articles: ArticleMeta[];
  /** Computed on first read (a pass over every article), so answers that show no facets do not pay for them. */
  facets: Facets;
}

interface Row extends FacetRow {
  entry: CatalogEntry;
}

/**
 * A cached answer: the matching rows in order, plus facet counts over them once asked for. `counts[dim]` is only
 * filled when this answer's filters leave facet `dim` unset: then its rows are exactly that facet's base.
 */
interface Computed {
  rows: Row[];
  counts: Partial<Record<FacetName, FacetCount[]>>;
}

const foldService = (s: string | null | undefined) => (s ? s.toLowerCase() : '');
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Catalog order: displayOrder ascending with nulls last, then title, then file (for a stable total order). */
export function compareMeta(a: ArticleMeta, b: ArticleMeta): number {
  if (a.displayOrder !== b.displayOrder) {
    if (a.displayOrder === null) return 1;
    if (b.displayOrder === null) return -1;
    return a.displayOrder - b.displayOrder;
  }
  return collator.compare(a.title, b.title) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}

export class CatalogIndex {
  /** Every entry in catalog order. */
  private readonly rows: Row[];
  /** Per facet (FACET_NAMES order), value → rows having it, in catalog order. */
  private readonly postings = FACET_NAMES.map(() => new Map<string, Row[]>());
  private readonly ids = new Map<string, ArticleMeta[]>();
  /** Display spelling of each folded service (first seen in catalog order). */
  private readonly serviceNames = new Map<string, string>();
  private readonly cache = new Lru<string, Computed>(256);

  constructor(entries: Iterable<CatalogEntry>) {
    this.rows = [...entries]
      .sort((a, b) => compareMeta(a.meta, b.meta))
      .map((entry) => {
        const m = entry.meta;
        const service = foldService(m.service);
        if (service && !this.serviceNames.has(service)) this.serviceNames.set(service, m.service ?? service);
        return { entry, values: [m.availableIn, m.supportTopicIds, m.productPesIds, service ? [service] : [], [m.selfHelpType]] };
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
    const byFile = [...this.rows].sort((a, b) => (a.entry.meta.file < b.entry.meta.file ? -1 : 1));
    for (const { entry } of byFile) {
      const key = entry.meta.articleId.toLowerCase();
      const list = this.ids.get(key);
      if (list) list.push(entry.meta);
      else this.ids.set(key, [entry.meta]);
    }
  }

  get size(): number {
    return this.rows.length;
  }

  /** Every article in catalog order. */
  all(): ArticleMeta[] {
    return this.rows.map((r) => r.entry.meta);
  }

  /** Articles with this id, compared case-insensitively, in file order; more than one means duplicates. */
  byId(articleId: string): ArticleMeta[] {
    return this.ids.get(articleId.trim().toLowerCase()) ?? [];
  }

  /** Ids used by more than one file, with those files and a warning for each, placed at its `articleId`. */
  duplicates(): DuplicateGroup[] {
    return [...this.ids.values()].filter((files) => files.length > 1).map(duplicateGroup);
  }

  /** Filters, facets and a page of results. Ordered by catalog order, or by relevance first when `q` is set. */
  query(filters: Filters): QueryResult {
    const wanted: (string | undefined)[] = [filters.cloud, filters.supportTopicId, filters.productPesId, filters.service?.toLowerCase(), filters.type];
    const terms = filters.q ? searchTerms(filters.q) : [];
    const { rows } = this.answer(wanted, terms);
    const page = rows.slice(filters.offset, filters.offset + filters.limit);
    let facets: Facets | undefined;
    const index = this;
    return {
      total: rows.length,
      articles: page.map((r) => r.entry.meta),
      get facets() {
        facets ??= index.facets(wanted, terms);
        return facets;
      },
    };
  }

  private answer(wanted: readonly (string | undefined)[], terms: readonly string[]): Computed {
    const key = JSON.stringify([wanted, terms]);
    let computed = this.cache.get(key);
    if (!computed) {
      computed = { rows: this.match(wanted, terms), counts: {} };
      this.cache.set(key, computed);
    }
    return computed;
  }

  // Each facet counts over the answer to the other filters; those answers are cached, so e.g. the topic facet of
  // `cloud=fairfax` is counted once for every topic picked within fairfax.
  private facets(wanted: readonly (string | undefined)[], terms: readonly string[]): Facets {
    const display = (v: string) => this.serviceNames.get(v) ?? v;
    const one = (name: FacetName, dim: number) => {
      const others = wanted.map((v, d) => (d === dim ? undefined : v));
      const base = this.answer(others, terms);
      base.counts[name] ??= countFacet(base.rows, name, display);
      return base.counts[name];
    };
    return {
      cloud: one('cloud', 0),
      supportTopicId: one('supportTopicId', 1),
      productPesId: one('productPesId', 2),
      service: one('service', 3),
      type: one('type', 4),
    };
  }

  // Starts from the shortest posting list of the active filters, so a topic filter touches only its few rows.
  private match(wanted: readonly (string | undefined)[], terms: readonly string[]): Row[] {
    let candidates = this.rows;
    const active: number[] = [];
    wanted.forEach((value, dim) => {
      if (value === undefined) return;
      active.push(dim);
      const list = this.postings[dim]?.get(value) ?? [];
      if (list.length < candidates.length) candidates = list;
    });
    const rows = candidates.filter((row) => active.every((dim) => row.values[dim]?.includes(wanted[dim] as string)));
    if (terms.length === 0) return rows;
    const scored = rows.map((row) => ({ row, score: matchScore(row.entry.text, terms) })).filter((s) => s.score > 0);
    // Array sort is stable, so equal scores keep catalog order.
    return scored.sort((a, b) => b.score - a.score).map((s) => s.row);
  }
}
