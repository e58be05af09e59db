/** Runs the pipeline's structural checks and the authoring rules over a set of files. */
import { readFailure } from '../catalog/files';
import type { Diagnostic } from '../content/diagnostics';
import { sortDiagnostics } from '../content/diagnostics';
import type { Article, CatalogMeta } from '../content/model';
import { readArticleMeta, readArticleSource } from '../content/read';
import type { FileRuleId } from '../content/ruleIds';
import { RULES } from './rules';
import type { FileResult, LintConfig, LintResult, RuleSetting } from './types';

export interface LintInput {
  file: string;
  bytes: Uint8Array | null;
  /** Why the file could not be read, when bytes is null. */
  error?: string;
  /** The rule id for `error` when it is not a plain read failure (e.g. the file is over the size limit). */
  ruleId?: FileRuleId;
}

const LEVEL: Record<Exclude<RuleSetting, 'off'>, Diagnostic['severity']> = { info: 'info', warn: 'warning', error: 'error' };

/**
 * Lints every input; unreadable files become `file-unreadable` errors, nothing throws. Cross-file rules see
 * the metadata of the whole set (the cheap pass); each article's full model is built, checked and let go in
 * turn, so memory stays flat on thousands of files.
 */
export function lintFiles(inputs: readonly LintInput[], config: LintConfig = { rules: {} }): LintResult {
  const results: FileResult[] = [];
  const all = inputs.flatMap((input) => (input.bytes === null ? [] : [readArticleMeta(input.file, input.bytes)]));
  for (const input of inputs) {
    if (input.bytes === null) {
      results.push({ file: input.file, diagnostics: [readFailure(input)] });
      continue;
    }
    const { article, text } = readArticleSource(input.file, input.bytes);
    results.push({ file: article.meta.file, diagnostics: lintArticle(article, text, all, config) });
  }
  results.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const every = results.flatMap((r) => r.diagnostics);
  return {
    files: results,
    errorCount: every.filter((d) => d.severity === 'error').length,
    warningCount: every.filter((d) => d.severity === 'warning').length,
    infoCount: every.filter((d) => d.severity === 'info').length,
  };
}

/** One article's diagnostics: the pipeline's own plus every authoring rule's, config applied, sorted by place. */
export function lintArticle(article: Article, text: string, all: readonly CatalogMeta[], config: LintConfig = { rules: {} }): Diagnostic[] {
  const found: Diagnostic[] = [...article.diagnostics];
  for (const rule of RULES) {
    if (config.rules[rule.id] === 'off') continue;
    rule.check({
      article,
      text,
      all,
      report: (at, message, end) =>
        found.push({
          file: article.meta.file,
          line: at.line,
          column: at.column,
          ...(end ? { endLine: end.line, endColumn: end.column } : {}),
          ruleId: rule.id,
          severity: rule.severity,
          message,
        }),
    });
  }
  return sortDiagnostics(applyConfig(found, config));
}

/** Drops rules set to `off` and applies severity overrides. */
function applyConfig(list: Diagnostic[], config: LintConfig): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const d of list) {
    const setting = config.rules[d.ruleId];
    if (setting === 'off') continue;
    out.push(setting ? { ...d, severity: LEVEL[setting] } : d);
  }
  return out;
}
