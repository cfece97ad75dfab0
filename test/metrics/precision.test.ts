import { describe, expect, it } from 'vitest';
import { derived } from '../../pipeline/metrics/precision.js';

describe('derived (the one storage rule: 12 significant digits)', () => {
  it('removes float noise', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(derived(0.1 + 0.2)).toBe(0.3);
    expect(derived(3.15 - 3)).toBe(0.15);
  });
  it('keeps 12 significant digits', () => {
    expect(derived(2 / 3)).toBe(0.666666666667);
    expect(derived(123456789012345)).toBe(123456789012000);
    expect(derived(1e-20 / 3)).toBe(3.33333333333e-21);
  });
  it('never stores NaN, Infinity or -0', () => {
    expect(derived(NaN)).toBeNull();
    expect(derived(Infinity)).toBeNull();
    expect(derived(-Infinity)).toBeNull();
    expect(Object.is(derived(-0), 0)).toBe(true);
  });
});
