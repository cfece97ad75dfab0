/**
 * How the figures moved, per pillar: one stacked bar per pillar (or, for one pillar, per
 * indicator), its segments counting the entity figures that improved, worsened, stayed unchanged,
 * changed (neutral indicators), or lack a baseline or a current figure. Each segment wide enough
 * carries its status symbol and count, so the bar reads without colour; the table has every count.
 * Segment positions are computed here, not by vega's stack, so the labels can be placed exactly.
 */
import type { IndicatorPillar } from '../../model.js';
import type { Status } from '../../metrics/types.js';
import type { BuildInput, BuiltChart, StatusByPillarRequest } from '../request.js';
import { INNER, legendColumns, lines, widest } from '../fit.js';
import { FONT_SIZE, LABEL_GAP as GAP, namesAxis, INK, inkOn, legendOrder, STATUS_ORDER, STATUS_STYLE, statusScale, themeConfig } from '../theme.js';
import { languageOf, VEGA_LITE_SCHEMA } from './lookup.js';
import { textWidth } from '../font-metrics.js';

/** The longest line of a bar's name, in pixels; it takes two at most. */
const LINE = 200;
/** A bar's thickness, in pixels. */
const BAR = 26;

interface Segment {
  bar: string;
  status: string;
  count: number;
  start: number;
  end: number;
  /** Whether the segment is wide enough for its symbol and count. */
  labelled: boolean;
  /** The colour of its symbol and count on its fill (inkOn: 4.5:1). */
  ink: string;
}

/**
 * Builds the status breakdown.
 *
 * @param request
 *   A pillar for one bar per indicator (optional; default: one bar per pillar).
 * @param input
 *   Data, metrics and edition year.
 */
