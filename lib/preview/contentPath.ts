/**
 * The path guard of `/preview?file=`: a path named by a browser must stay inside the content directory. Lexical
 * checks first (no absolute paths, no `..`), then the real path, so a symlink cannot lead out either.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';

export type ContentPathResult =
  | { ok: true /** Relative to the root, forward slashes. */; file: string /** Real absolute path. */; absolute: string }
  | { ok: false; status: 400 | 403 | 404; error: string };

const WINDOWS_ABSOLUTE = /^[a-z]:|^[\\/]{2}/i;

/**
 * Resolves `requested` under `root`. 400 for a malformed or absolute path or one with `..`; 403 when its real
 * path (symlinks followed) is outside the root; 404 when it does not exist. `realpath` is injectable for tests.
 */
export function resolveContentPath(root: string, requested: string, realpath: (p: string) => string = realpathSync): ContentPathResult {
  const name = requested.trim();
  if (!name || name.includes('\0')) return { ok: false, status: 400, error: 'Expected a file path relative to the content directory' };
  if (path.isAbsolute(name) || WINDOWS_ABSOLUTE.test(name)) {
    return { ok: false, status: 400, error: `Absolute path \`${name}\` refused, expected a path relative to the content directory` };
  }
  if (name.split(/[\\/]/).includes('..')) {
    return { ok: false, status: 400, error: `Path \`${name}\` refused: \`..\` may not be used to leave the content directory` };
  }
  let realRoot: string;
  let absolute: string;
  try {
    realRoot = realpath(root);
    absolute = realpath(path.resolve(root, name));
  } catch {
    return { ok: false, status: 404, error: `No file \`${name}\` in the content directory` };
  }
  const relative = path.relative(realRoot, absolute);
  if (!relative) return { ok: false, status: 400, error: `Path \`${name}\` is the content directory itself, expected a file in it` };
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    return { ok: false, status: 403, error: `Path \`${name}\` refused: it leads outside the content directory (through a symlink)` };
  }
  return { ok: true, file: relative.split(path.sep).join('/'), absolute };
}
