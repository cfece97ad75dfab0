/**
 * The data rows behind each kind of chart (data-out/rows.ts), for the report's downloads: the
 * metrics and observations the chart draws, with the lines they came from.
 * - baseline-current: each entity metric drawn (baseline, current, change, relative change);
 * - time-series: each observation drawn, as written;
 * - partner-map by status: each partner country's metric of the indicator; by programme: each
 *   partner country's programme, from data/reference/countries.csv;
 * - status-by-pillar: for each bar and status, how many metrics have it, with their observations;
 * - coverage-grid: each country and indicator, what the data holds for the year;
 * - ewg-timeline: each meeting drawn, from data/reference/ewg-meetings.csv;
 * - custom (Vega-Lite): the rows of the datasets it names (observations, metrics, aggregates,
 *   countries, EWG meetings; none for the catalogue, pillars or organizations), of the indicators
 *   its spec names (every indicator when it names none).
 * Reference rows cite their file alone: the loaded reference data keeps no line numbers.
 * Entities come in the author's order when the directive names them, else in the data's.
 */
import { coverageOf } from '../../charts/kinds/coverage-grid.js';
import { namedDatasets } from '../../charts/kinds/custom.js';
import { seriesData } from '../../charts/kinds/time-series.js';
import type { ChartRequest } from '../../charts/request.js';
import { aggregateRows, entityMetricRows, observationRow, plainRow, yearText, type DataRow, type RowNames } from '../../data-out/rows.js';
import { byName } from '../../io/order.js';
import type { Indicator, Observation } from '../../model.js';
import { STATUSES, type EntityMetric, type Status } from '../../metrics/types.js';
import type { CompileState } from '../state.js';

const COUNTRIES = 'data/reference/countries.csv';
const MEETINGS = 'data/reference/ewg-meetings.csv';

/** The names rows carry, in the report's language. */
export function rowNames(state: CompileState): RowNames {
  return { entity: (code) => state.lookup.entityName(code, state.strings.allPartners) };
}

/**
 * The rows behind a chart.
 *
 * @param state
 *   The compile state (data in the report's language, metrics, edition).
 * @param request
 *   The checked chart request.
 */
export function chartRows(state: CompileState, request: ChartRequest): DataRow[] {
  const { lookup, dataset } = state;
  const names = rowNames(state);
  const indicatorOf = (id: string): Indicator | undefined => lookup.indicators.get(id);
  const metricRows = (metrics: readonly EntityMetric[]): DataRow[] =>
    metrics.flatMap((m) => {
      const indicator = indicatorOf(m.indicator);
      return indicator ? entityMetricRows(m, indicator, names) : [];
    });
  const observationRows = (observations: readonly Observation[]): DataRow[] =>
    observations.flatMap((o) => {
      const indicator = indicatorOf(o.indicator);
      return indicator ? [observationRow(o, indicator, names)] : [];
    });
  switch (request.kind) {
    case 'baseline-current': {
      const { entities } = request;
      return metricRows(
        entities
          ? entities.map((code) => lookup.entityMetric(request.indicator, code)).filter((m): m is EntityMetric => m !== undefined)
          : lookup.entityMetrics(request.indicator).filter((m) => m.baseline !== null || m.current !== null),
      );
    }
    case 'time-series': {
      const { observations, entities } = seriesData(request, { dataset, metrics: state.metrics, year: state.edition.year });
      return entities.flatMap((code) => observationRows(observations.filter((o) => o.country === code).sort((a, b) => a.year - b.year)));
    }
    case 'partner-map': {
      const countries = dataset.reference.countries;
      if (request.colorBy === 'status' && request.indicator) {
        const indicator = request.indicator;
        return metricRows(countries.map((c) => lookup.entityMetric(indicator, c.iso3)).filter((m): m is EntityMetric => m !== undefined));
      }
      return programmeRows(state);
    }
    case 'status-by-pillar':
      return statusCounts(state, request.pillar);
    case 'coverage-grid':
      return coverageRows(state, request.pillar, request.year ?? state.edition.year);
    case 'ewg-timeline': {
      const until = request.until ?? state.edition.year;
      return meetingRows(state, (year) => year <= until);
    }
    case 'partner-pillar': {
      const indicators = dataset.indicators.filter((i) => i.pillar === request.pillar);
      return metricRows(indicators.map((i) => lookup.entityMetric(i.id, request.entity)).filter((m): m is EntityMetric => m !== undefined));
    }
    case 'custom': {
      const named = new Set(namedDatasets(request.spec));
      const text = JSON.stringify(request.spec);
      const mentioned = dataset.indicators.filter((i) => text.includes(JSON.stringify(i.id)) || text.includes(`'${i.id}'`)).map((i) => i.id);
      const wanted = new Set(mentioned.length > 0 ? mentioned : dataset.indicators.map((i) => i.id));
      return [
        ...(named.has('observations') ? observationRows(dataset.observations.filter((o) => wanted.has(o.indicator))) : []),
        ...(named.has('metrics') ? metricRows(state.metrics.entities.filter((m) => m.sex === 'total' && wanted.has(m.indicator))) : []),
        ...(named.has('aggregates')
          ? state.metrics.aggregates.flatMap((a) => {
              const indicator = indicatorOf(a.indicator);
              return indicator && wanted.has(a.indicator) ? aggregateRows(a, indicator, names) : [];
            })
          : []),
        ...(named.has('countries') ? programmeRows(state) : []),
        ...(named.has('ewg-meetings') ? meetingRows(state, () => true) : []),
      ];
    }
  }
}

