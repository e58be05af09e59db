/**
 * Visibility rules of scoping-form questions (FORMAT.md §4.1): `a == Some value && (b != x || c == y)`.
 * A small tokenizer and recursive-descent parser, never eval: right-hand values are unquoted and may hold
 * spaces, commas and the words "and"/"or", so a value runs to the next `&&`, `||` or unmatched `)`.
 * Parsed when the article is read (the JSON schema's `visibility` field); lib/render/visibility evaluates.
 */
import type { Position } from '../diagnostics';

/** A parsed rule; `at` is the 0-based index of a comparison's question id in the rule as written. */
export type VisibilityExpr =
  | { type: 'const'; value: boolean }
  | { type: 'compare'; id: string; op: '==' | '!='; value: string; at: number }
  | { type: 'and' | 'or'; left: VisibilityExpr; right: VisibilityExpr };

export type VisibilityResult = { ok: true; expr: VisibilityExpr } | { ok: false; error: string; column: number };

/** A problem of a rule at its place in the file: a syntax error, or a question id the form does not have. */
export interface VisibilityIssue {
  at: Position;
  message: string;
}

/** A question's rule as the model keeps it: as written, parsed, and its problems once the body is located. */
export interface VisibilityRule {
  source: string | boolean;
  /** What the form evaluates: the parsed rule, or always visible when it is malformed. */
  expr: VisibilityExpr;
  /** Why the rule could not be read (1-based column in the rule), null when it could. */
  error: { message: string; column: number } | null;
  /** Located problems, filled in by `locateJsonFields` (empty until then). */
  issues: VisibilityIssue[];
}

type Tok = { kind: '(' | ')' | '&&' | '||' | '==' | '!=' | 'word' | 'value' | 'end'; text: string; at: number };

class ParseError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
  }
}

const OPERATORS = ['&&', '||', '==', '!='] as const;

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i] ?? '';
    if (/\s/.test(c)) i++;
    else if (c === '(' || c === ')') out.push({ kind: c, text: c, at: i++ });
    else if (OPERATORS.some((op) => src.startsWith(op, i))) {
      const op = src.slice(i, i + 2) as (typeof OPERATORS)[number];
      out.push({ kind: op, text: op, at: i });
      i += 2;
      // After a comparison the value is read as a whole, spaces and all.
      if (op === '==' || op === '!=') i = readValue(src, i, out);
    } else {
      const m = /^[^\s()&|=!]+/.exec(src.slice(i));
      if (!m) throw new ParseError(`Unexpected \`${c}\``, i);
      out.push({ kind: 'word', text: m[0], at: i });
      i += m[0].length;
    }
  }
  out.push({ kind: 'end', text: '', at: src.length });
  return out;
}

/** Reads a right-hand value up to `&&`, `||`, an unmatched `)` or the end; parentheses inside it nest. */
function readValue(src: string, from: number, out: Tok[]): number {
  let i = from;
  let depth = 0;
  while (i < src.length) {
    if (src.startsWith('&&', i) || src.startsWith('||', i)) break;
    const c = src[i];
    if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) break;
      depth--;
    }
    i++;
  }
  const raw = src.slice(from, i).trim();
  if (/==|!=/.test(raw)) throw new ParseError(`The value \`${raw}\` holds another comparison, expected \`&&\` or \`||\` between comparisons`, from);
  // Quotes are optional in real content; `null` means "no answer" (`reservationOrderId != null`).
  const unquoted = /^(['"])(.*)\1$/.exec(raw)?.[2] ?? raw;
  out.push({ kind: 'value', text: unquoted.toLowerCase() === 'null' ? '' : unquoted, at: from });
  return i;
}

class Parser {
  private pos = 0;
  constructor(private readonly toks: Tok[]) {}

  private peek(): Tok {
    return this.toks[this.pos] ?? { kind: 'end', text: '', at: 0 };
  }

  private next(): Tok {
    const t = this.peek();
    this.pos++;
    return t;
  }

  parse(): VisibilityExpr {
    const expr = this.or();
    const t = this.peek();
    if (t.kind !== 'end') throw new ParseError(`Unexpected \`${t.text}\`, expected \`&&\`, \`||\` or the end`, t.at);
    return expr;
  }

  private or(): VisibilityExpr {
    let left = this.and();
    while (this.peek().kind === '||') {
      this.next();
      left = { type: 'or', left, right: this.and() };
    }
    return left;
  }

  private and(): VisibilityExpr {
    let left = this.primary();
    while (this.peek().kind === '&&') {
      this.next();
      left = { type: 'and', left, right: this.primary() };
    }
    return left;
  }

  private primary(): VisibilityExpr {
    const t = this.next();
    if (t.kind === '(') {
      const inner = this.or();
      const close = this.next();
      if (close.kind !== ')') throw new ParseError(`Expected \`)\` to close the \`(\` at column ${t.at + 1}`, close.at);
      return inner;
    }
    if (t.kind !== 'word')
      throw new ParseError(t.kind === 'end' ? 'Unexpected end, expected a comparison' : `Unexpected \`${t.text}\`, expected a question id`, t.at);
    const op = this.peek();
    if (op.kind !== '==' && op.kind !== '!=') {
      const word = t.text.toLowerCase();
      if (word === 'true' || word === 'false') return { type: 'const', value: word === 'true' };
      throw new ParseError(`Expected \`==\` or \`!=\` after \`${t.text}\``, op.at);
    }
    this.next();
    const value = this.next();
    return { type: 'compare', id: t.text, op: op.kind, value: value.text, at: t.at };
  }
}

/** Parses a rule as written in `visibility`: null, booleans, `"null"`, `"true"` and blanks mean always visible. */
export function parseVisibility(source: string | boolean | null | undefined): VisibilityResult {
  if (source === null || source === undefined) return { ok: true, expr: { type: 'const', value: true } };
  if (typeof source === 'boolean') return { ok: true, expr: { type: 'const', value: source } };
  const trimmed = source.trim();
  if (trimmed === '' || trimmed.toLowerCase() === 'null') return { ok: true, expr: { type: 'const', value: true } };
  try {
    return { ok: true, expr: new Parser(tokenize(source)).parse() };
  } catch (err) {
    if (err instanceof ParseError) return { ok: false, error: err.message, column: err.at + 1 };
    throw err;
  }
}

const ALWAYS: VisibilityExpr = { type: 'const', value: true };

/** The rule of a question as the model keeps it; a malformed rule shows its question. */
export function readVisibility(source: string | boolean): VisibilityRule {
  const parsed = parseVisibility(source);
  return parsed.ok
    ? { source, expr: parsed.expr, error: null, issues: [] }
    : { source, expr: ALWAYS, error: { message: parsed.error, column: parsed.column }, issues: [] };
}

/** The comparisons of a rule, in written order. */
export function comparisons(expr: VisibilityExpr): Array<Extract<VisibilityExpr, { type: 'compare' }>> {
  if (expr.type === 'const') return [];
  if (expr.type === 'compare') return [expr];
  return [...comparisons(expr.left), ...comparisons(expr.right)];
}

/** The question ids a rule reads. */
export function visibilityDependencies(expr: VisibilityExpr): string[] {
  return [...new Set(comparisons(expr).map((c) => c.id))];
}
