/**
 * The catalog: every article of a content directory, loaded at server start from the properties blocks alone,
 * indexed for filters and facets; full articles are parsed on first view and kept in a bounded cache. Each
 * catalog owns its ranked search index, built in the background after loading: until it is ready, `q` is
 * answered by the substring scan; once it is, the scan's text copies are dropped.
 */
import 'server-only';
import { LRUCache } from 'lru-cache';
import type { ArticleLinkTarget } from '../content/articleLinks';
import type { Article, ArticleMeta, CatalogMeta } from '../content/model';
import { readArticle } from '../content/read';
import { buildGuides } from '../guides/group';
import type { GuideSet } from '../guides/model';
import { type SearchDocument, SearchIndex } from '../search/engine';
import { createDetacher, type Loaded, type LoadFailure, toSearchDocument } from './entry';
import { contentHash } from './files';
import type { Filters } from './filters';
import { type Highlights, highlights } from './highlights';
import { type CatalogEntry, CatalogIndex, type DuplicateGroup, type QueryResult, type ResultItem } from './indexes';
import type { ValueLabel } from './labels';
import { fillBodies, loadFileSync, loadFiles, loadFolderSync, readBytes, readFullMetaSync, statKindSync } from './load';
import type { ReadaheadUse } from './readahead';
import { readSnapshot, type SnapshotOptions, type SnapshotRecord, snapshotDue, toStored, writeSnapshot } from './snapshot';
import { ChangeLog, watchTree } from './watch';

export interface CatalogOptions {
  /** Re-read changed files on the next call to `refresh()` (development). */
  watch?: boolean;
  /**
   * Heap bytes of parsed articles to keep (estimated, see HEAP_PER_SOURCE_BYTE; default 16 MB); the least recently
   * viewed go first. Pages are kept as rendered HTML by the page cache: this one serves the API, guides and misses.
   */
  articleCacheBytes?: number;
  /** Build the ranked search index after loading (default true); without it `q` uses the substring scan. */
  search?: boolean;
  /**
   * Start from the snapshot of the last load (snapshot.ts) and write a new one when the content differed; only
   * with search on (the snapshot holds no body text). Default: none.
   */
  snapshot?: SnapshotOptions;
}

/** How a full load used the snapshot. */
export interface SnapshotUse {
  /** `used`, `off`, or why the snapshot could not be used (`none yet`, `written by another build`, …). */
  state: string;
  /** Files taken from it unread. */
  reused: number;
  /** Files listed. */
  files: number;
}

/** A parsed article as the cache keeps it: the content hash it was parsed from and the file's size. */
interface CachedArticle {
  hash: string;
  article: Article;
  bytes: number;
}

/**
 * Heap a parsed article takes per byte of its file (the body model holds mdast with positions): measured 12× on
 * 400 corpus articles (795 KB of files, 9.3 MB of heap).
 */
const HEAP_PER_SOURCE_BYTE = 12;
const ARTICLE_CACHE_BYTES = 16 * 2 ** 20;

/** A link from an article to an articleId the catalog does not have. */
export interface MissingArticleLink extends ArticleLinkTarget {
  file: string;
  /** The linking article. */
  from: CatalogMeta;
}

export class Catalog {
  private entries = new Map<string, CatalogEntry>();
  private failed = new Map<string, LoadFailure>();
  private index = new CatalogIndex([]);
  private readonly articles: LRUCache<string, CachedArticle>;
  private readonly changes = new ChangeLog();
  private stopWatching: (() => void) | null = null;
  private refreshing: Promise<void> | null = null;
  private guideSet: { index: CatalogIndex; set: GuideSet } | null = null;
  private search: SearchIndex | null = null;
  private indexing: Promise<void> = Promise.resolve();
  /** Milliseconds the initial load took. */
  loadMs = 0;
  /** Milliseconds the last search index build took (0 until one finished). */
  indexMs = 0;
  /** How the last full load used the snapshot. */
  snapshotUse: SnapshotUse = { state: 'off', reused: 0, files: 0 };
  /** How the first load used the content read-ahead worker (readahead.ts); null when there was none. */
  readAhead: ReadaheadUse | null = null;
  /**
   * Settles once the search index is built and the snapshot of the last full load written: the bytes written, or
   * null when none was due (off, or nothing changed). Rejects when writing failed (the server logs it).
   */
  snapshotSaved: Promise<number | null> = Promise.resolve(null);
  private unsaved: SnapshotRecord[] | null = null;
  /** The last full load's records and the snapshot it started from, until `startIndexing` makes `unsaved` of them. */
  private loadedRecords: { previous: ReadonlyMap<string, SnapshotRecord> | null; records: SnapshotRecord[] } | null = null;

