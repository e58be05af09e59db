/**
 * Walks a content directory and reads its article files, known by name or by content (FORMAT.md §0: some articles
 * have no `.md` extension). Plain Node `fs`, no server-only marker, so the CLI and the benchmarks share it with the
 * server: one listing, one size limit, one way of reporting a file that cannot be read.
 */
import { createHash } from 'node:crypto';
import { closeSync, type Dirent, fstatSync, openSync, readdirSync, readSync, type Stats, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isArticleCandidate } from '../content/candidate';
import type { Diagnostic } from '../content/diagnostics';
import type { FileRuleId } from '../content/ruleIds';

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
  // `rel` is the folder relative to root, built while walking (path.relative per file cost 70 ms on 15,600 files).
  const walk = (dir: string, rel: string, top: boolean) => {
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
      const file = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        walk(path, file, false);
      } else if (e.isFile()) {
        out.push({ file, path });
      }
    }
  };
  const start = sub ? join(/*turbopackIgnore: true*/ root, sub) : root;
  walk(start, relative(root, start).split(sep).join('/'), true);
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

/** A file's content, as the caches of what is made from it (parsed articles, excerpt sections) compare it. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('base64');
}

/** A file's stamp: it changes whenever the file's content can have changed (size, modified and changed times). */
export function stampOf(st: Pick<Stats, 'size' | 'mtimeMs' | 'ctimeMs'>): string {
  return `${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
}

/** The stamp of the file at `path` now, or null when it cannot be stat'ed. */
export function statStamp(path: string): string | null {
  try {
    return stampOf(statSync(/*turbopackIgnore: true*/ path));
  } catch {
    return null;
  }
}

export interface ReadFile extends ContentFile {
  bytes: Buffer | null;
  /** The file's stamp when it was read (`stampOf`); absent when it could not be opened. */
  stamp?: string;
  /** Set when the file could not be read: the system's message, or the size over the limit. */
  error?: string;
  /** The rule id for `error` when it is not a plain read failure (`file-unreadable`). */
  ruleId?: 'file-too-large';
}

/** Makes the buffer a file of `size` bytes is read into (the read-ahead worker's come from shared memory). */
export type Allocate = (size: number) => Buffer;

/**
 * Reads a file's bytes, turning an I/O failure or an oversized file into data. One open, then fstat on it: a path
 * lookup per stat cost as much as the read on 15,600 files.
 */
export function readContentFile(f: ContentFile, allocate: Allocate = Buffer.allocUnsafe): ReadFile {
  const { file, path } = f;
  let fd: number | null = null;
  try {
    fd = openSync(/*turbopackIgnore: true*/ path, 'r');
    const st = fstatSync(fd);
    const stamp = stampOf(st);
    if (st.size > MAX_FILE_BYTES) return { file, path, stamp, bytes: null, error: tooLargeMessage(st.size), ruleId: 'file-too-large' };
    return { file, path, stamp, bytes: readOpen(fd, allocate(st.size)) };
  } catch (error) {
    return { file, path, bytes: null, error: (error as Error).message };
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/**
 * The bytes of an open file, read into `bytes`, a buffer of the size it was stat'ed at (readFileSync would fstat it
 * again); a file that shrank meanwhile gives what is there; of one that grew, the first bytes up to that size (its
 * stamp names that size, so the next load reads it again).
 */
function readOpen(fd: number, bytes: Buffer): Buffer {
  const size = bytes.length;
  let done = 0;
  while (done < size) {
    const n = readSync(fd, bytes, done, size - done, done);
    if (n === 0) break;
    done += n;
  }
  return done < size ? bytes.subarray(0, done) : bytes;
}

/** The one diagnostic of a file that could not be read (`file-too-large`, else `file-unreadable`), at its top. */
export function readFailure(read: { file: string; error?: string; ruleId?: FileRuleId }): Diagnostic {
  const message = read.ruleId ? (read.error ?? '') : `Cannot read the file: ${read.error ?? 'unknown error'}`;
  return { file: read.file, line: 1, column: 1, ruleId: read.ruleId ?? 'file-unreadable', severity: 'error', message };
}

/**
 * The one reader of a directory of articles, for the catalog and the CLI alike: the files under `root` (or its
 * sub-folder `sub`) named like an article or holding one, each read in turn (unreadable and oversized ones
 * included, with `error`); other files are left out. A generator, so the catalog can give the event loop a turn
 * between reads. Throws on the first step when the folder cannot be read.
 */
export function* readArticleFiles(root: string, sub = ''): Generator<ReadFile> {
  for (const f of listFiles(root, sub)) {
    const read = readContentFile(f);
    if (read.bytes === null || isArticleName(read.file) || isArticleCandidate(read.bytes)) yield read;
  }
}
