/**
 * Walks a content directory and yields article files by content (FORMAT.md §0: some articles have no `.md`
 * extension). Plain Node `fs`, no server-only marker, so the CLI and the benchmarks share it with the server.
 */
import { type Dirent, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isArticleCandidate } from '../content/read';

export interface ContentFile {
  /** Path relative to the root, forward slashes. */
  file: string;
  /** Absolute (or root-joined) path on disk. */
  path: string;
}

/** Whether a relative path lies in a hidden file or folder (`.git/`, `.DS_Store`, editor swap files). */
export function isHidden(file: string): boolean {
  return file.split('/').some((part) => part.startsWith('.'));
}

// Files named like articles are kept even without a block, so their problem is reported rather than lost.
const ARTICLE_NAME = /\.(md|markdown|txt)$/i;

/** Whether a file is named like an article (other files count only when their content is one). */
export function isArticleName(file: string): boolean {
  return ARTICLE_NAME.test(file);
}

/**
 * Every regular file under `root` (or its sub-folder `sub`), sorted by path relative to `root`, skipping hidden
 * entries and not following symbolic links (a link loop cannot hang a walk). The one directory walk of the
 * project: the catalog, the CLI and the benchmarks all list content through it. A walk of the 600 folders of the
 * real corpus takes milliseconds, so it is synchronous. Throws only when the starting folder cannot be read.
 */
export function listFiles(root: string, sub = ''): ContentFile[] {
  const out: ContentFile[] = [];
  const walk = (dir: string, top: boolean) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true });
    } catch (error) {
      if (top) throw error;
      return; // an unreadable sub-folder is skipped; the root must be readable
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const path = join(/*turbopackIgnore: true*/ dir, e.name);
      if (e.isDirectory()) {
        walk(path, false);
      } else if (e.isFile()) {
        out.push({ file: relative(root, path).split(sep).join('/'), path });
      }
    }
  };
  walk(sub ? join(/*turbopackIgnore: true*/ root, sub) : root, true);
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/**
 * Largest file read as an article, in bytes (SELFHELP_MAX_FILE_BYTES, default 4 MiB; real articles stay under
 * 0.5 MB). A bigger file is reported with `file-too-large` and never read, so a stray dump in the content
 * directory cannot exhaust memory or hold a server's only thread.
 */
export const MAX_FILE_BYTES = Number(process.env.SELFHELP_MAX_FILE_BYTES) || 4 * 2 ** 20;

/** The `file-too-large` message for a file of `size` bytes. */
export function tooLargeMessage(size: number): string {
  const mb = (n: number) => `${(n / 2 ** 20).toFixed(1)} MB`;
  return `The file is ${mb(size)}, over the ${mb(MAX_FILE_BYTES)} limit for an article (SELFHELP_MAX_FILE_BYTES); it was not read`;
}

export interface ReadFile extends ContentFile {
  bytes: Buffer | null;
  /** Set when the file could not be read. */
  error?: string;
  /** The rule id for `error` when it is not a plain read failure (`file-unreadable`). */
  ruleId?: 'file-too-large';
}

/** Reads a file's bytes, turning an I/O failure or an oversized file into data. */
export function readContentFile(f: ContentFile): ReadFile {
  try {
    const { size } = statSync(/*turbopackIgnore: true*/ f.path);
    if (size > MAX_FILE_BYTES) return { ...f, bytes: null, error: tooLargeMessage(size), ruleId: 'file-too-large' };
    return { ...f, bytes: readFileSync(/*turbopackIgnore: true*/ f.path) };
  } catch (error) {
    return { ...f, bytes: null, error: (error as Error).message };
  }
}

/** Article files under `root` with their bytes (unreadable files included with `error`). */
export function readArticleFiles(root: string): ReadFile[] {
  return listFiles(root)
    .map(readContentFile)
    .filter((f) => f.bytes === null || isArticleName(f.file) || isArticleCandidate(f.bytes));
}
