/** What every body stage reads: the text in file coordinates, where the body starts, and where to report. */
import type { DiagnosticBag, LineIndex } from '../diagnostics';
import type { SelfHelpType } from '../model';

export interface BodyContext {
  /** The whole file (BOM stripped, LF newlines); every offset in the body model is an offset in it. */
  text: string;
  /** Offset where the body starts (just after `/>`), 0 without a block. */
  bodyStart: number;
  /** Offset of `<properties`; equals bodyStart without a block. */
  blockStart: number;
  selfHelpType: SelfHelpType;
  bag: DiagnosticBag;
  lines: LineIndex;
}

/** Offset of the start of the line holding `offset`. */
export function lineStartAt(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset just past the line holding `offset` (after its newline, or the end of text). */
export function nextLineStart(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl + 1;
}

/** Shortens text for a message: one line, at most `max` characters. */
export function excerpt(s: string, max = 40): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
