/** Runs the pipeline's structural checks and the authoring rules over a set of files. */
import type { Diagnostic } from '../content/diagnostics';
import { sortDiagnostics } from '../content/diagnostics';
import type { Article } from '../content/model';
import { readArticleSource } from '../content/read';
import { RULES } from './rules';
import type { FileResult, LintConfig, LintResult, RuleSetting } from './types';

export interface LintInput {
  file: string;
  bytes: Uint8Array | null;
  /** Why the file could not be read, when bytes is null. */
  error?: string;
}

const LEVEL: Record<Exclude<RuleSetting, 'off'>, Diagnostic['severity']> = { info: 'info', warn: 'warning', error: 'error' };

/** Lints every input; unreadable files become `file-unreadable` errors, nothing throws. */
export function lintFiles(inputs: readonly LintInput[], config: LintConfig = { rules: {} }): LintResult {
  const sources: Array<{ article: Article; text: string }> = [];
  const results: FileResult[] = [];
  for (const input of inputs) {
    if (input.bytes === null) {
      results.push({ file: input.file, diagnostics: [{ file: input.file, line: 1, column: 1, ruleId: 'file-unreadable', severity: 'error', message: `Cannot read the file: ${input.error ?? 'unknown error'}` }] });
      continue;
    }
    sources.push(readArticleSource(input.file, input.bytes));
  }
  const all = sources.map((s) => s.article);
  for (const { article, text } of sources) {
    const found: Diagnostic[] = [...article.diagnostics];
    for (const rule of RULES) {
      if (config.rules[rule.id] === 'off') continue;
      rule.check({
        article,
        text,
        all,
        report: (at, message, end) =>
          found.push({ file: article.meta.file, line: at.line, column: at.column, ...(end ? { endLine: end.line, endColumn: end.column } : {}), ruleId: rule.id, severity: rule.severity, message }),
      });
    }
    results.push({ file: article.meta.file, diagnostics: sortDiagnostics(applyConfig(found, config)) });
  }
  results.sort((a, b) => a.file.localeCompare(b.file));
  const every = results.flatMap((r) => r.diagnostics);
  return {
    files: results,
    errorCount: every.filter((d) => d.severity === 'error').length,
    warningCount: every.filter((d) => d.severity === 'warning').length,
    infoCount: every.filter((d) => d.severity === 'info').length,
  };
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
