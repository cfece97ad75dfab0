/**
 * A partner brief's small chart: one partner's figures for the indicators of one pillar, one row
 * per indicator, baseline against current. The indicators have different units (kg, numbers,
 * percentages, days), so no one axis can hold them; each row is a dumbbell on its own small
 * scale, a grey track from zero to a round figure at or above the row's larger figure (from 0 to
 * 100 for a percentage), with both ends labelled. Why not an index of baseline = 100: a baseline
 * of 0 (Afghanistan's family prevention programmes, 0 to 3) has no index, and small counts swing
 * wildly (2 to 7 is 350); a zero-based track keeps each figure's length true within its row, and
 * the figures are written beside it, so nothing is read off a scale that is not drawn.
 * The baseline is an open circle, the current figure the symbol of its status (theme.ts, colour
 * and shape), joined by a line; beside the row its figures and, in words, its status and years.
 * A change across a series break is not drawn as one: no joining line, the figures side by side,
 * and "series break in 2019: not comparable" as the status. A row the partner did not report has
 * no track, only the words. The unit is in the row's name ("Heroin seized (kg)").
 * About 480 pixels wide and 40 a row, for a brief of two pages. Right to left (Arabic), the
 * chart is mirrored as the report's dumbbells are: names on the right, tracks growing from the
 * right; it has no time axis.
 */
import type { Dataset, Indicator, PillarId } from '../../model.js';
import type { EntityMetric, Status } from '../../metrics/types.js';
import { decimalsOf } from '../../content/format.js';
import type { BuildInput, BuiltChart, FigureTable, PartnerPillarRequest } from '../request.js';
import { lines, widest } from '../fit.js';
import { textWidth } from '../font-metrics.js';
import { FONT_SIZE, INK, LABEL_GAP, namesAxis, PADDING, STATUS_ORDER, STATUS_STYLE, statusScale, themeConfig } from '../theme.js';
import type { ChartLanguage } from '../language.js';
import { entityLabels, languageOf, unitLabel, VEGA_LITE_SCHEMA } from './lookup.js';

/** The chart's box, padding included, and a row's height, in pixels. */
export const PARTNER_PILLAR_SIZE = { width: 480, row: 40 } as const;
/** The room inside the padding, less a pixel each side that vega may round up. */
const INNER_WIDTH = PARTNER_PILLAR_SIZE.width - 2 * PADDING - 2;
/** The longest line of a row's name; it takes three lines at most. */
const NAME_LINE = 135;
/** The narrowest a track is drawn, and the widest the words beside it are (longer ones end in an ellipsis; the table has them whole). */
const TRACK_LEAST = 90;
const TEXT_MOST = 215;
/** The gap between the track and the words beside it. */
const TEXT_GAP = 10;
/** The key over the rows: its centre line above the first row, and the gaps in it. */
const KEY = { y: -7, symbol: 10, gap: 4, between: 14 } as const;
/** Symbol sizes (area, square pixels). */
const SIZE = { baseline: 50, current: 70, key: 45 } as const;
/** The track's grey: visible on white (3:1 is not needed for a track the figures are written beside). */
const TRACK = '#c8c8c8';

/** One row as the spec carries it (its data values): the metric's figures, their places on the track, and the words. */
export interface PartnerPillarRow {
  indicator: string;
  status: Status;
  baseline_year: number | null;
  baseline: number | null;
  current_year: number | null;
  current: number | null;
  change: number | null;
  /** Places on the track, 0 (its low end) to 1 (its top); null without the figure. */
  at_baseline: number | null;
  at_current: number | null;
  /** Whether the row has a track (a figure at all), and whether its two figures are joined (a comparable change). */
  tracked: boolean;
  joined: boolean;
  low_label: string;
  top_label: string;
  /** The words beside the track: two lines, or one (`single`). */
  figures: string;
  state: string;
  single: string;
}

