/**
 * Finds the heading-like top-level blocks of a body: real headings, `#Title` lines that CommonMark reads as
 * text (FORMAT.md §5: no space after `#`), and bold-only lines naming a reserved section (`**Recommended
 * Steps**`). Each is matched once against the heading matcher.
 */
import type { Root, RootContent } from 'mdast';
import { toString as mdastText } from 'mdast-util-to-string';
import { type HeadingMatch, matchReservedHeading } from '../headings';
import { type BodyContext, excerpt } from './context';

export interface HeadingLine {
  /** Index in `root.children`. */
  index: number;
  /** 1–6, or 0 for a bold-only line. */
  depth: number;
  text: string;
  /** The first source line, as written. */
  raw: string;
  offset: number;
  end: number;
  line: number;
  /** True for `#` headings (also without the space); false for setext and bold lines. */
  atx: boolean;
  /** A bold line whose paragraph goes on after it: the paragraph stays part of the section's content. */
  embedded: boolean;
  match: HeadingMatch | null;
}

const NO_SPACE = /^ {0,3}(#{1,6})([^#\s].*)$/;

/** Scans the top-level blocks once; reports `#Title` without a space and setext headings. */
export function headingLines(ctx: BodyContext, root: Root): HeadingLine[] {
  const out: HeadingLine[] = [];
  root.children.forEach((node, index) => {
    const offset = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? offset;
    const line = node.position?.start.line ?? 1;
    if (node.type !== 'heading' && node.type !== 'paragraph') return;
    const nl = ctx.text.indexOf('\n', offset);
    const raw = ctx.text.slice(offset, nl === -1 || nl > end ? end : nl);
    const base = { index, offset, end, line, raw, embedded: false };
    if (node.type === 'heading') {
      const atx = /^[ \t]*#/.test(raw);
      if (!atx) setext(ctx, node, offset, raw);
      const text = node.children
        .filter((c) => c.type !== 'html')
        .map((c) => mdastText(c))
        .join('')
        .trim();
      out.push({ ...base, depth: node.depth, text, atx, match: node.depth <= 4 ? matchReservedHeading(raw) : null });
      return;
    }
    const first = ctx.text[offset];
    if (first === '#') {
      const m = NO_SPACE.exec(raw);
      if (!m) return;
      const depth = m[1]?.length ?? 1;
      ctx.bag.warn(
        ctx.lines.at(offset),
        'heading-no-space',
        `Heading \`${excerpt(raw)}\` has no space after \`${m[1]}\` and renders as text, expected \`${m[1]} ${excerpt(m[2] ?? '')}\``,
      );
      out.push({ ...base, depth, text: plainInline(m[2] ?? ''), atx: true, match: depth <= 4 ? matchReservedHeading(raw) : null });
    } else if (first === '*' || first === '_') {
      const match = matchReservedHeading(raw);
      if (match) out.push({ ...base, depth: 0, text: plainInline(raw), atx: false, embedded: end > offset + raw.length, match });
    }
  });
  return out;
}

function setext(ctx: BodyContext, node: RootContent, offset: number, raw: string): void {
  const underline =
    ctx.text
      .slice(offset, node.position?.end.offset ?? offset)
      .trimEnd()
      .split('\n')
      .pop()
      ?.trim() ?? '';
  ctx.bag.warn(
    ctx.lines.at(offset),
    'heading-setext',
    `The line \`${excerpt(raw)}\` above \`${excerpt(underline, 10)}\` becomes a heading, expected a blank line before \`${excerpt(underline, 10)}\` (or an ATX \`#\` heading)`,
  );
}

/** Plain text of one line of inline markdown: emphasis markers, code ticks, tags and closing `#`s removed. */
export function plainInline(s: string): string {
  return s
    .replace(/<[^>]*>/g, '')
    .replace(/(\*\*|__|[*_`])/g, '')
    .replace(/\s#+\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