/**
 * For each bar (a pillar, or an indicator of one pillar) and each status, in the report's order,
 * how many entity metrics (sex total) have it, with the observations of those metrics.
 */
function statusCounts(state: CompileState, pillar: string | undefined): DataRow[] {
  const { dataset, lookup } = state;
  const bars = pillar
    ? dataset.indicators.filter((i) => i.pillar === pillar).map((i) => ({ pillar, indicator: i }))
    : lookup.pillars.map((p) => ({ pillar: p, indicator: undefined }));
  return bars.flatMap((bar) => {
    const indicators = bar.indicator ? [bar.indicator] : dataset.indicators.filter((i) => i.pillar === bar.pillar);
    const metrics = indicators.flatMap((i) => lookup.entityMetrics(i.id));
    return STATUSES.map((status: Status) => {
      const counted = metrics.filter((m) => m.status === status);
      return plainRow({
        pillar: bar.pillar,
        ...(bar.indicator ? { indicator: bar.indicator.id, indicatorTitle: bar.indicator.title, unit: bar.indicator.unit } : {}),
        measure: 'count',
        year: yearText(state.edition.year),
        value: counted.length,
        status,
        sources: counted.flatMap((m) => [m.sources.baseline, m.sources.current].filter((r) => r !== undefined)),
      });
    });
  });
}

/**
 * Each partner country (by name) and each country-reported indicator (of a pillar): what the
 * data holds for the year. The category is the grid's: reported, estimate, provisional, a missing
 * figure's reason (not-reported, confidential, not-collected, not-applicable), or no-data (no row).
 */
function coverageRows(state: CompileState, pillar: string | undefined, year: number): DataRow[] {
  const { dataset } = state;
  const names = rowNames(state);
  const indicators = dataset.indicators.filter((i) => i.reported_by === 'country' && (pillar === undefined || i.pillar === pillar));
  const found = new Map<string, Observation>();
  for (const o of dataset.observations) if (o.year === year && o.sex === 'total') found.set(`${o.indicator}\u0000${o.country}`, o);
  const order = byName(state.strings.locale);
  const countries = [...dataset.reference.countries].sort((a, b) => order(a.name, b.name));
  return countries.flatMap((country) =>
    indicators.map((indicator) => {
      const o = found.get(`${indicator.id}\u0000${country.iso3}`);
      const coverage = coverageOf(o);
      return plainRow({
        entity: country.iso3,
        entityName: names.entity(country.iso3),
        pillar: indicator.pillar,
        indicator: indicator.id,
        indicatorTitle: indicator.title,
        unit: indicator.unit,
        measure: 'coverage',
        year: String(year),
        value: o?.value ?? null,
        category: coverage === 'missing' ? (o?.missing_reason ?? coverage) : coverage,
        flag: o?.flag ?? '',
        sources: o ? [{ file: o.file, line: o.line }] : [],
      });
    }),
  );
}

/** Each partner country's priority programme (or none), in the data's order. */
function programmeRows(state: CompileState): DataRow[] {
  const names = rowNames(state);
  return state.dataset.reference.countries.map((c) =>
    plainRow({ entity: c.iso3, entityName: names.entity(c.iso3), measure: 'priority_programme', category: c.priority_programme, sources: [{ file: COUNTRIES }] }),
  );
}

/** Each Expert Working Group meeting of the years kept, by number: its host country, pillars, topic and number. */
function meetingRows(state: CompileState, kept: (year: number) => boolean): DataRow[] {
  const names = rowNames(state);
  return [...state.dataset.reference.ewgMeetings]
    .filter((m) => kept(m.year))
    .sort((a, b) => a.number - b.number)
    .map((m) =>
      plainRow({
        entity: m.country,
        entityName: names.entity(m.country),
        pillar: m.pillars.join(' '),
        measure: 'meeting',
        year: String(m.year),
        value: m.number,
        category: m.topic,
        sources: [{ file: MEETINGS }],
      }),
    );
}