/** The smallest round figure at or above `max`: 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 times a power of ten. */
export function roundTop(max: number): number {
  if (!(max > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) {
    const top = Number((step * power).toPrecision(12));
    if (top >= max) return top;
  }
  return 10 * power;
}

/** The track of a row: from zero (or a negative figure) to a round top, or 0 to 100 for a percentage within it. */
export function trackOf(indicator: Pick<Indicator, 'unit'>, values: readonly number[]): { low: number; top: number } {
  const low = Math.min(0, ...values);
  const max = Math.max(0, ...values);
  if (indicator.unit === 'percent' && low === 0 && max <= 100) return { low, top: 100 };
  return { low, top: roundTop(max - low) + low };
}

/** Prints a figure by the report's rule (content/format.ts): the indicator's decimals, rounded half away from zero, as the stored decimal reads. */
function figurePrinter(language: ChartLanguage, dataset: Pick<Dataset, 'units'>): (value: number, indicator: Indicator) => string {
  const formats = new Map<number, Intl.NumberFormat>();
  return (value, indicator) => {
    const decimals = decimalsOf(indicator, dataset.units[indicator.unit]);
    let format = formats.get(decimals);
    if (!format) {
      const options = { minimumFractionDigits: decimals, maximumFractionDigits: decimals, roundingMode: 'halfExpand' } as Intl.NumberFormatOptions;
      format = new Intl.NumberFormat(language.strings.locale, options);
      formats.set(decimals, format);
    }
    return format.format(String(value) as never);
  };
}

/** The partner's metrics (sex total) of the pillar's indicators, in catalogue order. */
export function pillarMetrics(entity: string, pillar: PillarId, input: Pick<BuildInput, 'dataset' | 'metrics'>): { indicator: Indicator; metric: EntityMetric }[] {
  const byIndicator = new Map(input.metrics.entities.filter((m) => m.entity === entity && m.sex === 'total').map((m) => [m.indicator, m]));
  return input.dataset.indicators.flatMap((indicator) => {
    const metric = indicator.pillar === pillar ? byIndicator.get(indicator.id) : undefined;
    return metric ? [{ indicator, metric }] : [];
  });
}

/** A row's words and places. */
function rowOf(indicator: Indicator, m: EntityMetric, language: ChartLanguage, figure: (value: number, indicator: Indicator) => string): PartnerPillarRow {
  const words = language.words.partnerPillar;
  const values = [m.baseline, m.current].filter((v): v is number => v !== null);
  const { low, top } = trackOf(indicator, values);
  const at = (v: number | null): number | null => (v === null ? null : (v - low) / (top - low));
  const comparable = m.status !== 'not-comparable';
  const year = (y: number | null): string | undefined => (y === null ? undefined : language.year(y));
  const printed = (v: number | null): string | undefined => (v === null ? undefined : figure(v, indicator));
  const figures = words.figures(printed(m.baseline), printed(m.current), comparable);
  const state =
    m.status === 'not-comparable'
      ? words.seriesBreak(language.year(m.series_break?.year ?? m.current_year ?? 0))
      : words.statusLine(language.status(m.status), year(m.baseline === null ? null : m.baseline_year), year(m.current === null ? null : m.current_year));
  const tracked = values.length > 0;
  return {
    indicator: indicator.id,
    status: m.status,
    baseline_year: m.baseline_year,
    baseline: m.baseline,
    current_year: m.current_year,
    current: m.current,
    change: m.change,
    at_baseline: at(m.baseline),
    at_current: at(m.current),
    tracked,
    joined: comparable && m.baseline !== null && m.current !== null,
    // A track's ends as Intl prints them, with no more decimals than they have.
    low_label: tracked ? language.number(low) : '',
    top_label: tracked ? language.number(top) : '',
    figures: tracked ? figures : '',
    state: tracked ? state : '',
    single: tracked ? '' : language.status(m.status),
  };
}

/** The chart for a partner expected to report no indicator of the pillar: one line that says so. */
function noIndicators(request: PartnerPillarRequest, input: BuildInput, language: ChartLanguage, table: FigureTable): BuiltChart {
  const width = INNER_WIDTH;
  const text = lines(language.words.partnerPillar.none(pillarName(request.pillar, input.dataset, language)), width, FONT_SIZE.label, 3);
  const spec = {
    $schema: VEGA_LITE_SCHEMA,
    config: themeConfig(language),
    width,
    height: PARTNER_PILLAR_SIZE.row,
    data: { values: [{ text }] },
    mark: { type: 'text', align: language.rtl ? 'right' : 'left', baseline: 'middle', fontSize: FONT_SIZE.label, color: INK.muted, lineHeight: FONT_SIZE.label + 3 },
    encoding: { x: { value: language.rtl ? width : 0 }, y: { value: PARTNER_PILLAR_SIZE.row / 2 }, text: { field: 'text' } },
  };
  return { spec, table, describe: language.words.partnerPillar.none(pillarName(request.pillar, input.dataset, language)), source: sourceOf([], language) };
}

/** A pillar as the report names it: "Pillar I: Regional initiatives". */
function pillarName(id: PillarId, dataset: Pick<Dataset, 'reference'>, language: ChartLanguage): string {
  const pillar = dataset.reference.pillars.find((p) => p.id === id);
  return language.strings.pillarTitle(id, pillar?.short_title ?? id);
}

/** The source note: the indicators' sources, each once, in catalogue order; without indicators, the metrics'. */
function sourceOf(indicators: readonly Indicator[], language: ChartLanguage): string {
  return indicators.length > 0 ? [...new Set(indicators.map((i) => i.source))].join('; ') : language.words.statusByPillar.source;
}

/**
 * Builds the small chart of one partner and one pillar.
 *
 * @param request
 *   The partner (entity) and the pillar; checked by checkChartRequests.
 * @param input
 *   Data, metrics, edition year and language.
 */
export function build(request: PartnerPillarRequest, input: BuildInput): BuiltChart {
  const language = languageOf(input);
  const words = language.words.partnerPillar;
  const rtl = language.rtl;
  const { dataset } = input;
  const entity = entityLabels(dataset).get(request.entity) ?? request.entity;
  const figure = figurePrinter(language, dataset);
  const found = pillarMetrics(request.entity, request.pillar, input);
  const rows = found.map(({ indicator, metric }) => rowOf(indicator, metric, language, figure));
  const unitOf = (indicator: Indicator): string => unitLabel(indicator.unit, dataset.units, language);
  const table: FigureTable = {
    caption: words.caption(entity, pillarName(request.pillar, dataset, language), language.year(input.year)),
    columns: Object.values(words.columns),
    rows: found.map(({ indicator, metric: m }) => [
      indicator.title,
      unitOf(indicator),
      m.baseline_year,
      m.baseline,
      m.current_year,
      m.current,
      m.change,
      language.status(m.status),
      m.series_break ? language.strings.seriesBreak(language.year(m.series_break.year), m.series_break.note) : null,
    ]),
  };
  if (rows.length === 0) return noIndicators(request, input, language, table);

  // Widths: the names take what they need up to three lines, the words beside the track what
  // theirs need up to TEXT_MOST, and the track what is left, at least TRACK_LEAST.
  const names = Object.fromEntries(found.map(({ indicator }) => [indicator.id, lines(language.words.withUnit(indicator.title, unitOf(indicator)), NAME_LINE, FONT_SIZE.label, 3)]));
  const nameWidth = widest(Object.values(names).flat(), FONT_SIZE.label);
  const plot = INNER_WIDTH - nameWidth - LABEL_GAP;
  const wanted = widest(rows.flatMap((r) => [r.figures, r.state, r.single]), FONT_SIZE.mark);
  const text = Math.max(0, Math.min(TEXT_MOST, wanted, plot - TEXT_GAP - TRACK_LEAST));
  const track = plot - text - TEXT_GAP;
  // Left to right the track starts at the names' side (0) and the words stand right of it;
  // right to left both are mirrored.
  const x = { type: 'quantitative', scale: { domain: [0, 1], range: rtl ? [plot, plot - track] : [0, track] }, axis: null };
  const textAt = rtl ? plot - track - TEXT_GAP : track + TEXT_GAP;
  const start = rtl ? 'right' : 'left';
  const end = rtl ? 'left' : 'right';
  const present = STATUS_ORDER.filter((s) => rows.some((r) => r.status === s && r.current !== null));
  // The rows carry the status itself, so the scales map statuses, not their labels.
  const statusOf = (channel: 'color' | 'stroke' | 'shape'): { domain: string[]; range: string[] } => ({ domain: [...STATUS_ORDER], range: statusScale(STATUS_ORDER, channel).range });
  const textLayer = (field: 'figures' | 'state' | 'single', dy: number, color: string): Record<string, unknown> => ({
    transform: [{ filter: `datum.${field} !== ''` }],
    mark: { type: 'text', align: start, baseline: 'middle', dy, fontSize: FONT_SIZE.mark, color, limit: text },
    encoding: { x: { value: textAt }, text: { field } },
  });
  const spec = {
    $schema: VEGA_LITE_SCHEMA,
    config: themeConfig(language),
    width: plot,
    height: { step: PARTNER_PILLAR_SIZE.row },
    data: { values: rows },
    encoding: {
      y: {
        field: 'indicator',
        type: 'nominal',
        sort: rows.map((r) => r.indicator),
        title: null,
        axis: { ...namesAxis(names), ...(rtl ? { orient: 'right' } : {}) },
      },
    },
    layer: [
      {
        transform: [{ filter: 'datum.tracked' }],
        mark: { type: 'rule', color: TRACK, strokeWidth: 3, strokeCap: 'round' },
        encoding: { x: { datum: 0, ...x }, x2: { datum: 1 } },
      },
      ...(['low', 'top'] as const).map((which) => ({
        transform: [{ filter: 'datum.tracked' }],
        mark: { type: 'text', align: which === 'low' ? start : end, baseline: 'top', dy: 7, fontSize: FONT_SIZE.mark, color: INK.muted },
        encoding: { x: { datum: which === 'low' ? 0 : 1, ...x }, text: { field: `${which}_label` } },
      })),
      {
        transform: [{ filter: 'datum.joined' }],
        mark: { type: 'rule', color: INK.rule, strokeWidth: 2 },
        encoding: { x: { field: 'at_baseline', ...x }, x2: { field: 'at_current' } },
      },
      {
        transform: [{ filter: 'isValid(datum.at_baseline)' }],
        mark: { type: 'point', shape: 'circle', filled: true, fill: INK.background, stroke: INK.muted, strokeWidth: 1.5, opacity: 1, size: SIZE.baseline },
        encoding: { x: { field: 'at_baseline', ...x } },
      },
      {
        transform: [{ filter: 'isValid(datum.at_current)' }],
        mark: { type: 'point', filled: true, opacity: 1, strokeWidth: 1.5, size: SIZE.current },
        encoding: {
          x: { field: 'at_current', ...x },
          fill: { field: 'status', type: 'nominal', scale: statusOf('color'), legend: null },
          stroke: { field: 'status', type: 'nominal', scale: statusOf('stroke'), legend: null },
          shape: { field: 'status', type: 'nominal', scale: statusOf('shape'), legend: null },
        },
      },
      textLayer('figures', -6, INK.text),
      textLayer('state', 7, INK.muted),
      textLayer('single', 0, INK.muted),
      ...keyLayers(present, plot, language),
    ],
  };
  const reported = rows.filter((r) => r.tracked);
  const titleOf = new Map(found.map(({ indicator }) => [indicator.id, indicator.title]));
  return {
    spec,
    table,
    describe: words.describe({
      indicators: language.count(rows.length),
      withFigures: language.count(reported.length),
      notReported: rows.filter((r) => !r.tracked).map((r) => titleOf.get(r.indicator)!),
      notComparable: rows.filter((r) => r.status === 'not-comparable').map((r) => titleOf.get(r.indicator)!),
    }),
    source: sourceOf(found.map((f) => f.indicator), language),
  };
}

/**
 * The key over the rows: an open circle and "Baseline", then the symbols of the current
 * figures' statuses and "Current figure, by status"; from the track's start, mirrored right to left.
 */
function keyLayers(present: readonly Status[], plot: number, language: ChartLanguage): Record<string, unknown>[] {
  const words = language.words.partnerPillar;
  const rtl = language.rtl;
  const symbols: { x: number; shape: string; fill: string; stroke: string }[] = [];
  const texts: { x: number; text: string }[] = [];
  // A key wider than the plot starts over the names, which have nothing above them.
  const width =
    KEY.symbol + KEY.gap + textWidth(words.keyBaseline, FONT_SIZE.mark) + KEY.between +
    (present.length > 0 ? present.length * KEY.symbol + KEY.gap + textWidth(words.keyCurrent, FONT_SIZE.mark) : 0);
  let along = -Math.max(0, Math.ceil(width - plot));
  const place = (width: number): number => {
    const middle = along + width / 2;
    along += width;
    return rtl ? plot - middle : middle;
  };
  symbols.push({ x: place(KEY.symbol), shape: 'circle', fill: INK.background, stroke: INK.muted });
  along += KEY.gap;
  texts.push({ x: rtl ? plot - along : along, text: words.keyBaseline });
  along += textWidth(words.keyBaseline, FONT_SIZE.mark) + KEY.between;
  for (const s of present) symbols.push({ x: place(KEY.symbol), shape: STATUS_STYLE[s].shape, fill: STATUS_STYLE[s].color, stroke: STATUS_STYLE[s].stroke });
  if (present.length > 0) {
    along += KEY.gap;
    texts.push({ x: rtl ? plot - along : along, text: words.keyCurrent });
  }
  const pixels = { type: 'quantitative', scale: null };
  return [
    {
      data: { values: symbols },
      mark: { type: 'point', filled: true, opacity: 1, strokeWidth: 1.5, size: SIZE.key },
      encoding: {
        x: { field: 'x', ...pixels },
        y: { value: KEY.y },
        shape: { field: 'shape', type: 'nominal', scale: null },
        fill: { field: 'fill', type: 'nominal', scale: null },
        stroke: { field: 'stroke', type: 'nominal', scale: null },
      },
    },
    {
      data: { values: texts },
      mark: { type: 'text', align: rtl ? 'right' : 'left', baseline: 'middle', fontSize: FONT_SIZE.mark, color: INK.text },
      encoding: { x: { field: 'x', ...pixels }, y: { value: KEY.y }, text: { field: 'text' } },
    },
  ];
}

/**
 * The partner-pillar requests of one partner's brief: one per pillar in which the partner has at
 * least one figure (a baseline or a current figure), in pillar order, with a title and a
 * description in the chart's language. A pillar with no figure gets no chart: the brief says in
 * words that nothing was reported, and a chart of empty rows would add nothing to that.
 *
 * @param entity
 *   The partner: a country's ISO alpha-3 code or an organization's acronym.
 * @param input
 *   The data (in the brief's language), the edition's metrics and year, and the chart language.
 * @param idPrefix
 *   (optional) The start of each chart's id, unique among the charts drawn in one call
 *   (default: `brief-ENTITY`); the id is `PREFIX-pillar-ID`, such as brief-AFG-pillar-I.
 */
export function partnerPillarRequests(entity: string, input: BuildInput, idPrefix = `brief-${entity}`): PartnerPillarRequest[] {
  const language = languageOf(input);
  const words = language.words.partnerPillar;
  const name = entityLabels(input.dataset).get(entity) ?? entity;
  const pillars = [...input.dataset.reference.pillars].sort((a, b) => a.number - b.number);
  return pillars
    .filter((p) => pillarMetrics(entity, p.id, input).some(({ metric }) => metric.baseline !== null || metric.current !== null))
    .map((p) => {
      const pillar = language.strings.pillarTitle(p.id, p.short_title);
      return { id: `${idPrefix}-pillar-${p.id}`, kind: 'partner-pillar', entity, pillar: p.id, title: words.title(name, pillar), description: words.description(name, pillar) };
    });
}
