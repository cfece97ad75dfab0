/**
 * The illustrative sample observations: the generator is deterministic, its rows are valid
 * (bounds, years, keys, missing reasons, illustrative sources), and the files shipped under
 * data/observations/ are exactly what it makes now, so nobody edits them by hand.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../pipeline/model.js';
import {
  HEADER,
  ILLUSTRATIVE_SOURCE,
  buildSampleFiles,
  generateRows,
  rowsToCsv,
  syntheticCatalogue,
  type GenerateOptions,
} from '../../scripts/generate-observations.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const read = (rel: string): string => readFileSync(path.join(root, rel), 'utf8');

const datasets = parseYaml(read('data/datasets.yaml')) as {
  window: { first: number; last: number };
  observations: { path: string; pillar: string }[];
};
const window = datasets.window;
const indicators = parseYaml(read('data/indicators.yaml')) as Indicator[];
const byId = new Map(indicators.map((i) => [i.id, i]));
const countryRows = parseCsv(read('data/reference/countries.csv'), { columns: true, bom: true }) as Record<string, string>[];
const countries = countryRows.map((c) => c['iso3'] ?? '');
const priorityCountries = new Set(countryRows.filter((c) => c['priority_programme'] !== 'none').map((c) => c['iso3'] ?? ''));
const organizations = (parseCsv(read('data/reference/organizations.csv'), { columns: true, bom: true }) as Record<string, string>[]).map(
  (o) => o['acronym'] ?? '',
);

/** An indicator the generator has no model for: it must still make valid rows from the unit. */
const unknownPercent: Indicator = {
  id: 'made-up-share',
  pillar: 'II',
  title: 'A made-up share',
  definition: 'A share the generator has no model for.',
  unit: 'percent',
  reported_by: 'country',
  direction: 'higher-is-better',
  aggregation: 'weighted-mean',
  baseline_year: 2014,
  bounds: { min: 0, max: 100 },
  decimals: 2,
  source: 'test',
};
const unknownDays: Indicator = { ...unknownPercent, id: 'made-up-days', unit: 'days', aggregation: 'median', bounds: { min: 1, max: 30 }, decimals: 0 };
const unknownOrgKg: Indicator = { ...unknownPercent, id: 'made-up-kg', unit: 'kg', reported_by: 'organization', aggregation: 'sum', bounds: { min: 0 } };

const options: GenerateOptions = {
  seed: 42,
  countries,
  organizations,
  indicators: [...indicators, unknownPercent, unknownDays, unknownOrgKg],
  years: window,
};

type Row = Record<(typeof HEADER)[number], string>;
const toRecord = (row: readonly string[]): Row => {
  if (row.length !== HEADER.length) throw new Error(`a row has ${row.length} cells, not ${HEADER.length}`);
  return Object.fromEntries(HEADER.map((h, i) => [h, row[i] ?? ''])) as Row;
};

