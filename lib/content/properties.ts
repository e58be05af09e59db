/**
 * The `<properties … />` block lexer. It reads attributes the way authors wrote them (FORMAT.md §1):
 * any casing, single or double quotes paired by the opener, values across lines, NBSP and zero-width
 * spaces as blanks, and it recovers from the malformed blocks seen in real content with a located diagnostic.
 */
import { decodeHTMLAttribute } from 'entities';
import { type DiagnosticBag, LineIndex } from './diagnostics';

/** One attribute as lexed: name and value as written (value not yet trimmed or decoded), with offsets. */
export interface RawAttribute {
  name: string;
  value: string;
  nameOffset: number;
  /** Offset of the value's first character (after the quote, if any). */
  valueOffset: number;
}

export interface LexedBlock {
  /** Offset of `<properties`; -1 when the file has no block. */
  start: number;
  /** Offset just after `/>` (or `</properties>`); where the body begins. */
  end: number;
  attributes: RawAttribute[];
}

const OPENER = '<properties';

/** Blanks inside a block: ASCII space and controls, NBSP, zero-width space, BOM, and other Unicode spaces. */
function isBlank(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c <= 0x20 || c === 0xa0 || c === 0x200b || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
}

function isNameChar(ch: string | undefined): boolean {
  return ch !== undefined && !isBlank(ch) && ch !== '=' && ch !== '"' && ch !== "'" && ch !== '>' && ch !== '/';
}

// A later line that starts like `name=` or `name="`: inside a quoted value it means the closing quote was lost.
const NEXT_ATTRIBUTE_LINE = /\n[ \t\u00a0]*[A-Za-z][\w.]*[ \t]*=[ \t]*(["']|$)/;

/**
 * Finds and lexes the first `<properties` block in `text` (already normalised to LF).
 * Problems go to `bag` with their place; the result is always usable.
 */
export function lexProperties(text: string, bag: DiagnosticBag, lines = new LineIndex(text)): LexedBlock {
  const start = text.indexOf(OPENER);
  if (start === -1) return { start: -1, end: 0, attributes: [] };

  const attributes: RawAttribute[] = [];
  let i = start + OPENER.length;
  const n = text.length;

  for (;;) {
    while (i < n && isBlank(text[i])) i++;
    if (i >= n) {
      bag.error(lines.at(start), 'properties-unterminated', 'The `<properties` block is never closed, expected `/>`');
      return { start, end: n, attributes };
    }
    const ch = text[i];
    if (ch === '/' && text[i + 1] === '>') return { start, end: i + 2, attributes };
    if (ch === '>') {
      // `<properties …></properties>` is not used in real content, but it is plain XML; accept it.
      const close = text.indexOf('</properties>', i);
      if (close !== -1 && text.slice(i + 1, close).trim() === '') return { start, end: close + 13, attributes };
      bag.warn(lines.at(i), 'properties-unterminated', 'Expected `/>` to close the `<properties` block, found `>`');
      return { start, end: i + 1, attributes };
    }
    if (!isNameChar(ch)) {
      // A stray quote or slash: skip it and say so.
      bag.warn(lines.at(i), 'properties-stray-token', `Unexpected \`${ch}\` in the properties block, expected an attribute`);
      i++;
      continue;
    }

    const nameOffset = i;
    while (i < n && isNameChar(text[i])) i++;
    const name = text.slice(nameOffset, i);
    let j = i;
    while (j < n && isBlank(text[j])) j++;
    if (text[j] !== '=') {
      if (looksLikeBody(text, nameOffset)) {
        bag.error(lines.at(nameOffset), 'properties-unterminated', 'The `<properties` block is never closed, expected `/>` before the body');
        return { start, end: lineStartOf(text, nameOffset), attributes };
      }
      bag.warn(lines.at(nameOffset), 'properties-stray-token', `Unexpected \`${name}\` in the properties block, expected \`name="value"\``);
      continue;
    }
    j++;
    while (j < n && isBlank(text[j]) && text[j] !== '\n') j++;
    const quote = text[j];
    if (quote === '"' || quote === "'") {
      const valueOffset = j + 1;
      const close = text.indexOf(quote, valueOffset);
      const raw = close === -1 ? text.slice(valueOffset) : text.slice(valueOffset, close);
      const lost = close === -1 ? raw.indexOf('\n') : raw.search(NEXT_ATTRIBUTE_LINE);
      if (close === -1 || lost !== -1) {
        // Missing closing quote: keep the first line as the value and resume on the next line.
        const cut = lost === -1 ? raw.length : lost;
        bag.error(lines.at(j), 'properties-unclosed-quote', `The value of \`${name}\` has no closing \`${quote}\`; read up to the end of its line`);
        attributes.push({ name, value: raw.slice(0, cut), nameOffset, valueOffset });
        i = valueOffset + cut;
        continue;
      }
      attributes.push({ name, value: raw, nameOffset, valueOffset });
      i = close === -1 ? n : close + 1;
      continue;
    }
    // Unquoted value: up to a blank or the end of the block.
    let k = j;
    while (k < n && !isBlank(text[k]) && text[k] !== '>' && !(text[k] === '/' && text[k + 1] === '>')) k++;
    bag.warn(lines.at(j), 'properties-unquoted-value', `The value of \`${name}\` is not quoted, expected \`${name}="…"\``);
    attributes.push({ name, value: text.slice(j, k), nameOffset, valueOffset: j });
    i = k;
  }
}

/** A bare word at the start of a line beginning with `#` or a blank line before it means the body has started. */
function looksLikeBody(text: string, offset: number): boolean {
  const lineStart = lineStartOf(text, offset);
  return text.slice(lineStart, offset).trim() === '' && (text[offset] === '#' || text.slice(Math.max(0, lineStart - 2), lineStart) === '\n\n');
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Decodes HTML entities (incl. `&#xD;`, seen at the end of real titles), then folds whitespace and trims. */
export function cleanValue(raw: string): string {
  const decoded = raw.includes('&') ? decodeHTMLAttribute(raw) : raw;
  return decoded.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}
