/**
 * Bodies of the JSON types (FORMAT.md §2.7, §4, §6.1 rule 9): an H1, then JSON between the first and last
 * line reading `---`. Read by lines, never by the markdown parser; the JSON is parsed tolerantly and typed
 * by the kind's schema (visibility rules and markdown fields parsed with it), and every problem is reported at its
 * line and column in the file.
 */
import { checkJsonBody, type JsonKind, keysOf } from '../json';
import { JsonLocator } from '../json/keys';
import { locateJsonFields } from '../json/locate';
import { readJson } from '../json/parse';
import type { JsonBody, SelfHelpType } from '../model';
import { JSON_KIND_OF_TYPE } from '../selfHelpTypes';
import { type BodyContext, excerpt } from './context';
import { plainInline } from './headingLines';

/** The JSON kind of each JSON-bodied type (named once, in selfHelpTypes.ts; the compiler checks each is a kind). */
export const JSON_KINDS: Partial<Record<SelfHelpType, JsonKind>> = JSON_KIND_OF_TYPE;

interface Line {
  start: number;
  text: string;
}

/** Reads the title and the typed JSON of a JSON-bodied article. */
export function parseJsonBody(ctx: BodyContext, kind: JsonKind): { h1: string | null; json: JsonBody | null } {
  const lines = linesFrom(ctx.text, ctx.bodyStart);
  const fences = lines.filter((l) => l.text.trim() === '---');
  const first = fences[0];
  const last = fences[fences.length - 1];
  const head = first ? lines.filter((l) => l.start < first.start) : lines;
  const h1 = title(ctx, head);
  for (const l of [...head, ...(last && last !== first ? lines.filter((x) => x.start > last.start) : [])]) {
    if (l.text.trim() === '' || l === h1?.line) continue;
    ctx.bag.warn(
      ctx.lines.at(l.start + l.text.search(/\S/)),
      'json-extra-content',
      `Unexpected \`${excerpt(l.text)}\` outside the JSON body, expected only the H1 and the JSON between \`---\` lines`,
    );
  }
  if (!first || !last || first === last) {
    ctx.bag.error(ctx.lines.at(ctx.bodyStart), 'json-delimiters-missing', `Expected the JSON body between two \`---\` lines, found ${fences.length}`);
    return { h1: h1?.text ?? null, json: null };
  }
  const jsonStart = first.start + first.text.length + 1;
  const source = ctx.text.slice(jsonStart, last.start);
  const read = readJson(source);
  for (const p of read.problems) ctx.bag.add(ctx.lines.at(jsonStart + p.offset), p.ruleId, p.severity, p.message);
  const line = ctx.lines.at(first.start).line;
  const checked = checkJsonBody(kind, read.value, line);
  // Nothing readable: the syntax error already says why; schema issues about `undefined` would only repeat it.
  if (read.value === undefined) return { h1: h1?.text ?? null, json: checked.body };
  const locator = new JsonLocator(read.text, keysOf(kind));
  for (const r of checked.renames) {
    const at = ctx.lines.at(jsonStart + locator.offsetOf([...r.path, r.to], true));
    ctx.bag.warn(at, 'json-key-variant', `Key \`${r.from}\` is spelled differently from the schema, expected \`${r.to}\``);
  }
  for (const issue of checked.issues) ctx.bag.warn(ctx.lines.at(jsonStart + locator.offsetOf(issue.path)), 'json-schema', issue.message);
  // Visibility rules and markdown were parsed with the schema; they get file positions here (lint reports the rules).
  locateJsonFields(checked.body, { locator, text: read.text, place: (o) => ({ ...ctx.lines.at(jsonStart + o), offset: jsonStart + o }) });
  if (!checked.body.data) ctx.bag.error({ line: line + 1, column: 1 }, 'json-schema', `The JSON body does not have the \`${kind}\` shape; it is kept untyped`);
  return { h1: h1?.text ?? null, json: checked.body };
}

/** The first `#` line before the JSON (after the block, else before it); `#Title` without a space is reported. */
function title(ctx: BodyContext, head: Line[]): { line: Line; text: string } | null {
  const before = linesFrom(ctx.text.slice(0, ctx.blockStart), 0);
  const line = head.find((l) => /^ {0,3}#(?!#)/.test(l.text)) ?? before.find((l) => /^ {0,3}#(?!#)/.test(l.text));
  if (!line) {
    ctx.bag.warn(ctx.lines.at(ctx.bodyStart), 'h1-missing', 'The body has no H1 title, expected `# Title` before the JSON');
    return null;
  }
  const m = /^ {0,3}#(\s*)(.*)$/.exec(line.text);
  if (m && !m[1] && m[2])
    ctx.bag.warn(ctx.lines.at(line.start), 'heading-no-space', `Heading \`${excerpt(line.text)}\` has no space after \`#\`, expected \`# ${excerpt(m[2])}\``);
  const text = plainInline(m?.[2] ?? '');
  if (!text) ctx.bag.warn(ctx.lines.at(line.start), 'h1-empty', 'The H1 title is empty, expected `# Title` with text');
  return { line, text };
}

function linesFrom(text: string, from: number): Line[] {
  const out: Line[] = [];
  let start = from;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    out.push({ start, text: text.slice(start, end) });
    if (nl === -1) break;
    start = nl + 1;
  }
  return out;
}
