/**
 * Duplicate article ids: two files with the same articleId (compared case-insensitively) both stay in the catalog;
 * each gets a warning placed at its `articleId` attribute, for the diagnostics page and lint.
 */
import type { Diagnostic } from '../content/diagnostics';
import type { ArticleMeta } from '../content/model';

/** Files sharing one articleId (compared case-insensitively). All of them stay in the catalog. */
export interface DuplicateGroup {
  articleId: string;
  files: ArticleMeta[];
  diagnostics: Diagnostic[];
}

function diagnostic(meta: ArticleMeta, group: readonly ArticleMeta[]): Diagnostic {
  const at = meta.attributes.find((a) => a.name === 'articleId') ?? { valueLine: 1, valueColumn: 1 };
  const others = group
    .filter((m) => m !== meta)
    .map((m) => `\`${m.file}\``)
    .join(', ');
  return {
    file: meta.file,
    line: at.valueLine,
    column: at.valueColumn,
    ruleId: 'catalog-duplicate-article-id',
    severity: 'warning',
    message: `articleId \`${meta.articleId}\` is also used by ${others}; expected each id once`,
  };
}

/** The group for files that share one id (at least two, in file order). */
export function duplicateGroup(files: ArticleMeta[]): DuplicateGroup {
  return { articleId: files[0]?.articleId ?? '', files, diagnostics: files.map((m) => diagnostic(m, files)) };
}
