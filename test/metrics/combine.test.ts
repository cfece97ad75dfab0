import { describe, expect, it } from 'vitest';
import { combine } from '../../pipeline/metrics/combine.js';

describe('combine', () => {
  it('sums', () => {
    expect(combine('sum', [0.1, 0.2, 3])).toBe(3.3);
  });
  it('weights a mean by denominators', () => {
    // (50*100 + 80*300) / 400 = 29000 / 400
    expect(combine('weighted-mean', [50, 80], [100, 300])).toBe(72.5);
  });
  it('takes the plain mean without weights, or with weights adding up to 0', () => {
    expect(combine('weighted-mean', [50, 80])).toBe(65);
    expect(combine('weighted-mean', [50, 80], [0, 0])).toBe(65);
  });
  it('takes the median, the mean of the middle two for an even count', () => {
    expect(combine('median', [30, 10, 20])).toBe(20);
    expect(combine('median', [40, 10, 30, 20])).toBe(25);
    expect(combine('median', [7])).toBe(7);
  });
  it('is null for no figures', () => {
    expect(combine('sum', [])).toBeNull();
    expect(combine('median', [])).toBeNull();
    expect(combine('weighted-mean', [], [])).toBeNull();
  });
});
