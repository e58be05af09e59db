/**
 * Benchmark corpora: a temp copy of a content folder grown to a target size (the real deployment holds 15,600
 * articles; the sample has 9.3k) by adding copies of its own files with their ids suffixed, so ids stay unique.
 * Soak runs change files in the copy, never in the source.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { listFiles } from '../lib/catalog/files';
import { isArticleCandidate } from '../lib/content/candidate';

/** The folder holding the articles: `<dir>/articles` when it exists (../shared/corpus), else `dir` itself. */
export function articlesDir(dir: string): string {
  const nested = path.join(dir, 'articles');
  return existsSync(nested) ? nested : dir;
}

// `articleId="…"` in a properties block or `articleId: …` in front matter, any case; the first one only.
const ARTICLE_ID = /(\barticleId\s*=\s*)(["'])([^"']*)\2|(^articleId\s*:\s*)(.+)$/im;

/** The text with its articleId suffixed (unchanged when it has none: its id then comes from the new path). */
export function suffixArticleId(text: string, suffix: string): string {
  return text.replace(ARTICLE_ID, (_m, name?: string, q?: string, id?: string, yamlKey?: string, yamlId?: string) =>
    name !== undefined ? `${name}${q ?? ''}${id ?? ''}${suffix}${q ?? ''}` : `${yamlKey ?? ''}${(yamlId ?? '').trim()}${suffix}`,
  );
}

/**
 * Copies `source` into a new temp folder (`base/`) and adds copies of its article files (`copy-N/`, ids
 * suffixed `-copyN`) until there are `total` articles. Returns the folder and how many articles it holds.
 */
export function buildScaledCorpus(source: string, total: number): { dir: string; articles: number } {
  const dir = mkdtempSync(path.join(tmpdir(), 'selfhelp-corpus-'));
  cpSync(source, path.join(dir, 'base'), { recursive: true });
  const originals = listFiles(source).filter((f) => isArticleCandidate(readFileSync(f.path)));
  let articles = originals.length;
  for (let round = 1; articles < total && originals.length > 0; round++) {
    for (const f of originals) {
      if (articles >= total) break;
      const target = path.join(dir, `copy-${round}`, f.file);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, suffixArticleId(readFileSync(f.path, 'latin1'), `-copy${round}`), 'latin1');
      articles++;
    }
  }
  return { dir, articles };
}