function decimalsOf(text: string): number {
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** Every problem in a set of generated rows, in plain words; empty when all is well. */
function problemsIn(rows: Row[], catalogue: Map<string, Indicator>): string[] {
  const problems: string[] = [];
  const keys = new Set<string>();
  let previous = '';
  const reasons = new Set(['not-reported', 'not-applicable', 'confidential', 'not-collected']);
  for (const r of rows) {
    const where = `${r.indicator} ${r.country} ${r.year} ${r.sex}`;
    const problem = (text: string): void => void problems.push(`${where}: ${text}`);
    const indicator = catalogue.get(r.indicator);
    if (!indicator) {
      problem('unknown indicator');
      continue;
    }
    const entities = indicator.reported_by === 'country' ? countries : organizations;
    if (!entities.includes(r.country)) problem(`not a reporting ${indicator.reported_by}`);

    const year = Number(r.year);
    if (!/^\d{4}$/.test(r.year) || year < window.first || year > window.last) problem('year outside the window');

    // No duplicate key; empty sex means total.
    const key = [r.indicator, r.country, r.year, r.sex === '' ? 'total' : r.sex].join('|');
    if (keys.has(key)) problem('duplicate key');
    keys.add(key);

    // Sorted by indicator, country, year, sex (code-unit order).
    const sortKey = [r.indicator, r.country, r.year, r.sex].join('\u0000');
    if (previous !== '' && !(previous < sortKey)) problem('out of order');
    previous = sortKey;

    if (r.unit !== indicator.unit) problem(`unit ${r.unit}, not ${indicator.unit}`);
    if (!['', 'total', 'female', 'male'].includes(r.sex)) problem(`sex ${r.sex}`);
    if (!['', 'estimate', 'provisional'].includes(r.flag)) problem(`flag ${r.flag}`);
    if (!/illustrative/.test(r.source)) problem('source not marked illustrative');

    if (r.value === '') {
      // A missing value is empty with a reason, never a zero, and carries no denominator or flag.
      if (!reasons.has(r.missing_reason)) problem(`empty value without a missing_reason (${r.missing_reason})`);
      if (r.denominator !== '' || r.flag !== '') problem('empty value with a denominator or flag');
      continue;
    }
    if (r.missing_reason !== '') problem('value with a missing_reason');
    if (!/^-?\d+(\.\d+)?$/.test(r.value)) problem(`value ${r.value} not a plain number`);
    const value = Number(r.value);
    if (value < indicator.bounds.min) problem(`value ${value} below ${indicator.bounds.min}`);
    if (indicator.bounds.max !== undefined && value > indicator.bounds.max) problem(`value ${value} above ${indicator.bounds.max}`);
    if (decimalsOf(r.value) > (indicator.decimals ?? 0)) problem(`value ${r.value} has too many decimals`);
    if (indicator.aggregation === 'weighted-mean') {
      if (!/^\d+$/.test(r.denominator) || Number(r.denominator) <= 0) problem(`denominator ${r.denominator} not a positive whole number`);
    } else if (r.denominator !== '') problem('denominator on an indicator that is not a weighted mean');
  }
  return problems;
}

/** Where women and men are given, they add up to the total. */
function sexSplitProblems(rows: Row[]): string[] {
  const groups = new Map<string, Map<string, number>>();
  for (const r of rows) {
    if (r.sex === '' || r.value === '') continue;
    const key = `${r.indicator}|${r.country}|${r.year}`;
    const group = groups.get(key) ?? new Map<string, number>();
    group.set(r.sex, Number(r.value));
    groups.set(key, group);
  }
  const problems: string[] = [];
  for (const [key, group] of groups) {
    if (!group.has('female') && !group.has('male')) continue;
    if (!(group.has('female') && group.has('male') && group.has('total'))) problems.push(`${key}: incomplete split by sex`);
    else if ((group.get('female') ?? 0) + (group.get('male') ?? 0) !== group.get('total')) problems.push(`${key}: women and men do not add up`);
  }
  return problems;
}

describe('indicator catalogue', () => {
  it('is valid against schemas/indicators.schema.json', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(read('schemas/indicators.schema.json')) as object);
    expect(validate(indicators), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('has at least four indicators per pillar and uses every direction and aggregation rule', () => {
    for (const pillar of ['I', 'II', 'III', 'IV']) {
      expect(indicators.filter((i) => i.pillar === pillar).length, `pillar ${pillar}`).toBeGreaterThanOrEqual(4);
    }
    expect(new Set(indicators.map((i) => i.direction))).toEqual(new Set(['higher-is-better', 'lower-is-better', 'neutral']));
    expect(new Set(indicators.map((i) => i.aggregation))).toEqual(new Set(['sum', 'weighted-mean', 'median']));
    expect(new Set(indicators.map((i) => i.reported_by))).toEqual(new Set(['country', 'organization']));
    for (const i of indicators) {
      if (i.unit === 'percent') expect(i.bounds, i.id).toEqual({ min: 0, max: 100 });
      expect(i.source, i.id).toMatch(/^Illustrative figures/);
    }
  });
});

describe('generateRows', () => {
  const rows = generateRows(options);

  it('is deterministic: the same seed gives the same rows, another seed other rows', () => {
    expect(generateRows(options)).toEqual(rows);
    expect(rowsToCsv(generateRows({ ...options }))).toBe(rowsToCsv(rows));
    const other = generateRows({ ...options, seed: 43 });
    expect(other).not.toEqual(rows);
  });

  it('keeps each indicator x entity pair independent of the rest of the catalogue', () => {
    const alone = generateRows({ ...options, indicators: indicators.filter((i) => i.id === 'heroin-seizures') });
    expect(alone).toEqual(rows.filter((r) => r[0] === 'heroin-seizures'));
  });

  it('makes valid rows: bounds, decimals, years, keys, missing reasons, illustrative sources', () => {
    expect(rows.length).toBeGreaterThan(5000);
    const records = rows.map(toRecord);
    expect(problemsIn(records, new Map([...options.indicators].map((i) => [i.id, i])))).toEqual([]);
    expect(sexSplitProblems(records)).toEqual([]);
    expect(records.some((r) => r.sex === 'female')).toBe(true);
  });

  it('widens the catalogue with distinct synthetic copies that stay valid', () => {
    const copies = 3;
    const widened = generateRows({ ...options, copies });
    const catalogue = syntheticCatalogue(options.indicators, copies);
    expect(new Set(catalogue.map((i) => i.id)).size).toBe(catalogue.length);
    expect(widened.length).toBeGreaterThan(rows.length * 2.5);
    expect(problemsIn(widened.map(toRecord), new Map(catalogue.map((i) => [i.id, i])))).toEqual([]);
    // A copy has figures of its own.
    const original = widened.filter((r) => r[0] === 'heroin-seizures').map((r) => r[3]);
    const copy = widened.filter((r) => r[0] === 'heroin-seizures-c2').map((r) => r[3]);
    expect(copy.length).toBeGreaterThan(0);
    expect(copy).not.toEqual(original);
  });

  it('looks like real reporting: priority countries report almost every year, others have gaps', () => {
    const records = rows.map(toRecord).filter((r) => byId.get(r.indicator)?.reported_by === 'country' && r.sex !== 'female' && r.sex !== 'male');
    const years = window.last - window.first + 1;
    const perPair = new Map<string, number>();
    for (const r of records) {
      if (r.value === '') continue;
      const key = `${r.indicator}|${r.country}`;
      perPair.set(key, (perPair.get(key) ?? 0) + 1);
    }
    let priorityValues = 0;
    let priorityPairs = 0;
    let otherValues = 0;
    let otherPairs = 0;
    for (const [key, count] of perPair) {
      if (!byId.has(key.split('|')[0] ?? '')) continue;
      if (priorityCountries.has(key.split('|')[1] ?? '')) {
        priorityValues += count;
        priorityPairs++;
      } else {
        otherValues += count;
        otherPairs++;
      }
    }
    expect(priorityValues / (priorityPairs * years)).toBeGreaterThan(0.9);
    expect(otherValues / (otherPairs * years)).toBeLessThan(0.85);
    // Seizure magnitudes differ by country as they do on the trafficking routes.
    const heroin2014 = (code: string): number =>
      Number(records.find((r) => r.indicator === 'heroin-seizures' && r.country === code && r.year === '2014')?.value ?? NaN);
    const irn = heroin2014('IRN');
    const lux = heroin2014('LUX');
    if (!Number.isNaN(irn) && !Number.isNaN(lux)) expect(irn).toBeGreaterThan(lux * 50);
    // Some pairs do not apply at all: no opium seizures reported by Luxembourg.
    expect(records.some((r) => r.indicator === 'opium-seizures' && r.country === 'LUX')).toBe(false);
    // Flags and missing values occur.
    expect(records.some((r) => r.flag === 'estimate')).toBe(true);
    expect(records.some((r) => r.flag === 'provisional')).toBe(true);
    expect(records.some((r) => r.value === '')).toBe(true);
  });

  it('rejects a bad years range and a bad number of copies', () => {
    expect(() => generateRows({ ...options, years: { first: 2021, last: 2012 } })).toThrow(RangeError);
    expect(() => generateRows({ ...options, copies: 0 })).toThrow(RangeError);
  });
});

describe('shipped sample files', () => {
  const files = buildSampleFiles(root);

  it('are exactly what the generator makes now (regenerate with npm run generate:sample)', () => {
    expect(files.map((f) => f.path).sort()).toEqual(datasets.observations.map((o) => path.posix.join('data', o.path)).sort());
    for (const file of files) {
      expect(read(file.path) === file.content, `${file.path} differs from the generator's output`).toBe(true);
    }
  });

  it('are UTF-8 CSV with LF line ends, a final newline and the observations header', () => {
    for (const file of files) {
      const text = read(file.path);
      expect(text.includes('\r'), file.path).toBe(false);
      expect(text.endsWith('\n') && !text.endsWith('\n\n'), file.path).toBe(true);
      expect(text.split('\n')[0], file.path).toBe(HEADER.join(','));
      expect(file.rows, file.path).toBeGreaterThan(1000);
    }
  });

  it('hold valid rows of their own pillar only, all marked illustrative', () => {
    for (const file of files) {
      const records = parseCsv(read(file.path), { columns: true }) as Row[];
      expect(records.length, file.path).toBe(file.rows);
      expect(records.filter((r) => byId.get(r.indicator)?.pillar !== file.pillar).map((r) => r.indicator)).toEqual([]);
      expect(records.filter((r) => r.source !== ILLUSTRATIVE_SOURCE)).toEqual([]);
      expect(problemsIn(records, byId)).toEqual([]);
      expect(sexSplitProblems(records)).toEqual([]);
      // Every indicator of the pillar has figures.
      const ids = new Set(records.map((r) => r.indicator));
      for (const i of indicators.filter((x) => x.pillar === file.pillar)) expect(ids.has(i.id), `${file.path}: ${i.id}`).toBe(true);
    }
  });
});
