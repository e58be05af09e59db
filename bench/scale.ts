/**
 * The corpus at the public repository's real size: ../shared/corpus holds about 60% of it, so a temp directory gets
 * the sample plus a copy of two thirds of it (every third file skipped), with each copy's articleId suffixed so ids
 * stay unique. Copies keep their folders under `copy/`, so folder-based families (troubleshooting guides) stay whole.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ID = /(\barticleId\s*=\s*")([^"]*)(")/i;

/** Copies `articlesDir` and two thirds of it again into a new temp dir; returns the dir and its file count. */
export function realSizeCorpus(articlesDir: string): { dir: string; files: number } {
  const dir = mkdtempSync(path.join(tmpdir(), 'selfhelp-real-size-'));
  cpSync(articlesDir, path.join(dir, 'sample'), { recursive: true });
  const files = readdirSync(articlesDir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
  let copied = 0;
  files.forEach((d, i) => {
    if (i % 3 === 2) return;
    const from = path.join(d.parentPath, d.name);
    const to = path.join(dir, 'copy', path.relative(articlesDir, from));
    if (!existsSync(path.dirname(to))) mkdirSync(path.dirname(to), { recursive: true });
    const text = readFileSync(from, 'latin1');
    // latin1 in and out keeps every byte as it was, whatever the file's encoding.
    writeFileSync(to, text.replace(ID, (_, a: string, id: string, b: string) => `${a}${id}-copy${b}`), 'latin1');
    copied += 1;
  });
  return { dir, files: files.length + copied };
}
