/**
 * What rules share to find things and say where they are: a line index per text, attribute tokens located
 * in the source. mdast walking and text scans that skip code live in `nodes.ts`.
 */
import type { Position } from '../content/diagnostics';
import { LineIndex } from '../content/diagnostics';
import type { Article } from '../content/model';

// Rules run one article after another, so a one-entry memo builds each text's index once, not once per rule.
let memo: { text: string; index: LineIndex } | null = null;

/** The line index of `text`, built at most once per article run. */
export function linesOf(text: string): LineIndex {
  if (memo?.text !== text) memo = { text, index: new LineIndex(text) };
  return memo.index;
}

/** File offset of a 1-based line/column. */
export function offsetAt(text: string, at: Position): number {
  return linesOf(text).lineStart(at.line) + at.column - 1;
}

/** Where the body starts: just after the properties block (0 without one). */
export function bodyStart(article: Article): number {
  return article.meta.block?.end ?? 0;
}

export interface AttributeItem {
  /** The list item as written, trimmed. */
  value: string;
  at: Position;
}

/**
 * The comma-list items of attribute `name`, each placed at its own first character. The meta keeps only
 * the cleaned value and where it starts, so items are re-read from the source between the quotes.
 */
export function attributeItems(article: Article, text: string, name: string): AttributeItem[] {
  const attr = article.meta.attributes.find((a) => a.name === name);
  if (!attr) return [];
  const lines = linesOf(text);
  const start = offsetAt(text, { line: attr.valueLine, column: attr.valueColumn });
  const quote = text[start - 1] === "'" ? "'" : '"';
  const close = text.indexOf(quote, start);
  const raw = text.slice(start, close === -1 ? Math.min(text.length, start + attr.value.length) : close);
  const items: AttributeItem[] = [];
  for (const m of raw.matchAll(/[^,\n]+/g)) {
    const lead = m[0].length - m[0].trimStart().length;
    const value = m[0].trim();
    if (value) items.push({ value, at: lines.at(start + m.index + lead) });
  }
  return items;
}

/** Shows a value in a message: one line, at most `max` characters. */
export function shorten(value: string, max = 60): string {
  const one = value.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
