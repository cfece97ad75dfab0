/**
 * Baseline versus current per entity, as a dumbbell: one row per country (or organization), an
 * open circle at the baseline, a line to the current figure, and there a symbol whose colour and
 * shape give the status, with the status written at the end of the row.
 * Figures spanning more than two orders of magnitude (heroin seized: 1 kg to 30 000 kg) go on a
 * symmetric log scale with ticks at powers of ten, so small countries do not collapse onto zero.
 */
import type { EntityMetric, Status } from '../../metrics/types.js';
import type { BaselineCurrentRequest, BuildInput, BuiltChart } from '../request.js';
import { INNER, legendColumns, legendHeight, lines, rowStep, widest } from '../fit.js';
import { FONT_SIZE, INK, legendOrder, STATUS_ORDER, statusScale, themeConfig } from '../theme.js';
import { axisTitle, entityLabels, indicatorOf, languageOf, VEGA_LITE_SCHEMA } from './lookup.js';

/** A row's height: at most this, less when many rows must fit the chart's height. */
const ROW = { most: 18, least: 11 } as const;
/** The longest a row's name is drawn (longer ones end in an ellipsis; the table has them whole). */
const NAME_LIMIT = 190;
/** The gap between a row's name and the plot, and between the plot and the row's status. */
const GAP = { name: 6, status: 10 } as const;
/** The x axis below the plot: its labels and title. */
const X_AXIS = 48;

interface Row {
  entity: string;
  label: string;
  baseline_year: number | null;
  baseline: number | null;
  current_year: number | null;
  current: number | null;
  change: number | null;
  status: string;
}

/** Largest first, entities without a current figure last, then by name (in the language's order). */
function byCurrent(compare: (a: string, b: string) => number): (a: Row, b: Row) => number {
  const key = (r: Row): number => r.current ?? r.baseline ?? -Infinity;
  return (a, b) => key(b) - key(a) || (b.baseline ?? -Infinity) - (a.baseline ?? -Infinity) || compare(a.label, b.label);
}

/** Linear, or symmetric log with ticks at 0, 1, 10, 100, ... when the figures span 100 times or more. */
export function valueScale(values: readonly number[]): { scale: Record<string, unknown>; axis: Record<string, unknown> } {
  const positive = values.filter((v) => v > 0);
  const max = Math.max(0, ...values);
  const min = Math.min(...positive);
  if (positive.length === 0 || max / min < 100) return { scale: { zero: true, nice: true }, axis: {} };
  const top = Math.ceil(Math.log10(max));
  const ticks = [0, ...Array.from({ length: top + 1 }, (_, i) => 10 ** i)];
  return { scale: { type: 'symlog', domain: [0, 10 ** top] }, axis: { values: ticks, format: ',.0f' } };
}

/**
 * Builds the dumbbell chart of one indicator.
 *
 * @param request
 *   The indicator and, optionally, which entities to show.
 * @param input
 *   Data, metrics and edition year.
 */
