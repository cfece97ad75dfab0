/**
 * An indicator's yearly figures as small multiples: one panel per entity, a line through the
 * reported figures (broken where a figure is missing), and points whose fill tells a reported
 * figure (filled) from an estimate or a provisional one (open, and a different shape). A dashed
 * rule marks the baseline year. Each panel has its own y scale by default, so a country seizing
 * 5 kg is as readable as one seizing 5 000 kg; the axis labels say so.
 */
import type { Observation } from '../../model.js';
import type { BuildInput, BuiltChart, TimeSeriesRequest } from '../request.js';
import type { MessageText } from '../../diagnostics/message.js';
import { chartMessages } from '../messages.js';
import { INK, themeConfig } from '../theme.js';
import { compareText, entityLabels, indicatorOf, unitLabel, VEGA_LITE_SCHEMA } from './lookup.js';

const PANEL = { width: 170, height: 100 } as const;

const FLAG_LABEL = { reported: 'Reported', estimate: 'Estimate', provisional: 'Provisional', break: 'After a series break' } as const;
type FlagLabel = (typeof FLAG_LABEL)[keyof typeof FLAG_LABEL];

interface Point {
  entity: string;
  label: string;
  year: number;
  value: number | null;
  figure: FlagLabel | null;
}

/**
 * A vega expression setting a name on two lines, its parenthetical part on the second; a name
 * without one gets an empty first line, so every header has the same height and the panels of a
 * row line up.
 */
export const BREAK_NAME =
  "indexof(datum.value, ' (') > 0 ? [substring(datum.value, 0, indexof(datum.value, ' (')), substring(datum.value, indexof(datum.value, ' (') + 1)] : ['', datum.value]";


/** Entities shown when the request names none: priority countries reporting it, or every organization. */
function defaultEntities(input: BuildInput, observations: readonly Observation[], reportedBy: 'country' | 'organization'): string[] {
  const reporting = new Set(observations.filter((o) => o.value !== undefined).map((o) => o.country));
  if (reportedBy === 'organization') return [...reporting].sort(compareText);
  return input.dataset.reference.countries
    .filter((c) => c.priority_programme !== 'none' && reporting.has(c.iso3))
    .map((c) => c.iso3);
}

/** Years every three years back from the edition year, for uncluttered small axes. */
export function yearTicks(first: number, last: number): number[] {
  const ticks: number[] = [];
  for (let y = last; y >= first; y -= 3) ticks.unshift(y);
  return ticks;
}

/**
 * The years a time series can draw: the reporting window from its first year to the edition's;
 * and the years of the indicator's figures (sex total) among them, or undefined when it has none.
 */
export function seriesYears(
  indicatorId: string,
  input: Pick<BuildInput, 'dataset' | 'year'>,
): { first: number; last: number; figures: { first: number; last: number } | undefined } {
  const first = input.dataset.window.first;
  const last = input.year;
  let [low, high] = [Infinity, -Infinity];
  for (const o of input.dataset.observations) {
    if (o.indicator !== indicatorId || o.sex !== 'total' || o.year < first || o.year > last || o.value === undefined) continue;
    low = Math.min(low, o.year);
    high = Math.max(high, o.year);
  }
  return { first, last, figures: Number.isFinite(low) ? { first: low, last: high } : undefined };
}

/** The years a request draws: its from and to, by default the window's first year and the edition's. */
export function requestYears(request: Pick<TimeSeriesRequest, 'from' | 'to'>, input: Pick<BuildInput, 'dataset' | 'year'>): { first: number; last: number } {
  return { first: request.from ?? input.dataset.window.first, last: request.to ?? input.year };
}

/**
 * What is wrong with a request's from and to: each must lie within the years a series can draw
 * (seriesYears), and from may not come after to.
 */
export function seriesYearProblems(
  request: Pick<TimeSeriesRequest, 'indicator' | 'from' | 'to'>,
  input: Pick<BuildInput, 'dataset' | 'year'>,
): { attribute: 'from' | 'to'; year: number; text: MessageText }[] {
  const { first, last, figures } = seriesYears(request.indicator, input);
  const problems: { attribute: 'from' | 'to'; year: number; text: MessageText }[] = [];
  for (const attribute of ['from', 'to'] as const) {
    const year = request[attribute];
    if (year !== undefined && (year < first || year > last)) {
      problems.push({ attribute, year, text: chartMessages.seriesYearRange(attribute, year, request.indicator, first, last, figures) });
    }
  }
  if (problems.length === 0 && request.from !== undefined && request.to !== undefined && request.from > request.to) {
    problems.push({ attribute: 'from', year: request.from, text: chartMessages.seriesYearsOrder(request.from, request.to) });
  }
  return problems;
}

/**
 * What a time series draws: the indicator's figures (sex total) in the request's years (from and
 * to, by default the reporting window's first year and the edition's), and the entities with a panel
 * each (the request's, or the default ones). The sources annex lists exactly these observations.
 */
export function seriesData(
  request: Pick<TimeSeriesRequest, 'indicator' | 'entities' | 'from' | 'to'>,
  input: BuildInput,
): { observations: Observation[]; entities: readonly string[]; first: number; last: number } {
  const indicator = indicatorOf(input.dataset, request.indicator);
  const { first, last } = requestYears(request, input);
  const observations = input.dataset.observations.filter(
    (o) => o.indicator === indicator.id && o.sex === 'total' && o.year >= first && o.year <= last,
  );
  return { observations, entities: request.entities ?? defaultEntities(input, observations, indicator.reported_by), first, last };
}

