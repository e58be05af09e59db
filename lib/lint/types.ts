/** The shape of a lint rule and what it is given. One rule per file under `lib/lint/rules/`. */
import type { Diagnostic, Position, Severity } from '../content/diagnostics';
import type { Article, CatalogMeta } from '../content/model';
import type { LintRuleId } from '../content/ruleIds';

/** What a rule sees: the article being checked and the metadata of the whole linted set (for cross-file rules). */
export interface RuleContext {
  article: Article;
  /** Decoded, LF-normalised text of the article's file. */
  text: string;
  all: readonly CatalogMeta[];
  report(at: Position, message: string, end?: Position): void;
}

export interface LintRule {
  /** kebab-case id, also the file name under `lib/lint/rules/`; listed in `LINT_RULE_IDS`. */
  id: LintRuleId;
  severity: Severity;
  /** One sentence: what the rule checks. */
  description: string;
  check(ctx: RuleContext): void;
}

/** A rule's setting in `selfhelp.config.json`. */
export type RuleSetting = 'off' | 'info' | 'warn' | 'error';

export interface LintConfig {
  rules: Record<string, RuleSetting>;
}

export interface FileResult {
  file: string;
  diagnostics: Diagnostic[];
}

export interface LintResult {
  files: FileResult[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
}
