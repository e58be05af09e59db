/**
 * Snippets: a short excerpt of an article's plain text around the words a query matched, as data (text runs
 * flagged `hit`), with the heading it sits under. Nothing here is HTML: the UI renders runs as text, so hostile
 * content cannot inject markup (plain.ts has already removed tags and decoded entities).
 */
import { fold, indexTerms, WORD } from './analyze';
import type { PlainSection } from './plain';

/** A run of text; `hit` when it is a matched word. */
export interface TextPart {
  text: string;
  hit: boolean;
}

export interface Snippet {
  /** The heading the excerpt sits under, when there is one. */
  heading: string | null;
  parts: TextPart[];
}

/** Decides whether a word of the text is a match. */
export type HitTest = (word: string) => boolean;

/** Words whose index terms are among `terms` (what the ranked index matched: stems, prefix and typo matches). */
export function termHits(terms: readonly string[]): HitTest {
  const set = new Set(terms);
  return (word) => {
    const t = wordTerms(word);
    return t === null ? false : typeof t === 'string' ? set.has(t) : t.some((x) => set.has(x));
  };
}

/** Words containing one of the lower-cased `terms` (the substring scan's notion of a match). */
export function substringHits(terms: readonly string[]): HitTest {
  return (word) => {
    const w = fold(word);
    return terms.some((t) => w.includes(t));
  };
}

// Words whose index terms are remembered (about 100 bytes each), forgotten all at once when full; only words of
// up to REMEMBERED_LENGTH characters, so junk runs in a body cannot make the memory large.
const REMEMBERED_WORDS = 50_000;
const REMEMBERED_LENGTH = 40;
const rememberedTerms = new Map<string, ReturnType<typeof indexTerms>>();

/**
 * `indexTerms` of a word, each distinct word stemmed once: stemming every word of every excerpt's article was most
 * of an answer's cost (a result list reads 20–50 bodies, whose words repeat within and across them). `indexTerms`
 * is pure and its answers are only read, so remembering them changes no result.
 */
function wordTerms(word: string): ReturnType<typeof indexTerms> {
  if (word.length > REMEMBERED_LENGTH) return indexTerms(word);
  let terms = rememberedTerms.get(word);
  if (terms === undefined) {
    terms = indexTerms(word);
    if (rememberedTerms.size >= REMEMBERED_WORDS) rememberedTerms.clear();
    rememberedTerms.set(word, terms);
  }
  return terms;
}

/** A text cut into runs, matched words flagged (for titles and excerpts). */
export function highlight(text: string, isHit: HitTest): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  const push = (t: string, hit: boolean) => {
    const last = parts[parts.length - 1];
    if (last && last.hit === hit && !hit) last.text += t;
    else if (t) parts.push({ text: t, hit });
  };
  for (const m of text.matchAll(WORD)) {
    if (!isHit(m[0])) continue;
    push(text.slice(at, m.index), false);
    push(m[0], true);
    at = m.index + m[0].length;
  }
  push(text.slice(at), false);
  return parts;
}

interface Window {
  section: PlainSection;
  start: number;
  end: number;
  distinct: number;
  hits: number;
}

/** The best window of `size` words in one section: most distinct matched words, then most matches, then earliest. */
function bestWindow(section: PlainSection, isHit: HitTest, size: number): Window | null {
  const found = [...section.text.matchAll(WORD)];
  // Each matched word folded once (null: not a match); a window counts the distinct ones among its next `size`.
  const hits = found.map((m) => (isHit(m[0]) ? fold(m[0]) : null));
  let best: Window | null = null;
  for (let i = 0; i < found.length; i++) {
    if (hits[i] === null) continue;
    const inWindow = hits.slice(i, i + size).filter((h) => h !== null);
    const distinct = new Set(inWindow).size;
    if (best && (distinct < best.distinct || (distinct === best.distinct && inWindow.length <= best.hits))) continue;
    // Start a few words before the first match, so it is read in context.
    const from = found[Math.max(0, i - 4)];
    const lastIndex = Math.min(found.length - 1, i + size - 5);
    const last = found[lastIndex];
    // Up to the text's end (closing punctuation included) when the window reaches its last word.
    const end = last && lastIndex < found.length - 1 ? last.index + last[0].length : section.text.length;
    best = { section, start: i < 4 ? 0 : (from?.index ?? 0), end, distinct, hits: inWindow.length };
  }
  return best;
}

/**
 * An excerpt of about `size` words around the matched words: the best window over all sections. Without any
 * match, the start of the text. Null when the article has no text.
 */
export function snippet(sections: readonly PlainSection[], isHit: HitTest, size = 30): Snippet | null {
  let best: Window | null = null;
  for (const section of sections) {
    const w = bestWindow(section, isHit, size);
    if (w && (!best || w.distinct > best.distinct || (w.distinct === best.distinct && w.hits > best.hits))) best = w;
  }
  const chosen: Window | null = best ?? firstWindow(sections, size);
  if (!chosen) return null;
  const { section, start, end } = chosen;
  const text = `${start > 0 ? '… ' : ''}${section.text.slice(start, end)}${end < section.text.length ? ' …' : ''}`;
  return { heading: section.heading, parts: highlight(text, isHit) };
}

function firstWindow(sections: readonly PlainSection[], size: number): Window | null {
  const section = sections.find((s) => s.text);
  if (!section) return null;
  const found = [...section.text.matchAll(WORD)];
  const last = found.length > size ? found[size - 1] : undefined;
  return { section, start: 0, end: last ? last.index + last[0].length : section.text.length, distinct: 0, hits: 0 };
}
