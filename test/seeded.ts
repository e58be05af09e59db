/** Seeded random strings for tests that hold a fast path to the plain code it replaced. */
export function seededStrings(count: number, seed: number, alphabet: readonly string[], maxLength = 16): string[] {
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  return Array.from({ length: count }, () =>
    Array.from({ length: Math.floor(next() * (maxLength + 1)) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''),
  );
}
