import { describe, expect, it } from 'vitest';
import { offsetOf } from './offset';

describe('offsetOf', () => {
  const text = 'ab\ncdef\n\ng';
  it('maps line:column to the offset', () => {
    expect(offsetOf(text, 1, 1)).toBe(0);
    expect(offsetOf(text, 2, 3)).toBe(5);
    expect(text[offsetOf(text, 4, 1)]).toBe('g');
  });
  it('clamps past the end of a line or the text', () => {
    expect(offsetOf(text, 1, 99)).toBe(2);
    expect(offsetOf(text, 3, 5)).toBe(8);
    expect(offsetOf(text, 40, 1)).toBe(text.length);
    expect(offsetOf('', 1, 1)).toBe(0);
  });
});
