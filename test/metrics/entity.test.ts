/** Entity metrics of the hand-computed sample (see fixtures.ts for the rows and their lines). */
import { describe, expect, it } from 'vitest';
import { computeMetrics, type EntityMetric, type Metrics } from '../../pipeline/metrics/index.js';
import { sample } from './fixtures.js';

const P1 = 'data/observations/pillar-1.csv';
const P4 = 'data/observations/pillar-4.csv';
const m2021 = computeMetrics(sample(), { year: 2021, previous: 2014 });
const m2014 = computeMetrics(sample(), { year: 2014 });

function row(m: Metrics, indicator: string, entity: string, sex = 'total'): EntityMetric {
  const found = m.entities.find((e) => e.indicator === indicator && e.entity === entity && e.sex === sex);
  if (!found) throw new Error(`no row ${indicator} ${entity} ${sex}`);
  return found;
}

describe('entity metrics, 2021 edition against the 2014 baseline', () => {
  it('computes a plain improvement, with every source line', () => {
    expect(row(m2021, 'seized', 'AFG')).toEqual({
      indicator: 'seized',
      entity: 'AFG',
      entity_type: 'country',
      sex: 'total',
      baseline_year: 2014,
      baseline: 100,
      baseline_fallback: false,
      current_year: 2021,
      current: 150,
      current_is_latest_available: false,
      change: 50,
      relative_change: 0.5,
      annualised_change: 0.059634022667, // 1.5^(1/7) - 1
      status: 'improved',
      target_progress: null,
      previous_year: 2014,
      previous: 100,
      change_since_previous: 50,
      baseline_flag: null,
      current_flag: 'provisional',
      series_break: null,
      illustrative: false,
      sources: { baseline: { file: P1, line: 2 }, current: { file: P1, line: 3 }, previous: { file: P1, line: 2 } },
    });
  });

  it('leaves the relative change undefined from a baseline of 0', () => {
    expect(row(m2021, 'seized', 'ALB')).toMatchObject({
      baseline: 0, current: 20, change: 20, relative_change: null, annualised_change: null, status: 'improved',
    });
  });

  it('uses the latest available figure of a country that stopped reporting', () => {
    expect(row(m2021, 'seized', 'IRN')).toMatchObject({
      baseline: 200,
      baseline_flag: 'estimate',
      current_year: 2016,
      current: 210,
      current_is_latest_available: true,
      change: 10,
      relative_change: 0.05,
      annualised_change: 0.024695076596, // 1.05^(1/2) - 1
      status: 'unchanged', // exactly on the 5% tolerance
      sources: { baseline: { file: P1, line: 6 }, current: { file: P1, line: 7 }, previous: { file: P1, line: 6 } },
    });
    // A missing value in the edition year is not a figure: the latest figure stands in.
    expect(row(m2021, 'seized', 'FRA')).toMatchObject({
      current_year: 2020, current: 38, current_is_latest_available: true, change: -2, relative_change: -0.05, status: 'unchanged',
    });
  });

  it('substitutes no baseline where no fallback is configured', () => {
    expect(row(m2021, 'seized', 'SRB')).toEqual(
      expect.objectContaining({
        baseline_year: null, baseline: null, baseline_fallback: false, current_year: 2021, current: 60,
        change: null, relative_change: null, annualised_change: null, status: 'no-baseline',
        previous_year: null, previous: null, change_since_previous: null,
        sources: { current: { file: P1, line: 10 } },
      }),
    );
  });

  it("tells a partner with no figure at all ('not-reported') from one with figures but no baseline", () => {
    // FRA has no opium row at all.
    expect(row(m2021, 'opium', 'FRA')).toMatchObject({ baseline: null, current: null, status: 'not-reported', sources: {} });
    // SRB has a 2021 seizure figure but none for the baseline.
    expect(row(m2021, 'seized', 'SRB').status).toBe('no-baseline');
    // A figure after the edition year does not make a partner reported as of that year.
    expect(row(m2014, 'seized', 'SRB').status).toBe('not-reported');
  });

  it('has no current data for a country that reported nothing after its baseline', () => {
    expect(row(m2021, 'seized', 'CAN')).toMatchObject({
      baseline: 25, current: null, current_year: null, change: null, status: 'no-current-data',
      previous_year: 2014, previous: 25, change_since_previous: null,
      sources: { baseline: { file: P1, line: 28 }, previous: { file: P1, line: 28 } },
    });
  });

  it('flags every use of the fallback window, preferring the earlier year on a tie', () => {
    expect(row(m2021, 'opium', 'AFG')).toMatchObject({
      baseline_year: 2012, baseline: 1000, baseline_fallback: true, current: 900, change: -100, relative_change: -0.1,
      annualised_change: -0.0116384668843, // 0.9^(1/9) - 1
      status: 'changed', // neutral, beyond the tolerance
      previous_year: 2014, previous: 1200, change_since_previous: -300,
      sources: { baseline: { file: P1, line: 14 }, current: { file: P1, line: 17 }, previous: { file: P1, line: 16 } },
    });
    expect(row(m2021, 'opium', 'IRN')).toMatchObject({
      baseline_year: 2014, baseline: 500, baseline_fallback: true, change: 0, relative_change: 0, annualised_change: 0, status: 'unchanged',
    });
    expect(row(m2021, 'opium', 'ALB')).toMatchObject({ baseline_year: 2013, baseline_fallback: false, change: 2, relative_change: 0.2, status: 'changed' });
  });

  it('computes target progress, including a target met at baseline', () => {
    expect(row(m2021, 'share', 'AFG').target_progress).toBe(0.25); // (60-50)/(90-50)
    expect(row(m2021, 'share', 'ALB').target_progress).toBe(0);
    expect(row(m2021, 'wait', 'AFG').target_progress).toBe(0.625); // (20-30)/(14-30)
    expect(row(m2021, 'wait', 'IRN')).toMatchObject({ baseline: 14, current: 12, target_progress: 1, status: 'improved', relative_change: -0.142857142857 });
    expect(row(m2021, 'wait', 'ALB')).toMatchObject({ relative_change: 0.1, status: 'worsened', target_progress: -0.153846153846 });
    expect(row(m2021, 'wait', 'FRA')).toMatchObject({ relative_change: 0.05, status: 'unchanged', target_progress: -0.166666666667 });
    expect(row(m2021, 'seized', 'AFG').target_progress).toBeNull();
  });

  it('gives disaggregated rows their own metrics and invents no total', () => {
    expect(row(m2021, 'treated', 'AFG', 'female')).toMatchObject({
      baseline: 30, current: 50, change: 20, status: 'improved', sources: { baseline: { file: P4, line: 11 }, current: { file: P4, line: 14 } },
    });
    expect(row(m2021, 'treated', 'AFG', 'male')).toMatchObject({ baseline: 70, current: 80, change: 10 });
    expect(row(m2021, 'treated', 'IRN', 'female')).toMatchObject({ baseline: 10, current: 12, change: 2 });
    // IRN reported female and male figures but no total: its total is not reported.
    expect(row(m2021, 'treated', 'IRN')).toMatchObject({ baseline: null, current: null, status: 'not-reported' });
    const rows = m2021.entities.filter((e) => e.indicator === 'treated').map((e) => `${e.entity}/${e.sex}`);
    expect(rows).toEqual(['AFG/total', 'AFG/female', 'AFG/male', 'ALB/total', 'CAN/total', 'FRA/total', 'IRN/total', 'IRN/female', 'IRN/male', 'SRB/total']);
  });

  it('treats organizations as entities', () => {
    expect(row(m2021, 'ops', 'CARICC')).toMatchObject({ entity_type: 'organization', baseline: 10, current: 12, status: 'improved' });
    expect(row(m2021, 'ops', 'SELEC')).toMatchObject({ change: 0, status: 'unchanged' });
    // INTERPOL's only row gives a missing reason: not a figure.
    expect(row(m2021, 'ops', 'INTERPOL')).toMatchObject({ baseline: null, current: null, status: 'not-reported' });
    expect(m2021.entities.filter((e) => e.indicator === 'ops').map((e) => e.entity)).toEqual(['CARICC', 'INTERPOL', 'SELEC']);
  });
});

