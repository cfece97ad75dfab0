import { describe, expect, it } from 'vitest';
import { compare } from '../../pipeline/metrics/comparison.js';
import { indicator } from './fixtures.js';

const ind = indicator('x', { tolerance: 0.02 });
const at = (value: number, year: number) => ({ value, year });

describe('compare', () => {
  it('computes change, relative and annualised change (hand-computed)', () => {
    expect(compare(ind, at(100, 2014), at(121, 2016))).toEqual({
      change: 21,
      relative_change: 0.21,
      annualised_change: 0.1, // sqrt(1.21) - 1
      status: 'improved',
      target_progress: null,
    });
  });
  it('divides by the absolute value of a negative baseline', () => {
    expect(compare(ind, at(-20, 2014), at(-10, 2021))).toMatchObject({ change: 10, relative_change: 0.5, annualised_change: null });
    expect(compare(ind, at(-20, 2014), at(-30, 2021))).toMatchObject({ change: -10, relative_change: -0.5, status: 'worsened' });
  });
  it('leaves relative and annualised change undefined (null) from a baseline of 0', () => {
    expect(compare(ind, at(0, 2014), at(5, 2021))).toMatchObject({ change: 5, relative_change: null, annualised_change: null, status: 'improved' });
  });
  it('has no annualised change within one year, or to 0', () => {
    expect(compare(ind, at(10, 2014), at(12, 2014)).annualised_change).toBeNull();
    expect(compare(ind, at(10, 2014), at(0, 2021))).toMatchObject({ change: -10, relative_change: -1, annualised_change: null });
    expect(compare(ind, at(10, 2014), at(20, 2015), false).annualised_change).toBeNull();
  });
  it('has only a status without both figures', () => {
    expect(compare(ind, undefined, at(5, 2021))).toEqual({
      change: null, relative_change: null, annualised_change: null, status: 'no-baseline', target_progress: null,
    });
    expect(compare(ind, at(5, 2014), undefined).status).toBe('no-current-data');
  });
});
