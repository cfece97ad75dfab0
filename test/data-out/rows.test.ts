/**
 * The rows each figure and table records for its download (pipeline/data-out/rows.ts,
 * content/directives/chart-data.ts), on the project's data: every kind of chart and both kinds
 * of numbered table, their values equal to the metrics and observations, their places to the
 * lines those came from, in the same order on every compile.
 */
import { describe, expect, it } from 'vitest';
import type { DataRow } from '../../pipeline/data-out/rows.js';
import { editionDataCsv } from '../../pipeline/html/downloads.js';
import { STATUSES } from '../../pipeline/metrics/types.js';
import { chapter, compileChapters, realMetrics } from '../content/compile.js';
import { realDataset } from '../metrics/real.js';

const PRIORITY = 'AFG IRN PAK';
const text = chapter(
  [
    `::chart[Heroin]{#fig-heroin kind=baseline-current indicator=heroin-seizures entities="${PRIORITY}"}`,
    '',
    `::chart[MLA]{#fig-mla kind=time-series indicator=mla-answered entities="${PRIORITY}"}`,
    '',
    '::chart[Partners]{#fig-map kind=partner-map colorBy=programme}',
    '',
    '::chart[Heroin map]{#fig-map-status kind=partner-map colorBy=status indicator=heroin-seizures}',
    '',
    '::chart[Status]{#fig-status kind=status-by-pillar}',
    '',
    '::chart[Status II]{#fig-status-2 kind=status-by-pillar pillar=II}',
    '',
    '::chart[Coverage]{#fig-coverage kind=coverage-grid pillar=I}',
    '',
    '::chart[EWG]{#fig-ewg kind=ewg-timeline until=2015}',
    '',
    ':::vega-lite[Deaths]{#fig-custom description="Partners by status."}',
    '```json',
    `{ "data": { "name": "metrics" }, "transform": [{ "filter": "datum.indicator === 'drug-induced-deaths'" }], "mark": "bar", "encoding": { "x": { "field": "status", "type": "nominal" }, "y": { "aggregate": "count", "type": "quantitative" } } }`,
    '```',
    ':::',
    '',
    `::indicator-table[Joint operations]{#tab-joint indicator=joint-operations entities="${PRIORITY}"}`,
    '',
    '::pillar-table[Pillar I]{#tab-pillar-1 pillar=I}',
  ].join('\n'),
);

