/**
 * A corpus at the real size for benchmarks: a temporary directory holding the sample corpus plus a copy of two
 * thirds of its files with their articleIds suffixed, so ids stay unique (9.3k + 6.2k ≈ 15.5k articles). The
 * copies live under `copy/` so ids derived from paths differ too. Bytes are edited as latin1, which leaves
 * every other byte (UTF-8, cp1252) as it was.
 *   npx tsx bench/bigCorpus.ts [corpus/articles]   prints the directory it made (delete it when done)
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { listFiles } from '../lib/catalog/files';

// `articleId="…"` in a properties block or `articleId: …` in front matter, any case.
const ARTICLE_ID = /(articleId\s*=\s*["'])([^"']*)(["'])|(^articleId\s*:\s*)(.+)$/im;

/** The file's text with its articleId suffixed (unchanged when it has none: its id then comes from the new path). */
export function suffixArticleId(latin1: string, suffix: string): string {
  return latin1.replace(ARTICLE_ID, (_m, open?: string, id?: string, close?: string, yamlKey?: string, yamlId?: string) =>
    open !== undefined ? `${open}${id ?? ''}${suffix}${close ?? ''}` : `${yamlKey ?? ''}${(yamlId ?? '').trim()}${suffix}`,
  );
}

export interface BigCorpus {
  dir: string;
  /** Files in the directory: originals plus copies. */
  files: number;
  copies: number;
  remove(): void;
}

/**
 * Builds the enlarged corpus in a temporary directory: every file under `original/` as it is, and two thirds of
 * them (those whose index in path order is not a multiple of 3) again under `copy/` with `-copy` ids. Files are
 * copied, not linked: the catalog's directory walk does not follow symbolic links.
 */
export function makeBigCorpus(articles: string): BigCorpus {
  const dir = mkdtempSync(path.join(tmpdir(), 'selfhelp-big-'));
  const write = (file: string, bytes: Buffer) => {
    const target = path.join(dir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  };
  const files = listFiles(articles);
  let copies = 0;
  files.forEach((f, i) => {
    const bytes = readFileSync(f.path);
    write(path.join('original', f.file), bytes);
    if (i % 3 === 0) return;
    write(path.join('copy', f.file), Buffer.from(suffixArticleId(bytes.toString('latin1'), '-copy'), 'latin1'));
    copies++;
  });
  return { dir, files: files.length + copies, copies, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const articles = process.argv[2] ?? path.join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'articles');
  const big = makeBigCorpus(articles);
  console.log(`${big.dir} (${big.files} files, ${big.copies} copies)`);
}
