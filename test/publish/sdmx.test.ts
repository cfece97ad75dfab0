/**
 * The SDMX-CSV files (publish/sdmx.ts) of the real sample: their headers, every observation and
 * every defined metric figure row by row against the data, the codes (REF_AREA as ISO3 or M49,
 * SEX, OBS_STATUS), the order, and a formula-like note written as text.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  groupArea,
  ILLUSTRATIVE_COMMENT,
  metricsSdmxCsv,
  observationsSdmxCsv,
  SDMX_FLAG_STATUS,
  SDMX_MISSING_STATUS,
  SDMX_SEX,
  sdmxTableSchema,
} from '../../pipeline/publish/sdmx.js';
import type { Dataset, Observation } from '../../pipeline/model.js';
import { realDataset } from '../metrics/real.js';
import { realMetrics } from '../content/compile.js';

type Row = Record<string, string>;
const rowsOf = (csv: string): Row[] => parse(csv, { columns: true }) as Row[];
const headerOf = (csv: string): string => csv.slice(0, csv.indexOf('\n'));
const keyOf = (area: string, indicator: string, sex: string, year: number | string): string => `${area}|${indicator}|${sex}|${year}`;

describe('observations.sdmx.csv', () => {
  const dataset = realDataset();
  const csv = observationsSdmxCsv(dataset);
  const rows = rowsOf(csv);

  it('has the SDMX-CSV 1.0 header: DATAFLOW, the dimensions, OBS_VALUE, the attributes', () => {
    expect(headerOf(csv)).toBe('DATAFLOW,REF_AREA,INDICATOR,SEX,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,OBS_STATUS,COMMENT_OBS');
    expect(new Set(rows.map((r) => r.DATAFLOW))).toEqual(new Set(['UNODC:VDR_OBS(1.0)']));
    expect(sdmxTableSchema('observations', dataset).fields.map((f) => f.name).join(',')).toBe(headerOf(csv));
    expect(csv.endsWith('\n')).toBe(true);
  });

  it('has one row per observation, each with its value, unit, status and note', () => {
    expect(rows).toHaveLength(dataset.observations.length);
    const byKey = new Map(rows.map((r) => [keyOf(r.REF_AREA!, r.INDICATOR!, r.SEX!, r.TIME_PERIOD!), r]));
    expect(byKey.size).toBe(rows.length);
    const unitOf = new Map(dataset.indicators.map((i) => [i.id, i.unit]));
    for (const o of dataset.observations) {
      const row = byKey.get(keyOf(o.country, o.indicator, SDMX_SEX[o.sex], o.year));
      expect(row, `${o.file}:${o.line}`).toBeDefined();
      expect(row!.OBS_VALUE, `${o.file}:${o.line}`).toBe(o.value === undefined ? '' : String(o.value));
      expect(row!.UNIT_MEASURE).toBe((o.unit ?? unitOf.get(o.indicator)!).toUpperCase());
      const status = o.value === undefined ? SDMX_MISSING_STATUS[o.missing_reason!] : o.flag ? SDMX_FLAG_STATUS[o.flag] : 'A';
      expect(row!.OBS_STATUS, `${o.file}:${o.line}`).toBe(status);
      expect(row!.COMMENT_OBS).toBe([o.kind === 'illustrative' ? ILLUSTRATIVE_COMMENT : '', o.note ?? ''].filter(Boolean).join('; '));
    }
  });

  it('codes flags, missing values and sex as SDMX does', () => {
    const statuses = new Set(rows.map((r) => r.OBS_STATUS));
    for (const code of ['A', 'E', 'P']) expect(statuses).toContain(code);
    const missing = rows.filter((r) => r.OBS_VALUE === '');
    expect(missing.length).toBeGreaterThan(0);
    for (const r of missing) expect(['O', 'M', 'Q', 'L']).toContain(r.OBS_STATUS);
    expect(new Set(rows.map((r) => r.SEX))).toEqual(new Set(['_T', 'F', 'M']));
  });

  it('orders rows by indicator in catalogue order, then REF_AREA, sex and year', () => {
    const catalogue = dataset.indicators.map((i) => i.id).filter((id) => rows.some((r) => r.INDICATOR === id));
    expect([...new Set(rows.map((r) => r.INDICATOR))]).toEqual(catalogue);
    const sexes = ['_T', 'F', 'M'];
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1]!, rows[i]!];
      if (a.INDICATOR !== b.INDICATOR) continue;
      const order = a.REF_AREA! < b.REF_AREA! ? -1 : a.REF_AREA! > b.REF_AREA! ? 1 : sexes.indexOf(a.SEX!) - sexes.indexOf(b.SEX!) || Number(a.TIME_PERIOD) - Number(b.TIME_PERIOD);
      expect(order, `line ${i + 1}`).toBeLessThan(0);
    }
    expect(observationsSdmxCsv(dataset)).toBe(csv);
  });

  it('codes countries by M49 when asked, and keeps organizations by acronym', () => {
    const m49 = rowsOf(observationsSdmxCsv(dataset, { refArea: 'm49', agency: 'PPI', version: '2.0' }));
    expect(m49[0]!.DATAFLOW).toBe('PPI:VDR_OBS(2.0)');
    const afghanistan = dataset.reference.countries.find((c) => c.iso3 === 'AFG')!;
    expect(m49.some((r) => r.REF_AREA === afghanistan.m49)).toBe(true);
    expect(m49.some((r) => r.REF_AREA === 'AFG')).toBe(false);
    const organizations = new Set(dataset.reference.organizations.map((o) => o.acronym));
    const organizationRows = m49.filter((r) => organizations.has(r.REF_AREA!));
    expect(organizationRows.length).toBe(dataset.observations.filter((o) => organizations.has(o.country)).length);
    expect(organizationRows.length).toBeGreaterThan(0);
  });

  it('writes a formula-like note as text, never as a formula', () => {
    const first = dataset.observations[0]!;
    const planted: Observation[] = [
      { ...first, kind: 'reported', note: '=HYPERLINK("http://example.com","click")' },
      { ...dataset.observations[1]!, kind: 'reported', note: '@SUM(A1:A2), +1-2' },
    ];
    const fixture: Dataset = { ...dataset, observations: planted };
    const text = observationsSdmxCsv(fixture);
    expect(text).toContain(`,"'=HYPERLINK(""http://example.com"",""click"")"\n`);
    const comments = rowsOf(text).map((r) => r.COMMENT_OBS);
    expect(comments).toEqual([`'=HYPERLINK("http://example.com","click")`, `'@SUM(A1:A2), +1-2`]);
  });
});

describe('metrics.sdmx.csv', () => {
  const dataset = realDataset();
  const metrics = realMetrics();
  const csv = metricsSdmxCsv(metrics, dataset);
  const rows = rowsOf(csv);
  const byKey = new Map(rows.map((r) => [`${keyOf(r.REF_AREA!, r.INDICATOR!, r.SEX!, r.TIME_PERIOD!)}|${r.STATISTIC}`, r]));

  it('has the header with a STATISTIC dimension, and one row per defined figure', () => {
    expect(headerOf(csv)).toBe('DATAFLOW,REF_AREA,INDICATOR,SEX,STATISTIC,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,OBS_STATUS,COMMENT_OBS');
    expect(sdmxTableSchema('metrics', dataset).fields.map((f) => f.name).join(',')).toBe(headerOf(csv));
    expect(byKey.size).toBe(rows.length);
    expect(rows.every((r) => r.OBS_VALUE !== '' && r.DATAFLOW === 'UNODC:VDR_METRICS(1.0)')).toBe(true);
  });

  it("holds each entity's baseline, current figure and change as metrics.json has them", () => {
    let checked = 0;
    for (const m of metrics.entities) {
      const sex = SDMX_SEX[m.sex];
      if (m.baseline !== null) {
        const row = byKey.get(`${keyOf(m.entity, m.indicator, sex, m.baseline_year!)}|BASELINE`);
        expect(row?.OBS_VALUE, `${m.indicator} ${m.entity}`).toBe(String(m.baseline));
        expect(row?.OBS_STATUS).toBe(m.baseline_flag ? SDMX_FLAG_STATUS[m.baseline_flag] : 'A');
        checked += 1;
      }
      if (m.current !== null) expect(byKey.get(`${keyOf(m.entity, m.indicator, sex, m.current_year!)}|CURRENT`)?.OBS_VALUE).toBe(String(m.current));
      if (m.change !== null) expect(byKey.get(`${keyOf(m.entity, m.indicator, sex, m.current_year!)}|CHANGE`)?.OBS_VALUE).toBe(String(m.change));
      if (m.relative_change !== null) expect(byKey.get(`${keyOf(m.entity, m.indicator, sex, m.current_year!)}|RELATIVE_CHANGE`)?.UNIT_MEASURE).toBe('FRACTION');
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('holds the aggregates under their group codes', () => {
    const all = metrics.aggregates.find((a) => a.group_type === 'all' && a.current !== null)!;
    expect(groupArea(all)).toBe('ALL');
    expect(byKey.get(`${keyOf('ALL', all.indicator, '_T', all.current_year)}|CURRENT`)?.OBS_VALUE).toBe(String(all.current));
    expect(groupArea({ group_type: 'region', group: 'Asia' })).toBe('REG_ASIA');
    expect(groupArea({ group_type: 'programme', group: 'RP ANC' })).toBe('RP_ANC');
    const areas = new Set(rows.map((r) => r.REF_AREA));
    for (const code of ['ALL', 'REG_ASIA', 'RP_ANC', 'RP_SEE']) expect(areas).toContain(code);
  });

  it('leaves out figures that are not defined', () => {
    const defined = metrics.entities.reduce((n, m) => n + [m.baseline, m.current, m.change, m.relative_change, m.annualised_change, m.target_progress, m.previous, m.change_since_previous].filter((v) => v !== null).length, 0);
    const entityRows = rows.filter((r) => !['ALL', 'RP_ANC', 'RP_SEE'].includes(r.REF_AREA!) && !r.REF_AREA!.startsWith('REG_'));
    expect(entityRows).toHaveLength(defined);
    expect(metricsSdmxCsv(metrics, dataset)).toBe(csv);
  });
});
