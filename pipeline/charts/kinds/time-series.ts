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
import { INNER, legendHeight, lines, rowStep, widest } from '../fit.js';
import { FONT_SIZE, INK, legendOrder, themeConfig } from '../theme.js';
import type { ChartLanguage } from '../language.js';
import { compareText, entityLabels, indicatorOf, languageOf, unitLabel, VEGA_LITE_SCHEMA } from './lookup.js';

/**
 * A panel's plot: at most this size, and as wide as its column of the chart allows (at least
 * `least` wide, so at most four columns fit); less tall when many rows of panels must fit.
 */
const PANEL = { width: 170, height: 100, least: 80, lowest: 60 } as const;
/** The size of a panel's name. */
const HEADER_SIZE = 11;
/**
 * What a panel adds to its plot: across, its y axis (at least this wide: yAxisWidth) and the gap
 * to the next (the last has none, but its points may stand 6 px out); down, its name above and its
 * years below.
 */
const PANEL_FRAME = { axis: 44, gap: 26, overhang: 6, down: 62 } as const;

/**
 * The width of a panel's y axis: the widest label its figures could have (the power of ten above
 * the largest, or a decimal below ten), its tick and padding; at least PANEL_FRAME.axis.
 */
function yAxisWidth(values: readonly number[], language: ChartLanguage): number {
  const largest = Math.max(0, ...values.map(Math.abs));
  const top = language.number(10 ** Math.ceil(Math.log10(largest + 1)));
  return Math.max(PANEL_FRAME.axis, widest([top, ...(largest < 10 ? [language.fixed(0, 2)] : [])], FONT_SIZE.label) + 10);
}

/** The kinds of figure a series shows, in legend order, with their point shapes. */
type FigureKind = 'reported' | 'estimate' | 'provisional' | 'break';
const FIGURE_KINDS: readonly FigureKind[] = ['reported', 'estimate', 'provisional', 'break'];
const SHAPES: Readonly<Record<FigureKind, string>> = { reported: 'circle', estimate: 'diamond', provisional: 'square', break: 'triangle-right' };

/** A kind of figure as the legend names it. */
function figureLabel(kind: FigureKind, language: ChartLanguage): string {
  if (kind === 'reported') return language.words.figureReported;
  if (kind === 'break') return language.words.figureAfterBreak;
  return language.flag(kind);
}

interface Point {
  entity: string;
  label: string;
  year: number;
  value: number | null;
  figure: string | null;
}


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
  const language = languageOf(input);
  const words = language.words.timeSeries;
  const labels = entityLabels(input.dataset);
  const { observations, entities, first, last } = seriesData(request, input);
  const label = (entity: string): string => labels.get(entity) ?? entity;
  const order = [...entities].sort((a, b) => language.compare(label(a), label(b)));
  const kindOf = new Map<string, FigureKind>();
  const byKey = new Map(observations.map((o) => [`${o.country}|${o.year}`, o]));
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const points: Point[] = order.flatMap((entity) =>
    years.map((year) => {
      const o = byKey.get(`${entity}|${year}`);
      const value = o?.value ?? null;
      const kind = o?.flag ?? 'reported';
      if (value !== null) kindOf.set(`${entity}|${year}`, kind);
      return {
        entity,
        label: label(entity),
        year,
        value,
        figure: value === null ? null : figureLabel(kind, language),
      };
    }),
  );
  const kinds = FIGURE_KINDS.filter((k) => [...kindOf.values()].includes(k));
  const flags = kinds.map((k) => figureLabel(k, language));
  const baselineShown = indicator.baseline_year >= first && indicator.baseline_year <= last;
  const unit = unitLabel(indicator.unit, input.dataset.units, language);
  // As many columns as asked for and as fit the chart's width; panels share the width and height.
  const axis = yAxisWidth(points.flatMap((p) => (p.value === null ? [] : [p.value])), language);
  const across = (columns: number): number => Math.floor((INNER.width - PANEL_FRAME.overhang + PANEL_FRAME.gap) / columns) - axis - PANEL_FRAME.gap;
  const most = [4, 3, 2].find((n) => across(n) >= PANEL.least) ?? 1;
  const columns = Math.max(1, Math.min(request.columns ?? 4, order.length, most));
  const rows = Math.ceil(order.length / columns);
  const panel = {
    width: Math.min(PANEL.width, across(columns)),
    height: rowStep(rows, INNER.height - legendHeight(flags.length, flags.length) - rows * PANEL_FRAME.down, PANEL.lowest, PANEL.height),
  };
  // Names on up to three lines as wide as a panel, padded above to the same count so the panels of a row line up.
  const broken = order.map((entity) => lines(label(entity), panel.width, HEADER_SIZE, 3, true));
  const height = Math.max(1, ...broken.map((name) => name.length));
  const names = Object.fromEntries(order.map((entity, i) => [label(entity), [...Array<string>(height - broken[i]!.length).fill(''), ...broken[i]!]]));
  const spec = {
    $schema: VEGA_LITE_SCHEMA,
    config: themeConfig(language),
    data: { values: points },
    columns,
    facet: {
      field: 'label',
      type: 'nominal',
      sort: order.map(label),
      header: {
        title: null,
        labelAnchor: language.rtl ? 'end' : 'start',
        labelFontWeight: 'bold',
        labelFontSize: HEADER_SIZE,
        labelPadding: 4,
        labelLimit: 0,
        labelExpr: `${JSON.stringify(names)}[datum.value]`,
      },
    },
    spec: {
      width: panel.width,
      height: panel.height,
      encoding: {
        x: {
          field: 'year',
          type: 'quantitative',
          title: null,
          scale: { domain: [first, last], nice: false },
          axis: { values: yearTicks(first, last), format: 'd', grid: false, labelFlush: true },
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
              // The unit is the legend's, not repeated on every panel.
              title: null,
              scale: { zero: true, nice: true },
              // A fixed axis width keeps the panels of a column aligned whatever their numbers.
              axis: { tickCount: 4, grid: true, minExtent: axis, maxExtent: axis, format: ',~f' },
            },
            shape: { field: 'figure', type: 'nominal', scale: { domain: flags, range: kinds.map((k) => SHAPES[k]) } },
            fill: {
              field: 'figure',
              type: 'nominal',
              scale: { domain: flags, range: kinds.map((k) => (k === 'reported' ? INK.text : INK.background)) },
              legend: {
                title: words.legendTitle(unit, baselineShown ? language.year(indicator.baseline_year) : undefined),
                orient: 'top',
                direction: 'horizontal',
                ...legendOrder(flags, flags.length, language),
              },
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
      .flatMap((p) => {
        const kind = p.entity === entity ? kindOf.get(`${entity}|${p.year}`) : undefined;
        return kind === 'estimate' || kind === 'provisional' ? [words.flaggedYear(language.year(p.year), language.strings.flags[kind])] : [];
      })
      .join(language.words.separator);
  return {
    spec,
    table: {
      caption: words.caption(indicator.title, unit, language.year(first), language.year(last)),
      columns: [words.columns.entity, ...years.map(language.year), words.columns.flagged],
      rows: order.map((entity) => [
        label(entity),
        ...years.map((year) => points.find((p) => p.entity === entity && p.year === year)?.value ?? null),
        flagged(entity) || null,
      ]),
    },
    describe: words.describe({ panels: language.count(order.length), first: language.year(first), last: language.year(last), shared: request.scale === 'shared' }),
    source: indicator.source,
  };
}