  private constructor(
    readonly root: string,
    private readonly options: CatalogOptions,
    articles?: Catalog['articles'],
  ) {
    this.articles =
      articles ??
      new LRUCache<string, CachedArticle>({
        maxSize: options.articleCacheBytes ?? ARTICLE_CACHE_BYTES,
        sizeCalculation: (cached) => Math.max(1, cached.bytes * HEAP_PER_SOURCE_BYTE),
      });
  }

  /** Loads every file under `root` (absolute). Never rejects on content; a missing root is a failure entry. */
  static async load(root: string, options: CatalogOptions = {}): Promise<Catalog> {
    const started = performance.now();
    const catalog = new Catalog(root, options);
    if (options.watch) catalog.stopWatching = watchTree(root, catalog.changes);
    await catalog.reloadAll();
    catalog.loadMs = performance.now() - started;
    catalog.startIndexing();
    // After the requests that waited for the load are answered: what the index makes on first use.
    setImmediate(() => catalog.index.prepare());
    return catalog;
  }

  get size(): number {
    return this.index.size;
  }

  /** `ready` once the ranked search index answers `q`; `building` while the scan does. */
  get indexState(): 'ready' | 'building' {
    return this.search ? 'ready' : 'building';
  }

  /** How many articles still hold the scan's text copy (all while the index builds, none once it is ready). */
  get textsHeld(): number {
    return this.index.entries().filter((e) => e.text !== null).length;
  }

  /** What the ranked index reads of an article, while its scan text is held (for baselines and tools). */
  searchDocument(file: string): SearchDocument | undefined {
    const entry = this.index.entry(file);
    return entry?.text ? toSearchDocument(entry) : undefined;
  }

  /** Resolves when the current index build has finished (at once when there is none). Never rejects. */
  searchReady(): Promise<void> {
    return this.indexing;
  }

  /** Filters, facets, ordering and `q` (ranked once the index is ready). */
  query(filters: Filters): QueryResult {
    return this.index.query(filters, this.search);
  }

  /** Title and excerpt highlights for result items, re-reading their files (excerpt sections kept, highlights.ts). */
  highlights(items: readonly ResultItem[]): Highlights[] {
    return items.map((item) => highlights(this.root, item));
  }

  /** The name of a support topic or product id, and where it came from (a description article, or derived). */
  valueLabel(name: 'supportTopicId' | 'productPesId', value: string): ValueLabel | undefined {
    return this.index.display.label(name, value);
  }

  /** Articles with this id (case-insensitive), in file order; more than one means the id is duplicated. */
  byId(articleId: string): CatalogMeta[] {
    return this.index.byId(articleId);
  }

  /** The article loaded from this relative file, if any. */
  byFile(file: string): CatalogMeta | undefined {
    return this.entries.get(file)?.meta;
  }

  /** Every article in catalog order (displayOrder, then title). */
  all(): CatalogMeta[] {
    return this.index.all();
  }

  /** Troubleshooting guides (lib/guides), built from the metadata on first use and again after content changes. */
  guides(): GuideSet {
    if (this.guideSet?.index !== this.index) this.guideSet = { index: this.index, set: buildGuides(this.all()) };
    return this.guideSet.set;
  }

  /** Files that could not be read or are not articles, by path. */
  failures(): LoadFailure[] {
    return [...this.failed.values()].sort((a, b) => (a.file < b.file ? -1 : 1));
  }

  /** Article-id links (diagnose-and-solve tiles) whose target no file of the catalog has, in file order. */
  missingArticleLinks(): MissingArticleLink[] {
    const out: MissingArticleLink[] = [];
    for (const entry of this.entries.values()) {
      for (const link of entry.links ?? []) if (this.index.byId(link.articleId).length === 0) out.push({ file: entry.meta.file, from: entry.meta, ...link });
    }
    return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  }

