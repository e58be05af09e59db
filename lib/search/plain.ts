/**
 * Markdown and JSON bodies → plain text by line-level regexes (no markdown parse: this runs on every article at
 * start-up and on each shown result). Whatever the body holds, HTML, scripts, links or JSON, what comes out is
 * text meant to be shown as text: tags and script/style contents are gone and entities are decoded.
 */
import { decodeHTML } from 'entities';

/** A run of body text under one heading (null before the first heading). */
export interface PlainSection {
  heading: string | null;
  text: string;
}

const BLOCKS = /<!--[\s\S]*?(?:-->|$)|<(script|style|iframe|object|template)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;
const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const INLINE: Array<[RegExp, string]> = [
  [/<[^>]{0,400}>/g, ' '], // tags (their text stays)
  [/!\[[^\]]{0,400}\]\([^)]{0,2000}\)/g, ' '], // images
  [/\[([^\]]{0,400})\]\([^)]{0,2000}\)/g, '$1'], // links keep their text
  [/\[([^\]]{0,400})\]\[[^\]]{0,100}\]/g, '$1'], // reference links
  [/https?:\/\/\S+/g, ' '],
  [/^\s*(?:[-*+]|\d+[.)])\s+/, ''], // list markers
  [/^\s*>+\s?/, ''], // quotes
  [/[*_`~|\\]+|^\s*:::\S*/g, ' '], // emphasis, code, tables, Apollo fences
];

/** Plain text of one markdown line (inline markup removed, entities decoded, blanks collapsed). */
export function plainLine(line: string): string {
  let out = line;
  for (const [pattern, replacement] of INLINE) out = out.replace(pattern, replacement);
  return decodeHTML(out).replace(/\s+/g, ' ').trim();
}

/** A markdown body as sections of plain text under their headings. */
export function plainSections(markdown: string): PlainSection[] {
  const sections: PlainSection[] = [{ heading: null, text: '' }];
  const parts: string[][] = [[]];
  for (const line of markdown.replace(BLOCKS, ' ').split(/\r?\n/)) {
    const heading = HEADING.exec(line);
    if (heading) {
      sections.push({ heading: plainLine(heading[2] ?? ''), text: '' });
      parts.push([]);
    } else {
      const text = plainLine(line);
      if (text) parts[parts.length - 1]?.push(text);
    }
  }
  sections.forEach((s, i) => {
    s.text = (parts[i] ?? []).join(' ');
  });
  return sections.filter((s) => s.text || s.heading);
}

// HEADING, tried only where a line starts with `#` (up to three spaces in): a regex scan over every line of every
// body cost more at start-up than the headings it found.
const HEADING_AT = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/my;

/** Whether a UTF-16 code is a line terminator for a multiline regex's `^`/`$`. */
function isLineEnd(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
}

/** The headings of a markdown body as plain text, in order (a cheap line scan, for the index and titles). */
export function markdownHeadings(markdown: string): { depth: number; text: string }[] {
  const out: { depth: number; text: string }[] = [];
  let hash = markdown.indexOf('#');
  while (hash !== -1) {
    let start = hash;
    while (start > 0 && hash - start < 3 && markdown.charCodeAt(start - 1) === 32) start--;
    if (start === 0 || isLineEnd(markdown.charCodeAt(start - 1))) {
      HEADING_AT.lastIndex = start;
      const m = HEADING_AT.exec(markdown);
      if (m) {
        const text = plainLine(m[2] ?? '');
        if (text) out.push({ depth: m[1]?.length ?? 1, text });
        hash = markdown.indexOf('#', HEADING_AT.lastIndex);
        continue;
      }
    }
    hash = markdown.indexOf('#', hash + 1);
  }
  return out;
}

// Every JSON string literal, matched left to right so a match never starts at a closing quote; a key is a
// string followed by a colon.
const JSON_STRING = /"((?:[^"\\\n]|\\.)*)"(\s*:)?/g;
const NOT_TEXT = /^(?:https?:\/\/\S*|\{?[0-9a-f]{8}-[0-9a-f-]{27}\}?|true|false|null|selfhelpcontent|)$/i;

/**
 * The readable text of a JSON body: its string values (not keys), escapes undone, markup removed; URLs, GUIDs and
 * flags skipped. A regex pass, so a body the JSON reader would reject still yields its text.
 */
export function jsonText(json: string): string {
  const out: string[] = [];
  for (const m of json.matchAll(JSON_STRING)) {
    if (m[2]) continue;
    const raw = (m[1] ?? '')
      .replace(/\\(["\\/])/g, '$1')
      .replace(/\\[nrt]/g, ' ')
      .replace(/\\u([0-9a-f]{4})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    if (NOT_TEXT.test(raw.trim())) continue;
    const text = plainLine(raw);
    if (text) out.push(text);
  }
  return out.join(' ');
}
