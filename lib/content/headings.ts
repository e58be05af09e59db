/**
 * The one heading matcher: decides whether a heading line names one of the two reserved sections
 * (Recommended Steps / Recommended Documents), whether it is written exactly as the templates require,
 * and if not, why. It works on the heading's source line so that every author variant of FORMAT.md §2.9
 * (case, bold, level 1–4, singular, misspellings, colon, `<br>`, closing `#`, bold-only line) is seen.
 */

export type ReservedRole = 'steps' | 'documents';

/** The reserved sections' names, as pages, the Help API and messages show them. */
export const RESERVED_NAMES: Record<ReservedRole, string> = { steps: 'Recommended Steps', documents: 'Recommended Documents' };

/** The exact template spellings (FORMAT.md §6.2). */
export const CANONICAL_HEADINGS: Record<ReservedRole, string> = {
  steps: `## **${RESERVED_NAMES.steps}**`,
  documents: `## **${RESERVED_NAMES.documents}**`,
};

export interface HeadingMatch {
  role: ReservedRole;
  /** True when the line is exactly the template spelling (trailing blanks ignored). */
  canonical: boolean;
  /** Heading level 1–4, or 0 for a bold-only line without `#`. */
  depth: number;
  /** Why the line is not canonical, e.g. "H3; not bold"; null when canonical. */
  reason: string | null;
  /** Words after the section name (`Recommended Steps for setup`), null when none. */
  extra: string | null;
}

// First word: Recommended and the misspellings seen (Reccommended, Recomended, Recommend, Recommmended).
const RESERVED = /^(rec+om+end(?:ed)?)\s+(steps?|documents?|documentation)(?![a-z])(.*)$/i;
const BR = /<\/?br\s*\.?\s*\/?>/gi;
const HAS_BR = /<\/?br\s*\.?\s*\/?>/i;
const BOLD = /^(\*\*|__)(.*)\1$/;

/**
 * Matches one heading source line (`## **Recommended Steps**`, `**Recommended documents:**`, …).
 * Returns null when the line is not a reserved section heading.
 */
export function matchReservedHeading(line: string): HeadingMatch | null {
  const reasons: string[] = [];
  const src = line.replace(/\s+$/, '');
  const indent = /^[ \t]*/.exec(src)?.[0] ?? '';
  let rest = src.slice(indent.length);
  if (indent) reasons.push('indented');

  const hashes = /^#*/.exec(rest)?.[0].length ?? 0;
  if (hashes > 4) return null;
  rest = rest.slice(hashes);
  if (hashes > 0 && rest !== '' && !/^\s/.test(rest)) reasons.push('no space after `#`');
  rest = rest.trim();
  if (hashes > 0 && /\s#+$/.test(rest)) {
    reasons.push('closing `#`');
    rest = rest.replace(/\s#+$/, '').trim();
  }
  if (HAS_BR.test(rest)) {
    reasons.push('`<br>` in the heading');
    rest = rest.replace(BR, '').trim();
  }

  let colon = false;
  if (rest.endsWith(':')) [colon, rest] = [true, rest.slice(0, -1).trim()];
  const bold = BOLD.exec(rest);
  if (bold) rest = (bold[2] ?? '').trim();
  else if (hashes === 0)
    return null; // a plain paragraph line is not a heading
  else if (/^\*\*|\*\*$/.test(rest)) {
    reasons.push('unbalanced `**`');
    rest = rest.replace(/^\*\*|\*\*$/g, '').trim();
  }
  if (rest.endsWith(':')) [colon, rest] = [true, rest.slice(0, -1).trim()];

  const m = RESERVED.exec(rest);
  if (!m) return null;
  const [, first = '', second = '', extra = ''] = m;
  const folded = second.toLowerCase();
  const role: ReservedRole = folded.startsWith('step') ? 'steps' : 'documents';

  if (hashes === 0) reasons.push('bold line without `#`');
  else if (hashes !== 2) reasons.push(`H${hashes} instead of H2`);
  if (!bold && hashes > 0) reasons.push('not bold');
  if (first.toLowerCase() !== 'recommended') reasons.push(`misspelled \`${first}\``);
  else if (first !== 'Recommended') reasons.push(`\`${first}\` not capitalised`);
  if (folded === 'step' || folded === 'document') reasons.push(`singular \`${second}\``);
  else if (folded === 'documentation') reasons.push('`Documentation` instead of `Documents`');
  else if (second[0] !== second[0]?.toUpperCase()) reasons.push(`lower-case \`${second}\``);
  if (extra.trim()) reasons.push(`extra words \`${extra.trim()}\``);
  if (colon) reasons.push('trailing colon');

  const canonical = src === CANONICAL_HEADINGS[role];
  if (!canonical && reasons.length === 0) reasons.push('spacing differs');
  return { role, canonical, depth: hashes, reason: canonical ? null : reasons.join('; '), extra: extra.trim() || null };
}
