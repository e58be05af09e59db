/** Diagnostics are data: every problem found in content, with its place. Nothing in the pipeline throws. */
import type { PipelineRuleId, RuleId } from './ruleIds';

export type { RuleId } from './ruleIds';

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  /** Path of the file, as the caller named it (relative to the content root in the catalog). */
  file: string;
  /** 1-based line and column in the original file (after BOM removal and newline normalisation). */
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** Stable rule id, kebab-case, e.g. `properties-unclosed-quote`; one of the typed lists of ./ruleIds. */
  ruleId: RuleId;
  severity: Severity;
  message: string;
}

/** A place in a text: 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/** Collects diagnostics for one file; the one way code in `lib/content` reports a problem. */
export class DiagnosticBag {
  readonly items: Diagnostic[] = [];

  constructor(readonly file: string) {}

  add(at: Position, ruleId: PipelineRuleId, severity: Severity, message: string, end?: Position): void {
    const d: Diagnostic = { file: this.file, line: at.line, column: at.column, ruleId, severity, message };
    if (end) {
      d.endLine = end.line;
      d.endColumn = end.column;
    }
    this.items.push(d);
  }

  error(at: Position, ruleId: PipelineRuleId, message: string, end?: Position): void {
    this.add(at, ruleId, 'error', message, end);
  }

  warn(at: Position, ruleId: PipelineRuleId, message: string, end?: Position): void {
    this.add(at, ruleId, 'warning', message, end);
  }

  info(at: Position, ruleId: PipelineRuleId, message: string, end?: Position): void {
    this.add(at, ruleId, 'info', message, end);
  }
}

/** Orders diagnostics by place, then rule, so output is stable. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
}

/**
 * Maps string offsets to 1-based line/column: binary search over line starts. The starts are found as far as a
 * lookup needs them, not up front: the metadata pass looks only at the properties block, and scanning every body
 * for newlines was a twentieth of a 15,600-file load.
 */
export class LineIndex {
  private readonly starts: number[] = [0];
  /** Whether every line start of the text is in `starts`. */
  private complete = false;

  constructor(private readonly text: string) {}

  /** Adds the next line start; false when there is none. */
  private more(): boolean {
    if (this.complete) return false;
    const i = this.text.indexOf('\n', this.starts[this.starts.length - 1] ?? 0);
    if (i === -1) {
      this.complete = true;
      return false;
    }
    this.starts.push(i + 1);
    return true;
  }

  at(offset: number): Position {
    while ((this.starts[this.starts.length - 1] ?? 0) <= offset && this.more());
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.starts[lo] ?? 0) + 1 };
  }

  /** Offset of the start of a 1-based line (clamped). */
  lineStart(line: number): number {
    while (this.starts.length < line && this.more());
    return this.starts[Math.min(Math.max(line - 1, 0), this.starts.length - 1)] ?? 0;
  }
}
