import { describe, expect, it } from 'vitest';
import { LineIndex } from './diagnostics';

describe('LineIndex', () => {
  /** The index as it was built before: every line start found up front. */
  function eager(text: string) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return {
      at: (offset: number) => {
        let line = 0;
        while (line + 1 < starts.length && (starts[line + 1] ?? 0) <= offset) line++;
        return { line: line + 1, column: offset - (starts[line] ?? 0) + 1 };
      },
      lineStart: (line: number) => starts[Math.min(Math.max(line - 1, 0), starts.length - 1)] ?? 0,
    };
  }

  it('gives the places and line starts of an index built up front, in any order of lookups', () => {
    for (const text of ['', 'one line', 'a\nb', 'a\n', '\n\n\n', 'first\nsecond line\n\nfourth\nlast']) {
      const reference = eager(text);
      const lines = new LineIndex(text);
      // Far lookups first, then near ones, then line starts past the end: the lazy scan must not lose its place.
      const offsets = [text.length, 0, Math.floor(text.length / 2), text.length + 5, 1, 2, 3];
      for (const offset of offsets) expect(lines.at(offset), `${JSON.stringify(text)} @${offset}`).toEqual(reference.at(offset));
      for (const line of [0, 1, 2, 3, 4, 5, 6, 9]) expect(lines.lineStart(line), `${JSON.stringify(text)} line ${line}`).toEqual(reference.lineStart(line));
      const fresh = new LineIndex(text);
      for (const line of [3, 1]) expect(fresh.lineStart(line)).toEqual(reference.lineStart(line));
    }
  });
});
