/**
 * Comment markers read from the raw text before any comment handling (FORMAT.md §3.1–3.3):
 * `<!--issueDescription-->`, `<!--$token-->`, named regions (`rcaDescription`, `salutation`, …) and
 * Partner Center field labels. One regex pass over the body; comments that are guidance or notes are skipped.
 */
import type { BodyContext } from './context';

export type MarkerKind = 'issueDescription' | 'token' | 'region' | 'field';

export interface Marker {
  kind: MarkerKind;
  closing: boolean;
  /** Name as written (trimmed, `$` removed for tokens). */
  name: string;
  /** Name folded for pairing: lower case, inner blanks collapsed. */
  key: string;
  /** Offsets of `<!--` and just after `-->`. */
  start: number;
  end: number;
}

/** Named regions of RCA articles, kept as labelled blocks. */
export const REGION_NAMES = ['rcaDescription', 'resolutionDetails', 'additionalInfo', 'recommendedActions', 'salutation'];
/** Partner Center quick-start field labels: a label comment followed by one value line, no closer. */
export const FIELD_NAMES = ['Link', 'Text', 'IconClass'];

const CANONICAL = new Map<string, [MarkerKind, string]>([
  ['issuedescription', ['issueDescription', 'issueDescription']],
  ...REGION_NAMES.map((n): [string, [MarkerKind, string]] => [n.toLowerCase(), ['region', n]]),
  ...FIELD_NAMES.map((n): [string, [MarkerKind, string]] => [n.toLowerCase(), ['field', n]]),
]);

const COMMENT = /<!--([\s\S]*?)-->/g;
const TOKEN = /^\s*(\/?)\s*\$\s*([\s\S]*?)\s*$/;
const NAMED = /^\s*(\/?)\s*([A-Za-z]+)\s*$/;

/** Finds every known marker after the body start, in order. */
export function scanMarkers(ctx: BodyContext): Marker[] {
  const { text } = ctx;
  const markers: Marker[] = [];
  if (text.indexOf('<!--', ctx.bodyStart) === -1) return markers;
  COMMENT.lastIndex = ctx.bodyStart;
  for (let m = COMMENT.exec(text); m; m = COMMENT.exec(text)) {
    const inner = m[1] ?? '';
    const start = m.index;
    const end = start + m[0].length;
    const token = inner.includes('$') ? TOKEN.exec(inner) : null;
    if (token) {
      const name = token[2] ?? '';
      markers.push({ kind: 'token', closing: token[1] === '/', name, key: fold(name), start, end });
      continue;
    }
    const named = NAMED.exec(inner);
    const known = named && CANONICAL.get((named[2] ?? '').toLowerCase());
    if (named && known) markers.push({ kind: known[0], closing: named[1] === '/', name: named[2] ?? '', key: known[1], start, end });
  }
  return markers;
}

function fold(name: string): string {
  return name.toLowerCase().replace(/\s+/g, ' ');
}
