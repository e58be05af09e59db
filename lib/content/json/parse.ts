/**
 * Tolerant JSON reading for JSON-bodied articles (FORMAT.md §4). Strict `JSON.parse` first (3,648 of 3,662
 * real files pass it); otherwise jsonc-parser, which recovers and gives error offsets. Real content also
 * needs raw control characters inside strings (literal LF/TAB) and trailing commas: both are accepted and
 * reported as warnings; anything else (an unquoted key) is an error. The data then comes from JSON5 when it
 * can read the text (it accepts unquoted keys), else from what jsonc-parser recovered.
 */

import JSON5 from 'json5';
import { type ParseError, parse, printParseErrorCode } from 'jsonc-parser';

export interface JsonProblem {
  /** Offset in the JSON text. */
  offset: number;
  length: number;
  severity: 'error' | 'warning';
  ruleId: 'json-syntax' | 'json-trailing-comma' | 'json-control-character';
  message: string;
}

export interface JsonReadResult {
  value: unknown;
  /** The text as parsed: same length as the input, raw control characters inside strings masked. */
  text: string;
  problems: JsonProblem[];
}

// Raw control characters inside strings are swapped for private-use characters of the same length, so
// offsets stay true, and swapped back in the parsed value.
const PRIVATE_BASE = 0xe000;

// jsonc-parser's ParseErrorCode is an ambient const enum, unusable under isolatedModules: its values here.
const INVALID_SYMBOL = 1;
const PROPERTY_NAME_EXPECTED = 3;
const VALUE_EXPECTED = 4;

/** Parses `text` as leniently as real content needs; never throws. `value` is undefined when nothing was read. */
export function readJson(text: string): JsonReadResult {
  try {
    return { value: JSON.parse(text), text, problems: [] };
  } catch {
    // fall through to the recovering parser, which says where and why
  }
  const problems: JsonProblem[] = [];
  const { masked, controls } = maskControlsInStrings(text);
  if (controls.length > 0) {
    const first = controls[0] ?? 0;
    const code = text.charCodeAt(first).toString(16).toUpperCase().padStart(4, '0');
    problems.push({
      offset: first,
      length: 1,
      severity: 'warning',
      ruleId: 'json-control-character',
      message: `Raw control character U+${code} inside a JSON string (${controls.length} in all), expected an escape such as \`\\n\` or \`\\t\``,
    });
  }
  const errors: ParseError[] = [];
  let value: unknown = parse(masked, errors, { allowTrailingComma: false, disallowComments: true });
  const seen = new Set<number>();
  const syntax: JsonProblem[] = [];
  for (const e of errors) {
    if (seen.has(e.offset)) continue;
    seen.add(e.offset);
    const p = describe(masked, e);
    if (p.ruleId === 'json-syntax') syntax.push(p);
    else problems.push(p);
  }
  const [first] = syntax;
  if (first) {
    // After the first real syntax error jsonc-parser's follow-up errors are mostly a cascade: report one.
    if (syntax.length > 1) first.message += ` (${syntax.length - 1} more syntax error${syntax.length > 2 ? 's' : ''} follow)`;
    problems.push(first);
    value = tryJson5(masked) ?? value;
  }
  return { value: controls.length > 0 ? unmask(value) : value, text: masked, problems };
}

function tryJson5(text: string): unknown {
  try {
    return JSON5.parse(text);
  } catch {
    return undefined;
  }
}

function describe(text: string, e: ParseError): JsonProblem {
  const at = text[e.offset];
  const trailing =
    (e.error === PROPERTY_NAME_EXPECTED || e.error === VALUE_EXPECTED) &&
    (at === '}' || at === ']') &&
    /,\s*$/.test(text.slice(Math.max(0, e.offset - 200), e.offset));
  if (trailing) {
    return {
      offset: e.offset,
      length: e.length,
      severity: 'warning',
      ruleId: 'json-trailing-comma',
      message: `Trailing comma before \`${at}\`, expected none`,
    };
  }
  const found = text.slice(e.offset, e.offset + Math.min(Math.max(e.length, 1), 20)).replace(/\s+/g, ' ');
  const hint = e.error === INVALID_SYMBOL && /^[A-Za-z_$]/.test(found) ? ' (keys must be in double quotes)' : '';
  return {
    offset: e.offset,
    length: e.length,
    severity: 'error',
    ruleId: 'json-syntax',
    message: `${printParseErrorCode(e.error)}: found \`${found || 'end of text'}\`${hint}`,
  };
}

function maskControlsInStrings(text: string): { masked: string; controls: number[] } {
  const controls: number[] = [];
  let out = '';
  let last = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!inString) {
      if (c === 0x22) inString = true;
    } else if (c === 0x5c) i++;
    else if (c === 0x22) inString = false;
    else if (c < 0x20) {
      controls.push(i);
      out += text.slice(last, i) + String.fromCharCode(PRIVATE_BASE + c);
      last = i + 1;
    }
  }
  return { masked: controls.length > 0 ? out + text.slice(last) : text, controls };
}

/** Swaps masked control characters back, in a value read from masked text. */
export function unmask(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/[\ue000-\ue01f]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - PRIVATE_BASE));
  if (Array.isArray(value)) return value.map(unmask);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = unmask(v);
    return out;
  }
  return value;
}
