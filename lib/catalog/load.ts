/**
 * Where the catalog reads the content directory: bytes of the files `listFiles` (files.ts) names, handed to
 * `buildEntry`. Paths are computed at run time, so each fs/path call carries `turbopackIgnore` to stop Turbopack
 * from tracing (and bundling) the whole project into the server output.
 */
import 'server-only';
import { promises as fs, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildEntry, createDetacher, type Detacher, failure, type Loaded } from './entry';
import { MAX_FILE_BYTES, tooLargeMessage } from './files';

/** Absolute path of a catalog-relative file. */
export function absolutePath(root: string, file: string): string {
  return path.join(/*turbopackIgnore: true*/ root, file);
}

/** Reads one file and builds its entry; an unreadable or oversized file becomes a failure. */
export async function loadFile(root: string, file: string, detach: Detacher = createDetacher()): Promise<Loaded> {
  let bytes: Buffer;
  try {
    const { size } = await fs.stat(/*turbopackIgnore: true*/ absolutePath(root, file));
    if (size > MAX_FILE_BYTES) return failure(file, 'file-too-large', tooLargeMessage(size));
    bytes = await fs.readFile(/*turbopackIgnore: true*/ absolutePath(root, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return failure(file, 'catalog-unreadable', `Could not read the file (\`${code}\`)`);
  }
  return buildEntry(file, bytes, detach);
}

/** `loadFile` without awaiting: for the few files of a live change (see Catalog.applyFiles). */
export function loadFileSync(root: string, file: string, detach: Detacher = createDetacher()): Loaded {
  let bytes: Buffer;
  try {
    const { size } = statSync(/*turbopackIgnore: true*/ absolutePath(root, file));
    if (size > MAX_FILE_BYTES) return failure(file, 'file-too-large', tooLargeMessage(size));
    bytes = readFileSync(/*turbopackIgnore: true*/ absolutePath(root, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return failure(file, 'catalog-unreadable', `Could not read the file (\`${code}\`)`);
  }
  return buildEntry(file, bytes, detach);
}

/**
 * Loads many files with bounded concurrency: reads overlap, while parsing stays on this thread. Yields to the
 * event loop between files so a health check during start-up is not starved.
 */
export async function loadFiles(root: string, files: readonly string[], concurrency = 32): Promise<Loaded[]> {
  const results = new Array<Loaded>(files.length);
  const detach = createDetacher();
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      results[i] = await loadFile(root, files[i] as string, detach);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
  return results;
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
