/**
 * What the catalog index is made of, apart from the index itself: an entry per loaded article, a row per entry
 * with its facet values, and the two orders rows are listed in. A leaf of lib/catalog: ranking and value names use
 * these without importing the index.
 */
import type { ArticleLinkTarget } from '../content/articleLinks';
import type { CatalogMeta } from '../content/model';
import type { SearchHint } from '../search/ids';
import { compareTitleKeys } from './collation';
import type { FacetRow } from './facets';
import type { DescribedNames } from './labels';
import type { EntryText } from './search';

/** One loaded article: its metadata, the title to show, the text `q` searches until the index holds it, and links. */
export interface CatalogEntry {
  meta: CatalogMeta;
  /** The display title (display.ts): pageTitle unless it reads as an id. */
  title: string;
  /** Scan text and index input; null once the ranked index holds the article (memory). */
  text: EntryText | null;
  /** Names a support topic description article gives its topics and product. */
  names?: DescribedNames;
  /** Article-id links of the file (`articleLinkTargets`), read at load; absent when it has none. */
  links?: readonly ArticleLinkTarget[];
  /** Loaded with `deferBody`: `text.body` is empty until `fillBodies` has read it. */
  bodyPending?: boolean;
}

/** How `q` was answered. */
export interface SearchInfo {
  /** `building` while the ranked index is built: the substring scan answered. */
  index: 'ready' | 'building';
  /** False when no article has all the words: the answer is the closest matches. */
  allTerms: boolean;
  /** Filters the query's pasted ids and names stand for. */
  hints: SearchHint[];
}

/** A row of the index: an entry, its facet values (FACET_NAMES order) and its place in catalog order. */
export interface Row extends FacetRow {
  entry: CatalogEntry;
  ordinal: number;
  /** displayOrder, Infinity when there is none: the sort compares it without reaching into every row's metadata. */
  order: number;
  /** The title's sort key (collation.ts); null when it has characters the key does not cover. */
  titleKey: string | null;
}

/** Plain code-point order of file paths: the tie-break that makes every order total. */
export const byFile = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Catalog (portal) order: displayOrder ascending with nulls last, then display title, then file. */
export function compareRows(a: Row, b: Row): number {
  // Infinity (no displayOrder) minus a number is positive: nulls come last.
  if (a.order !== b.order) return a.order - b.order;
  return compareRowTitles(a, b);
}

/** Title order: display title, then file. */
export function compareRowTitles(a: Row, b: Row): number {
  return compareTitleKeys(a.entry.title, a.titleKey, b.entry.title, b.titleKey) || byFile(a.entry.meta.file, b.entry.meta.file);
}
