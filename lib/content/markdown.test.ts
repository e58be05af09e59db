import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './markdown';

describe('parseMarkdown', () => {
  it('reads pipe tables and strikethrough', () => {
    const root = parseMarkdown('~~old~~ new\n\n| a | b |\n|---|---|\n| 1 | 2 |\n');
    expect(root.children.map((n) => n.type)).toEqual(['paragraph', 'table']);
    const first = root.children[0];
    expect(first?.type === 'paragraph' && first.children[0]?.type).toBe('delete');
  });

  it('leaves bare URLs as text (no GFM autolink literals)', () => {
    const root = parseMarkdown('see https://docs.microsoft.com/x');
    const first = root.children[0];
    expect(first?.type === 'paragraph' && first.children.map((c) => c.type)).toEqual(['text']);
  });

  it('keeps positions with offsets', () => {
    expect(parseMarkdown('# T\n\ntext').children[1]?.position?.start).toEqual({ line: 3, column: 1, offset: 5 });
  });
});
