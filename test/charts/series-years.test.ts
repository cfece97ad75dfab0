/**
 * A time series' `from` and `to`: checked where they are written (a year, within the reporting
 * window up to the edition's year, from not after to; every problem at its value, with a fix),
 * and applied to what the chart draws, its table, its description and its sources.
 */
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { buildChart, checkChartRequests } from '../../pipeline/charts/build.js';
import type { TimeSeriesRequest } from '../../pipeline/charts/request.js';
import { chapter, compileChapters } from '../content/compile.js';
import { realDataset } from '../metrics/real.js';
import { fixtureContext } from './fixture.js';

const context = fixtureContext();
const input = { dataset: context.dataset, metrics: context.metrics!, year: 2021 };
const request = (years: Partial<TimeSeriesRequest>): TimeSeriesRequest => ({ id: 't', kind: 'time-series', title: 'T', description: 'D.', indicator: 'seizures', entities: ['AFG', 'ALB'], ...years });

describe('time series from and to, in the chapter', () => {
  const line = (attributes: string): string => `::chart[Heroin by year]{#fig-t kind=time-series indicator=heroin-seizures entities="AFG" ${attributes}}`;
  /** The column (1-based) of an attribute's value in the directive line. */
  const columnOf = (text: string, attribute: string): number => text.indexOf(`${attribute}=`) + attribute.length + 2;

  it('takes both years into the request, and traces only the figures drawn', () => {
    const result = compileChapters({ 'c.md': chapter(line('from=2014 to=2018')) });
    expect(result.messages).toEqual([]);
    expect(result.chartRequests[0]).toMatchObject({ kind: 'time-series', from: 2014, to: 2018 });
    const drawn = realDataset().observations.filter((o) => o.indicator === 'heroin-seizures' && o.country === 'AFG' && o.sex === 'total' && o.year >= 2014 && o.year <= 2018);
    expect(drawn).toHaveLength(5);
    const sources = toHtml(result.document.annexes.find((a) => a.id === 'annex-sources')!.tree);
    expect(sources).toContain(`Afghanistan (Islamic Republic of): </span>data/observations/pillar-1.csv, lines ${drawn[0]!.line}\u2013${drawn.at(-1)!.line}</li>`);
  });

  it('reports each year outside the years a series can draw, at its value, with the years to use', () => {
    const text = line('from=2009 to=2030');
    const result = compileChapters({ 'c.md': chapter(text) });
    expect(result.chartRequests).toEqual([]);
    const messages = result.messages.filter((m) => m.ruleId === 'chart/series-year-range');
    expect(messages.map((m) => [m.value, m.place?.column])).toEqual([
      ['2009', columnOf(text, 'from')],
      ['2030', columnOf(text, 'to')],
    ]);
    expect(messages[0]!.reason).toBe("from=2009 is outside the years this edition's time series can draw, 2012 (the reporting window's first year) to 2021 (the edition's year)");
    expect(messages[0]!.fix).toBe('write a year from 2012 to 2021, or leave from out; heroin-seizures has figures from 2012 to 2021');
    expect(messages.every((m) => m.severity === 'error' && m.place?.line === 6)).toBe(true);
  });

  it('reports a from after the to, with the two swapped as the fix', () => {
    const text = line('from=2019 to=2015');
    const result = compileChapters({ 'c.md': chapter(text) });
    expect(result.messages.map((m) => [m.ruleId, m.value, m.place?.column, m.fix])).toEqual([['chart/series-year-order', '2019', columnOf(text, 'from'), 'swap them: from=2015 to=2019']]);
  });

  it('reports a year that is not a whole number, and every problem at once', () => {
    const text = line('from=2014.5 to=2040');
    const result = compileChapters({ 'c.md': chapter(text) });
    expect(result.messages.map((m) => [m.ruleId, m.value, m.place?.column])).toEqual([
      ['content/attribute-value', '2014.5', columnOf(text, 'from')],
      ['chart/series-year-range', '2040', columnOf(text, 'to')],
    ]);
    expect(result.messages[0]!.reason).toBe('from must be a year, a whole number such as 2014');
  });

  it('takes from and to only on time series', () => {
    const result = compileChapters({ 'c.md': chapter('::chart[Heroin]{#fig-b kind=baseline-current indicator=heroin-seizures from=2014}') });
    expect(result.messages.map((m) => [m.ruleId, m.value])).toEqual([['content/unknown-attribute', 'from']]);
  });
});

describe('time series from and to, in the chart', () => {
  it('draws, tabulates and describes only the years asked for', () => {
    const built = buildChart(request({ from: 2015, to: 2019 }), input);
    const values = (built.spec['data'] as { values: { year: number }[] }).values;
    expect([...new Set(values.map((v) => v.year))]).toEqual([2015, 2016, 2017, 2018, 2019]);
    const x = (built.spec['spec'] as { encoding: { x: { scale: { domain: number[] } } } }).encoding.x.scale.domain;
    expect(x).toEqual([2015, 2019]);
    expect(built.table.columns).toEqual(['Entity', '2015', '2016', '2017', '2018', '2019', 'Estimated or provisional']);
    expect(built.table.caption).toBe('Heroin seized (kg), 2015-2019');
    expect(built.describe).toBe('2 panels, 2015 to 2019; each panel has its own scale, so compare shapes, not heights.');
  });

  it('draws the baseline rule only when the baseline year is among the years drawn', () => {
    const layers = (spec: Record<string, unknown>): { mark: { type: string } }[] => (spec['spec'] as { layer: { mark: { type: string } }[] }).layer;
    expect(layers(buildChart(request({ from: 2014 }), input).spec).map((l) => l.mark.type)).toEqual(['rule', 'line', 'point']);
    expect(layers(buildChart(request({ from: 2016 }), input).spec).map((l) => l.mark.type)).toEqual(['line', 'point']);
  });

  it('defaults to the reporting window up to the edition year, as before', () => {
    expect(buildChart(request({}), input)).toEqual(buildChart(request({ from: 2012, to: 2021 }), input));
  });

  it('checks requests made without a chapter the same way', () => {
    const problems = checkChartRequests([request({ from: 2020, to: 2013 }), request({ id: 'u', to: 2022 })], { dataset: context.dataset, edition: { year: 2021 } });
    expect(problems.map((m) => [m.ruleId, m.value])).toEqual([
      ['chart/series-year-order', '2020'],
      ['chart/series-year-range', '2022'],
    ]);
  });
});
