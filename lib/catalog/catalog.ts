/**
 * The catalog: every article of a content directory, loaded at server start from the properties blocks alone,
 * indexed for filters, facets and search; full articles are parsed on first view and kept in a bounded cache.
 */
import 'server-only';
import { createHash } from 'node:crypto';
import type { ArticleLinkTarget } from '../content/articleLinks';
import type { Article, ArticleMeta } from '../content/model';
import { readArticle } from '../content/read';
import { buildGuides } from '../guides/group';
import type { GuideSet } from '../guides/model';
import type { LoadFailure, Loaded } from './entry';
import type { Filters } from './filters';
import { type CatalogEntry, CatalogIndex, type DuplicateGroup, type QueryResult } from './indexes';
import { listFiles } from './files';
import { createDetacher } from './entry';
import { loadFiles, loadFileSync, readBytes, statKindSync } from './load';
import { Lru } from './lru';
import { ChangeLog, watchTree } from './watch';

export interface CatalogOptions {
  /** Re-read changed files on the next call to `refresh()` (development). */
  watch?: boolean;
  /** How many parsed articles to keep; the least recently viewed go first. */
  articleCacheSize?: number;
}

/** A link from an article to an articleId the catalog does not have. */
export interface MissingArticleLink extends ArticleLinkTarget {
  file: string;
  /** The linking article. */
  from: ArticleMeta;
}

export class Catalog {
  private entries = new Map<string, CatalogEntry>();
  private failed = new Map<string, LoadFailure>();
  private index = new CatalogIndex([]);
  private readonly articles: Lru<string, { hash: string; article: Article }>;
  private readonly changes = new ChangeLog();
  private stopWatching: (() => void) | null = null;
  private refreshing: Promise<void> | null = null;
  private guideSet: { index: CatalogIndex; set: GuideSet } | null = null;
  /** Milliseconds the initial load took. */
  loadMs = 0;

  private constructor(readonly root: string, options: CatalogOptions, articles?: Catalog['articles']) {
    this.articles = articles ?? new Lru(options.articleCacheSize ?? 500);
  }

  /** Loads every file under `root` (absolute). Never rejects on content; a missing root is a failure entry. */
  static async load(root: string, options: CatalogOptions = {}): Promise<Catalog> {
    const started = performance.now();
    const catalog = new Catalog(root, options);
    if (options.watch) catalog.stopWatching = watchTree(root, catalog.changes);
    await catalog.reloadAll();
    catalog.loadMs = performance.now() - started;
    return catalog;
  }

  get size(): number {
    return this.index.size;
  }

  query(filters: Filters): QueryResult {
    return this.index.query(filters);
  }

  /** Articles with this id (case-insensitive), in file order; more than one means the id is duplicated. */
  byId(articleId: string): ArticleMeta[] {
    return this.index.byId(articleId);
  }

  /** The article loaded from this relative file, if any. */
  byFile(file: string): ArticleMeta | undefined {
    return this.entries.get(file)?.meta;
  }

  /** Every article in catalog order (displayOrder, then title). */
  all(): ArticleMeta[] {
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
   * The full article (body model) for a meta, parsed on first view and cached by file and content hash; null
   * when the file is gone. Reading the bytes again is what lets an edited file show its new body.
   */
  async getArticle(meta: ArticleMeta): Promise<Article | null> {
    const bytes = await readBytes(this.root, meta.file);
    if (!bytes) return null;
    const hash = createHash('sha1').update(bytes).digest('base64');
    const hit = this.articles.get(meta.file);
    if (hit?.hash === hash) return hit.article;
    const article = readArticle(meta.file, bytes);
    this.articles.set(meta.file, { hash, article });
    return article;
  }

  /**
   * A NEW catalog: this one's entries with `changes` (relative files or folders; `all` = the whole directory)
   * read again. This instance is not touched, so requests holding it see no mix of old and new. Parsed articles
   * are shared (they are keyed by file and content hash, so a changed file is never served stale).
   */
  async withChanges(changes: { all: boolean; files: readonly string[] }): Promise<Catalog> {
    const started = performance.now();
    const next = new Catalog(this.root, {}, this.articles);
    if (changes.all) {
      await next.reloadAll();
    } else {
      next.entries = new Map(this.entries);
      next.failed = new Map(this.failed);
      await next.applyFiles(changes.files);
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

  private async applyChanges(): Promise<void> {
    const { all, files } = this.changes.take();
    if (all) return this.reloadAll();
    await this.applyFiles(files);
  }

  /**
   * Reads the named files (or folders) again, drops those gone, and rebuilds the index. Synchronous on purpose:
   * a busy server would otherwise run every queued request between the reads, and a one-file change would wait
   * seconds behind them; reading a few files blocks for milliseconds.
   */
  private async applyFiles(files: readonly string[]): Promise<void> {
    const detach = createDetacher();
    for (const file of files) {
      const kind = statKindSync(this.root, file);
      this.forget(file);
      const changed = kind === 'directory' ? listFiles(this.root, file).map((f) => f.file) : kind === 'file' ? [file] : [];
      this.remember(changed.map((f) => loadFileSync(this.root, f, detach)));
    }
    this.index = new CatalogIndex(this.entries.values());
  }

  // Builds into fresh maps and swaps at the end, so requests during a dev reload still see the old catalog.
  private async reloadAll(): Promise<void> {
    let files: string[];
    const failed = new Map<string, LoadFailure>();
    try {
      files = listFiles(this.root).map((f) => f.file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      const message = `Cannot read the content directory \`${this.root}\` (\`${code}\`); set SELFHELP_CONTENT_DIR`;
      failed.set('.', { file: '.', diagnostics: [{ file: '.', line: 1, column: 1, ruleId: 'catalog-no-content', severity: 'error', message }] });
      files = [];
    }
    const loaded = await loadFiles(this.root, files);
    this.entries = new Map();
    this.failed = failed;
    this.remember(loaded);
    this.index = new CatalogIndex(this.entries.values());
  }

  /** Drops a file, or everything under a folder, from the catalog. */
  private forget(file: string): void {
    const prefix = `${file}/`;
    for (const map of [this.entries, this.failed]) {
      for (const key of map.keys()) if (key === file || key.startsWith(prefix)) map.delete(key);
    }
  }

  private remember(loaded: Loaded[]): void {
    for (const l of loaded) {
      if (l.kind === 'article') this.entries.set(l.entry.meta.file, l.entry);
      else if (l.kind === 'failure') this.failed.set(l.failure.file, l.failure);
    }
  }
}