describe('the rows of each figure and table', () => {
  const result = compileChapters({ 'c.md': text });
  const dataset = realDataset();
  const metrics = realMetrics();
  const rowsOf = (id: string): DataRow[] => [...result.document.figures, ...result.document.tables].find((e) => e.id === id)!.data;
  const metric = (indicator: string, entity: string) => metrics.entities.find((m) => m.indicator === indicator && m.entity === entity && m.sex === 'total')!;

  it('compiles without a problem', () => {
    expect(result.messages.filter((m) => m.severity === 'error')).toEqual([]);
  });

  it('gives a baseline-current chart each entity metric: baseline, current, change and relative change', () => {
    const rows = rowsOf('fig-heroin');
    expect(rows.map((r) => `${r.entity} ${r.measure}`)).toEqual(PRIORITY.split(' ').flatMap((e) => ['baseline', 'current', 'change', 'relative_change'].map((m) => `${e} ${m}`)));
    const afg = metric('heroin-seizures', 'AFG');
    const [baseline, current, change] = rows;
    expect(baseline).toMatchObject({ entityName: dataset.reference.countries.find((c) => c.iso3 === 'AFG')!.name, indicator: 'heroin-seizures', unit: 'kg', pillar: 'I', year: String(afg.baseline_year), value: afg.baseline, status: afg.status, flag: afg.baseline_flag ?? '' });
    expect(baseline!.sources).toEqual([afg.sources.baseline]);
    expect(current).toMatchObject({ year: String(afg.current_year), value: afg.current });
    expect(change).toMatchObject({ year: `${afg.baseline_year}-${afg.current_year}`, value: afg.change });
    expect(baseline!.indicatorTitle).toBe(dataset.indicators.find((i) => i.id === 'heroin-seizures')!.title);
  });

  it('gives a time series each observation it draws, at its line', () => {
    const rows = rowsOf('fig-mla');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.measure).toBe('observation');
      const [source] = row.sources;
      const o = dataset.observations.find((x) => x.file === source!.file && x.line === source!.line)!;
      expect([o.indicator, o.country, String(o.year), o.value ?? null]).toEqual(['mla-answered', row.entity, row.year, row.value]);
    }
    expect(new Set(rows.map((r) => r.entity))).toEqual(new Set(PRIORITY.split(' ')));
  });

  it('gives a map by programme each partner country and its programme, from the reference file', () => {
    const rows = rowsOf('fig-map');
    expect(rows).toHaveLength(dataset.reference.countries.length);
    expect(rows.find((r) => r.entity === 'AFG')).toMatchObject({ measure: 'priority_programme', category: 'RP ANC', sources: [{ file: 'data/reference/countries.csv' }] });
    expect(rowsOf('fig-map-status').filter((r) => r.measure === 'current').length).toBeGreaterThan(0);
  });

  it('gives a status chart the count of each status per bar, with the observations counted', () => {
    const rows = rowsOf('fig-status');
    expect(rows).toHaveLength(4 * STATUSES.length);
    const pillarOf = new Map(dataset.indicators.map((i) => [i.id, i.pillar]));
    const improved = metrics.entities.filter((m) => m.sex === 'total' && pillarOf.get(m.indicator) === 'I' && m.status === 'improved');
    expect(rows.find((r) => r.pillar === 'I' && r.status === 'improved')).toMatchObject({ measure: 'count', value: improved.length });
    const bars = rowsOf('fig-status-2');
    expect(new Set(bars.map((r) => r.indicator))).toEqual(new Set(dataset.indicators.filter((i) => i.pillar === 'II').map((i) => i.id)));
  });

  it('gives a coverage grid every country and indicator, with what the data holds', () => {
    const rows = rowsOf('fig-coverage');
    const indicators = dataset.indicators.filter((i) => i.pillar === 'I' && i.reported_by === 'country');
    expect(rows).toHaveLength(dataset.reference.countries.length * indicators.length);
    for (const row of rows.filter((r) => r.category === 'reported').slice(0, 20)) {
      const o = dataset.observations.find((x) => x.file === row.sources[0]!.file && x.line === row.sources[0]!.line)!;
      expect([o.country, o.indicator, o.year, o.value]).toEqual([row.entity, row.indicator, 2021, row.value]);
    }
  });

  it('gives an EWG timeline its meetings up to its last year', () => {
    const rows = rowsOf('fig-ewg');
    expect(rows.map((r) => r.value)).toEqual(dataset.reference.ewgMeetings.filter((m) => m.year <= 2015).map((m) => m.number).sort((a, b) => a - b));
    expect(rows[0]).toMatchObject({ measure: 'meeting', sources: [{ file: 'data/reference/ewg-meetings.csv' }] });
  });

  it('gives a custom chart the rows of the datasets it names, for the indicators its spec names', () => {
    const rows = rowsOf('fig-custom');
    expect(new Set(rows.map((r) => r.indicator))).toEqual(new Set(['drug-induced-deaths']));
    expect(rows.filter((r) => r.measure === 'baseline')).toHaveLength(metrics.entities.filter((m) => m.indicator === 'drug-induced-deaths' && m.sex === 'total').length);
  });

  it('gives an indicator table its rows’ metrics, and a pillar table its aggregates with their coverage', () => {
    expect(rowsOf('tab-joint').filter((r) => r.measure === 'current').map((r) => r.value)).toEqual(PRIORITY.split(' ').map((e) => metric('joint-operations', e).current));
    const pillar = rowsOf('tab-pillar-1');
    const first = metrics.aggregates.find((a) => a.group === 'all' && a.indicator === pillar[0]!.indicator)!;
    expect(pillar.slice(0, 6).map((r) => [r.entity, r.measure, r.value])).toEqual([
      ['all', 'baseline', first.baseline],
      ['all', 'current', first.current],
      ['all', 'change', first.change],
      ['all', 'relative_change', first.relative_change],
      ['all', 'with_both', first.coverage.with_both],
      ['all', 'expected', first.coverage.expected],
    ]);
    expect(pillar[0]!.sources).toEqual(first.sources.baseline);
  });

  it('writes the same CSV, in reading order, on every compile', () => {
    const csv = editionDataCsv(result.document);
    expect(editionDataCsv(compileChapters({ 'c.md': text }).document)).toBe(csv);
    const order = [...new Set(csv.trim().split('\n').slice(1).map((line) => line.slice(0, line.indexOf(','))))];
    expect(order).toEqual(['fig-heroin', 'fig-mla', 'fig-map', 'fig-map-status', 'fig-status', 'fig-status-2', 'fig-coverage', 'fig-ewg', 'fig-custom', 'tab-joint', 'tab-pillar-1']);
  });
});
