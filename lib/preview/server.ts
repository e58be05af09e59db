/**
 * Server-only helpers of the preview: the lint config the CLI would use, whether `?file=` is allowed, reading a
 * content file through the path guard, and reading a request body without buffering more than the limit.
 */
import 'server-only';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { contentDir } from '../catalog/server';
import { decodeBytes } from '../content/decode';
import { DiagnosticBag } from '../content/diagnostics';
import { CONFIG_FILE, loadConfig } from '../lint/config';
import type { LintConfig } from '../lint/types';
import { resolveContentPath } from './contentPath';
import { MAX_PREVIEW_BYTES } from './limits';

/** The lint config the preview applies, and why it applies none when the config file cannot be used. */
export interface PreviewConfig {
  config: LintConfig;
  /** What `selfhelp lint` would say of the file (not JSON, a wrong value, an unknown rule name); null when it is fine or absent. */
  problem: string | null;
}

/**
 * `selfhelp.config.json` of the working directory, as `selfhelp lint` reads it. One the CLI would refuse gives no
 * overrides: the preview shows the built-in severities, and says why beside them.
 */
export function previewLintConfig(file = path.resolve(/*turbopackIgnore: true*/ process.cwd(), CONFIG_FILE)): PreviewConfig {
  try {
    return { config: loadConfig(file, false), problem: null };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Named as the author knows it, without the server's own path.
    return { config: { rules: {} }, problem: message.startsWith(file) ? `${CONFIG_FILE}${message.slice(file.length)}` : message };
  }
}

/** Opening content files from the browser is a development feature: a deployed server never reads paths it is sent. */
export function fileAccessAllowed(): boolean {
  return process.env.NODE_ENV === 'development';
}

export const FILE_ACCESS_REFUSED = 'Opening a content file with `?file=` is a development feature: run `npm run dev` and open the same URL there';

export type PreviewFile = { ok: true; file: string; text: string; mtimeMs: number } | { ok: false; status: 400 | 403 | 404; error: string };

/** A content file by its path under the content directory; refused outside development or outside the directory. */
export async function readPreviewFile(requested: string): Promise<PreviewFile> {
  if (!fileAccessAllowed()) return { ok: false, status: 403, error: FILE_ACCESS_REFUSED };
  const found = resolveContentPath(contentDir(), requested);
  if (!found.ok) return found;
  try {
    const info = await stat(found.absolute);
    if (!info.isFile()) return { ok: false, status: 400, error: `\`${found.file}\` is not a file` };
    if (info.size > MAX_PREVIEW_BYTES) return { ok: false, status: 400, error: `\`${found.file}\` is larger than the preview accepts` };
    // Decoded as the pipeline decodes (BOMs, cp1252, CRLF), so the editor holds the text the linter sees.
    const { text } = decodeBytes(await readFile(found.absolute), new DiagnosticBag(found.file));
    return { ok: true, file: found.file, text, mtimeMs: info.mtimeMs };
  } catch (error) {
    return { ok: false, status: 404, error: `Cannot read \`${found.file}\`: ${(error as Error).message}` };
  }
}

/** The body as text, or null once it grows past `max` bytes (reading stops there). */
export async function readBodyCapped(
  request: Request,
  max: number = MAX_PREVIEW_BYTES,
): Promise<{ text: string; bytes: number } | { text: null; bytes: number }> {
  if (!request.body) return { text: '', bytes: 0 };
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > max) {
      await reader.cancel();
      return { text: null, bytes };
    }
    chunks.push(value);
  }
  return { text: Buffer.concat(chunks).toString('utf8'), bytes };
}
