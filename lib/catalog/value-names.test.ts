import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from './rows';
import { commonestService } from './value-names';

/** Rows with only a service (FACET_NAMES order: cloud, topic, product, service, type). */
const rows = (...services: string[]) => services.map((s) => ({ entry: {} as CatalogEntry, values: [[], [], [], s ? [s] : [], []] }));

describe('commonestService', () => {
  it('picks the most frequent service, the first to reach the top count on a tie', () => {
    expect(commonestService(rows('a', 'b', 'b'))).toBe('b');
    expect(commonestService(rows('b', 'a'))).toBe('b');
    expect(commonestService(rows('b', 'a', 'a', 'b'))).toBe('a');
  });

  it('skips rows without a service, and says none when no row has one', () => {
    expect(commonestService(rows('', 'c', ''))).toBe('c');
    expect(commonestService(rows('', ''))).toBe('');
    expect(commonestService(rows(''))).toBe('');
    expect(commonestService([])).toBe('');
  });

  it('counts afresh with a reused map', () => {
    const counts = new Map<string, number>();
    expect(commonestService(rows('x', 'x', 'y'), counts)).toBe('x');
    expect(commonestService(rows('y', 'z', 'z'), counts)).toBe('z');
  });
});
