/**
 * Typo tolerance on whole words, before stemming. MiniSearch's fuzzy match works on index terms, which are
 * stems: a typo often changes the stem (`automaction` → `automact`, far from `autom`) and two swapped letters
 * count as two edits. So a typed word that is not a known term (or is far rarer than a near word) is corrected
 * against the words of titles, headings, descriptions and service names: one edit or one swap of adjacent
 * letters (two edits for words of nine letters or more).
 */
import SearchableMap from 'minisearch/SearchableMap';
import { fold, queryTerm, words } from './analyze';

/** The distinct words made by swapping two adjacent letters of `word` (the word itself excluded). */
export function transpositions(word: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] === word[i + 1]) continue;
    out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  return [...out];
}

// A typed word in fewer than 1/RARER as many articles as a near word is most likely a typo of it.
const RARER = 20;
const MAX_CORRECTIONS = 3;

/** Edits allowed for a word: none under five letters (only swaps), one up to eight, then two. */
export const editsFor = (word: string) => (word.length < 5 ? 0 : word.length < 9 ? 1 : 2);

/** The words people type from: what corrections are drawn from. */
export class Vocabulary {
  private readonly known = new SearchableMap<true>();

  /** Adds the words of a text. */
  add(text: string): void {
    for (const w of words(text)) {
      const f = fold(w);
      if (f.length >= 4 && f.length <= 40 && !/\d/.test(f)) this.known.set(f, true);
    }
  }

  get size(): number {
    return this.known.size;
  }

  /**
   * Words a typed word may have meant: known words one or two edits or one swap away whose term is in many more
   * articles (`frequency(term)`), closest and commonest first. None for a word that is itself common.
   */
  corrections(word: string, frequency: (term: string) => number): string[] {
    const typed = fold(word);
    const own = queryTerm(typed);
    if (!own || typed.length < 4 || /\d/.test(typed)) return [];
    const ownCount = frequency(own);
    const floor = ownCount * RARER;
    const candidates = new Map<string, number>();
    for (const swap of transpositions(typed)) if (this.known.has(swap)) candidates.set(swap, 1);
    // A four-letter word that is no term at all (`mysl`) is worth one edit; a real one (`pans`) is left alone.
    const edits = typed.length === 4 && ownCount === 0 ? 1 : editsFor(typed);
    if (edits > 0) for (const [w, [, d]] of this.known.fuzzyGet(typed, edits)) if (!candidates.has(w)) candidates.set(w, d);
    const scored: Array<{ word: string; distance: number; count: number }> = [];
    const terms = new Set([own]);
    for (const [w, distance] of candidates) {
      const term = queryTerm(w);
      if (!term || terms.has(term)) continue;
      terms.add(term);
      const count = frequency(term);
      if (count > floor) scored.push({ word: w, distance, count });
    }
    scored.sort((a, b) => a.distance - b.distance || b.count - a.count);
    return scored.slice(0, MAX_CORRECTIONS).map((s) => s.word);
  }
}
