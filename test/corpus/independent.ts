/**
 * A deliberately plain, independent reading of a properties block (regexes, no lexer) to cross-check the
 * pipeline on real files. It is naive on purpose: where it and the lexer disagree, one of them is wrong.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface PlainReading {
  articleId?: string;
  selfHelpType?: string;
  pageTitle?: string;
  clouds: string[];
  availableIn: string[];
  supportTopicIds: string[];
  productPesIds: string[];
}

export function plainReading(text: string): PlainReading | null {
  const start = text.indexOf('<properties');
  if (start === -1) return null;
  const end = text.indexOf('/>', start);
  const block = text.slice(start, end === -1 ? undefined : end);
  const attrs = new Map<string, string>();
  for (const m of block.matchAll(/([A-Za-z][\w.]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = m[1]!.toLowerCase();
    if (!attrs.has(name))
      attrs.set(
        name,
        decodeEntities(m[2] ?? m[3] ?? '')
          .replace(/\s+/g, ' ')
          .trim(),
      );
  }
  const list = (v: string | undefined) => [
    ...new Set(
      (v ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
  const clouds = list(attrs.get('cloudenvironments')?.toLowerCase()).sort();
  const disabled = new Set(list(attrs.get('disableclouds')?.toLowerCase()));
  return {
    articleId: attrs.get('articleid'),
    selfHelpType: attrs.get('selfhelptype')?.toLowerCase(),
    pageTitle: attrs.get('pagetitle'),
    clouds,
    availableIn: clouds.filter((c) => !disabled.has(c)),
    supportTopicIds: list(attrs.get('supporttopicids') ?? attrs.get('supporttoicids')),
    productPesIds: list(attrs.get('productpesids')),
  };
}

/** The entities seen in real values: the four named ones and numeric references. */
function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** First `name="…"` / `name='…'` of a raw block, case-insensitive, split on commas and newlines. */
export function rawAttr(block: string, name: string): string[] {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(["'])([\\s\\S]*?)\\1`, 'i').exec(block);
  return (m?.[2] ?? '')
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The clouds a raw block offers: cloudEnvironments without disableClouds, lower-cased. */
export function rawClouds(block: string): Set<string> {
  const disabled = new Set(rawAttr(block, 'disableClouds').map((c) => c.toLowerCase()));
  return new Set(
    rawAttr(block, 'cloudEnvironments')
      .map((c) => c.toLowerCase())
      .filter((c) => !disabled.has(c)),
  );
}

/**
 * Every visible file under `dir` that holds `<properties`, as its path relative to `dir` and the raw block text
 * (read as latin1: no decoding, so nothing of the pipeline is involved). Hidden files are skipped, as the catalog does.
 */
export function rawBlocks(dir: string): Array<{ file: string; block: string }> {
  const out: Array<{ file: string; block: string }> = [];
  for (const d of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!d.isFile() || d.name.startsWith('.')) continue;
    const full = path.join(d.parentPath, d.name);
    const text = readFileSync(full, 'latin1');
    const start = text.indexOf('<properties');
    if (start === -1) continue;
    out.push({ file: path.relative(dir, full).split(path.sep).join('/'), block: text.slice(start, text.indexOf('/>', start)) });
  }
  return out;
}
