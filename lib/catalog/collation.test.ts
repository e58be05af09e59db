import { describe, expect, it } from 'vitest';
import { collate, compareTitleKeys, titleKey } from './collation';

const sign = (n: number) => Math.sign(n);
const byKey = (a: string, b: string) => compareTitleKeys(a, titleKey(a), b, titleKey(b));

/** Seeded strings over the characters where code-unit order and the collator disagree most. */
function randomTitles(count: number, seed: number): string[] {
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const alphabet = ' _-,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$0000123456789aAbBzZ  ';
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(next() * 12) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''),
  );
}

describe('titleKey', () => {
  it('orders numbers by value, ignores case and leading zeros, and puts punctuation before digits before letters', () => {
    expect(byKey('Step 9', 'Step 10')).toBeLessThan(0);
    expect(byKey('Error 007', 'error 7')).toBe(0);
    expect(byKey('VM', 'vm')).toBe(0);
    expect(byKey('_x', '1x')).toBeLessThan(0);
    expect(byKey('9 lives', 'a life')).toBeLessThan(0);
    expect(byKey('abc', 'abc d')).toBeLessThan(0);
    expect(byKey('a b', 'ab')).toBeLessThan(0);
    expect(byKey('0', '00')).toBe(0);
  });

  it('agrees with the collator on every pair of 600 seeded strings of punctuation, digits, blanks and letters', () => {
    const titles = randomTitles(600, 7);
    const disagreements: string[] = [];
    for (const a of titles) {
      for (const b of titles) {
        if (sign(byKey(a, b)) !== sign(collate(a, b))) disagreements.push(`${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
      }
    }
    expect(disagreements.slice(0, 5)).toEqual([]);
  });

  it('gives no key outside printable ASCII, and such titles are compared with the collator', () => {
    expect(titleKey('Café')).toBeNull();
    expect(titleKey('tab\there')).toBeNull();
    expect(titleKey('x'.repeat(3) + '1'.repeat(201))).toBeNull();
    expect(sign(byKey('Café', 'cafe'))).toBe(sign(collate('Café', 'cafe')));
    expect(sign(byKey('Zebra', 'Éclair'))).toBe(sign(collate('Zebra', 'Éclair')));
  });
});
