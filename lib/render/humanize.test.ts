import { describe, expect, it } from 'vitest';
import { count, humanize } from './humanize';

describe('humanize and count', () => {
  it('names fields in words', () => {
    expect(humanize('symptomId')).toBe('Symptom ID');
    expect(humanize('$schema')).toBe('Schema');
  });

  it('puts the noun in the right number', () => {
    expect([0, 1, 2].map((n) => count(n, 'error'))).toEqual(['0 errors', '1 error', '2 errors']);
    expect(count(1, 'match', 'matches')).toBe('1 match');
    expect(count(12345, 'article')).toBe('12,345 articles');
  });
});