export function build(request: StatusByPillarRequest, input: BuildInput): BuiltChart {
  const { dataset, metrics } = input;
  const language = languageOf(input);
  const words = language.words.statusByPillar;
  const rtl = language.rtl;
  const pillars = [...dataset.reference.pillars].sort((a, b) => a.number - b.number);
  const pillarOf = new Map(dataset.indicators.map((i) => [i.id, i.pillar]));
  const bars: { key: string; label: string }[] = request.pillar
    ? dataset.indicators.filter((i) => i.pillar === request.pillar).map((i) => ({ key: i.id, label: i.title }))
    : pillars.map((p) => ({ key: p.id, label: language.strings.pillarTitle(p.id, p.short_title) }));
  const counts = new Map<string, Map<Status, number>>(bars.map((b) => [b.key, new Map()]));
  for (const m of metrics.entities) {
    if (m.sex !== 'total') continue;
    // A context indicator (outside the pillars) has no bar of its own.
    const pillar: IndicatorPillar | undefined = pillarOf.get(m.indicator);
    const key = request.pillar ? (pillar === request.pillar ? m.indicator : undefined) : pillar;
    const bar = key === undefined ? undefined : counts.get(key);
    if (bar) bar.set(m.status, (bar.get(m.status) ?? 0) + 1);
  }
  const present = STATUS_ORDER.filter((s) => bars.some((b) => (counts.get(b.key)?.get(s) ?? 0) > 0));
  const totals = bars.map((b) => present.reduce((sum, s) => sum + (counts.get(b.key)?.get(s) ?? 0), 0));
  const max = Math.max(1, ...totals);
  // Names on up to two lines; the bars take the width they leave.
  const names = Object.fromEntries(bars.map((b) => [b.label, lines(b.label, LINE, FONT_SIZE.label)]));
  const width = INNER.width - widest(Object.values(names).flat(), FONT_SIZE.label) - GAP;
  const segments: Segment[] = bars.flatMap((b) => {
    let start = 0;
    return present.flatMap((s) => {
      const count = counts.get(b.key)?.get(s) ?? 0;
      if (count === 0) return [];
      const segment = {
        bar: b.label,
        status: language.status(s),
        count,
        start,
        end: start + count,
        labelled: (count / max) * width >= 22 + textWidth(String(count), 10),
        ink: inkOn(STATUS_STYLE[s].color),
      };
      start += count;
      return [segment];
    });
  });
  const statusLabels = statusScale(present, 'color', language).domain;
  const legendColumnCount = legendColumns(statusLabels, width);
  const legend = { title: words.legendTitle(language.year(input.year)), orient: 'top', direction: 'horizontal', columns: legendColumnCount, ...legendOrder(statusLabels, legendColumnCount, language) };
  const y = {
    field: 'bar',
    type: 'nominal',
    sort: bars.map((b) => b.label),
    title: null,
    axis: {
      ...namesAxis(names),
      ...(rtl ? { orient: 'right' } : {}),
    },
  };
  const spec = {
    $schema: VEGA_LITE_SCHEMA,
    config: themeConfig(language),
    width,
    height: { step: BAR + 10 },
    data: { values: segments },
    encoding: { y },
    layer: [
      {
        mark: { type: 'bar', height: BAR, stroke: INK.muted, strokeWidth: 0.5, opacity: 1 },
        encoding: {
          x: {
            field: 'start',
            type: 'quantitative',
            title: request.pillar ? words.axisIndicators : words.axisPillars,
            // Right to left, the bars grow from the right, where their names stand.
            scale: { domain: [0, max], nice: false, ...(rtl ? { reverse: true } : {}) },
            axis: { grid: true, tickMinStep: 1, format: 'd' },
          },
          x2: { field: 'end' },
          fill: { field: 'status', type: 'nominal', scale: statusScale(present, 'color', language), legend },
        },
      },
      {
        // No points, only a legend: it gives the legend its shapes, colour and shape together.
        transform: [{ filter: 'false' }],
        mark: { type: 'point', filled: true, opacity: 1 },
        encoding: {
          x: { field: 'start', type: 'quantitative' },
          fill: { field: 'status', type: 'nominal', scale: statusScale(present, 'color', language), legend },
          shape: { field: 'status', type: 'nominal', scale: statusScale(present, 'shape', language) },
          stroke: { field: 'status', type: 'nominal', scale: statusScale(present, 'stroke', language) },
        },
      },
      // The symbol in each labelled segment: one layer per status with a fixed shape, because a
      // second use of the shape channel would split the legend.
      ...present.map((s) => ({
        transform: [{ filter: `datum.labelled && datum.status === ${JSON.stringify(language.status(s))}` }],
        mark: { type: 'point', shape: STATUS_STYLE[s].shape, filled: true, opacity: 1, size: 40, xOffset: rtl ? -9 : 9, strokeWidth: 0 },
        encoding: {
          x: { field: 'start', type: 'quantitative' },
          fill: { value: inkOn(STATUS_STYLE[s].color) },
        },
      })),
      {
        transform: [{ filter: 'datum.labelled' }],
        // Its ink read from the segment: no scale, no legend.
        mark: { type: 'text', align: rtl ? 'right' : 'left', baseline: 'middle', dx: rtl ? -17 : 17, fontSize: 10, fill: { expr: 'datum.ink' } },
        encoding: {
          x: { field: 'start', type: 'quantitative' },
          text: { field: 'count', type: 'quantitative' },
        },
      },
    ],
  };
  const countOf = (key: string, s: Status): number => counts.get(key)?.get(s) ?? 0;
  const pillar = request.pillar && pillars.find((p) => p.id === request.pillar);
  return {
    spec,
    table: {
      caption: pillar ? words.captionPillar(pillar.id, pillar.short_title, language.year(input.year)) : words.captionAll(language.year(input.year)),
      columns: [request.pillar ? words.columns.indicator : words.columns.pillar, ...STATUS_ORDER.map((s) => language.status(s)), words.columns.total],
      rows: bars.map((b) => [b.label, ...STATUS_ORDER.map((s) => countOf(b.key, s)), STATUS_ORDER.reduce((sum, s) => sum + countOf(b.key, s), 0)]),
    },
    describe: words.describe,
    source: words.source,
  };
}
