/** Aggregates of the hand-computed sample (see fixtures.ts). */
import { describe, expect, it } from 'vitest';
import { computeMetrics, type AggregateMetric, type Metrics } from '../../pipeline/metrics/index.js';
import { sample } from './fixtures.js';

const P1 = 'data/observations/pillar-1.csv';
const m2021 = computeMetrics(sample(), { year: 2021, previous: 2014 });

function group(m: Metrics, indicator: string, code: string): AggregateMetric {
  const found = m.aggregates.find((a) => a.indicator === indicator && a.group === code);
  if (!found) throw new Error(`no aggregate ${indicator} ${code}`);
  return found;
}
const counts = (fields: Partial<AggregateMetric['status_counts']>): AggregateMetric['status_counts'] => ({
  improved: 0, worsened: 0, unchanged: 0, changed: 0, 'not-comparable': 0, 'no-baseline': 0, 'no-current-data': 0, 'not-reported': 0, ...fields,
});

describe('aggregates', () => {
  it('sums over the balanced set, with coverage, status counts and sources', () => {
    expect(group(m2021, 'seized', 'all')).toEqual({
      indicator: 'seized',
      group_type: 'all',
      group: 'all',
      aggregation: 'sum',
      weighting: null,
      baseline_year: 2014,
      baseline: 340, // AFG 100 + ALB 0 + FRA 40 + IRN 200
      baseline_fallback: false,
      baseline_years: { from: 2014, to: 2014 },
      current_year: 2021,
      current: 418, // 150 + 20 + 38 + 210
      current_is_latest_available: true,
      current_years: { from: 2016, to: 2021 }, // IRN's latest is 2016, FRA's 2020
      current_rule: 'latest-available',
      change: 78,
      relative_change: 0.229411764706,
      annualised_change: null, // members use latest-available years
      status: 'improved',
      target_progress: null,
      previous: 365, // as of 2014: AFG 100 + ALB 0 + CAN 25 + FRA 40 + IRN 200
      change_since_previous: 53,
      coverage: { expected: 6, with_baseline: 5, with_current: 5, with_both: 4 },
      status_counts: counts({ improved: 2, unchanged: 2, 'no-baseline': 1, 'no-current-data': 1 }),
      members: ['AFG', 'ALB', 'FRA', 'IRN'],
      sources: {
        baseline: [2, 4, 6, 11].map((line) => ({ file: P1, line })),
        current: [3, 5, 7, 12].map((line) => ({ file: P1, line })),
        previous: [2, 4, 6, 11, 28].map((line) => ({ file: P1, line })),
      },
    });
  });

  it('aggregates per region and priority programme', () => {
    expect(group(m2021, 'seized', 'Asia')).toMatchObject({ group_type: 'region', baseline: 300, current: 360, change: 60, relative_change: 0.2 });
    expect(group(m2021, 'seized', 'Europe')).toMatchObject({
      baseline: 40, current: 58, change: 18, relative_change: 0.45, coverage: { expected: 3, with_baseline: 2, with_current: 3, with_both: 2 },
    });
    // CAN reported its baseline and nothing since.
    expect(group(m2021, 'seized', 'Americas')).toMatchObject({
      baseline: null, current: null, change: null, status: 'no-current-data', members: [], previous: 25, change_since_previous: null,
      coverage: { expected: 1, with_baseline: 1, with_current: 0, with_both: 0 }, status_counts: counts({ 'no-current-data': 1 }),
    });
    expect(group(m2021, 'seized', 'RP SEE')).toMatchObject({ group_type: 'programme', baseline: 0, current: 20, relative_change: null, status: 'improved' });
    const groups = m2021.aggregates.filter((a) => a.indicator === 'seized').map((a) => a.group);
    expect(groups).toEqual(['all', 'Americas', 'Asia', 'Europe', 'RP ANC', 'RP SEE']);
  });

  it('weights means by denominators where every figure has one, else takes the plain mean', () => {
    // Asia: (50*100 + 80*300) / 400 = 72.5; (60*200 + 85*100) / 300 = 68.3333333333
    expect(group(m2021, 'share', 'Asia')).toMatchObject({
      weighting: 'denominator', baseline: 72.5, current: 68.3333333333, change: -4.1666666667,
      relative_change: -0.0574712643683, status: 'worsened', target_progress: -0.238095238097,
    });
    // FRA's 2014 figure has no denominator: (50+80+70+60)/4 = 65; (60+85+70+66)/4 = 70.25
    expect(group(m2021, 'share', 'all')).toMatchObject({
      weighting: 'unweighted', baseline: 65, current: 70.25, change: 5.25, relative_change: 0.0807692307692,
      status: 'improved', target_progress: 0.21, annualised_change: 0.0111579389194, // (70.25/65)^(1/7) - 1
    });
    expect(group(m2021, 'share', 'Europe')).toMatchObject({ weighting: 'unweighted', baseline: 65, current: 68, relative_change: 0.0461538461538 });
    // CAN, the only partner of the Americas, has no share row at all.
    expect(group(m2021, 'share', 'Americas')).toMatchObject({ weighting: null, baseline: null, status: 'not-reported', baseline_years: null, current_years: null });
  });

  it('takes medians, the mean of the middle two for an even count', () => {
    // baselines 14, 20, 30, 40; currents 12, 20, 21, 44
    expect(group(m2021, 'wait', 'all')).toMatchObject({
      baseline: 25, current: 20.5, change: -4.5, relative_change: -0.18, status: 'improved',
      annualised_change: -0.0279520399302, target_progress: 0.409090909091,
      status_counts: counts({ improved: 2, worsened: 1, unchanged: 1, 'not-reported': 2 }),
    });
    expect(group(m2021, 'wait', 'Europe')).toMatchObject({ baseline: 30, current: 32.5, relative_change: 0.0833333333333, status: 'worsened' });
  });

  it('flags fallbacks and compares with the previous edition over its own balanced set', () => {
    expect(group(m2021, 'opium', 'all')).toMatchObject({
      baseline: 1510, baseline_fallback: true, current: 1412, change: -98, relative_change: -0.0649006622517,
      annualised_change: null, status: 'changed',
      // As of 2014: AFG 1200 + IRN 500; ALB had reported nothing since its 2013 baseline.
      previous: 1700, change_since_previous: -288,
      sources: { previous: [16, 19].map((line) => ({ file: P1, line })) },
    });
  });

  it('uses totals only', () => {
    expect(group(m2021, 'treated', 'all')).toMatchObject({
      baseline: 100, current: 130, members: ['AFG'], coverage: { expected: 6, with_baseline: 1, with_current: 1, with_both: 1 },
    });
  });

  it('expects the organizations that reported the indicator in any year, over all partners only', () => {
    const ops = m2021.aggregates.filter((a) => a.indicator === 'ops');
    expect(ops.map((a) => a.group)).toEqual(['all']);
    expect(ops[0]).toMatchObject({
      baseline: 15, current: 17, change: 2, relative_change: 0.133333333333, status: 'improved', members: ['CARICC', 'SELEC'],
      coverage: { expected: 3, with_baseline: 2, with_current: 2, with_both: 2 },
      status_counts: counts({ improved: 1, unchanged: 1, 'not-reported': 1 }), // one organization has a row with a missing reason only
    });
  });
});
