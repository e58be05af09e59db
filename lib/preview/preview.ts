/**
 * The author preview's server side, framework-free: validate a request, then read and lint the text through the
 * same functions as the catalog and `selfhelp lint` (so authoring rules show too) and work out what differs
 * between clouds. The route handler, the server action and the benchmark all call this.
 */
import { CLOUD_IDS, type CloudId, toCloudId } from '../clouds';
import type { Diagnostic } from '../content/diagnostics';
import type { Article } from '../content/model';
import { readArticleSource } from '../content/read';
import { lintArticle } from '../lint/lint';
import type { LintConfig } from '../lint/types';
import { type CloudDifferences, cloudDifferences } from './differences';

export { MAX_PREVIEW_BYTES, tooLargeMessage } from './limits';

/** The file name diagnostics carry when the text did not come from a file. */
export const PREVIEW_FILE = 'preview.md';

export interface PreviewRequest {
  /** The article's markdown, as typed. */
  text: string;
  cloud: CloudId;
  /** The token sample as typed (JSON text); may be empty. */
  tokens: string;
  /** Content path when the text came from a file, for diagnostics; else `preview.md`. */
  file: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; status: 400; error: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads `{text, cloud?, tokens?, file?}` from a parsed JSON body. */
export function parsePreviewRequest(raw: unknown): Parsed<PreviewRequest> {
  if (!isRecord(raw) || typeof raw.text !== 'string') return { ok: false, status: 400, error: 'Expected a JSON object with the article in `text`' };
  const cloudName = typeof raw.cloud === 'string' ? raw.cloud : 'public';
  const cloud = toCloudId(cloudName);
  if (!cloud) return { ok: false, status: 400, error: `Unexpected cloud \`${cloudName}\`, expected one of ${CLOUD_IDS.map((c) => `\`${c}\``).join(', ')}` };
  const tokens = typeof raw.tokens === 'string' ? raw.tokens : '';
  const file = typeof raw.file === 'string' && raw.file.trim() ? raw.file.trim() : PREVIEW_FILE;
  return { ok: true, value: { text: raw.text, cloud, tokens, file } };
}

export interface PreviewResult {
  article: Article;
  /** Pipeline and authoring-rule diagnostics, sorted by place, exactly as `selfhelp lint` reports them. */
  diagnostics: Diagnostic[];
  differences: CloudDifferences;
}

/** Reads, lints and compares one article's text. Never throws on bad content. */
export function previewArticle(text: string, file: string = PREVIEW_FILE, config: LintConfig = { rules: {} }): PreviewResult {
  // One read serves both the lint (as `selfhelp lint` on this single file) and the rendering.
  const { article, text: normalised } = readArticleSource(file, Buffer.from(text, 'utf8'));
  return { article, diagnostics: lintArticle(article, normalised, [article.meta], config), differences: cloudDifferences(article) };
}
