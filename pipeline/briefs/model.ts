/**
 * A partner brief as data (issue 21): for one edition, one partner country or organization, every
 * indicator it is expected to report with its figures, how it compares with its groups, the EWG
 * meetings it hosted and what is missing. Nothing is recomputed: the baseline, current figure,
 * change, status and coverage are the rows of metrics.json, and each year's figure is the
 * observation, with its file and line. Pure: no I/O, no clock, no words (html.ts prints it).
 */
import { regionName, shownAcronym } from '../edition/reference-language.js';
import { byCode } from '../io/order.js';
import type { Country, Dataset, EwgMeeting, Indicator, Observation, Organization, Sex, SourceRef, UnitDefinition } from '../model.js';
import type { AggregateMetric, EntityMetric, Metrics } from '../metrics/types.js';
import type { BriefComparison, BriefFlag, BriefIndicator, BriefMeeting, BriefMissing, BriefPillar, BriefRow, BriefYear, PartnerBrief, PartnerId } from './types.js';

export type * from './types.js';

/**
 * Every partner that gets a brief: each partner country, then each partner organization, by
 * code. A partner without any figure is listed too: its brief says so.
 *
 * @param dataset
 *   The validated data (or a view of it).
 */
export function partnerIds(dataset: Pick<Dataset, 'reference'>): PartnerId[] {
  return [
    ...dataset.reference.countries.map((c) => c.iso3).sort(byCode).map((code): PartnerId => ({ type: 'country', code })),
    ...dataset.reference.organizations.map((o) => o.acronym).sort(byCode).map((code): PartnerId => ({ type: 'organization', code })),
  ];
}

/**
 * One partner's brief.
 *
 * @param dataset
 *   The data in the report's language and as of the edition's year (datasetInLanguage of
 *   datasetOfYear), the same data the metrics were computed from; not changed.
 * @param metrics
 *   The edition's metrics (metrics.json).
 * @param partner
 *   The partner: a country by ISO3 code, an organization by acronym.
 * @returns
 *   The brief's data, in catalogue order.
 * @throws
 *   When the reference data has no such partner.
 */
export function partnerBrief(dataset: Dataset, metrics: Metrics, partner: PartnerId): PartnerBrief {
  const year = metrics.edition.year;
  const { reference } = dataset;
  const country = partner.type === 'country' ? reference.countries.find((c) => c.iso3 === partner.code) : undefined;
  const organization = partner.type === 'organization' ? reference.organizations.find((o) => o.acronym === partner.code) : undefined;
  if (!country && !organization) {
    const list = partner.type === 'country' ? 'data/reference/countries.csv' : 'data/reference/organizations.csv';
    throw new Error(`There is no partner ${partner.type} "${partner.code}" in ${list}: a brief is made only for a partner listed there. Check the code (an ISO3 code for a country, the acronym for an organization).`);
  }

  const years = { first: dataset.window.first, last: year };
  const observed = observationsOf(dataset, partner.code, years);
  const aggregates = new Map<string, AggregateMetric>(metrics.aggregates.map((a) => [`${a.indicator}\u0000${a.group}`, a]));
  const groups = country ? [country.region, ...(country.priority_programme === 'none' ? [] : [country.priority_programme]), 'all'] : ['all'];

  const indicators: BriefIndicator[] = [];
  for (const indicator of dataset.indicators) {
    const metricRows = metrics.entities.filter((m) => m.indicator === indicator.id && m.entity === partner.code);
    if (metricRows.length === 0) continue;
    const rows = metricRows.map((metric) => briefRow(metric, observed.get(seriesKey(indicator.id, metric.sex)), years));
    const comparisons = groups.flatMap((group): BriefComparison[] => {
      const aggregate = aggregates.get(`${indicator.id}\u0000${group}`);
      return aggregate ? [{ group_type: aggregate.group_type, group, aggregate }] : [];
    });
    indicators.push({ indicator, unit: unitOf(dataset, indicator), rows, comparisons });
  }

  const sources = uniqueRefs(indicators.flatMap((i) => i.rows.flatMap((r) => r.years.flatMap((y) => (y.source ? [y.source] : [])))));
  const files = new Set(sources.map((s) => s.file));
  const missing = missingOf(indicators);
  return {
    partner: { ...partner },
    edition: { ...metrics.edition },
    years,
    ...(country ? countryFacts(dataset, country) : organizationFacts(organization!)),
    pillars: pillarsOf(dataset, indicators),
    hasFigures: indicators.some((i) => i.rows.some((r) => r.metric.status !== 'not-reported')),
    expected: indicators.length,
    meetings: meetingsOf(dataset, partner, organization, year),
    missing,
    sources,
    files: files.size === 0 ? [...dataset.sources] : dataset.sources.filter((s) => files.has(s.file)),
    sampleTranslation: dataset.language?.sample ?? false,
  };
}

/** The facts of a country's header. */
function countryFacts(dataset: Dataset, country: Country): Pick<PartnerBrief, 'name' | 'shortName' | 'partnerSince' | 'programme' | 'region' | 'subregion'> {
  const { reference } = dataset;
  return {
    name: country.name,
    shortName: country.iso3,
    partnerSince: country.partner_since,
    programme: country.priority_programme,
    region: { code: country.region, name: regionName(reference, country.region) },
    subregion: { code: country.subregion, name: regionName(reference, country.subregion) },
  };
}

