import { describe, expect, it } from 'vitest';
import { evaluate, type FilterNode, parseFilter, tokenize } from './filter';

const ok = (input: string): FilterNode => {
  const r = parseFilter(input);
  if (!r.ok) throw new Error(r.message);
  return r.filter;
};
const err = (input: string) => {
  const r = parseFilter(input);
  if (r.ok) throw new Error(`parsed: ${input}`);
  return r;
};

describe('$filter tokens', () => {
  it('reads quoted strings with doubled quotes, words and parentheses', () => {
    expect(tokenize("(ServiceId eq 'it''s')").map((t) => [t.type, t.text])).toEqual([
      ['lparen', '('],
      ['word', 'ServiceId'],
      ['word', 'eq'],
      ['string', "it's"],
      ['rparen', ')'],
      ['end', ''],
    ]);
  });
});

describe('$filter parsing', () => {
  it('parses one comparison, case-insensitively for names and keywords', () => {
    expect(ok("ProblemClassificationId eq '32596879'")).toEqual({ kind: 'eq', property: 'ProblemClassificationId', value: '32596879' });
    expect(ok("problemclassificationid EQ 'x'")).toEqual({ kind: 'eq', property: 'ProblemClassificationId', value: 'x' });
    expect(ok("SolutionType eq ''")).toEqual({ kind: 'eq', property: 'SolutionType', value: '' });
  });

  it('binds and tighter than or, left to right, and honours parentheses', () => {
    expect(ok("ServiceId eq 'a' or ServiceId eq 'b' and SolutionType eq 'Solutions'")).toEqual({
      kind: 'or',
      left: { kind: 'eq', property: 'ServiceId', value: 'a' },
      right: { kind: 'and', left: { kind: 'eq', property: 'ServiceId', value: 'b' }, right: { kind: 'eq', property: 'SolutionType', value: 'Solutions' } },
    });
    const grouped = ok("(ServiceId eq 'a' or ServiceId eq 'b') and SolutionType eq 'Solutions'");
    expect(grouped.kind).toBe('and');
    const a = ok("ServiceId eq 'a' and ServiceId eq 'b' and ServiceId eq 'c'");
    expect(a).toMatchObject({ kind: 'and', left: { kind: 'and' } });
  });

  it('evaluates with a comparison callback', () => {
    const f = ok("(ServiceId eq 'a' or ServiceId eq 'b') and SolutionType eq 'Solutions'");
    const facts = (service: string, type: string) => (p: string, v: string) => (p === 'ServiceId' ? v === service : v === type);
    expect(evaluate(f, facts('b', 'Solutions'))).toBe(true);
    expect(evaluate(f, facts('c', 'Solutions'))).toBe(false);
    expect(evaluate(f, facts('a', 'Diagnostics'))).toBe(false);
  });

  it.each([
    ['', '`$filter` is empty', 1],
    ['   ', '`$filter` is empty', 1],
    ["ProblemClassificationId eq 'abc", 'Unterminated string starting at column 28', 28],
    ["ProblemClassificationId = 'abc'", 'Unexpected `=` at column 25', 25],
    ["ProblemClassificationId ne 'abc'", 'Expected `eq` (the only comparison supported) at column 25, found `ne`', 25],
    ['ProblemClassificationId eq 32596879', 'Expected a quoted string at column 28, found `32596879`', 28],
    ["Topic eq 'abc'", 'Unknown property `Topic` at column 1', 1],
    ["ServiceId eq 'a' and", 'Expected a property name or `(` at column 21, found the end of the filter', 21],
    ["ServiceId eq 'a' ServiceId eq 'b'", 'Expected `and`, `or` or the end of the filter at column 18, found `ServiceId`', 18],
    ["(ServiceId eq 'a'", 'Expected `)` at column 18, found the end of the filter', 18],
    ["ServiceId eq 'a')", 'Expected `and`, `or` or the end of the filter at column 17, found `)`', 17],
    ["'a' eq ServiceId", "Expected a property name or `(` at column 1, found 'a'", 1],
  ])('rejects %j', (input, message, column) => {
    const r = err(input);
    expect(r.message).toContain(message);
    expect(r.column).toBe(column);
  });
});
