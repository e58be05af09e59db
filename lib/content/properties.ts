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

/**
 * Blanks inside a block, by UTF-16 code: ASCII space and controls, NBSP, zero-width space, BOM, and other Unicode
 * spaces. The lexer reads codes (`charCodeAt`), not one-character strings: it runs over every block at start-up.
 */
export function isBlank(c: number): boolean {
  return c <= 0x20 || c === 0xa0 || c === 0x200b || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
}

const EQUALS = 0x3d; // =
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const GREATER = 0x3e; // >
const SLASH = 0x2f;
const NEWLINE = 0x0a;

export function isNameChar(c: number): boolean {
  return !isBlank(c) && c !== EQUALS && c !== DOUBLE_QUOTE && c !== SINGLE_QUOTE && c !== GREATER && c !== SLASH;
}

// Runs of blanks and of name characters (the same sets as isBlank and isNameChar), matched where `lastIndex` says:
// the regex engine skips them in native code, where a loop of charCodeAt calls ran cold through most of start-up.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are blanks here
export const BLANK_RUN = /[\u0000-\u0020\u00a0\u2000-\u200b\u3000\ufeff]*/y;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters end a name
export const NAME_RUN = /[^\u0000-\u0020\u00a0\u2000-\u200b\u3000\ufeff="'>/]*/y;

/** Where the run of `run` (BLANK_RUN or NAME_RUN) starting at `from` ends. Exported for tests. */
export function skip(run: RegExp, text: string, from: number): number {
  run.lastIndex = from;
  run.test(text);
  return run.lastIndex;
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
    i = skip(BLANK_RUN, text, i);
    if (i >= n) {
      bag.error(lines.at(start), 'properties-unterminated', 'The `<properties` block is never closed, expected `/>`');
      return { start, end: n, attributes };
    }
    const c = text.charCodeAt(i);
    if (c === SLASH && text.charCodeAt(i + 1) === GREATER) return { start, end: i + 2, attributes };
    if (c === GREATER) {
      // `<properties …></properties>` is not used in real content, but it is plain XML; accept it.
      const close = text.indexOf('</properties>', i);
      if (close !== -1 && text.slice(i + 1, close).trim() === '') return { start, end: close + 13, attributes };
      bag.warn(lines.at(i), 'properties-unterminated', 'Expected `/>` to close the `<properties` block, found `>`');
      return { start, end: i + 1, attributes };
    }
    if (!isNameChar(c)) {
      // A stray quote or slash: skip it and say so.
      bag.warn(lines.at(i), 'properties-stray-token', `Unexpected \`${text[i]}\` in the properties block, expected an attribute`);
      i++;
      continue;
    }

    const nameOffset = i;
    i = skip(NAME_RUN, text, i);
    const name = text.slice(nameOffset, i);
    let j = skip(BLANK_RUN, text, i);
    if (text.charCodeAt(j) !== EQUALS) {
      if (looksLikeBody(text, nameOffset)) {
        bag.error(lines.at(nameOffset), 'properties-unterminated', 'The `<properties` block is never closed, expected `/>` before the body');
        return { start, end: lineStartOf(text, nameOffset), attributes };
      }
      bag.warn(lines.at(nameOffset), 'properties-stray-token', `Unexpected \`${name}\` in the properties block, expected \`name="value"\``);
      continue;
    }
    j++;
    while (j < n && isBlank(text.charCodeAt(j)) && text.charCodeAt(j) !== NEWLINE) j++;
    const q = text.charCodeAt(j);
    if (q === DOUBLE_QUOTE || q === SINGLE_QUOTE) {
      const quote = q === DOUBLE_QUOTE ? '"' : "'";
      const valueOffset = j + 1;
      const close = text.indexOf(quote, valueOffset);
      const raw = close === -1 ? text.slice(valueOffset) : text.slice(valueOffset, close);
      // A lost closing quote shows as a newline in the value (checked first: most values are one line).
      const lost = close === -1 ? raw.indexOf('\n') : raw.includes('\n') ? raw.search(NEXT_ATTRIBUTE_LINE) : -1;
      if (close === -1 || lost !== -1) {
        // Missing closing quote: keep the first line as the value and resume on the next line.
        const cut = lost === -1 ? raw.length : lost;
        bag.error(lines.at(j), 'properties-unclosed-quote', `The value of \`${name}\` has no closing \`${quote}\`; read up to the end of its line`);
        attributes.push({ name, value: raw.slice(0, cut), nameOffset, valueOffset });
        i = valueOffset + cut;
        continue;
      }
      attributes.push({ name, value: raw, nameOffset, valueOffset });
      i = close + 1;
      continue;
    }
    // Unquoted value: up to a blank or the end of the block.
    let k = j;
    for (; k < n; k++) {
      const v = text.charCodeAt(k);
      if (isBlank(v) || v === GREATER || (v === SLASH && text.charCodeAt(k + 1) === GREATER)) break;
    }
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

// Blanks cleanValue folds into one space, and what says a value holds some besides single spaces.
const BLANKS = /[\s\u00a0\u200b\ufeff]+/g;
const FOLDABLE = /[^\S ]|[\u200b]| {2}/;

/** Decodes HTML entities (incl. `&#xD;`, seen at the end of real titles), then folds whitespace and trims. */
export function cleanValue(raw: string): string {
  const decoded = raw.includes('&') ? decodeHTMLAttribute(raw) : raw;
  // Most values have single spaces only, which folding leaves as they are: the test spares building a copy of each
  // (the replace was the largest single cost of the metadata pass).
  return FOLDABLE.test(decoded) ? decoded.replace(BLANKS, ' ').trim() : decoded.trim();
}