/** The facts of an organization's header. */
function organizationFacts(organization: Organization): Pick<PartnerBrief, 'name' | 'shortName' | 'partnerSince'> {
  return { name: organization.name, shortName: shownAcronym(organization), partnerSince: organization.partner_since };
}

const seriesKey = (indicator: string, sex: Sex): string => `${indicator}\u0000${sex}`;

/**
 * The partner's rows of the window up to the edition year, by indicator and sex, then year. A row
 * with a value wins over a row without one; of two alike, the first (as the metrics stage reads them).
 */
function observationsOf(dataset: Dataset, entity: string, years: { first: number; last: number }): Map<string, Map<number, Observation>> {
  const found = new Map<string, Map<number, Observation>>();
  for (const o of dataset.observations) {
    if (o.country !== entity || o.year < years.first || o.year > years.last) continue;
    const key = seriesKey(o.indicator, o.sex);
    let byYear = found.get(key);
    if (!byYear) found.set(key, (byYear = new Map()));
    const held = byYear.get(o.year);
    if (!held || (held.value === undefined && o.value !== undefined)) byYear.set(o.year, o);
  }
  return found;
}

/** One row: the metric as it is, and each year's observation. */
function briefRow(metric: EntityMetric, byYear: Map<number, Observation> | undefined, years: { first: number; last: number }): BriefRow {
  const shown: BriefYear[] = [];
  const flags: BriefFlag[] = [];
  for (let year = years.first; year <= years.last; year++) {
    const o = byYear?.get(year);
    const source = o ? { file: o.file, line: o.line } : null;
    shown.push({ year, value: o?.value ?? null, flag: o?.flag ?? null, missing_reason: o?.missing_reason ?? null, note: o?.note ?? null, source });
    if (o && source && o.value === undefined && o.missing_reason !== undefined) flags.push({ kind: 'missing', year, reason: o.missing_reason, source });
    else if (o && source && o.flag !== undefined) flags.push({ kind: o.flag, year, note: o.note ?? null, source });
  }
  return { sex: metric.sex, metric, years: shown, flags };
}

/** An indicator's unit (validation makes sure it is known; an unknown one prints figures alone). */
function unitOf(dataset: Dataset, indicator: Indicator): UnitDefinition {
  return dataset.units[indicator.unit] ?? { id: indicator.unit, name: indicator.unit, change: 'difference', builtin: false };
}

/** The indicators by pillar, in pillar order, then the context; pillars without an indicator are left out. */
function pillarsOf(dataset: Dataset, indicators: readonly BriefIndicator[]): BriefPillar[] {
  const pillars = [...dataset.reference.pillars].sort((a, b) => a.number - b.number);
  const shown: BriefPillar[] = pillars.map((pillar) => ({ id: pillar.id, pillar, indicators: indicators.filter((i) => i.indicator.pillar === pillar.id) }));
  shown.push({ id: 'context', indicators: indicators.filter((i) => i.indicator.pillar === 'context') });
  return shown.filter((p) => p.indicators.length > 0);
}

/** The indicators whose total lacks a baseline or a current figure, with the reasons the data gives. */
function missingOf(indicators: readonly BriefIndicator[]): BriefMissing[] {
  const missing: BriefMissing[] = [];
  for (const { indicator, rows } of indicators) {
    const total = rows.find((r) => r.sex === 'total');
    if (!total) continue;
    const status = total.metric.status;
    if (status !== 'not-reported' && status !== 'no-baseline' && status !== 'no-current-data') continue;
    const reasons = total.flags.flatMap((f) => (f.kind === 'missing' ? [{ year: f.year, reason: f.reason, source: f.source }] : []));
    missing.push({ indicator: indicator.id, title: indicator.title, status, reasons });
  }
  return missing;
}

/**
 * The EWG meetings up to the edition year the partner hosted, by number. A country: the meetings
 * held in it (their `country`), whoever organised them. An organization: the meetings whose
 * `host` is its acronym, or the acronym its language prints, in any letter case ("Europol" is
 * EUROPOL).
 */
function meetingsOf(dataset: Dataset, partner: PartnerId, organization: Organization | undefined, year: number): BriefMeeting[] {
  const names = organization ? new Set([organization.acronym, shownAcronym(organization)].map((a) => a.toUpperCase())) : undefined;
  const countries = new Map(dataset.reference.countries.map((c) => [c.iso3, c.name]));
  const held = (meeting: EwgMeeting, matchedOn: BriefMeeting['matchedOn']): BriefMeeting[] => [{ meeting, countryName: countries.get(meeting.country) ?? meeting.country, matchedOn }];
  return dataset.reference.ewgMeetings
    .filter((m) => m.year <= year)
    .flatMap((meeting): BriefMeeting[] => {
      if (partner.type === 'country') return meeting.country === partner.code ? held(meeting, 'country') : [];
      return meeting.host !== undefined && names?.has(meeting.host.toUpperCase()) ? held(meeting, 'host') : [];
    })
    .sort((a, b) => a.meeting.number - b.meeting.number);
}

/** Places, each once, by file then line. */
function uniqueRefs(refs: readonly SourceRef[]): SourceRef[] {
  const seen = new Map<string, SourceRef>();
  for (const ref of refs) seen.set(`${ref.file}:${ref.line}`, { file: ref.file, line: ref.line });
  return [...seen.values()].sort((a, b) => byCode(a.file, b.file) || a.line - b.line);
}
