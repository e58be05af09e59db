/**
 * Where the catalog reads the content directory: the files `readArticleFiles` (files.ts, shared with the CLI) reads,
 * handed to `buildEntry`. Paths are computed at run time, so each fs/path call carries `turbopackIgnore` to stop Turbopack
 * from tracing (and bundling) the whole project into the server output.
 */
import 'server-only';
import { promises as fs, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { decodeBytes } from '../content/decode';
import { DiagnosticBag } from '../content/diagnostics';
import { readArticleMeta } from '../content/meta';
import type { ArticleMeta } from '../content/model';
import { bodySearchText, buildEntry, createDetacher, type Detacher, type EntryOptions, type Loaded } from './entry';
import { listFiles, MAX_FILE_BYTES, type ReadFile, readArticleFiles, readContentFile, readFailure, statStamp } from './files';
import type { CatalogEntry } from './indexes';
import { dropReadahead, type ReadaheadUse, takeReadahead } from './readahead';
import { restore, type SnapshotRecord } from './snapshot';

/** Absolute path of a catalog-relative file. */
export function absolutePath(root: string, file: string): string {
  return path.join(/*turbopackIgnore: true*/ root, file);
}

/** A read file's entry; one that could not be read (or is oversized) becomes a failure. */
function toLoaded(read: ReadFile, detach: Detacher, options: EntryOptions): Loaded {
  if (read.bytes === null) return { kind: 'failure', failure: { file: read.file, diagnostics: [readFailure(read)] } };
  return buildEntry(read.file, read.bytes, detach, options);
}

/** Reads one file and builds its entry. */
export function loadFileSync(root: string, file: string, detach: Detacher = createDetacher(), options: EntryOptions = {}): Loaded {
  return toLoaded(readContentFile({ file, path: absolutePath(root, file) }), detach, options);
}

/** A file's whole metadata, attribute list included (catalog entries keep all but that); null when unreadable. */
export function readFullMetaSync(root: string, file: string): ArticleMeta | null {
  const read = readContentFile({ file, path: absolutePath(root, file) });
  return read.bytes === null ? null : readArticleMeta(file, read.bytes);
}

/** Reads the article files under `root/sub` at once and builds their entries (a folder changed while watching). */
export function loadFolderSync(root: string, sub: string, detach: Detacher = createDetacher()): Loaded[] {
  return Array.from(readArticleFiles(root, sub), (read) => toLoaded(read, detach, {}));
}

// Files read per slice of synchronous work between two turns of the event loop.
const SLICE = 250;
// Bodies per slice of the background pass: its text extraction costs about 0.5 ms a file, so a request arriving
// meanwhile waits some 25 ms at most.
const BODY_SLICE = 50;
// A file taken from the snapshot (one stat) costs about a twentieth of one read and parsed.
const REUSED_COST = 1 / 20;

/** What a load made of the content: its articles and failures, every file's record (for the snapshot), reuse. */
export interface LoadOutcome {
  loaded: Loaded[];
  /** Every file, skipped ones included (so a restart does not read an image again to learn it is not an article). */
  records: SnapshotRecord[];
  /** Files taken from `previous` unread, their stamps unchanged (their records are `previous`'s own). */
  reused: number;
  /** How the load used the read-ahead worker (readahead.ts): files it read, and `used` or why not all; null without one. */
  readAhead: ReadaheadUse | null;
}

/**
 * Loads every article file under `root`: each slice is read and parsed synchronously (measured on 15,600 files:
 * 2.5 times faster than a promise per file, whose open/stat/read/close round trips dominated), and the event loop
 * gets a turn between slices, so a health check during start-up is not starved. With `previous` (a snapshot's
 * records, made with `deferBody`), a file whose stamp is unchanged is taken from it unread. Without, the files the
 * read-ahead worker has read (readahead.ts) are taken from it, on the first load of the process. The same listing
 * and reader as `readArticleFiles`; files that are no article come back as `skipped` records. Throws when `root`
 * cannot be read.
 */
export async function loadFiles(root: string, options: EntryOptions = {}, previous?: ReadonlyMap<string, SnapshotRecord>): Promise<LoadOutcome> {
  const outcome: LoadOutcome = { loaded: [], records: [], reused: 0, readAhead: null };
  const detach = createDetacher();
  let work = 0;
  // Adds a file's record; true when a slice of work is complete and the event loop is due a turn.
  const add = (record: SnapshotRecord, cost: number): boolean => {
    outcome.records.push(record);
    if (record.loaded.kind !== 'skipped') outcome.loaded.push(record.loaded);
    work += cost;
    if (work < SLICE) return false;
    work = 0;
    return true;
  };
  const turn = () => new Promise((resolve) => setImmediate(resolve));
  const ahead = previous ? null : takeReadahead(root);
  if (previous) dropReadahead();
  if (ahead) {
    for await (const batch of ahead.batches()) {
      for (const read of batch) if (add({ file: read.file, stamp: read.stamp ?? '', loaded: toLoaded(read, detach, options) }, 1)) await turn();
    }
    outcome.readAhead = { files: ahead.taken, state: ahead.state };
    return outcome;
  }
  for (const f of listFiles(root)) {
    const before = previous?.get(f.file);
    if (before && statStamp(f.path) === before.stamp) {
      // The snapshot's own record (snapshotDue tells reused records by identity).
      outcome.reused++;
      if (add(restore(before), REUSED_COST)) await turn();
    } else {
      const read = readContentFile(f);
      if (add({ file: f.file, stamp: read.stamp ?? '', loaded: toLoaded(read, detach, options) }, 1)) await turn();
    }
  }
  return outcome;
}

/**
 * Makes the body text and headings of entries loaded with `deferBody`, reading their files again a slice at a time. A file
 * gone or changed meanwhile keeps an empty body: the watcher's reload replaces its entry anyway.
 */
export async function fillBodies(root: string, entries: readonly CatalogEntry[]): Promise<void> {
  const pending = entries.filter((e) => e.bodyPending && e.text);
  const detach = createDetacher();
  for (let i = 0; i < pending.length; i += BODY_SLICE) {
    // A turn of the event loop first: the requests that waited for the load are answered before any body is read.
    await new Promise((resolve) => setImmediate(resolve));
    for (const entry of pending.slice(i, i + BODY_SLICE)) {
      try {
        const { text } = decodeBytes(readFileSync(/*turbopackIgnore: true*/ absolutePath(root, entry.meta.file)), new DiagnosticBag(entry.meta.file));
        if (entry.text) Object.assign(entry.text, bodySearchText(text.slice(entry.meta.block?.end ?? 0), entry.meta.selfHelpType, detach));
      } catch {
        // Unreadable now: searched by its title and description only.
      }
      delete entry.bodyPending;
    }
  }
}

/** Whether `root/file` is a directory, a file, or gone. */
export function statKindSync(root: string, file: string): 'directory' | 'file' | 'missing' {
  try {
    const st = statSync(/*turbopackIgnore: true*/ absolutePath(root, file));
    return st.isDirectory() ? 'directory' : st.isFile() ? 'file' : 'missing';
  } catch {
    return 'missing';
  }
}

/** Reads a file's bytes, or null when it is gone, unreadable or has grown over the size limit. */
export async function readBytes(root: string, file: string): Promise<Buffer | null> {
  try {
    const { size } = await fs.stat(/*turbopackIgnore: true*/ absolutePath(root, file));
    if (size > MAX_FILE_BYTES) return null;
    return await fs.readFile(/*turbopackIgnore: true*/ absolutePath(root, file));
  } catch {
    return null;
  }
}
