/**
 * Title order (`en`, base sensitivity, numeric: the collator the catalog sorts by) made cheap. Sorting 15,600
 * titles with `Intl.Collator#compare` took a quarter of a second at every start, and again for every uncached
 * `sort=title` answer. `titleKey` turns a title of printable ASCII (nearly all real titles) into a string whose
 * plain code-unit order is the collator's order, so a sort compares keys with `<`; a title with any other character
 * has no key and is compared with the collator, whose order the keys agree with. The character ranks are read
 * from the collator itself when this module loads, and collation.test.ts holds the keys to it.
 */

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Compares two strings with the catalog's collator. */
export const collate = (a: string, b: string): number => collator.compare(a, b);

const FIRST = 0x20;
const LAST = 0x7e;
// Ranks are written as code units from here on (any offset works; this keeps keys printable in a debugger).
const BASE = 0x100;
// Digit runs compare as numbers, longest last; a run longer than this (ICU's own limit is 254) gets no key.
const MAX_DIGITS = 200;

/** Rank of each printable ASCII character in the collator's order; characters it holds equal (a, A) share one. */
const RANK: number[] = (() => {
  const chars = Array.from({ length: LAST - FIRST + 1 }, (_, i) => String.fromCharCode(FIRST + i));
  const sorted = [...chars].sort(collate);
  const rank: number[] = [];
  let r = 0;
  sorted.forEach((ch, i) => {
    if (i > 0 && collate(sorted[i - 1] ?? '', ch) !== 0) r++;
    rank[ch.charCodeAt(0)] = r;
  });
  return rank;
})();

// Every digit has the rank a number has against other characters (digits are contiguous in the collator's order).
const NUMBER = BASE + (RANK[0x30] ?? 0);

/** The title's sort key, or null when it has a character outside printable ASCII (compare it with `collate`). */
export function titleKey(title: string): string | null {
  // Code units gathered in an array and made into one flat string at the end: appending to a string one unit at
  // a time built a rope that every comparison then had to flatten.
  const units: number[] = [];
  let i = 0;
  const n = title.length;
  while (i < n) {
    const c = title.charCodeAt(i);
    if (c < FIRST || c > LAST) return null;
    if (c >= 0x30 && c <= 0x39) {
      // A number: its rank, its length without leading zeros, its digits (the collator reads "007" as 7).
      let start = i;
      while (i < n && title.charCodeAt(i) >= 0x30 && title.charCodeAt(i) <= 0x39) i++;
      while (start < i - 1 && title.charCodeAt(start) === 0x30) start++;
      if (title.charCodeAt(start) === 0x30) start = i;
      if (i - start > MAX_DIGITS) return null;
      units.push(NUMBER, BASE + (i - start));
      for (let d = start; d < i; d++) units.push(title.charCodeAt(d));
      continue;
    }
    units.push(BASE + (RANK[c] ?? 0));
    i++;
  }
  return String.fromCharCode(...units);
}

/** Title order of two titles with their keys: by key when both have one, else by the collator. */
export function compareTitleKeys(a: string, aKey: string | null, b: string, bKey: string | null): number {
  if (aKey !== null && bKey !== null) return aKey < bKey ? -1 : aKey > bKey ? 1 : 0;
  return collate(a, b);
}