  /** Ids used by more than one file; both files stay in the catalog. */
  duplicates(): DuplicateGroup[] {
    return this.index.duplicates();
  }

  /**
   * The whole metadata of a catalog article, attribute list included (the catalog keeps all but that list):
   * read from its file now, so it reflects the file as it is; null when the file is gone or unreadable.
   */
  fullMeta(meta: CatalogMeta): ArticleMeta | null {
    return readFullMetaSync(this.root, meta.file);
  }

  /**
   * The full article (body model) for a meta, parsed on first view and cached by file and content hash; null
   * when the file is gone. Reading the bytes again is what lets an edited file show its new body.
   */
  async getArticle(meta: CatalogMeta): Promise<Article | null> {
    const bytes = await readBytes(this.root, meta.file);
    if (!bytes) return null;
    const hash = contentHash(bytes);
    const hit = this.articles.get(meta.file);
    if (hit?.hash === hash) return hit.article;
    const article = readArticle(meta.file, bytes);
    // An article larger than the whole budget is not kept (lru-cache refuses it), so one huge file cannot evict the rest.
    this.articles.set(meta.file, { hash, article, bytes: bytes.length });
    return article;
  }

  /**
   * A NEW catalog: this one's entries with `changes` (relative files or folders; `all` = the whole directory)
   * read again. This instance is not touched, so requests holding it see no mix of old and new. Parsed articles
   * are shared (they are keyed by file and content hash, so a changed file is never served stale).
   */
  async withChanges(changes: { all: boolean; files: readonly string[] }): Promise<Catalog> {
    const started = performance.now();
    const next = new Catalog(this.root, { ...this.options, watch: false }, this.articles);
    // Entries are shared with this catalog; its index build must not drop their texts under the next one.
    await this.indexing;
    if (changes.all) {
      await next.reloadAll();
      next.startIndexing();
    } else {
      next.entries = new Map(this.entries);
      next.failed = new Map(this.failed);
      const { removed, added } = next.applyFiles(changes.files);
      next.takeIndex(this.search, removed, added);
    }
    next.loadMs = performance.now() - started;
    return next;
  }

  /** Applies content changes seen by the watcher since the last call; cheap when nothing changed. */
  async refresh(): Promise<this> {
    while (this.changes.pending || this.refreshing) {
      this.refreshing ??= this.applyChanges().finally(() => (this.refreshing = null));
      await this.refreshing;
    }
    return this;
  }

  /** Stops watching (tests, shutdown). */
  close(): void {
    this.stopWatching?.();
    this.stopWatching = null;
  }

