/**
 * The catalog's start-up snapshot: what the metadata pass made of each file, saved after a load with each file's
 * stamp (size, mtime, ctime), so a restart reads one JSON file and stats the content instead of reading and parsing
 * every article (about 1 s against 4–5 s on 15,600 files). A file whose stamp differs, or that is new, is read as
 * usual; a file gone is dropped. The snapshot holds no body text: bodies are read for search in the background,
 * as after any load. It is keyed by the build that wrote it (an entry's shape is code) and by the file size limit,
 * and a snapshot that is missing, unreadable or from another build is ignored: it can only make a start faster.
 * Paths are computed at run time, so each fs/path call carries `turbopackIgnore`.
 */
import 'server-only';
import { randomUUID } from 'node:crypto';
import { promises as fs, readdirSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import type { Loaded } from './entry';
import { MAX_FILE_BYTES } from './files';
import { type SnapshotOptions, snapshotFileName, snapshotPrefix } from './settings';

export type { SnapshotOptions } from './settings';

/** What a load made of one file, with the stamp (files.ts `stampOf`) it had when read. */
export interface SnapshotRecord {
  file: string;
  stamp: string;
  loaded: Loaded;
}

interface SnapshotFile {
  format: typeof FORMAT;
  build: string;
  root: string;
  maxFileBytes: number;
  records: SnapshotRecord[];
}

const FORMAT = 1;

/** A snapshot as read: its records by file, or null with why it cannot be used (`state`, for the log). */
export interface ReadSnapshot {
  /** `used`, or why not: `none yet`, `unreadable (…)`, `written by another build`, `malformed`, … */
  state: string;
  records: Map<string, SnapshotRecord> | null;
}

/** The snapshot for `root` written by this build. Never throws: a snapshot that cannot be used has no records. */
export function readSnapshot(options: SnapshotOptions, root: string): ReadSnapshot {
  const unused = (state: string): ReadSnapshot => ({ state, records: null });
  let parsed: SnapshotFile;
  try {
    parsed = JSON.parse(readFileSync(/*turbopackIgnore: true*/ snapshotFileName(options, root), 'utf8')) as SnapshotFile;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return unused(code === 'ENOENT' ? 'none yet' : `unreadable (${code ?? (error as Error).message})`);
  }
  if (parsed.format !== FORMAT || parsed.build !== options.build || parsed.root !== root || !Array.isArray(parsed.records)) {
    return unused('written by another build');
  }
  if (parsed.maxFileBytes !== MAX_FILE_BYTES) return unused('written with another SELFHELP_MAX_FILE_BYTES');
  if (!parsed.records.every(wellFormed)) return unused('malformed');
  return { state: 'used', records: new Map(parsed.records.map((r) => [r.file, r])) };
}

/**
 * Whether a load's records differ from what the snapshot they came from holds, so a new one is due: a file was
 * read rather than reused, or one the snapshot holds is gone. A file JSON cannot keep (`storable`) is read on
 * every start and does not count.
 */
export function snapshotDue(previous: ReadonlyMap<string, SnapshotRecord> | null, records: readonly SnapshotRecord[]): boolean {
  if (!previous) return true;
  let kept = 0;
  for (const record of records) {
    if (!storable(record)) continue;
    if (previous.get(record.file) !== record) return true;
    kept++;
  }
  return kept !== previous.size;
}

/** A record as `writeSnapshot` writes them (a file edited by hand or cut short must not reach the catalog). */
function wellFormed(r: SnapshotRecord): boolean {
  if (typeof r?.file !== 'string' || typeof r.stamp !== 'string' || typeof r.loaded !== 'object' || r.loaded === null) return false;
  const l = r.loaded;
  if (l.kind === 'article') return l.entry?.meta?.file === r.file && typeof l.entry.title === 'string' && Array.isArray(l.entry.meta.diagnostics);
  if (l.kind === 'failure') return l.failure?.file === r.file && Array.isArray(l.failure.diagnostics);
  return l.kind === 'skipped' && l.file === r.file;
}

/**
 * The stored form of a load's records: entries without their body text (it is read again in the background) and
 * without the pending flag (restored on read). Made when the load ends, as the search index later empties the
 * entries' text.
 */
export function toStored(records: readonly SnapshotRecord[]): SnapshotRecord[] {
  return records.filter(storable).map(({ file, stamp, loaded }) => {
    if (loaded.kind !== 'article') return { file, stamp, loaded };
    const { bodyPending: _pending, text, ...entry } = loaded.entry;
    const stored = text ? { ...entry, text: { ...text, body: '' } } : { ...entry, text };
    return { file, stamp, loaded: { kind: 'article', entry: stored } };
  });
}

/**
 * Whether JSON keeps a record as it is: a displayOrder of hundreds of digits is Infinity, which JSON would turn into
 * null. Such a file is left out and read again on the next start.
 */
function storable(record: SnapshotRecord): boolean {
  const order = record.loaded.kind === 'article' ? record.loaded.entry.meta.displayOrder : null;
  return order === null || Number.isFinite(order);
}

/** A stored record made ready for the catalog: its entry marked for the background body read. */
export function restore(record: SnapshotRecord): SnapshotRecord {
  if (record.loaded.kind === 'article') record.loaded.entry.bodyPending = true;
  return record;
}

/**
 * Writes the snapshot for `root` (atomically: a temporary file renamed into place) and removes the snapshots of
 * other builds from the folder. Returns the bytes written. Rejects on a write failure, which the caller logs.
 */
export async function writeSnapshot(options: SnapshotOptions, root: string, records: readonly SnapshotRecord[]): Promise<number> {
  const body: SnapshotFile = { format: FORMAT, build: options.build, root, maxFileBytes: MAX_FILE_BYTES, records: [...records] };
  const json = JSON.stringify(body);
  const target = snapshotFileName(options, root);
  await fs.mkdir(/*turbopackIgnore: true*/ options.dir, { recursive: true });
  // Unique per writer: replicas sharing a volume may all be pid 1 in their containers.
  const temporary = `${target}.${process.pid}.${randomUUID()}.tmp`;
  await fs.writeFile(/*turbopackIgnore: true*/ temporary, json);
  await fs.rename(/*turbopackIgnore: true*/ temporary, target);
  prune(options, target);
  return Buffer.byteLength(json);
}

/** Content folders one build keeps snapshots for (a server has one; benches and tests start servers on several). */
export const SNAPSHOTS_KEPT = 4;

/**
 * Keeps the folder bounded: snapshots of other builds are never read again and go; of this build's, the
 * `SNAPSHOTS_KEPT` most recently written stay (`written` always among them).
 */
function prune(options: SnapshotOptions, written: string): void {
  const own = snapshotPrefix(options.build);
  const dir = options.dir;
  const remove = (name: string) => {
    try {
      unlinkSync(/*turbopackIgnore: true*/ path.join(/*turbopackIgnore: true*/ dir, name));
    } catch {
      // Another process removed it first: either way it is not read.
    }
  };
  const ours: { name: string; mtimeMs: number }[] = [];
  for (const name of readdirSync(/*turbopackIgnore: true*/ dir)) {
    if (!name.startsWith('catalog-') || !name.endsWith('.json')) continue;
    if (!name.startsWith(own)) remove(name);
    else if (path.join(/*turbopackIgnore: true*/ dir, name) !== written) {
      try {
        ours.push({ name, mtimeMs: statSync(/*turbopackIgnore: true*/ path.join(/*turbopackIgnore: true*/ dir, name)).mtimeMs });
      } catch {
        // Gone meanwhile.
      }
    }
  }
  ours.sort((a, b) => b.mtimeMs - a.mtimeMs);
  for (const old of ours.slice(SNAPSHOTS_KEPT - 1)) remove(old.name);
}
