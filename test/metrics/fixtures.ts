/**
 * Small hand-made datasets for the metrics tests: six countries in three regions and two
 * priority programmes, three organizations, and observations written like CSV rows, each given
 * the file and line it would have (line 2 is the first row after the header).
 */
import { expect } from 'vitest';
import { STATUSES, type AggregateMetric } from '../../pipeline/metrics/index.js';
import { BUILTIN_UNITS } from '../../pipeline/validate/units.js';
import type { Country, Dataset, Indicator, Observation, Organization, Pillar } from '../../pipeline/model.js';

export const COUNTRIES: Country[] = [
  { iso3: 'AFG', iso2: 'AF', m49: '004', name: 'Afghanistan', region: 'Asia', subregion: 'Southern Asia', partner_since: 'original', priority_programme: 'RP ANC' },
  { iso3: 'ALB', iso2: 'AL', m49: '008', name: 'Albania', region: 'Europe', subregion: 'Southern Europe', partner_since: 'original', priority_programme: 'RP SEE' },
  { iso3: 'CAN', iso2: 'CA', m49: '124', name: 'Canada', region: 'Americas', subregion: 'Northern America', partner_since: 'original', priority_programme: 'none' },
  { iso3: 'FRA', iso2: 'FR', m49: '250', name: 'France', region: 'Europe', subregion: 'Western Europe', partner_since: 'original', priority_programme: 'none' },
  { iso3: 'IRN', iso2: 'IR', m49: '364', name: 'Iran', region: 'Asia', subregion: 'Southern Asia', partner_since: 'original', priority_programme: 'RP ANC' },
  { iso3: 'SRB', iso2: 'RS', m49: '688', name: 'Serbia', region: 'Europe', subregion: 'Southern Europe', partner_since: 'original', priority_programme: 'RP SEE' },
];

export const ORGANIZATIONS: Organization[] = [
  { acronym: 'CARICC', name: 'Central Asian Regional Information and Coordination Centre', partner_since: 'original' },
  { acronym: 'INTERPOL', name: 'International Criminal Police Organization', partner_since: 'original' },
  { acronym: 'SELEC', name: 'Southeast European Law Enforcement Center', partner_since: 'original' },
];

const PILLARS: Pillar[] = (['I', 'II', 'III', 'IV'] as const).map((id, i) => ({
  id,
  number: i + 1,
  title: `Pillar ${id}`,
  short_title: `Pillar ${id}`,
  aims: [],
}));

/** An indicator: a higher-is-better count summed, baseline 2014, no tolerance, unless told. */
export function indicator(id: string, fields: Partial<Omit<Indicator, 'id'>> = {}): Indicator {
  return {
    id,
    pillar: 'I',
    title: `Title of ${id}`,
    definition: 'A test indicator.',
    unit: 'count',
    reported_by: 'country',
    direction: 'higher-is-better',
    aggregation: 'sum',
    baseline_year: 2014,
    bounds: { min: 0 },
    source: 'test',
    ...fields,
  };
}

/** indicator, entity, year, value (null: missing, with a reason), and any other fields. */
export type Row = [indicator: string, entity: string, year: number, value: number | null, extra?: Partial<Observation>];

/**
 * Observations as the rows of one CSV file, in order: the first row is at line 2.
 *
 * @param file
 *   The file they are "in" (default: data/observations/pillar-1.csv).
 */
export function rows(list: Row[], file = 'data/observations/pillar-1.csv'): Observation[] {
  return list.map(([indicator, country, year, value, extra], i): Observation => ({
    indicator,
    country,
    year,
    sex: 'total',
    kind: 'reported',
    ...(value === null ? { missing_reason: 'not-reported' as const } : { value }),
    ...extra,
    file,
    line: i + 2,
  }));
}

/** A dataset of the test countries, organizations and pillars with the given catalogue and rows. */
export function dataset(indicators: Indicator[], observations: Observation[]): Dataset {
  return {
    window: { first: 2010, last: 2021 },
    reference: { countries: COUNTRIES, organizations: ORGANIZATIONS, pillars: PILLARS, ewgMeetings: [], glossary: [], countryNames: [] },
    indicators,
    units: { ...BUILTIN_UNITS },
    observations,
    sources: [],
    files: [],
  };
}

/** Walks a value and lists the paths of every NaN, ±Infinity or undefined in it. */
export function badNumbers(value: unknown, path = '$'): string[] {
  if (value === undefined) return [path];
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => badNumbers(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => badNumbers(v, `${path}.${k}`));
  }
  return [];
}

/** Freezes a value and everything in it, so a test fails if the code under test mutates it. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/**
 * The hand-computed sample: one indicator per rule and edge case. The expected figures in the
 * tests were worked out by hand (irrational ones with 50-digit decimals) from these rows.
 */
