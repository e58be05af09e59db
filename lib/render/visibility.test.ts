import { describe, expect, it } from 'vitest';
import { readVisibility } from '../content/json/visibility';
import { type Answers, evaluateVisibility } from './visibility';

const shown = (rule: string, answers: Answers) => evaluateVisibility(readVisibility(rule).expr, answers);

describe('evaluateVisibility', () => {
  const rule = 'a == Some value && (b != x || c == y)';
  it.each<[Answers, boolean]>([
    [{ a: 'Some value', b: 'z' }, true],
    [{ a: 'Some value', b: 'x', c: 'y' }, true],
    [{ a: 'Some value', b: 'x', c: 'n' }, false],
    [{ a: 'other', b: 'z' }, false],
    [{}, false],
  ])('%j → %s', (answers, expected) => {
    expect(shown(rule, answers)).toBe(expected);
  });

  it('compares unknown and unanswered ids as empty', () => {
    expect(shown('missing != x', {})).toBe(true);
    expect(shown('missing == x', {})).toBe(false);
    expect(shown('a != null', { a: '' })).toBe(false);
    expect(shown('a != null', { a: 'v' })).toBe(true);
    expect(shown('a == null', {})).toBe(true);
  });

  it('compares trimmed and case-insensitively, ids too', () => {
    expect(shown('kind == site TO site', { kind: ' Site to site ' })).toBe(true);
    expect(shown('Kind == a', { kind: 'a' })).toBe(true);
  });

  it('matches any choice of a multi-select', () => {
    expect(shown('langs == go', { langs: ['python', 'go'] })).toBe(true);
    expect(shown('langs != go', { langs: ['python', 'go'] })).toBe(false);
    expect(shown('langs == null', { langs: [] })).toBe(true);
  });

  it('shows a question whose rule is malformed', () => {
    expect(shown('a ==== b', {})).toBe(true);
  });
});
