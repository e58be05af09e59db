/**
 * Fields of a JSON body that hold a language of their own, visibility rules and markdown, are parsed by the schema
 * (./visibility, ./fields). Here they get file positions: markdown nodes move to file coordinates, and a rule's
 * problems (a syntax error, a question id the form does not have) are placed at the offending character of the
 * JSON string, escapes counted. Where the string cannot be found as written, the value's start is used.
 */
import type { Nodes } from 'mdast';
import type { MarkdownField } from './fields';
import type { JsonBody } from './index';
import type { JsonLocator, JsonPath } from './keys';
import { unmask } from './parse';
import { comparisons, type VisibilityRule } from './visibility';

/** A place in the file as mdast keeps it: 1-based line and column, and the offset. */
type Point = NonNullable<Nodes['position']>['start'];

/** A file point (line, column, offset) for an offset in the JSON text. */
export type PlaceOf = (offset: number) => Point;

interface Where {
  locator: JsonLocator;
  /** The JSON text as parsed (raw control characters masked, same length). */
  text: string;
  place: PlaceOf;
}

/** Gives the parsed fields of `body` file positions and checks rule references; changes `body.data` in place. */
export function locateJsonFields(body: JsonBody, where: Where): void {
  if (body.kind === 'advisor') {
    if (body.data) locateMarkdown(body.data.longDescription, ['longDescription'], where);
    return;
  }
  if ((body.kind !== 'problemScoping' && body.kind !== 'tsgQuestions') || !body.data) return;
  const ids = body.data.formElements.map((el) => el.id);
  body.data.formElements.forEach((el, i) => {
    locateMarkdown(el.content, ['formElements', i, 'content'], where);
    locateMarkdown(el.infoBalloonText, ['formElements', i, 'infoBalloonText'], where);
    if (el.visibility) checkRule(el.visibility, el.id, ids, ['formElements', i, 'visibility'], where);
  });
}

const fold = (id: string) => id.trim().toLowerCase();

/** Places a rule's syntax error, or each question id it reads that no question has (ids match case-insensitively, as the form does). */
function checkRule(rule: VisibilityRule, question: string, ids: readonly string[], path: JsonPath, where: Where): void {
  const at = placer(typeof rule.source === 'string' ? rule.source : null, path, where);
  if (rule.error) {
    rule.issues.push({
      at: at(rule.error.column - 1),
      message: `Visibility rule of question \`${question}\` cannot be read: ${rule.error.message}; the question is always shown`,
    });
    return;
  }
  const folded = new Set(ids.map(fold));
  const known = `${ids
    .slice(0, 5)
    .map((id) => `\`${id}\``)
    .join(', ')}${ids.length > 5 ? ', …' : ''}`;
  for (const c of comparisons(rule.expr)) {
    if (folded.has(fold(c.id))) continue;
    rule.issues.push({
      at: at(c.at),
      message: `Visibility rule of question \`${question}\` reads \`${c.id}\`, which is no question of this form; expected one of ${known}`,
    });
  }
}

function locateMarkdown(field: MarkdownField | null | undefined, path: JsonPath, where: Where): void {
  if (!field) return;
  const at = placer(field.source, path, where);
  const walk = (node: { position?: { start: Point; end: Point }; children?: unknown[] }) => {
    if (node.position) node.position = { start: at(node.position.start.offset ?? 0), end: at(node.position.end.offset ?? 0) };
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  for (const node of field.nodes) walk(node);
}

/** Maps an index in the string value at `path` to a file point. */
function placer(value: string | null, path: JsonPath, { locator, text, place }: Where): (index: number) => Point {
  const start = locator.offsetOf(path);
  const offsets = value === null ? null : stringOffsets(text, start, value);
  return (index) => place(offsets ? (offsets[Math.min(Math.max(index, 0), offsets.length - 1)] ?? start) : start);
}

/**
 * Offsets in `text` of each UTF-16 unit of the JSON string literal at `start`, plus that of its closing quote;
 * null when no literal is there or it does not read as `value` (the value was moved by a schema repair).
 */
export function stringOffsets(text: string, start: number, value: string): number[] | null {
  if (text[start] !== '"') return null;
  const offsets: number[] = [];
  let i = start + 1;
  while (i < text.length && text[i] !== '"') {
    offsets.push(i);
    i += text[i] !== '\\' ? 1 : text[i + 1] === 'u' ? 6 : 2;
  }
  if (text[i] !== '"' || offsets.length !== value.length) return null;
  offsets.push(i);
  return sameString(text.slice(start, i + 1), value) ? offsets : null;
}

function sameString(literal: string, value: string): boolean {
  try {
    // Raw control characters were masked for parsing (./parse): unmasked, the literal reads as the value.
    return unmask(JSON.parse(literal)) === value;
  } catch {
    return false;
  }
}
