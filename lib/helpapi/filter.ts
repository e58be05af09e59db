/**
 * The `$filter` of discoverySolutions: a small OData subset, tokenized and parsed by recursive descent.
 *   filter     := or
 *   or         := and ( "or" and )*
 *   and        := primary ( "and" primary )*
 *   primary    := "(" or ")" | Property "eq" 'string'
 * Strings use single quotes, a quote inside doubled (`'it''s'`). Properties and keywords are case-insensitive.
 * Errors name what was found, what was expected and the 1-based column.
 */

/** The properties the API filters on; `ResourceType` is accepted too because Azure's own clients send it. */
export const FILTER_PROPERTIES = ['ProblemClassificationId', 'ServiceId', 'SolutionType', 'ResourceType'] as const;
export type FilterProperty = (typeof FILTER_PROPERTIES)[number];

export type FilterNode = { kind: 'eq'; property: FilterProperty; value: string } | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode };

export type FilterResult = { ok: true; filter: FilterNode } | { ok: false; message: string; column: number };

type Token = { type: 'lparen' | 'rparen' | 'word' | 'string' | 'end'; text: string; column: number };

class FilterError extends Error {
  constructor(
    message: string,
    readonly column: number,
  ) {
    super(message);
  }
}

/** Splits a filter into tokens; an unterminated string or a stray character is an error at its column. */
export function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i] as string;
    const column = i + 1;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(' || c === ')') {
      tokens.push({ type: c === '(' ? 'lparen' : 'rparen', text: c, column });
      i++;
    } else if (c === "'") {
      let value = '';
      i++;
      for (;;) {
        if (i >= input.length) throw new FilterError(`Unterminated string starting at column ${column}`, column);
        if (input[i] === "'") {
          if (input[i + 1] !== "'") break;
          value += "'";
          i += 2;
        } else {
          value += input[i];
          i++;
        }
      }
      i++;
      tokens.push({ type: 'string', text: value, column });
    } else {
      const word = /^[\w.-]+/.exec(input.slice(i));
      if (!word) throw new FilterError(`Unexpected \`${c}\` at column ${column}`, column);
      tokens.push({ type: 'word', text: word[0], column });
      i += word[0].length;
    }
  }
  tokens.push({ type: 'end', text: '', column: input.length + 1 });
  return tokens;
}

const PROPERTY_BY_FOLDED = new Map<string, FilterProperty>(FILTER_PROPERTIES.map((p) => [p.toLowerCase(), p]));
const describe = (t: Token) => (t.type === 'end' ? 'the end of the filter' : t.type === 'string' ? `'${t.text}'` : `\`${t.text}\``);

/** Parses a `$filter` value. Never throws. */
export function parseFilter(input: string): FilterResult {
  try {
    const tokens = tokenize(input);
    let pos = 0;
    const peek = () => tokens[pos] as Token;
    const next = () => tokens[pos++] as Token;
    const keyword = (word: string) => peek().type === 'word' && peek().text.toLowerCase() === word;
    const fail = (t: Token, expected: string): never => {
      throw new FilterError(`Expected ${expected} at column ${t.column}, found ${describe(t)}`, t.column);
    };

    const primary = (): FilterNode => {
      const t = next();
      if (t.type === 'lparen') {
        const inner = or();
        const close = next();
        if (close.type !== 'rparen') fail(close, '`)`');
        return inner;
      }
      if (t.type !== 'word') return fail(t, 'a property name or `(`');
      const property = PROPERTY_BY_FOLDED.get(t.text.toLowerCase());
      if (!property)
        throw new FilterError(
          `Unknown property \`${t.text}\` at column ${t.column}, expected one of ${FILTER_PROPERTIES.map((p) => `\`${p}\``).join(', ')}`,
          t.column,
        );
      const op = next();
      if (op.type !== 'word' || op.text.toLowerCase() !== 'eq') fail(op, '`eq` (the only comparison supported)');
      const value = next();
      if (value.type !== 'string') fail(value, 'a quoted string');
      return { kind: 'eq', property, value: value.text };
    };
    const and = (): FilterNode => {
      let left = primary();
      while (keyword('and')) {
        next();
        left = { kind: 'and', left, right: primary() };
      }
      return left;
    };
    const or = (): FilterNode => {
      let left = and();
      while (keyword('or')) {
        next();
        left = { kind: 'or', left, right: and() };
      }
      return left;
    };

    if (peek().type === 'end') return { ok: false, message: '`$filter` is empty', column: 1 };
    const filter = or();
    if (peek().type !== 'end') fail(peek(), '`and`, `or` or the end of the filter');
    return { ok: true, filter };
  } catch (error) {
    if (error instanceof FilterError) return { ok: false, message: error.message, column: error.column };
    throw error;
  }
}

/** Every comparison of a filter, left to right (for checks on values). */
export function comparisons(node: FilterNode): Array<Extract<FilterNode, { kind: 'eq' }>> {
  return node.kind === 'eq' ? [node] : [...comparisons(node.left), ...comparisons(node.right)];
}

/** Evaluates a filter with a function that answers each comparison. */
export function evaluate(node: FilterNode, test: (property: FilterProperty, value: string) => boolean): boolean {
  if (node.kind === 'eq') return test(node.property, node.value);
  return node.kind === 'and' ? evaluate(node.left, test) && evaluate(node.right, test) : evaluate(node.left, test) || evaluate(node.right, test);
}