export function sample(): Dataset {
  const indicators = [
    indicator('seized', { unit: 'kg', tolerance: 0.05 }),
    indicator('opium', { unit: 'kg', direction: 'neutral', baseline_year: 2013, baseline_fallback_years: 1, tolerance: 0.05 }),
    indicator('ops', { reported_by: 'organization' }),
    indicator('share', {
      pillar: 'II',
      unit: 'percent',
      aggregation: 'weighted-mean',
      tolerance: 0.02,
      bounds: { min: 0, max: 100 },
      target: { value: 90, year: 2021 },
    }),
    indicator('wait', {
      pillar: 'IV',
      unit: 'days',
      direction: 'lower-is-better',
      aggregation: 'median',
      tolerance: 0.05,
      target: { value: 14, year: 2021 },
    }),
    indicator('treated', { pillar: 'IV', tolerance: 0.02 }),
  ];
  const female = { sex: 'female' as const };
  const male = { sex: 'male' as const };
  const pillar1 = rows([
    /* 2 */ ['seized', 'AFG', 2014, 100],
    /* 3 */ ['seized', 'AFG', 2021, 150, { flag: 'provisional' }],
    /* 4 */ ['seized', 'ALB', 2014, 0],
    /* 5 */ ['seized', 'ALB', 2021, 20],
    /* 6 */ ['seized', 'IRN', 2014, 200, { flag: 'estimate' }],
    /* 7 */ ['seized', 'IRN', 2016, 210],
    /* 8 */ ['seized', 'IRN', 2017, null],
    /* 9 */ ['seized', 'SRB', 2015, 50],
    /* 10 */ ['seized', 'SRB', 2021, 60],
    /* 11 */ ['seized', 'FRA', 2014, 40],
    /* 12 */ ['seized', 'FRA', 2020, 38],
    /* 13 */ ['seized', 'FRA', 2021, null],
    /* 14 */ ['opium', 'AFG', 2012, 1000],
    /* 15 */ ['opium', 'AFG', 2013, null],
    /* 16 */ ['opium', 'AFG', 2014, 1200],
    /* 17 */ ['opium', 'AFG', 2021, 900],
    /* 18 */ ['opium', 'IRN', 2013, null],
    /* 19 */ ['opium', 'IRN', 2014, 500],
    /* 20 */ ['opium', 'IRN', 2021, 500],
    /* 21 */ ['opium', 'ALB', 2013, 10],
    /* 22 */ ['opium', 'ALB', 2021, 12],
    /* 23 */ ['ops', 'CARICC', 2014, 10],
    /* 24 */ ['ops', 'CARICC', 2021, 12],
    /* 25 */ ['ops', 'SELEC', 2014, 5],
    /* 26 */ ['ops', 'SELEC', 2021, 5],
    /* 27 */ ['ops', 'INTERPOL', 2021, null],
    /* 28 */ ['seized', 'CAN', 2014, 25],
    /* 29 */ ['seized', 'CAN', 2021, null],
  ]);
  const pillar2 = rows(
    [
      /* 2 */ ['share', 'AFG', 2014, 50, { denominator: 100 }],
      /* 3 */ ['share', 'AFG', 2021, 60, { denominator: 200 }],
      /* 4 */ ['share', 'IRN', 2014, 80, { denominator: 300 }],
      /* 5 */ ['share', 'IRN', 2021, 85, { denominator: 100 }],
      /* 6 */ ['share', 'ALB', 2014, 70, { denominator: 50 }],
      /* 7 */ ['share', 'ALB', 2021, 70, { denominator: 50 }],
      /* 8 */ ['share', 'FRA', 2014, 60],
      /* 9 */ ['share', 'FRA', 2021, 66, { denominator: 10 }],
    ],
    'data/observations/pillar-2.csv',
  );
  const pillar4 = rows(
    [
      /* 2 */ ['wait', 'AFG', 2014, 30],
      /* 3 */ ['wait', 'AFG', 2021, 20],
      /* 4 */ ['wait', 'IRN', 2014, 14],
      /* 5 */ ['wait', 'IRN', 2021, 12],
      /* 6 */ ['wait', 'ALB', 2014, 40],
      /* 7 */ ['wait', 'ALB', 2021, 44],
      /* 8 */ ['wait', 'FRA', 2014, 20],
      /* 9 */ ['wait', 'FRA', 2021, 21],
      /* 10 */ ['treated', 'AFG', 2014, 100],
      /* 11 */ ['treated', 'AFG', 2014, 30, female],
      /* 12 */ ['treated', 'AFG', 2014, 70, male],
      /* 13 */ ['treated', 'AFG', 2021, 130],
      /* 14 */ ['treated', 'AFG', 2021, 50, female],
      /* 15 */ ['treated', 'AFG', 2021, 80, male],
      /* 16 */ ['treated', 'IRN', 2014, 10, female],
      /* 17 */ ['treated', 'IRN', 2014, 20, male],
      /* 18 */ ['treated', 'IRN', 2021, 12, female],
      /* 19 */ ['treated', 'IRN', 2021, 25, male],
    ],
    'data/observations/pillar-4.csv',
  );
  return dataset(indicators, [...pillar1, ...pillar2, ...pillar4]);
}

/** Asserts that an aggregate's coverage, status counts and members agree with one another. */
export function expectCoherentCoverage(a: AggregateMetric): void {
  const c = a.coverage;
  expect(c.with_both).toBeLessThanOrEqual(Math.min(c.with_baseline, c.with_current));
  expect(Math.max(c.with_baseline, c.with_current)).toBeLessThanOrEqual(c.expected);
  expect(STATUSES.reduce((n, s) => n + a.status_counts[s], 0)).toBe(c.expected);
  expect(a.members).toHaveLength(c.with_both);
}
