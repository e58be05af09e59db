import { describe, expect, it } from 'vitest';
import { median, quantile } from '../bench/stats';

describe('the statistics the benchmarks print', () => {
  it('median: the middle value, the mean of the middle two, NaN for none; the input is left as it was', () => {
    const starts = [3120, 2710, 2950];
    expect(median(starts)).toBe(2950);
    expect(starts).toEqual([3120, 2710, 2950]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNaN();
  });

  it('quantile: the lower value at the rank, the largest at 1, NaN for none', () => {
    const sorted = [10, 20, 30, 40];
    expect(quantile(sorted, 0.5)).toBe(30);
    expect(quantile(sorted, 0.99)).toBe(40);
    expect(quantile(sorted, 1)).toBe(40);
    expect(quantile(sorted, 0)).toBe(10);
    expect(quantile([], 0.5)).toBeNaN();
  });
});
