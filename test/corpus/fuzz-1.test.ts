/**
 * Fuzz, first half of the cases (fuzz.ts: the machinery, seeds and how to replay a case). The two halves are
 * separate suites so the corpus run spreads them over both cores.
 */
import { describe, it } from 'vitest';
import { CASES, runCases, SEED } from './fuzz';

describe('fuzz: mutated real files through export, lint, catalog and page render (1 of 2)', () => {
  it(`the even batches of ${CASES} seeded cases (seed ${SEED}): no exception, every file accounted for`, () => runCases(0, 2), 2_400_000);
});
