import { describe, expect, it } from 'vitest';
import { targetProgress } from '../../pipeline/metrics/target.js';

const up = { direction: 'higher-is-better' as const, target: { value: 90, year: 2021 } };

describe('targetProgress', () => {
  it('is (current - baseline) / (target - baseline)', () => {
    expect(targetProgress(up, 60, 75)).toBe(0.5);
    expect(targetProgress(up, 60, 90)).toBe(1);
    expect(targetProgress(up, 60, 60)).toBe(0);
    expect(targetProgress(up, 60, 100)).toBe(1.33333333333);
    expect(targetProgress(up, 60, 45)).toBe(-0.5);
  });
  it('works downwards for lower-is-better targets', () => {
    const down = { direction: 'lower-is-better' as const, target: { value: 14, year: 2021 } };
    expect(targetProgress(down, 30, 22)).toBe(0.5);
  });
  it('is 1 or 0 when the target was met at baseline', () => {
    const down = { direction: 'lower-is-better' as const, target: { value: 14, year: 2021 } };
    expect(targetProgress(down, 14, 12)).toBe(1);
    expect(targetProgress(down, 14, 14)).toBe(1);
    expect(targetProgress(down, 14, 16)).toBe(0);
    expect(targetProgress(up, 90, 95)).toBe(1);
    expect(targetProgress(up, 90, 89)).toBe(0);
    const flat = { direction: 'neutral' as const, target: { value: 5, year: 2021 } };
    expect(targetProgress(flat, 5, 5)).toBe(1);
    expect(targetProgress(flat, 5, 6)).toBe(0);
  });
  it('is null without a target, a baseline or a current figure', () => {
    expect(targetProgress({ direction: 'higher-is-better' }, 60, 75)).toBeNull();
    expect(targetProgress(up, null, 75)).toBeNull();
    expect(targetProgress(up, 60, null)).toBeNull();
  });
});
