/** Where the real corpus lives (a sibling checkout, never part of this repo), and a reader for it. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS_ROOT = process.env.SELFHELP_CORPUS ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');

/** True when the corpus is present; corpus suites fail loudly without it rather than pass on nothing. */
export function requireCorpus(): string {
  if (!existsSync(join(CORPUS_ROOT, 'articles'))) {
    throw new Error(`The real corpus is not at ${CORPUS_ROOT}; set SELFHELP_CORPUS or check out ../shared/corpus`);
  }
  return CORPUS_ROOT;
}
