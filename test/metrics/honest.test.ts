/**
 * Figures shaped like real data that the report must not misstate: a series break read as a
 * success, a partner with no row read as "no baseline", an aggregate of mixed years read as the
 * edition year's.
 */
import { describe, expect, it } from 'vitest';
import { computeMetrics, explainMetric, type AggregateMetric, type EntityMetric, type Metrics } from '../../pipeline/metrics/index.js';
import { dataset, expectCoherentCoverage, indicator, rows } from './fixtures.js';

const entity = (m: Metrics, code: string): EntityMetric => m.entities.find((e) => e.entity === code && e.sex === 'total')!;
const group = (m: Metrics, code: string): AggregateMetric => m.aggregates.find((a) => a.group === code)!;

describe('a known series break', () => {
  // AFG's count fell from 757 to 79 when the series changed coverage in 2020; IRN rose normally.
  const observations = rows([
    ['seized', 'AFG', 2014, 757],
    ['seized', 'AFG', 2019, 760],
    ['seized', 'AFG', 2020, 79, { flag: 'break', note: 'from 2020, border seizures only' }],
    ['seized', 'AFG', 2021, 81],
    ['seized', 'IRN', 2014, 100],
    ['seized', 'IRN', 2021, 90],
  ]);
  const m = computeMetrics(dataset([indicator('seized', { direction: 'higher-is-better' })], observations), { year: 2021 });

  it('keeps the change but judges it not comparable, with the break and its note', () => {
    expect(entity(m, 'AFG')).toMatchObject({
      baseline: 757,
      current: 81,
      change: -676,
      status: 'not-comparable',
      series_break: { year: 2020, note: 'from 2020, border seizures only' },
      sources: { break: { file: 'data/observations/pillar-1.csv', line: 4 } },
    });
    expect(entity(m, 'IRN')).toMatchObject({ status: 'worsened', series_break: null });
  });

  it('leaves the partner out of the aggregate, so it alone cannot move its region', () => {
    const all = group(m, 'all');
    expect(all).toMatchObject({ members: ['IRN'], baseline: 100, current: 90, status: 'worsened' });
    expect(all.coverage).toMatchObject({ with_baseline: 2, with_current: 2, with_both: 1 });
    expect(all.status_counts['not-comparable']).toBe(1);
    expectCoherentCoverage(all);
  });

  it('judges the change when the indicator compares across breaks', () => {
    const across = computeMetrics(
      dataset([indicator('seized', { direction: 'higher-is-better', compare_across_breaks: true })], observations),
      { year: 2021 },
    );
    expect(entity(across, 'AFG')).toMatchObject({ status: 'worsened', series_break: { year: 2020 } });
    expect(group(across, 'all').members).toEqual(['AFG', 'IRN']);
  });

  it('does not count a break at the baseline year or after the current figure', () => {
    const at = (year: number): Metrics =>
      computeMetrics(
        dataset(
          [indicator('seized')],
          rows([
            ['seized', 'AFG', 2014, 50, { flag: 'break', note: 'new series' }],
            ['seized', 'AFG', 2019, 60],
            ['seized', 'AFG', 2021, 70, { flag: 'break', note: 'later change' }],
          ]),
        ),
        { year },
      );
    expect(entity(at(2020), 'AFG')).toMatchObject({ current_year: 2019, status: 'improved', series_break: null });
    expect(entity(at(2021), 'AFG')).toMatchObject({ status: 'not-comparable', series_break: { year: 2021, note: 'later change' } });
  });

  it('gives an aggregate whose only members with both figures cross breaks the status not-comparable', () => {
    const only = computeMetrics(
      dataset(
        [indicator('seized')],
        rows([
          ['seized', 'AFG', 2014, 757],
          ['seized', 'AFG', 2021, 79, { flag: 'break', note: 'coverage changed' }],
        ]),
      ),
      { year: 2021 },
    );
    expect(group(only, 'all')).toMatchObject({ baseline: null, current: null, status: 'not-comparable', members: [] });
  });
});

describe('partners with no row at all', () => {
  const m = computeMetrics(dataset([indicator('seized')], rows([['seized', 'AFG', 2014, 10], ['seized', 'AFG', 2021, 12]])), { year: 2021 });

  it("are 'not-reported', counted apart from those without a baseline", () => {
    expect(entity(m, 'CAN').status).toBe('not-reported');
    const all = group(m, 'all');
    expect(all.status_counts).toMatchObject({ improved: 1, 'not-reported': 5, 'no-baseline': 0 });
    expect(all.coverage.expected).toBe(6);
  });

  it("make a group where nobody reported 'not-reported'", () => {
    expect(group(m, 'Americas')).toMatchObject({ status: 'not-reported', baseline: null, coverage: { with_baseline: 0 } });
  });
});

describe('an aggregate of mixed years', () => {
  const observations = rows([
    ['seized', 'AFG', 2014, 100],
    ['seized', 'AFG', 2021, 150],
    ['seized', 'IRN', 2013, 40],
    ['seized', 'IRN', 2019, 60],
    ['seized', 'ALB', 2014, 10],
    ['seized', 'ALB', 2020, 20],
  ]);

  it('says which years its baseline and current figures are from, and has no annualised change', () => {
    const m = computeMetrics(dataset([indicator('seized', { baseline_fallback_years: 1 })], observations), { year: 2021 });
    expect(group(m, 'all')).toMatchObject({
      members: ['AFG', 'ALB', 'IRN'],
      baseline: 150,
      baseline_fallback: true,
      baseline_years: { from: 2013, to: 2014 },
      current: 230,
      current_is_latest_available: true,
      current_years: { from: 2019, to: 2021 },
      current_rule: 'latest-available',
      annualised_change: null,
    });
  });

  it("adds up only the edition year's figures when the indicator says so", () => {
    const m = computeMetrics(
      dataset([indicator('seized', { baseline_fallback_years: 1, aggregate_current: 'edition-year' })], observations),
      { year: 2021 },
    );
    const all = group(m, 'all');
    expect(all).toMatchObject({
      members: ['AFG'],
      baseline: 100,
      current: 150,
      current_is_latest_available: false,
      current_years: { from: 2021, to: 2021 },
      current_rule: 'edition-year',
    });
    expect(all.coverage).toMatchObject({ expected: 6, with_baseline: 3, with_current: 1, with_both: 1 });
    // The partners keep their latest available figures as entities.
    expect(entity(m, 'IRN')).toMatchObject({ current_year: 2019, current_is_latest_available: true });
    expectCoherentCoverage(all);
  });
});

describe('explanations', () => {
  it('name the break a change crosses, and a partner that reported nothing', () => {
    const ds = dataset(
      [indicator('seized')],
      rows([
        ['seized', 'AFG', 2014, 757],
        ['seized', 'AFG', 2021, 79, { flag: 'break', note: 'border seizures only' }],
      ]),
    );
    const m = computeMetrics(ds, { year: 2021 });
    const afg = explainMetric(m, ds, 'seized', 'AFG');
    expect(afg).toContain('Series break in 2021: border seizures only (data/observations/pillar-1.csv:3)');
    expect(afg).toContain('Status: not-comparable: the change crosses a known series break, and the indicator does not compare across breaks');
    expect(explainMetric(m, ds, 'seized', 'CAN')).toContain('Status: not-reported: no figure at all up to the edition year');
    expect(explainMetric(m, ds, 'seized', 'all')).toContain('  left out: 1 whose change crosses a series break');
  });
});