  // The index is owned by this catalog: built from its entries, swapped in whole when complete.
  private startIndexing(): void {
    if (this.options.search === false) return;
    this.search = null;
    const entries = this.index.entries();
    const started = performance.now();
    // The snapshot's copy of the load comes first, once the requests that waited for the load are answered (it
    // took 50–60 ms of a first start at 15,600 files), and before the bodies read for search change the entries.
    const stored = new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.storeLoaded());
    this.indexing = stored
      .then(() => fillBodies(this.root, entries))
      .then(() => SearchIndex.build(entries.map(toSearchDocument)))
      .then((search) => {
        if (this.index.entries().length !== entries.length || this.index.entries().some((e, i) => e !== entries[i])) return;
        this.search = search;
        this.indexMs = performance.now() - started;
        for (const entry of entries) entry.text = null;
      })
      .catch((error: unknown) => console.error('[catalog] search index build failed; q keeps using the scan:', error));
    // Written once the start-up work is done: serialising 15,600 entries holds the thread for a few hundred ms.
    this.snapshotSaved = this.indexing.then(() => this.saveSnapshot());
    this.snapshotSaved.catch(() => {}); // observed by the server's log; never an unhandled rejection
  }

  /** Makes the snapshot's records of the last full load, when it read anything the snapshot did not have. */
  private storeLoaded(): void {
    const loaded = this.loadedRecords;
    this.loadedRecords = null;
    if (loaded && snapshotDue(loaded.previous, loaded.records)) this.unsaved = toStored(loaded.records);
  }

  private async saveSnapshot(): Promise<number | null> {
    const records = this.unsaved;
    this.unsaved = null;
    if (!records || !this.options.snapshot) return null;
    return writeSnapshot(this.options.snapshot, this.root, records);
  }

  // Development: changed files are re-read; the search index takes them in place (or is rebuilt after a full reload).
  private async applyChanges(): Promise<void> {
    await this.indexing;
    const { all, files } = this.changes.take();
    if (all) {
      await this.reloadAll();
      return this.startIndexing();
    }
    const { removed, added } = this.applyFiles(files);
    this.takeIndex(this.search, removed, added);
  }

  /**
   * Reads the named files (or folders) again, drops those gone, and rebuilds the catalog index. Synchronous on
   * purpose: a busy server would otherwise run every queued request between the reads, and a one-file change
   * would wait seconds behind them; reading a few files blocks for milliseconds.
   */
  private applyFiles(files: readonly string[]): { removed: string[]; added: CatalogEntry[] } {
    const detach = createDetacher();
    const removed: string[] = [];
    const added: CatalogEntry[] = [];
    for (const file of files) {
      const kind = statKindSync(this.root, file);
      removed.push(...this.forget(file));
      const loaded = kind === 'directory' ? loadFolderSync(this.root, file, detach) : kind === 'file' ? [loadFileSync(this.root, file, detach)] : [];
      added.push(...this.remember(loaded));
    }
    this.index = new CatalogIndex(this.entries.values());
    return { removed, added };
  }

  /** The ranked index after a few files changed: a ready one takes them in place, else one is built anew. */
  private takeIndex(search: SearchIndex | null, removed: readonly string[], added: readonly CatalogEntry[]): void {
    if (!search) {
      this.startIndexing();
      return;
    }
    this.search = search;
    for (const file of removed) search.remove(file);
    for (const entry of added) {
      search.put(toSearchDocument(entry));
      entry.text = null;
    }
  }

  // Builds into fresh maps and swaps at the end, so requests during a dev reload still see the old catalog.
  private async reloadAll(): Promise<void> {
    let loaded: Loaded[] = [];
    const failed = new Map<string, LoadFailure>();
    const deferBody = this.options.search !== false;
    const snapshot = deferBody ? this.options.snapshot : undefined;
    try {
      const previous = snapshot ? readSnapshot(snapshot, this.root) : { state: 'off', records: null };
      // Filters answer as soon as the metadata is in; bodies are read for search in the background (startIndexing).
      const outcome = await loadFiles(this.root, { deferBody }, previous.records ?? undefined);
      loaded = outcome.loaded;
      this.snapshotUse = { state: previous.state, reused: outcome.reused, files: outcome.records.length };
      this.readAhead = outcome.readAhead;
      // Copied for the snapshot by startIndexing, before the index build empties the entries' text.
      this.unsaved = null;
      this.loadedRecords = snapshot ? { previous: previous.records, records: outcome.records } : null;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      const message = `Cannot read the content directory \`${this.root}\` (\`${code}\`); set SELFHELP_CONTENT_DIR`;
      failed.set('.', { file: '.', diagnostics: [{ file: '.', line: 1, column: 1, ruleId: 'catalog-no-content', severity: 'error', message }] });
    }
    this.entries = new Map();
    this.failed = failed;
    this.remember(loaded);
    this.index = new CatalogIndex(this.entries.values());
  }

  /** Drops a file, or everything under a folder, from the catalog; returns the article files dropped. */
  private forget(file: string): string[] {
    const prefix = `${file}/`;
    const dropped: string[] = [];
    for (const map of [this.entries, this.failed]) {
      for (const key of map.keys()) {
        if (key !== file && !key.startsWith(prefix)) continue;
        if (map === this.entries) dropped.push(key);
        map.delete(key);
      }
    }
    return dropped;
  }

  /** Adds loaded files; returns the article entries among them. */
  private remember(loaded: Loaded[]): CatalogEntry[] {
    const added: CatalogEntry[] = [];
    for (const l of loaded) {
      if (l.kind === 'article') {
        this.entries.set(l.entry.meta.file, l.entry);
        added.push(l.entry);
      } else if (l.kind === 'failure') this.failed.set(l.failure.file, l.failure);
    }
    return added;
  }
}
