/** Maps a diagnostic's 1-based `line:column` onto a string offset, for moving a textarea's caret there. */

/**
 * The offset of `line:column` in `text` (LF newlines, as a textarea holds them). Clamped: a column past the end
 * of its line gives the line's end, a line past the end of the text gives the text's end.
 */
export function offsetOf(text: string, line: number, column: number): number {
  let start = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', start);
    if (next === -1) return text.length;
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  const lineEnd = end === -1 ? text.length : end;
  return Math.min(start + Math.max(column, 1) - 1, lineEnd);
}