export function build(request: BaselineCurrentRequest, input: BuildInput): BuiltChart {
  const indicator = indicatorOf(input.dataset, request.indicator);
  const language = languageOf(input);
  const words = language.words.baselineCurrent;
  const labels = entityLabels(input.dataset);
  const wanted = request.entities && new Set(request.entities);
  const metrics = input.metrics.entities.filter(
    (m: EntityMetric) =>
      m.indicator === indicator.id &&
      m.sex === 'total' &&
      (wanted ? wanted.has(m.entity) : m.baseline !== null || m.current !== null),
  );
  const rows: Row[] = metrics
    .map((m) => ({
      entity: m.entity,
      label: labels.get(m.entity) ?? m.entity,
      baseline_year: m.baseline_year,
      baseline: m.baseline,
      current_year: m.current_year,
      current: m.current,
      change: m.change,
      status: language.status(m.status),
    }))
    .sort(byCurrent(language.compare));
  const present = STATUS_ORDER.filter((s: Status) => metrics.some((m) => m.status === s));
  const values = rows.flatMap((r) => [r.baseline, r.current]).filter((v): v is number => v !== null);
  const { scale, axis } = valueScale(values);
  // Right to left, the values grow from the right, where the names stand.
  const x = { type: 'quantitative', scale: language.rtl ? { ...scale, reverse: true } : scale, axis: { ...axis, title: axisTitle(indicator, input.dataset.units, language), grid: true } };
  const baselineLabel = words.baseline(language.year(indicator.baseline_year));
  // Partners whose figure is from an earlier year: the legend says the figures are not all the edition year's.
  const years = rows.flatMap((r) => (r.current === null || r.current_year === null ? [] : [r.current_year]));
  const earliest = years.length > 0 ? Math.min(...years) : input.year;
  const figureIn = words.figureIn(language.year(input.year), earliest < input.year ? language.year(earliest) : undefined);
  const legendTitle = words.legendTitle(figureIn);
  const unreported = wanted ? [] : input.metrics.entities.filter((m) => m.indicator === indicator.id && m.sex === 'total' && m.status === 'not-reported');
  const symbols = (channel: 'color' | 'stroke' | 'shape'): { domain: string[]; range: string[] } => {
    const status = statusScale(present, channel, language);
    const open = channel === 'color' ? INK.background : channel === 'stroke' ? INK.muted : 'circle';
    return { domain: [baselineLabel, ...status.domain], range: [open, ...status.range] };
  };
  // The plot takes the width the names and statuses leave, and rows as tall as the height allows.
  // The legend stands over the plot and the statuses, right of the names.
  const nameWidth = Math.min(NAME_LIMIT, widest(rows.map((r) => r.label), FONT_SIZE.label));
  const right = INNER.width - nameWidth - GAP.name;
  const width = right - GAP.status - widest(rows.map((r) => r.status), FONT_SIZE.label);
  const legendLabels = [baselineLabel, ...statusScale(present, 'color', language).domain];
  const columns = legendColumns(legendLabels, right);
  const title = lines(legendTitle, right, FONT_SIZE.title, 3);
  const row = rowStep(rows.length, INNER.height - legendHeight(legendLabels.length, columns, title.length) - X_AXIS, ROW.least, ROW.most);
  const spec = {
    $schema: VEGA_LITE_SCHEMA,
    config: themeConfig(language),
    width,
    height: { step: row },
    data: { values: rows },
    encoding: {
      y: {
        field: 'label',
        type: 'nominal',
        sort: rows.map((r) => r.label),
        title: null,
        axis: {
          domain: false,
          ticks: false,
          labelPadding: GAP.name,
          labelLimit: NAME_LIMIT,
          grid: true,
          gridDash: [1, 3],
          ...(row < 14 ? { labelFontSize: FONT_SIZE.mark } : {}),
          ...(language.rtl ? { orient: 'right' } : {}),
        },
      },
    },
    layer: [
      {
        transform: [{ filter: 'isValid(datum.baseline) && isValid(datum.current)' }],
        mark: { type: 'rule', color: INK.rule, strokeWidth: 2 },
        encoding: { x: { field: 'baseline', ...x }, x2: { field: 'current' } },
      },
      {
        // Both figures as points of one layer, so one legend explains the open circle and the status symbols.
        transform: [
          { fold: ['baseline', 'current'], as: ['which', 'value'] },
          { filter: 'isValid(datum.value)' },
          { calculate: `datum.which === 'baseline' ? ${JSON.stringify(baselineLabel)} : datum.status`, as: 'symbol' },
        ],
        mark: { type: 'point', filled: true, opacity: 1, strokeWidth: 1.5 },
        encoding: {
          x: { field: 'value', ...x },
          fill: { field: 'symbol', type: 'nominal', scale: symbols('color'), legend: { title, orient: 'top', direction: 'horizontal', columns, ...legendOrder(legendLabels, columns, language) } },
          stroke: { field: 'symbol', type: 'nominal', scale: symbols('stroke') },
          shape: { field: 'symbol', type: 'nominal', scale: symbols('shape') },
          size: { condition: { test: "datum.which === 'baseline'", value: 50 }, value: 80 },
        },
      },
      {
        mark: { type: 'text', align: language.rtl ? 'right' : 'left', baseline: 'middle', dx: language.rtl ? -GAP.status : GAP.status, fontSize: FONT_SIZE.label, color: INK.muted },
        encoding: { x: { value: language.rtl ? 0 : width }, text: { field: 'status' } },
      },
    ],
  };
  const missingCurrent = rows.filter((r) => r.current === null).length;
  return {
    spec,
    table: {
      caption: words.caption(indicator.title, language.year(indicator.baseline_year), language.year(input.year)),
      columns: Object.values(words.columns),
      rows: rows.map((r) => [r.label, r.baseline_year, r.baseline, r.current_year, r.current, r.change, r.status]),
    },
    describe: words.describe({
      entities: language.count(rows.length),
      withoutBaseline: language.count(rows.filter((r) => r.baseline === null).length),
      withoutCurrent: language.count(missingCurrent),
      year: language.year(input.year),
      notShown: unreported.map((m) => labels.get(m.entity) ?? m.entity).sort(language.compare),
      logarithmic: scale['type'] === 'symlog',
    }),
    source: indicator.source,
  };
}
