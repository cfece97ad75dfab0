/**
 * A partner's brief as data, on the sample 2021 edition: every figure is the one of metrics.json
 * (each year's figure the observation on the line it names), an RP ANC country and an
 * organization both work, and a partner without data gets a brief that says so.
 */
import { describe, expect, it } from 'vitest';
import { partnerBrief, partnerIds, type PartnerBrief } from '../../pipeline/briefs/model.js';
import { datasetInLanguage } from '../../pipeline/edition/reference-language.js';
import { computeMetrics, type Metrics } from '../../pipeline/metrics/index.js';
import type { Dataset, Observation } from '../../pipeline/model.js';
import { realDataset } from '../metrics/real.js';

/** metrics.json as written: the metrics through JSON. */
const metricsJson = (): Metrics => JSON.parse(JSON.stringify(computeMetrics(realDataset(), { year: 2021, previous: 2014 }))) as Metrics;

/** The observation on a line of a file. */
function observationAt(dataset: Dataset, file: string, line: number): Observation | undefined {
  return dataset.observations.find((o) => o.file === file && o.line === line);
}

/** Checks every figure of a brief against metrics.json and the observations. */
function expectFiguresOfMetrics(brief: PartnerBrief, dataset: Dataset, metrics: Metrics): void {
  const code = brief.partner.code;
  const rows = brief.pillars.flatMap((p) => p.indicators.flatMap((i) => i.rows.map((r) => ({ indicator: i, row: r }))));
  // Every row of metrics.json for the partner is in the brief, and nothing else, in the same order.
  expect(rows.map(({ row }) => row.metric)).toEqual(metrics.entities.filter((m) => m.entity === code));
  for (const { indicator, row } of rows) {
    expect(row.metric.indicator).toBe(indicator.indicator.id);
    expect(row.years.map((y) => y.year)).toEqual(Array.from({ length: 2021 - dataset.window.first + 1 }, (_, i) => dataset.window.first + i));
    for (const y of row.years) {
      if (y.source === null) {
        expect(y.value).toBeNull();
        continue;
      }
      const o = observationAt(dataset, y.source.file, y.source.line)!;
      expect([o.indicator, o.country, o.year, o.sex]).toEqual([indicator.indicator.id, code, y.year, row.sex]);
      expect(y.value).toBe(o.value ?? null);
      expect(y.flag).toBe(o.flag ?? null);
      expect(y.missing_reason).toBe(o.missing_reason ?? null);
    }
    // The baseline and the current figure are the years' figures, on the lines metrics.json names.
    const m = row.metric;
    for (const [year, value, source] of [
      [m.baseline_year, m.baseline, m.sources.baseline],
      [m.current_year, m.current, m.sources.current],
    ] as const) {
      if (year === null) continue;
      const shown = row.years.find((y) => y.year === year)!;
      expect(shown.value).toBe(value);
      expect(shown.source).toEqual(source);
      expect(brief.sources).toContainEqual(source);
    }
    // The comparisons are the aggregates of metrics.json.
    for (const c of indicator.comparisons) {
      expect(c.aggregate).toEqual(metrics.aggregates.find((a) => a.indicator === indicator.indicator.id && a.group === c.group));
    }
  }
}

describe('partnerIds', () => {
  it('lists every partner country, then every organization, by code: 81 briefs for the sample', () => {
    const ids = partnerIds(realDataset());
    expect(ids).toHaveLength(81);
    expect(ids.filter((p) => p.type === 'country')).toHaveLength(58);
    expect(ids.filter((p) => p.type === 'organization')).toHaveLength(23);
    expect(ids[0]).toEqual({ type: 'country', code: 'AFG' });
    expect(ids[58]).toEqual({ type: 'organization', code: 'CARICC' });
  });
});

