/**
 * Duplicate article ids, one check for the catalog and lint: files sharing an articleId (compared
 * case-insensitively) each get a `duplicate-article-id` error placed at their `articleId` attribute, naming the
 * others. The catalog keeps all of them (for the diagnostics page); lint reports them within the linted set.
 */
import type { Diagnostic } from '../content/diagnostics';
import type { CatalogMeta } from '../content/model';

/** The rule a shared articleId is reported under, by the catalog and by lint alike. */
export const DUPLICATE_ID_RULE = { id: 'duplicate-article-id', severity: 'error' } as const;

/** Files sharing one articleId (compared case-insensitively). All of them stay in the catalog. */
export interface DuplicateGroup {
  articleId: string;
  files: CatalogMeta[];
  diagnostics: Diagnostic[];
}

/** Where `meta`'s id is reported, and the message naming the other files of its group; null when it is alone. */
export function duplicateIdFinding(meta: CatalogMeta, group: readonly CatalogMeta[]): { line: number; column: number; message: string } | null {
  const others = group.filter((m) => m.file !== meta.file);
  if (others.length === 0) return null;
  const message = `articleId \`${meta.articleId}\` is also used by ${others.map((m) => `\`${m.file}\``).join(', ')}`;
  return { ...meta.articleIdAt, message };
}

/** The group for files that share one id (at least two, in file order). */
export function duplicateGroup(files: CatalogMeta[]): DuplicateGroup {
  const diagnostics = files.flatMap((meta) => {
    const found = duplicateIdFinding(meta, files);
    return found ? [{ file: meta.file, ...found, ruleId: DUPLICATE_ID_RULE.id, severity: DUPLICATE_ID_RULE.severity }] : [];
  });
  return { articleId: files[0]?.articleId ?? '', files, diagnostics };
}