describe('entity metrics, the 2014 baseline edition', () => {
  it('has current = baseline and a change of 0 where the baseline year is the edition year', () => {
    expect(row(m2014, 'seized', 'AFG')).toMatchObject({
      baseline: 100, current: 100, current_year: 2014, change: 0, relative_change: 0, annualised_change: null, status: 'unchanged',
      previous_year: null, previous: null, change_since_previous: null,
      sources: { baseline: { file: P1, line: 2 }, current: { file: P1, line: 2 } },
    });
    // SRB's first figure is from 2015: as of 2014 it has reported nothing.
    expect(row(m2014, 'seized', 'SRB')).toMatchObject({ baseline: null, current: null, status: 'not-reported' });
  });
  it('compares with an earlier baseline year', () => {
    expect(row(m2014, 'opium', 'AFG')).toMatchObject({ baseline_year: 2012, current_year: 2014, current: 1200, change: 200, status: 'changed' });
    // ALB's 2013 baseline is not its 2014 figure: nothing was reported after it.
    expect(row(m2014, 'opium', 'ALB')).toMatchObject({ baseline_year: 2013, current_year: null, change: null, status: 'no-current-data' });
    expect(row(m2021, 'opium', 'ALB')).toMatchObject({ previous: null, change_since_previous: null });
  });
  it('has no previous edition', () => {
    expect(m2014.edition).toEqual({ year: 2014, previous: null });
  });
});
