/**
 * The plausibility pass (pipeline/validate/plausibility/): its statistics, each indicator's
 * thresholds, the words of its warnings, and the rules on series shaped like partners' figures.
 * The corpus (test/fixtures/validate/plausibility-*) shows the whole report for each kind.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Indicator, Observation } from '../../pipeline/model.js';
import { checkPlausibility } from '../../pipeline/validate/plausibility/index.js';
import { misplacedThreshold, resolveSettings } from '../../pipeline/validate/plausibility/settings.js';
import { countsDiffer, median, sharesDiffer, theilSen } from '../../pipeline/validate/plausibility/statistics.js';
import { yearsHave } from '../../pipeline/validate/plausibility/words.js';
import { BUILTIN_UNITS, unitsOf } from '../../pipeline/validate/units.js';

const indicator = (id: string, unit: string, extra: Partial<Indicator> = {}): Indicator => ({
  id,
  pillar: 'I',
  title: id,
  definition: id,
  unit,
  reported_by: 'country',
  direction: 'higher-is-better',
  aggregation: unit === 'percent' ? 'weighted-mean' : 'sum',
  baseline_year: 2014,
  bounds: unit === 'percent' ? { min: 0, max: 100 } : { min: 0 },
  source: 'test',
  ...extra,
});

describe('the statistics', () => {
  it('takes medians of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('fits a median line that a single odd point does not move', () => {
    const line = theilSen([2012, 2013, 2014, 2015, 2016], [10, 12, 90, 16, 18]);
    expect(line(2012)).toBeCloseTo(10);
    expect(line(2016)).toBeCloseTo(18);
  });

  it('tells a count change chance explains from one it does not', () => {
    expect(countsDiffer(3, 0)).toBe(false);
    expect(countsDiffer(10, 2)).toBe(false);
    expect(countsDiffer(757, 79)).toBe(true);
    expect(countsDiffer(20, 2)).toBe(true);
  });

  it('tells a share change chance explains from one it does not', () => {
    expect(sharesDiffer(40, 5, 80, 5)).toBe(false);
    expect(sharesDiffer(61.3, 142, 88.9, 144)).toBe(true);
  });
});

describe('the thresholds of an indicator', () => {
  const units = unitsOf([{ id: 'rate-per-100k', name: 'rate per 100,000', change: 'difference' }, { id: 'balance', name: 'balance', change: 'difference' }]);

  it('judges counts, quantities and days as factors, percentages in points', () => {
    expect(resolveSettings(indicator('a', 'count'), BUILTIN_UNITS.count)).toEqual({ scale: 'ratio', counts: true, jump: 5, outlierScore: 3.5, gapYears: 2 });
    expect(resolveSettings(indicator('b', 'kg'), BUILTIN_UNITS.kg)).toMatchObject({ scale: 'ratio', counts: false, jump: 5 });
    expect(resolveSettings(indicator('c', 'days', { bounds: { min: 0, max: 365 } }), BUILTIN_UNITS.days)).toMatchObject({ scale: 'ratio', jump: 5 });
    expect(resolveSettings(indicator('d', 'percent'), BUILTIN_UNITS.percent)).toMatchObject({ scale: 'points', jump: 20 });
    expect(resolveSettings(indicator('e', 'rate-per-100k'), units['rate-per-100k'])).toMatchObject({ scale: 'ratio', counts: false });
  });

  it('judges no jumps of figures that may be negative', () => {
    expect(resolveSettings(indicator('f', 'balance', { bounds: { min: -100 } }), units['balance'])).toMatchObject({ scale: 'linear', jump: undefined });
  });

  it("takes the indicator's own thresholds, and names one of the other scale", () => {
    const own = indicator('g', 'kg', { plausibility: { jump_factor: 20, outlier_score: 5, gap_years: 3 } });
    expect(resolveSettings(own, BUILTIN_UNITS.kg)).toMatchObject({ jump: 20, outlierScore: 5, gapYears: 3 });
    expect(misplacedThreshold(own, BUILTIN_UNITS.kg)).toBeUndefined();
    expect(misplacedThreshold(indicator('h', 'kg', { plausibility: { jump_points: 10 } }), BUILTIN_UNITS.kg)).toBe('jump_points');
    expect(misplacedThreshold(indicator('i', 'percent', { plausibility: { jump_factor: 3 } }), BUILTIN_UNITS.percent)).toBe('jump_factor');
  });
});

describe('the words', () => {
  it('writes years as runs with their verb', () => {
    expect(yearsHave([2015])).toBe('2015 has');
    expect(yearsHave([2015, 2016, 2017])).toBe('2015-2017 have');
    expect(yearsHave([2013, 2015, 2016])).toBe('2013 and 2015-2016 have');
  });
});

describe('the rules on partners\' series', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  /** Writes rows as an observations file and judges them; returns each warning as "line:column ruleId". */
  function judge(indicators: Indicator[], rows: [string, string, number, number | '', string?, string?][]): string[] {
    const root = mkdtempSync(join(tmpdir(), 'vdr-plausibility-'));
    dirs.push(root);
    mkdirSync(join(root, 'data'));
    const file = 'data/observations.csv';
    const lines = ['indicator,country,year,value,flag,missing_reason,note'];
    const observations: Observation[] = rows.map(([id, country, year, value, flag, note], i) => {
      lines.push([id, country, year, value, flag ?? '', value === '' ? 'not-reported' : '', note ?? ''].join(','));
      return {
        indicator: id,
        country,
        year,
        ...(value === '' ? { missing_reason: 'not-reported' as const } : { value }),
        sex: 'total',
        ...(flag ? { flag: flag as 'break' } : {}),
        ...(note ? { note } : {}),
        kind: 'reported',
        file,
        line: i + 2,
      };
    });
    writeFileSync(join(root, file), `${lines.join('\n')}\n`);
    const messages = checkPlausibility({ root, observations, indicators: new Map(indicators.map((i) => [i.id, i])), units: BUILTIN_UNITS });
    for (const m of messages) expect(m.severity).toBe('warning');
    return messages.map((m) => `${m.place!.line}:${m.place!.column} ${m.ruleId}`);
  }

  const count = indicator('cases', 'count');
  const kg = indicator('seized', 'kg');

  it('places a jump at the value cell of the figure after it', () => {
    const warnings = judge([count], [['cases', 'AFG', 2015, 731], ['cases', 'AFG', 2016, 757], ['cases', 'AFG', 2017, 79], ['cases', 'AFG', 2018, 84]]);
    expect(warnings).toEqual(['4:16 observation/jump']);
  });

  it('lets a known break explain the jump and split the series for outliers', () => {
    const rows: [string, string, number, number][] = [2012, 2013, 2014, 2015, 2016].map((year, i) => ['seized', 'IRN', year, 1000 + 10 * i]);
    const after: [string, string, number, number, string?, string?][] = [2017, 2018, 2019, 2020, 2021].map((year, i) => ['seized', 'IRN', year, 150 + 2 * i]);
    after[0]!.push('break', 'from 2017 the customs only');
    expect(judge([kg], [...rows, ...after])).toEqual([]);
    // Without the break: one jump, and no outlier warnings on the rows after it.
    expect(judge([kg], [...rows, ...after.map(([a, b, c, d]) => [a, b, c, d] as [string, string, number, number])])).toEqual(['7:17 observation/jump']);
  });

  it('gives short and flat series no outlier warning', () => {
    expect(judge([kg], [['seized', 'AUT', 2012, 10], ['seized', 'AUT', 2013, 10], ['seized', 'AUT', 2014, 29], ['seized', 'AUT', 2015, 10]])).toEqual([]);
    const flat: [string, string, number, number][] = [2012, 2013, 2014, 2015, 2016, 2017].map((year) => ['seized', 'PAK', year, 500]);
    expect(judge([kg], [...flat, ['seized', 'PAK', 2018, 1400]])).toEqual([]);
  });

  it('no longer warns of a figure the indicator lists as confirmed, nor of the way back from it', () => {
    const rows: [string, string, number, number][] = [['seized', 'MLT', 2016, 2.6], ['seized', 'MLT', 2017, 0], ['seized', 'MLT', 2018, 3.2], ['seized', 'AFG', 2016, 757], ['seized', 'AFG', 2017, 79]];
    expect(judge([kg], rows)).toEqual(['3:17 observation/jump', '6:17 observation/jump']);
    const checked = indicator('seized', 'kg', { plausibility: { checked: [{ country: 'MLT', year: 2017, note: 'confirmed by the national focal point' }] } });
    expect(judge([checked], rows)).toEqual(['6:17 observation/jump']);
    // An outlier confirmed as right is not one any more.
    const series: [string, string, number, number][] = [2012, 2013, 2014, 2015, 2016, 2017].map((year, i) => ['seized', 'KAZ', year, 150 + 5 * i]);
    series[2]![3] = 420;
    const outlier = judge([kg], series);
    expect(outlier).toEqual(['4:17 observation/outlier']);
    const confirmed = indicator('seized', 'kg', { plausibility: { checked: [{ country: 'KAZ', year: 2014, note: 'one record seizure, confirmed' }] } });
    expect(judge([confirmed], series)).toEqual([]);
  });

  it('counts a year with a missing_reason as said, not as a gap', () => {
    const said = judge([count], [['cases', 'SRB', 2012, 40], ['cases', 'SRB', 2013, ''], ['cases', 'SRB', 2014, ''], ['cases', 'SRB', 2015, 42], ['cases', 'KAZ', 2015, 7]]);
    expect(said).toEqual([]);
    const silent = judge([count], [['cases', 'SRB', 2012, 40], ['cases', 'SRB', 2015, 42], ['cases', 'KAZ', 2018, 7]]);
    expect(silent).toEqual(['3:16 observation/gap', '3:16 observation/stopped']);
  });
});
