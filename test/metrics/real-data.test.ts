/**
 * The metrics of the project's own data (the illustrative sample): both editions compute without
 * an undefined figure, every source reference points at the CSV row it claims, and every figure
 * can be traced through explainMetric.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { metricsToCsv } from '../../pipeline/metrics/csv.js';
import { explainMetric } from '../../pipeline/metrics/explain.js';
import { computeMetrics, type Metrics } from '../../pipeline/metrics/index.js';
import type { SourceRef } from '../../pipeline/model.js';
import { badNumbers, expectCoherentCoverage } from './fixtures.js';
import { realDataset, ROOT } from './real.js';

const dataset = realDataset();
const editions: [string, Metrics][] = [
  ['2014', computeMetrics(dataset, { year: 2014 })],
  ['2021', computeMetrics(dataset, { year: 2021, previous: 2014 })],
];

/** Every row of every observations file, by `file:line`. */
const rowsByPlace = new Map<string, Record<string, string>>();
for (const file of new Set(dataset.observations.map((o) => o.file))) {
  const records = parse(readFileSync(join(ROOT, file), 'utf8'), { columns: true, bom: true, info: true }) as {
    record: Record<string, string>;
    info: { lines: number };
  }[];
  for (const { record, info } of records) rowsByPlace.set(`${file}:${info.lines}`, record);
}
const rowAt = (at: SourceRef): Record<string, string> | undefined => rowsByPlace.get(`${at.file}:${at.line}`);

describe.each(editions)('real data, %s edition', (_, m) => {
  it('holds no NaN, Infinity or undefined', () => {
    expect(badNumbers(m)).toEqual([]);
    expect(m.entities.length).toBeGreaterThan(1000);
  });

  it('points every entity source at the CSV row it used', () => {
    for (const e of m.entities) {
      const check = (at: SourceRef | undefined, year: number | null, value: number | null): void => {
        if (!at) return;
        const row = rowAt(at);
        expect(row, `${e.indicator} ${e.entity} ${at.file}:${at.line}`).toBeDefined();
        expect([row!['indicator'], row!['country'], row!['sex'] || 'total']).toEqual([e.indicator, e.entity, e.sex]);
        if (year !== null) expect(Number(row!['year'])).toBe(year);
        if (value !== null) expect(Number(row!['value'])).toBe(value);
      };
      check(e.sources.baseline, e.baseline_year, e.baseline);
      check(e.sources.current, e.current_year, e.current);
      check(e.sources.previous, e.previous_year, e.previous);
    }
  });

  it('keeps coverage and status counts consistent', () => {
    for (const a of m.aggregates) {
      expectCoherentCoverage(a);
      const c = a.coverage;
      if (a.group_type === 'all' && dataset.indicators.find((i) => i.id === a.indicator)?.reported_by === 'country') {
        expect(c.expected).toBe(58);
      }
      for (const at of [...a.sources.baseline, ...a.sources.current]) expect(rowAt(at)?.['indicator']).toBe(a.indicator);
    }
  });

  it('prints no NaN, Infinity or undefined in metrics.csv', () => {
    expect(metricsToCsv(m)).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('explains every figure with the lines it came from', () => {
    for (const e of m.entities) {
      const text = explainMetric(m, dataset, e.indicator, e.entity);
      expect(text).toBeDefined();
      expect(text).not.toMatch(/NaN|Infinity|undefined/);
      for (const at of Object.values(e.sources)) expect(text).toContain(`${at.file}:${at.line}`);
    }
    for (const a of m.aggregates) {
      const text = explainMetric(m, dataset, a.indicator, a.group);
      expect(text).toContain('(aggregate)');
      expect(text).not.toMatch(/NaN|Infinity|undefined/);
      for (const at of [...a.sources.baseline, ...a.sources.current]) expect(text).toContain(`(${at.file}:${at.line})`);
    }
  });
});

describe('real data, 2021 against 2014', () => {
  it("compares with the 2014 edition's current figures", () => {
    const [, m2014] = editions[0]!;
    const [, m2021] = editions[1]!;
    const then = new Map(m2014.entities.map((e) => [`${e.indicator}/${e.entity}/${e.sex}`, e]));
    for (const e of m2021.entities) {
      const before = then.get(`${e.indicator}/${e.entity}/${e.sex}`);
      expect(before, `${e.indicator} ${e.entity} ${e.sex}`).toBeDefined();
      expect(e.previous).toBe(before!.current);
      expect(e.previous_year).toBe(before!.current_year);
    }
  });
});
