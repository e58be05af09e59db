import { describe, expect, it } from 'vitest';
import { readJson } from './parse';

describe('readJson', () => {
  it('takes strict JSON without problems', () => {
    expect(readJson('{"a": [1, 2]}')).toMatchObject({ value: { a: [1, 2] }, problems: [] });
  });

  it('accepts trailing commas and says where they are', () => {
    const r = readJson('{"a": [1, 2,],}');
    expect(r.value).toEqual({ a: [1, 2] });
    expect(r.problems.map((p) => [p.ruleId, p.offset])).toEqual([
      ['json-trailing-comma', 12],
      ['json-trailing-comma', 14],
    ]);
  });

  it('keeps raw control characters inside strings, offsets unchanged', () => {
    const input = '{"a": "one\ntwo\tthree"}';
    const r = readJson(input);
    expect(r.value).toEqual({ a: 'one\ntwo\tthree' });
    expect(r.text).toHaveLength(input.length);
    expect(r.problems).toMatchObject([{ ruleId: 'json-control-character', severity: 'warning', offset: 10 }]);
  });

  it('reports an unquoted key as an error once, and still reads the data', () => {
    const r = readJson('{"a": 1, b: 2}');
    expect(r.value).toEqual({ a: 1, b: 2 });
    expect(r.problems).toMatchObject([{ ruleId: 'json-syntax', severity: 'error', offset: 9 }]);
  });

  it('returns undefined for nothing readable', () => {
    expect(readJson('').value).toBeUndefined();
  });
});
