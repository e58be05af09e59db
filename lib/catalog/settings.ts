/**
 * Where the server finds its content and keeps its snapshot, read from the environment. Plain Node (no
 * server-only marker): the catalog and the content read-ahead worker (readahead-worker.ts), which starts before Next
 * does, must agree on both. Paths are computed at run time, so each path call carries `turbopackIgnore`.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';

/** Where snapshots are kept and which build's code reads them. */
export interface SnapshotOptions {
  /** A folder the server may write (created when missing). */
  dir: string;
  /** Names the code that made the entries: a snapshot from another build is not read. */
  build: string;
}

/** The content directory: SELFHELP_CONTENT_DIR (default `./content`), resolved against the working directory. */
export function contentDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.SELFHELP_CONTENT_DIR || 'content');
}

/**
 * Where the production server keeps the catalog snapshot (snapshot.ts): SELFHELP_CATALOG_CACHE, a writable folder
 * (`off` turns it off), for the build scripts/server.mjs names in SELFHELP_BUILD_ID. Development and tests run
 * without one: their code changes under the snapshot.
 */
export function snapshotOptions(env: NodeJS.ProcessEnv = process.env): SnapshotOptions | undefined {
  const dir = env.SELFHELP_CATALOG_CACHE;
  const build = env.SELFHELP_BUILD_ID;
  if (env.NODE_ENV !== 'production' || !dir || dir === 'off' || !build) return undefined;
  return { dir: path.resolve(/*turbopackIgnore: true*/ process.cwd(), dir), build };
}

/** How the snapshot files of one build start (the build id made safe for a file name). */
export function snapshotPrefix(build: string): string {
  return `catalog-${build.replace(/[^\w.-]+/g, '_').slice(0, 64)}-`;
}

/** The snapshot file of one build and content directory. */
export function snapshotFileName(options: SnapshotOptions, root: string): string {
  const rootHash = createHash('sha1').update(root).digest('hex').slice(0, 12);
  return path.join(/*turbopackIgnore: true*/ options.dir, `${snapshotPrefix(options.build)}${rootHash}.json`);
}
