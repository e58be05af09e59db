/**
 * Apollo structure (FORMAT.md §2.6): `:::Section title:::` marker lines and the XML-like `<insight>`,
 * `<video>`, `<videoGroup>`, `<metric>`, `<azureKB>` blocks. Read from the raw text because authors indent
 * them up to 9 spaces, where CommonMark would already have turned them into code.
 */
import type { ApolloElement, ApolloSection } from '../model';
import type { BodyContext } from './context';

const SECTION = /^[ \t]*:::[ \t]*Section\b[ \t]*(.*?)[ \t]*:::[ \t]*$/gim;
const ELEMENT = /^[ \t]*<(insight|videoGroup|video|metric|azureKB)>/gim;
const FIELD = /<([A-Za-z][\w]*)\s*>([\s\S]*?)<\/\1\s*>/g;
const TAGS = new Map(['insight', 'videoGroup', 'video', 'metric', 'azureKB'].map((t) => [t.toLowerCase(), t]));

/** `:::Section title:::` lines after the body start. */
export function apolloSections(ctx: BodyContext): ApolloSection[] {
  const out: ApolloSection[] = [];
  if (ctx.text.indexOf(':::', ctx.bodyStart) === -1) return out;
  SECTION.lastIndex = ctx.bodyStart;
  for (let m = SECTION.exec(ctx.text); m; m = SECTION.exec(ctx.text)) {
    const at = ctx.lines.at(m.index + m[0].indexOf(':'));
    out.push({ title: m[1] ?? '', line: at.line, column: at.column, offset: m.index });
  }
  return out;
}

/** Top-level Apollo elements with their child fields; videos inside a `<videoGroup>` become its children. */
export function apolloElements(ctx: BodyContext): ApolloElement[] {
  const out: ApolloElement[] = [];
  const { text } = ctx;
  if (!/<(insight|video|metric|azurekb)/i.test(text.slice(ctx.bodyStart))) return out;
  ELEMENT.lastIndex = ctx.bodyStart;
  for (let m = ELEMENT.exec(text); m; m = ELEMENT.exec(text)) {
    const tag = TAGS.get((m[1] ?? '').toLowerCase()) ?? m[1] ?? '';
    const open = m.index + m[0].indexOf('<');
    const element = readElement(ctx, tag, open, open + tag.length + 2);
    out.push(element);
    ELEMENT.lastIndex = Math.max(ELEMENT.lastIndex, element.endOffset);
  }
  return out;
}

function readElement(ctx: BodyContext, tag: string, start: number, innerStart: number): ApolloElement {
  const { text } = ctx;
  const closer = new RegExp(`</${tag}\\s*>`, 'ig');
  closer.lastIndex = innerStart;
  const close = closer.exec(text);
  let innerEnd: number;
  let end: number;
  if (close) [innerEnd, end] = [close.index, close.index + close[0].length];
  else {
    // Unclosed: take the element to the next blank line, so one lost closer does not swallow the article.
    const blank = text.indexOf('\n\n', innerStart);
    innerEnd = end = blank === -1 ? text.length : blank;
    ctx.bag.warn(ctx.lines.at(start), 'apollo-element-unclosed', `\`<${tag}>\` is never closed, expected \`</${tag}>\``);
  }
  const inner = text.slice(innerStart, innerEnd);
  const at = ctx.lines.at(start);
  const element: ApolloElement = { tag, fields: {}, line: at.line, column: at.column, offset: start, endOffset: end, closed: close !== null };
  // matchAll iterates a copy of FIELD, so the recursive call for a group's videos cannot disturb it.
  for (const f of inner.matchAll(FIELD)) {
    const name = f[1] ?? '';
    if (tag === 'videoGroup' && name.toLowerCase() === 'video') {
      const offset = innerStart + f.index;
      (element.children ??= []).push(readElement(ctx, 'video', offset, offset + f[0].indexOf('>') + 1));
      continue;
    }
    (element.fields[name] ??= []).push((f[2] ?? '').trim());
  }
  return element;
}
