import { describe, expect, it } from 'vitest';
import { statusOf } from '../../pipeline/metrics/status.js';

const higher = { direction: 'higher-is-better' as const, tolerance: 0.05 };
const lower = { direction: 'lower-is-better' as const, tolerance: 0.05 };
const neutral = { direction: 'neutral' as const, tolerance: 0.05 };

describe('statusOf', () => {
  it('says what is missing first', () => {
    expect(statusOf(higher, null, 5)).toBe('no-baseline');
    expect(statusOf(higher, null, null)).toBe('no-baseline');
    expect(statusOf(higher, 5, null)).toBe('no-current-data');
  });
  it('judges by direction beyond the tolerance', () => {
    expect(statusOf(higher, 100, 120)).toBe('improved');
    expect(statusOf(higher, 100, 80)).toBe('worsened');
    expect(statusOf(lower, 100, 120)).toBe('worsened');
    expect(statusOf(lower, 100, 80)).toBe('improved');
  });
  it("gives neutral indicators 'changed' beyond the tolerance, 'unchanged' within", () => {
    expect(statusOf(neutral, 100, 120)).toBe('changed');
    expect(statusOf(neutral, 100, 80)).toBe('changed');
    expect(statusOf(neutral, 100, 104)).toBe('unchanged');
  });
  it('counts the tolerance edge as unchanged (inclusive), one step beyond as a change', () => {
    expect(statusOf(higher, 100, 105)).toBe('unchanged');
    expect(statusOf(higher, 100, 95)).toBe('unchanged');
    expect(statusOf(higher, 100, 105.001)).toBe('improved');
    expect(statusOf(higher, 100, 94.999)).toBe('worsened');
    // 3.15 - 3 is 0.1499999999999999 in doubles; the stored change is 0.15, r = 0.05 exactly.
    expect(statusOf(higher, 3, 3.15)).toBe('unchanged');
  });
  it('defaults the tolerance to 0', () => {
    expect(statusOf({ direction: 'higher-is-better' }, 100, 100)).toBe('unchanged');
    expect(statusOf({ direction: 'higher-is-better' }, 100, 100.0001)).toBe('improved');
  });
  it('treats any change from a baseline of 0 as beyond the tolerance', () => {
    expect(statusOf(higher, 0, 0)).toBe('unchanged');
    expect(statusOf(higher, 0, 0.001)).toBe('improved');
    expect(statusOf(lower, 0, 3)).toBe('worsened');
    expect(statusOf(neutral, 0, 3)).toBe('changed');
  });
  it('judges negative baselines by the sign of the change', () => {
    expect(statusOf(higher, -10, -5)).toBe('improved');
    expect(statusOf(higher, -10, -20)).toBe('worsened');
    expect(statusOf(lower, -10, -5)).toBe('worsened');
    expect(statusOf(higher, -100, -96)).toBe('unchanged');
  });
});
