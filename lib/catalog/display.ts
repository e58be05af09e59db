/**
 * Cards a reader can tell apart: the title to show for an article (never a GUID or other id), and grouping of
 * results that share a title, saying what differs between them. Pure.
 */
import type { Article, CatalogMeta } from '../content/model';

const GUID = /^\{?[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}\}?$/i;

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
const CONTROL = /[\u0000-\u001f\u007f]/g;
// What cleanTitle's folding would change: a control character, a blank other than a space, two spaces in a row.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are among what it finds
const UNFOLDED = /[\u0000-\u001f\u007f]|[^\S ]| {2}/;

/** Cleans a title for display: surrounding bold/italic markers and control characters off, blanks collapsed. */
export function cleanTitle(title: string): string {
  // A title with single spaces only (most are: pageTitle values come folded) is kept as it is, trimmed, not copied by
  // the replaces; one that does not start with `*` or `_` has no emphasis to strip. Every article's title comes here
  // at start-up.
  const folded = UNFOLDED.test(title) ? title.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim() : title.trim();
  const first = folded.charAt(0);
  if (first !== '*' && first !== '_') return folded;
  return folded.replace(/^(\*\*|__|\*|_)(.+)\1$/, '$2').trim();
}

/**
 * Whether a title reads as an id rather than words: empty, a GUID, a bare number, the article's own id, or one
 * token of letters and digits joined by `-`/`_` (`office365-other`, `UserRule1`).
 */
export function isIdLike(title: string, articleId = ''): boolean {
  const t = title.trim();
  if (!t || GUID.test(t) || /^\d+$/.test(t)) return true;
  if (articleId && t.toLowerCase() === articleId.toLowerCase()) return true;
  // Most titles are words with blanks, so no token: the Unicode-aware pattern is left for the rest (every article's
  // title comes here at start-up).
  if (/\s/.test(t)) return false;
  return /^[\p{L}\p{N}]+(?:[-_.][\p{L}\p{N}]+)*$/u.test(t) && /[\d_-]/.test(t);
}

/** What the display title can fall back on, captured when the catalog reads the file (no markdown parse). */
export interface TitleSources {
  title: string;
  articleId: string;
  h1: string | null;
  firstHeading: string | null;
  file: string;
}

/**
 * The pageTitle, cleaned, when it will do as the title to show; null when `displayTitle` falls back to headings.
 * Most do, so the catalog reads headings at start-up only for the rest.
 */
export function usableTitle(title: string, articleId: string): string | null {
  return usable(cleanTitle(title), articleId);
}

/** A cleaned candidate title that does not read as an id, else null: the one rule for pageTitle, H1 and heading. */
function usable(cleaned: string, articleId: string): string | null {
  return cleaned && !isIdLike(cleaned, articleId) ? cleaned : null;
}

/**
 * The title to show: pageTitle, else the H1, else the first heading, skipping id-like ones; when all read as ids,
 * the first that is at least not empty, a GUID, a number or the article's id; else the file name.
 */
export function displayTitle(s: TitleSources): string {
  const candidates = [s.title, s.h1, s.firstHeading].map((c) => (c ? cleanTitle(c) : ''));
  const words = candidates.find((c) => usable(c, s.articleId));
  if (words) return words;
  const weak = candidates.find((c) => c && !GUID.test(c) && !/^\d+$/.test(c) && c.toLowerCase() !== s.articleId.toLowerCase());
  if (weak) return weak;
  const base = s.file.split('/').pop() ?? s.file;
  return base.replace(/\.(md|markdown|txt)$/i, '') || s.file;
}

/**
 * `displayTitle` of a parsed article (its page, the preview, the Help API), so it reads as its card does; `h1`
 * stands for the body's H1 when the caller has filled its tokens.
 */
export function articleTitle({ meta, body }: Article, h1: string | null = body.h1): string {
  const firstHeading = body.sections.find((s) => s.depth > 0)?.heading ?? null;
  return displayTitle({ title: meta.title, articleId: meta.articleId, h1, firstHeading, file: meta.file });
}

/** Fields that can tell same-titled articles apart, in the order a card shows them. */
export const DIFFERING_FIELDS = ['service', 'productPesIds', 'supportTopicIds', 'selfHelpType', 'availableIn'] as const;
export type DifferingField = (typeof DIFFERING_FIELDS)[number];

/** Results sharing one display title (by titleKey). */
export interface TitleGroup {
  title: string;
  /** Positions in the input list, in order; the group sits at its first member's place. */
  members: number[];
  /** Fields whose values differ between members: what each card should show. Empty for a lone article. */
  differs: DifferingField[];
}

type Differing = Pick<CatalogMeta, DifferingField>;

const fieldKey = (m: Differing, f: DifferingField) => {
  const v = m[f];
  return Array.isArray(v) ? v.join(',') : String(v ?? '').toLowerCase();
};

/** What makes two titles the same to a reader: their words, whatever the case, punctuation and spacing. */
export function titleKey(title: string): string {
  return (title.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/** Groups a result list by display title (titleKey), keeping first-seen order ("8 articles with this title"). */
export function groupSameTitles(items: readonly { meta: Differing; title: string }[]): TitleGroup[] {
  const groups = new Map<string, TitleGroup>();
  items.forEach(({ title }, i) => {
    const key = titleKey(title);
    const group = groups.get(key);
    if (group) group.members.push(i);
    else groups.set(key, { title, members: [i], differs: [] });
  });
  for (const group of groups.values()) {
    const metas = group.members.map((i) => items[i]?.meta).filter((m): m is Differing => m !== undefined);
    group.differs = DIFFERING_FIELDS.filter((f) => new Set(metas.map((m) => fieldKey(m, f))).size > 1);
  }
  return [...groups.values()];
}
