/**
 * The outline of a markdown body: the title H1 (FORMAT.md §5: missing, several, empty, before the block,
 * indented into code), the intro, and every section with its role. Reserved sections written otherwise
 * than the template, or repeated, are reported here.
 */
import type { Root, RootContent } from 'mdast';
import { CANONICAL_HEADINGS, RESERVED_NAMES } from '../headings';
import type { Section } from '../model';
import { type BodyContext, excerpt } from './context';
import { type HeadingLine, headingLines, plainInline } from './headingLines';

/** A section before its steps and documents are read, with its place among the top-level blocks. */
export interface OutlineSection {
  section: Omit<Section, 'steps' | 'documents'>;
  /** Index of the heading block; the section's own blocks run to `end`, its sub-sections' on to `treeEnd`. */
  start: number;
  end: number;
  treeEnd: number;
  /** Where its own content starts: the heading block itself when the heading is embedded in a paragraph. */
  contentStart: number;
}

export interface Outline {
  h1: string | null;
  intro: RootContent[];
  sections: OutlineSection[];
  headings: HeadingLine[];
}

/** Builds the outline from the top-level blocks of `root`, walking them once. */
export function buildOutline(ctx: BodyContext, root: Root): Outline {
  const headings = headingLines(ctx, root);
  const title = findTitle(ctx, root, headings);
  const bounds = title ? [...headings.filter((h) => h !== title.heading), { index: title.index, depth: 1 }] : headings;
  const heads = headings.filter((h) => h !== title?.heading);
  const { children } = root;

  const level = (depth: number) => (depth === 0 ? 2 : depth);
  const sections: OutlineSection[] = heads.map((h) => {
    const after = bounds.filter((b) => b.index > h.index);
    const end = after.reduce((m, b) => Math.min(m, b.index), children.length);
    const treeEnd = after.filter((b) => level(b.depth) <= level(h.depth)).reduce((m, b) => Math.min(m, b.index), children.length);
    const contentStart = h.embedded ? h.index : h.index + 1;
    const section = {
      heading: h.text,
      role: h.match?.role ?? null,
      depth: h.depth,
      canonical: h.match?.canonical ?? false,
      reason: h.match?.reason ?? null,
      nodes: children.slice(contentStart, end),
      line: h.line,
      offset: h.offset,
    };
    return { section, start: h.index, end, treeEnd, contentStart };
  });
  reportReserved(ctx, heads);

  const introStart = title ? title.index + 1 : children.findIndex((n) => (n.position?.start.offset ?? 0) >= ctx.bodyStart);
  const introEnd = heads.find((h) => h.index >= introStart)?.index ?? children.length;
  const intro = introStart < 0 ? [] : children.slice(introStart, introEnd);
  return { h1: title?.text || null, intro, sections, headings };
}

/**
 * The blocks of `role` sections with their sub-sections, each once (a reserved H3 inside a reserved H2 is part of
 * the H2's), grouped by the outermost such section, as top-level indices.
 */
export function reservedTrees(sections: readonly OutlineSection[], role: 'steps' | 'documents'): Array<{ root: OutlineSection; indices: number[] }> {
  const trees: Array<{ root: OutlineSection; indices: number[] }> = [];
  let covered = -1;
  for (const s of sections) {
    if (s.section.role !== role || s.start < covered) continue;
    covered = s.treeEnd;
    trees.push({ root: s, indices: Array.from({ length: s.treeEnd - s.contentStart }, (_, i) => s.contentStart + i) });
  }
  return trees;
}

/** Which section a top-level block belongs to (its heading or own content): an index into `sections`, or -1. */
export function ownerOf(sections: readonly OutlineSection[], index: number): number {
  return sections.findLastIndex((s) => s.start <= index && index < s.end);
}

interface Title {
  index: number;
  text: string;
  heading: HeadingLine | null;
}

function findTitle(ctx: BodyContext, root: Root, headings: HeadingLine[]): Title | null {
  // `# Recommended Steps` is a misplaced section, but `# Recommended steps have enough information` is a title.
  const h1s = headings.filter((h) => h.depth === 1 && h.atx && (!h.match || h.match.extra !== null));
  const heading = h1s.find((h) => h.offset >= ctx.bodyStart) ?? h1s.find((h) => h.offset < ctx.blockStart);
  const title: Title | null = heading ? { index: heading.index, text: heading.text, heading } : indentedTitle(ctx, root, headings);
  if (!title) {
    const report = ctx.selfHelpType === 'partnercenterquickstart' ? ctx.bag.info.bind(ctx.bag) : ctx.bag.warn.bind(ctx.bag);
    report(ctx.lines.at(ctx.bodyStart), 'h1-missing', 'The body has no H1 title, expected `# Title` after the properties block');
    return null;
  }
  const titleLine = heading?.line ?? root.children[title.index]?.position?.start.line ?? 1;
  if (!title.text) ctx.bag.warn({ line: titleLine, column: 1 }, 'h1-empty', 'The H1 title is empty, expected `# Title` with text');
  for (const h of h1s) {
    if (h === heading || h.offset < ctx.bodyStart) continue;
    ctx.bag.warn(ctx.lines.at(h.offset), 'h1-multiple', `Another H1 \`${excerpt(h.text)}\`, expected one H1 (the title on line ${titleLine})`);
  }
  return title;
}

/** An H1 indented 4+ spaces is code to CommonMark; when there is no other H1, it is still the author's title. */
function indentedTitle(ctx: BodyContext, root: Root, headings: HeadingLine[]): Title | null {
  const firstHeading = headings.find((h) => h.offset >= ctx.bodyStart)?.index ?? root.children.length;
  const index = root.children.findIndex(
    (n, i) =>
      i < firstHeading &&
      n.type === 'code' &&
      !n.lang &&
      (n.position?.start.offset ?? 0) >= ctx.bodyStart &&
      /^#(?:[ \t].*)?$/.test(n.value.split('\n', 1)[0] ?? ''),
  );
  const node = root.children[index];
  if (node?.type !== 'code') return null;
  const first = node.value.split('\n', 1)[0] ?? '';
  ctx.bag.warn(
    ctx.lines.at(node.position?.start.offset ?? 0),
    'h1-indented',
    `The H1 \`${excerpt(first)}\` is indented 4 or more spaces and renders as code, expected it at the start of the line`,
  );
  return { index, text: plainInline(first.replace(/^#+/, '')), heading: null };
}

function reportReserved(ctx: BodyContext, heads: HeadingLine[]): void {
  const first = new Map<string, number>();
  for (const h of heads) {
    if (!h.match) continue;
    const expected = CANONICAL_HEADINGS[h.match.role];
    if (!h.match.canonical) {
      ctx.bag.warn(ctx.lines.at(h.offset), 'heading-noncanonical', `Found \`${excerpt(h.raw.trim(), 60)}\` (${h.match.reason}), expected \`${expected}\``);
    }
    const seen = first.get(h.match.role);
    if (seen === undefined) first.set(h.match.role, h.line);
    else ctx.bag.warn(ctx.lines.at(h.offset), 'section-repeated', `${RESERVED_NAMES[h.match.role]} appears again (first on line ${seen}), expected it once`);
  }
}