describe('the brief of an RP ANC country (Afghanistan, 2021)', () => {
  const dataset = realDataset();
  const metrics = metricsJson();
  const brief = partnerBrief(dataset, metrics, { type: 'country', code: 'AFG' });

  it('has the partner\'s facts', () => {
    expect(brief).toMatchObject({
      name: 'Afghanistan (Islamic Republic of)',
      shortName: 'AFG',
      partnerSince: 'original',
      programme: 'RP ANC',
      region: { code: 'Asia', name: 'Asia' },
      subregion: { code: 'Southern Asia', name: 'Southern Asia' },
      edition: { year: 2021, previous: 2014 },
      years: { first: 2012, last: 2021 },
      expected: 17,
      hasFigures: true,
    });
    expect(brief.pillars.map((p) => p.id)).toEqual(['I', 'II', 'III', 'IV']);
  });

  it('has every figure of metrics.json, each year\'s figure from its line', () => {
    expectFiguresOfMetrics(brief, dataset, metrics);
    // people-in-treatment is disaggregated: total, female, male.
    const treated = brief.pillars.flatMap((p) => p.indicators).find((i) => i.indicator.id === 'people-in-treatment')!;
    expect(treated.rows.map((r) => r.sex)).toEqual(['total', 'female', 'male']);
  });

  it('compares each indicator with its region, its programme and all partners, with their coverage', () => {
    for (const indicator of brief.pillars.flatMap((p) => p.indicators)) {
      expect(indicator.comparisons.map((c) => c.group)).toEqual(['Asia', 'RP ANC', 'all']);
      expect(indicator.comparisons.every((c) => c.aggregate.coverage.expected > 0)).toBe(true);
    }
  });

  it('lists each flag and missing reason with its year and line', () => {
    const heroin = brief.pillars[0]!.indicators.find((i) => i.indicator.id === 'heroin-seizures')!.rows[0]!;
    expect(heroin.flags.filter((f) => f.kind !== 'missing').map((f) => [f.kind, f.year])).toEqual(
      heroin.years.filter((y) => y.flag !== null && y.value !== null).map((y) => [y.flag, y.year]),
    );
    expect(heroin.flags.find((f) => f.year === 2014)?.kind).toBe('estimate');
  });

  it('says what is missing, with the reasons the data gives', () => {
    const lacking = brief.pillars.flatMap((p) => p.indicators).filter((i) => ['not-reported', 'no-baseline', 'no-current-data'].includes(i.rows[0]!.metric.status));
    expect(brief.missing.map((m) => m.indicator)).toEqual(lacking.map((i) => i.indicator.id));
    const offices = brief.missing.find((m) => m.indicator === 'border-liaison-offices')!;
    expect(offices.status).toBe('no-baseline');
    expect(offices.reasons.map((r) => [r.year, r.reason])).toEqual([[2014, 'not-collected']]);
    expect(observationAt(dataset, offices.reasons[0]!.source.file, offices.reasons[0]!.source.line)?.missing_reason).toBe('not-collected');
  });

  it('lists the EWG meetings held in the country (none in Afghanistan; seven in Austria)', () => {
    expect(brief.meetings).toEqual([]);
    const austria = partnerBrief(dataset, metrics, { type: 'country', code: 'AUT' });
    expect(austria.meetings.map((m) => m.meeting.number)).toEqual([1, 5, 8, 16, 24, 25, 26]);
    expect(austria.meetings.every((m) => m.matchedOn === 'country' && m.countryName === 'Austria')).toBe(true);
  });

  it('names the partner in the language of the data it is given', () => {
    const view = datasetInLanguage(dataset, 'fr');
    const french = partnerBrief(view, metrics, { type: 'country', code: 'AFG' });
    expect(french.name).toBe(view.reference.countries.find((c) => c.iso3 === 'AFG')!.name);
    expect(french.name).not.toBe(brief.name);
    expect(french.region).toEqual({ code: 'Asia', name: 'Asie' });
    expect(french.pillars.flatMap((p) => p.indicators.flatMap((i) => i.rows.map((r) => r.metric)))).toEqual(brief.pillars.flatMap((p) => p.indicators.flatMap((i) => i.rows.map((r) => r.metric))));
  });
});

describe('the brief of an organization (EUROPOL, 2021)', () => {
  const dataset = realDataset();
  const metrics = metricsJson();
  const brief = partnerBrief(dataset, metrics, { type: 'organization', code: 'EUROPOL' });

  it('has the organization\'s facts, without a region or programme', () => {
    expect(brief).toMatchObject({ name: 'European Police Office', shortName: 'EUROPOL', partnerSince: 'original', expected: 2, hasFigures: true });
    expect(brief.region).toBeUndefined();
    expect(brief.programme).toBeUndefined();
  });

  it('has every figure of metrics.json, compared with all organizations expected to report', () => {
    expectFiguresOfMetrics(brief, dataset, metrics);
    for (const indicator of brief.pillars.flatMap((p) => p.indicators)) expect(indicator.comparisons.map((c) => c.group)).toEqual(['all']);
  });

  it('lists the meetings it hosted, matched on the host whatever its letter case ("Europol")', () => {
    expect(brief.meetings.map((m) => [m.meeting.number, m.meeting.host, m.matchedOn])).toEqual([
      [2, 'Europol', 'host'],
      [3, 'Europol', 'host'],
      [4, 'Europol', 'host'],
      [6, 'Europol', 'host'],
      [15, 'Europol', 'host'],
    ]);
  });
});

describe('a partner without data', () => {
  it('an organization with no row: nothing expected, no figures, its meetings still listed', () => {
    const brief = partnerBrief(realDataset(), metricsJson(), { type: 'organization', code: 'UNODC' });
    expect(brief).toMatchObject({ expected: 0, hasFigures: false, pillars: [], missing: [], sources: [] });
    expect(brief.meetings.map((m) => m.meeting.number)).toEqual([1, 5, 8, 16]);
    // Its figures note still has the files of the data to go by.
    expect(brief.files.length).toBeGreaterThan(0);
  });

  it('a country whose rows are all gone: every indicator expected, none with a figure, all listed as missing', () => {
    const real = realDataset();
    const dataset: Dataset = { ...real, observations: real.observations.filter((o) => o.country !== 'AFG') };
    const metrics = computeMetrics(dataset, { year: 2021, previous: 2014 });
    const brief = partnerBrief(dataset, metrics, { type: 'country', code: 'AFG' });
    expect(brief).toMatchObject({ expected: 17, hasFigures: false, sources: [] });
    expect(brief.missing).toHaveLength(17);
    expect(brief.missing.every((m) => m.status === 'not-reported' && m.reasons.length === 0)).toBe(true);
  });

  it('refuses a partner the reference data does not list, saying where to look', () => {
    expect(() => partnerBrief(realDataset(), metricsJson(), { type: 'country', code: 'XYZ' })).toThrow(/no partner country "XYZ" in data\/reference\/countries.csv/);
  });
});
