import { describe, expect, it } from 'vitest';
import { pickBaseline, pickCurrent } from '../../pipeline/metrics/readings.js';
import { indexSeries } from '../../pipeline/metrics/series.js';
import type { Row } from './fixtures.js';
import { indicator, rows } from './fixtures.js';

const seriesOf = (list: Row[]) => indexSeries(rows(list)).series('x', 'AFG', 'total');

describe('pickBaseline', () => {
  const plain = indicator('x');
  const windowed = indicator('x', { baseline_year: 2013, baseline_fallback_years: 1 });

  it('takes the baseline year', () => {
    const s = seriesOf([['x', 'AFG', 2013, 5], ['x', 'AFG', 2014, 7]]);
    expect(pickBaseline(s, plain, 2021)).toMatchObject({ value: 7, year: 2014, fallback: false });
  });
  it('substitutes nothing without a fallback window', () => {
    const s = seriesOf([['x', 'AFG', 2013, 5], ['x', 'AFG', 2015, 9]]);
    expect(pickBaseline(s, plain, 2021)).toBeUndefined();
  });
  it('never takes a missing value (a row with a reason) as the baseline', () => {
    const s = seriesOf([['x', 'AFG', 2014, null], ['x', 'AFG', 2015, 9]]);
    expect(pickBaseline(s, plain, 2021)).toBeUndefined();
  });
  it('falls back to the nearest year and prefers the earlier on a tie', () => {
    const s = seriesOf([['x', 'AFG', 2012, 4], ['x', 'AFG', 2014, 6]]);
    expect(pickBaseline(s, windowed, 2021)).toMatchObject({ value: 4, year: 2012, fallback: true });
  });
  it('falls back to the later year when the earlier is missing', () => {
    const s = seriesOf([['x', 'AFG', 2012, null], ['x', 'AFG', 2013, null], ['x', 'AFG', 2014, 6]]);
    expect(pickBaseline(s, windowed, 2021)).toMatchObject({ value: 6, year: 2014, fallback: true });
  });
  it('stays within the window, nearest first', () => {
    const s = seriesOf([['x', 'AFG', 2011, 1], ['x', 'AFG', 2016, 2]]);
    expect(pickBaseline(s, windowed, 2021)).toBeUndefined();
    const wide = indicator('x', { baseline_year: 2013, baseline_fallback_years: 3 });
    expect(pickBaseline(s, wide, 2021)).toMatchObject({ year: 2011, fallback: true });
    const s2 = seriesOf([['x', 'AFG', 2010, 1], ['x', 'AFG', 2015, 2]]);
    expect(pickBaseline(s2, wide, 2021)).toMatchObject({ year: 2015, fallback: true });
  });
  it('takes no baseline from after the edition year', () => {
    const s = seriesOf([['x', 'AFG', 2014, 6]]);
    expect(pickBaseline(s, windowed, 2013)).toBeUndefined();
    expect(pickBaseline(s, plain, 2013)).toBeUndefined();
  });
});

describe('pickCurrent', () => {
  const ind = indicator('x');
  const s = seriesOf([['x', 'AFG', 2012, 1], ['x', 'AFG', 2014, 2], ['x', 'AFG', 2016, 3], ['x', 'AFG', 2018, null]]);
  const baseline = pickBaseline(s, ind, 2021);

  it('takes the edition year', () => {
    expect(pickCurrent(s, baseline, ind, 2016)).toMatchObject({ value: 3, year: 2016 });
  });
  it('else the latest year before it, skipping missing values', () => {
    expect(pickCurrent(s, baseline, ind, 2021)).toMatchObject({ value: 3, year: 2016 });
  });
  it('is the baseline itself in the baseline edition', () => {
    expect(pickCurrent(s, baseline, ind, 2014)).toMatchObject({ value: 2, year: 2014 });
  });
  it('is nothing when nothing was reported after the baseline', () => {
    expect(pickCurrent(s, baseline, ind, 2015)).toBeUndefined();
  });
  it('without a baseline, takes any year from the baseline year, none before', () => {
    const later = seriesOf([['x', 'AFG', 2013, 1], ['x', 'AFG', 2015, 2]]);
    expect(pickCurrent(later, undefined, ind, 2021)).toMatchObject({ value: 2, year: 2015 });
    expect(pickCurrent(later, undefined, ind, 2014)).toBeUndefined();
  });
});
