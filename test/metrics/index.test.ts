import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../pipeline/metrics/index.js';
import { badNumbers, dataset, deepFreeze, indicator, rows, sample } from './fixtures.js';

describe('computeMetrics', () => {
  it('orders rows by catalogue order, entity code, then sex', () => {
    const m = computeMetrics(sample(), { year: 2021, previous: 2014 });
    const indicators = [...new Set(m.entities.map((e) => e.indicator))];
    expect(indicators).toEqual(['seized', 'opium', 'ops', 'share', 'wait', 'treated']);
    expect(m.entities.filter((e) => e.indicator === 'seized').map((e) => e.entity)).toEqual(['AFG', 'ALB', 'CAN', 'FRA', 'IRN', 'SRB']);
    expect([...new Set(m.aggregates.map((a) => a.indicator))]).toEqual(indicators);
  });

  it('does not depend on the order of the observations', () => {
    const ds = sample();
    const shuffled = { ...ds, observations: [...ds.observations].reverse() };
    expect(computeMetrics(shuffled, { year: 2021, previous: 2014 })).toEqual(computeMetrics(ds, { year: 2021, previous: 2014 }));
  });

  it('leaves its input untouched and is deterministic', () => {
    const frozen = deepFreeze(sample());
    const a = computeMetrics(frozen, { year: 2021, previous: 2014 });
    const b = computeMetrics(frozen, { year: 2021, previous: 2014 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(frozen).toEqual(sample());
  });

  it('never holds NaN, Infinity or undefined', () => {
    for (const edition of [{ year: 2014 }, { year: 2021, previous: 2014 }, { year: 2012, previous: 2021 }]) {
      expect(badNumbers(computeMetrics(sample(), edition))).toEqual([]);
    }
  });

  it('has no current data when nothing was reported after the baseline', () => {
    const ds = dataset([indicator('x')], rows([['x', 'AFG', 2013, 4], ['x', 'AFG', 2014, 5], ['x', 'AFG', 2016, null]]));
    expect(computeMetrics(ds, { year: 2021 }).entities[0]).toMatchObject({ entity: 'AFG', baseline: 5, current: null, status: 'no-current-data' });
    expect(computeMetrics(ds, { year: 2014 }).entities[0]).toMatchObject({ baseline: 5, current: 5, change: 0, status: 'unchanged' });
  });

  it('takes no figure from after the edition year', () => {
    const ds = dataset([indicator('x', { baseline_year: 2015, baseline_fallback_years: 1 })], rows([['x', 'AFG', 2014, 5], ['x', 'AFG', 2016, 7]]));
    expect(computeMetrics(ds, { year: 2013 }).entities[0]).toMatchObject({ baseline: null, current: null, status: 'not-reported' });
    // In 2014 the fallback finds 2014 (2016 is in the future), which is then also the current figure.
    expect(computeMetrics(ds, { year: 2014 }).entities[0]).toMatchObject({ baseline_year: 2014, baseline_fallback: true, current: 5, status: 'unchanged' });
    expect(computeMetrics(ds, { year: 2021 }).entities[0]).toMatchObject({ baseline_year: 2014, current_year: 2016, change: 2 });
  });
});