/**
 * Builds small multiples of one indicator.
 *
 * @param request
 *   The indicator, and optionally the entities, panels per row and y scale sharing.
 * @param input
 *   Data, metrics and edition year.
 */
export function build(request: TimeSeriesRequest, input: BuildInput): BuiltChart {
  const indicator = indicatorOf(input.dataset, request.indicator);
  const labels = entityLabels(input.dataset);
  const { observations, entities, first, last } = seriesData(request, input);
  const label = (entity: string): string => labels.get(entity) ?? entity;
  const order = [...entities].sort((a, b) => compareText(label(a), label(b)));
  const byKey = new Map(observations.map((o) => [`${o.country}|${o.year}`, o]));
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const points: Point[] = order.flatMap((entity) =>
    years.map((year) => {
      const o = byKey.get(`${entity}|${year}`);
      const value = o?.value ?? null;
      return {
        entity,
        label: label(entity),
        year,
        value,
        figure: value === null ? null : FLAG_LABEL[o?.flag ?? 'reported'],
      };
    }),
  );
  const flags = (Object.values(FLAG_LABEL) as FlagLabel[]).filter((f) => points.some((p) => p.figure === f));
  const shapes: Record<FlagLabel, string> = { Reported: 'circle', Estimate: 'diamond', Provisional: 'square', 'After a series break': 'triangle-right' };
  const baselineShown = indicator.baseline_year >= first && indicator.baseline_year <= last;
  const spec = {
    $schema: VEGA_LITE_SCHEMA,
    config: themeConfig(),
    data: { values: points },
    columns: Math.max(1, Math.min(request.columns ?? 4, order.length)),
    facet: {
      field: 'label',
      type: 'nominal',
      sort: order.map(label),
      header: {
        title: null,
        labelAnchor: 'start',
        labelFontWeight: 'bold',
        labelFontSize: 11,
        labelPadding: 4,
        // Long names break before their parenthesis: "Iran" / "(Islamic Republic of)".
        labelExpr: BREAK_NAME,
      },
    },
    spec: {
      width: PANEL.width,
      height: PANEL.height,
      encoding: {
        x: {
          field: 'year',
          type: 'quantitative',
          title: null,
          scale: { domain: [first, last], nice: false },
          axis: { values: yearTicks(first, last), format: 'd', grid: false },
        },
      },
      layer: [
        // The baseline year's rule, when it lies in the years drawn.
        ...(baselineShown
          ? [
              {
                mark: { type: 'rule', strokeDash: [3, 3], color: INK.rule },
                encoding: { x: { datum: indicator.baseline_year, type: 'quantitative' } },
              },
            ]
          : []),
        {
          mark: { type: 'line', color: INK.text, strokeWidth: 1.5, invalid: 'break-paths-show-domains' },
          encoding: { y: { field: 'value', type: 'quantitative' } },
        },
        {
          transform: [{ filter: 'isValid(datum.value)' }],
          mark: { type: 'point', opacity: 1, size: 30, strokeWidth: 1.2 },
          encoding: {
            y: {
              field: 'value',
              type: 'quantitative',
              title: unitLabel(indicator.unit, input.dataset.units),
              scale: { zero: true, nice: true },
              // A fixed axis width keeps the panels of a column aligned whatever their numbers.
              axis: { tickCount: 4, grid: true, minExtent: 44, maxExtent: 44 },
            },
            shape: { field: 'figure', type: 'nominal', scale: { domain: flags, range: flags.map((f) => shapes[f]) } },
            fill: {
              field: 'figure',
              type: 'nominal',
              scale: { domain: flags, range: flags.map((f) => (f === 'Reported' ? INK.text : INK.background)) },
              legend: { title: baselineShown ? `Figures (dashed line: baseline year ${indicator.baseline_year})` : 'Figures', orient: 'top', direction: 'horizontal' },
            },
            stroke: { value: INK.text },
          },
        },
      ],
    },
    resolve: { scale: { y: request.scale === 'shared' ? 'shared' : 'independent' } },
  };
  const flagged = (entity: string): string =>
    points
      .filter((p) => p.entity === entity && (p.figure === 'Estimate' || p.figure === 'Provisional'))
      .map((p) => `${p.year} (${p.figure === 'Estimate' ? 'estimate' : 'provisional'})`)
      .join(', ');
  return {
    spec,
    table: {
      caption: `${indicator.title} (${unitLabel(indicator.unit, input.dataset.units)}), ${first}-${last}`,
      columns: ['Entity', ...years.map(String), 'Estimated or provisional'],
      rows: order.map((entity) => [
        label(entity),
        ...years.map((year) => points.find((p) => p.entity === entity && p.year === year)?.value ?? null),
        flagged(entity) || null,
      ]),
    },
    describe:
      `${order.length} panels, ${first} to ${last}` +
      (request.scale === 'shared' ? ', all on one scale.' : '; each panel has its own scale, so compare shapes, not heights.'),
    source: indicator.source,
  };
}
