/**
 * Comment-delimited regions: `<!--issueDescription-->…<!--/issueDescription-->` (FORMAT.md §3.2), the named
 * RCA regions (§2.3, which nest) and Partner Center field labels (§2.8). Real content loses openers and
 * closers (95 files), so a missing marker is inferred from the outline and reported, never fatal.
 */
import type { Region } from '../model';
import { type BodyContext, nextLineStart } from './context';
import type { Marker } from './markers';

/** A heading's span, for inferring where a region with a lost marker starts or ends. */
export interface HeadingSpan {
  start: number;
  end: number;
  reserved: boolean;
}

/** Builds issueDescription regions; an opener without closer ends at the next reserved section or marker. */
export function issueDescriptions(ctx: BodyContext, markers: Marker[], headings: HeadingSpan[]): Region[] {
  const out: Region[] = [];
  const ids = markers.filter((m) => m.kind === 'issueDescription');
  let pending: Marker | null = null;
  let lastEnd = ctx.bodyStart;
  ids.forEach((m) => {
    if (!m.closing) {
      if (pending) out.push(unclosed(ctx, pending, m.start, headings));
      pending = m;
      return;
    }
    if (pending) {
      out.push(region(ctx, 'issueDescription', pending.start, pending.end, m.start, true, true));
      pending = null;
    } else {
      // Closer only: the region is taken to start after the last heading (or closer) before it.
      const heading = headings.filter((h) => h.end <= m.start).pop();
      const start = Math.max(lastEnd, heading ? nextLineStart(ctx.text, heading.end) : ctx.bodyStart);
      ctx.bag.warn(
        ctx.lines.at(m.start),
        'issue-description-unbalanced',
        '`<!--/issueDescription-->` has no opener, expected `<!--issueDescription-->` before it',
      );
      out.push(region(ctx, 'issueDescription', start, start, m.start, false, true));
    }
    lastEnd = m.end;
  });
  if (pending) out.push(unclosed(ctx, pending, ctx.text.length, headings));
  return out;
}

function unclosed(ctx: BodyContext, m: Marker, limit: number, headings: HeadingSpan[]): Region {
  const next = headings.find((h) => h.reserved && h.start > m.end);
  const end = Math.min(limit, next ? next.start : ctx.text.length);
  ctx.bag.warn(ctx.lines.at(m.start), 'issue-description-unbalanced', '`<!--issueDescription-->` is never closed, expected `<!--/issueDescription-->`');
  return region(ctx, 'issueDescription', m.start, m.end, end, true, false);
}

/** Builds named regions (`rcaDescription`, …) and field values (`Link`, `Text`, `IconClass`) in order. */
export function namedRegions(ctx: BodyContext, markers: Marker[]): Region[] {
  const out: Region[] = [];
  const open = new Map<string, Marker[]>();
  markers.forEach((m) => {
    if (m.kind === 'field') {
      if (!m.closing) out.push(fieldValue(ctx, m));
      return;
    }
    if (m.kind !== 'region') return;
    const stack = open.get(m.key) ?? [];
    open.set(m.key, stack);
    if (!m.closing) stack.push(m);
    else {
      const opener = stack.pop();
      if (opener) out.push(region(ctx, opener.key, opener.start, opener.end, m.start, true, true));
      else ctx.bag.warn(ctx.lines.at(m.start), 'region-unbalanced', `\`<!--/${m.name}-->\` has no opener, expected \`<!--${m.name}-->\` before it`);
    }
  });
  for (const stack of open.values()) {
    for (const m of stack) {
      // Unclosed: the region runs to the next marker of any kind, which is where the author moved on.
      const next = markers.find((n) => n.start > m.start && n.kind !== 'token');
      ctx.bag.warn(ctx.lines.at(m.start), 'region-unbalanced', `\`<!--${m.name}-->\` is never closed, expected \`<!--/${m.name}-->\``);
      out.push(region(ctx, m.key, m.start, m.end, next ? next.start : ctx.text.length, true, false));
    }
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/** A field label's value: the rest of its line, or else the next non-blank line. */
function fieldValue(ctx: BodyContext, m: Marker): Region {
  const { text } = ctx;
  let start = m.end;
  while (start < text.length && /\s/.test(text[start] ?? '')) start++;
  const lineEnd = text.indexOf('\n', start);
  const raw = text.slice(start, lineEnd === -1 ? text.length : lineEnd).replace(/\s+$/, '');
  const stray = /["',]+$/.exec(raw)?.[0];
  if (stray) {
    ctx.bag.warn(
      ctx.lines.at(start + raw.length - stray.length),
      'field-value-stray',
      `The value of \`<!--${m.name}-->\` ends with stray \`${stray}\`, expected the value alone`,
    );
  }
  if (raw === '') ctx.bag.warn(ctx.lines.at(m.start), 'field-value-missing', `\`<!--${m.name}-->\` has no value line, expected one after it`);
  const r = region(ctx, m.key, m.start, start, start + raw.length, true, true);
  return { ...r, markdown: stray ? raw.slice(0, -stray.length) : raw };
}

function region(ctx: BodyContext, name: string, at: number, start: number, end: number, opened: boolean, closed: boolean): Region {
  const pos = ctx.lines.at(opened ? at : start);
  return { name, markdown: ctx.text.slice(start, end), opened, closed, line: pos.line, column: pos.column, offset: start, endOffset: end };
}
