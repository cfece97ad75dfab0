/**
 * Data coverage: one row per partner country, one column per country-reported indicator, one cell
 * per figure of the year, shaded by what the data holds (reported, estimate, provisional, not
 * reported with a reason, not applicable, no row) and marked with a letter, so the grid reads
 * in grey. Indicator titles are long, so the column labels are set vertically on up to two lines.
 */
import type { Indicator, Observation } from '../../model.js';
import type { BuildInput, BuiltChart, CoverageGridRequest } from '../request.js';
import { INNER, legendColumns, legendHeight, lines, rowStep, widest } from '../fit.js';
import { COVERAGE_ORDER, COVERAGE_RULE, COVERAGE_STYLE, FONT_SIZE, inkOn, themeConfig, type Coverage } from '../theme.js';
import { compareText, VEGA_LITE_SCHEMA } from './lookup.js';

/** A cell's size: at most this, less when many countries or indicators must fit the chart. */
const CELL = { width: 30, height: 16, least: 10 } as const;
/** The longest line of a column's title, in pixels (two lines where the columns are wide enough). */
const LINE = 136;
/** The gap between the names and the grid. */
const GAP = 4;
/** What the data holds for one figure. */
export function coverageOf(o: Observation | undefined): Coverage {
  if (!o) return 'no-data';
  if (o.value === undefined) return o.missing_reason === 'not-applicable' ? 'not-applicable' : 'missing';
  return o.flag === 'break' || o.flag === undefined ? 'reported' : o.flag;
}

const TABLE_TEXT: Readonly<Record<Coverage, string>> = {
  reported: 'reported',
  estimate: 'estimate',
  provisional: 'provisional',
  missing: 'not reported',
  'not-applicable': 'not applicable',
  'no-data': 'no row',
};

/**
 * Builds the coverage grid.
 *
 * @param request
 *   Optionally one pillar's indicators, and the year (default: the edition year).
 * @param input
 *   Data, metrics and edition year.
 */
export function build(request: CoverageGridRequest, input: BuildInput): BuiltChart {
  const year = request.year ?? input.year;
  const indicators: Indicator[] = input.dataset.indicators.filter(
    (i) => i.reported_by === 'country' && (request.pillar === undefined || i.pillar === request.pillar),
  );
  const countries = [...input.dataset.reference.countries].sort((a, b) => compareText(a.name, b.name));
  const found = new Map<string, Observation>();
  for (const o of input.dataset.observations) {
    if (o.year === year && o.sex === 'total') found.set(`${o.indicator}|${o.country}`, o);
  }
  // Each country's row: what every indicator has for it, read once for the chart, the table and the counts.
  const grid = countries.map((c) =>
    indicators.map((i) => {
      const o = found.get(`${i.id}|${c.iso3}`);
      return { coverage: coverageOf(o), reason: o?.missing_reason ?? null };
    }),
  );
  const cells = countries.flatMap((c, row) =>
    indicators.map((i, column) => {
      const { coverage, reason } = grid[row]![column]!;
      return { country: c.name, indicator: i.id, coverage: COVERAGE_STYLE[coverage].label, mark: COVERAGE_STYLE[coverage].mark, ink: inkOn(COVERAGE_STYLE[coverage].color), reason };
    }),
  );
  const counts = new Map<Coverage, number>();
  for (const { coverage } of grid.flat()) counts.set(coverage, (counts.get(coverage) ?? 0) + 1);
  const present = COVERAGE_ORDER.filter((k) => counts.has(k));
  // Columns share the width the names leave; rows the height the titles above and the legend below leave.
  const text = FONT_SIZE.mark;
  const names = widest(countries.map((c) => c.name), text) + GAP;
  const right = INNER.width - names;
  const cellWidth = Math.min(CELL.width, Math.floor(right / Math.max(1, indicators.length)));
  // Vega expression: indicator id to its title's lines (one where two would not fit the column's width).
  const titles = Object.fromEntries(indicators.map((i) => [i.id, lines(i.title, LINE, text, cellWidth >= 2 * (text + 1) ? 2 : 1)]));
  const legendLabels = present.map((k) => COVERAGE_STYLE[k].label);
  // The legend under the grid starts at the chart's left edge, under the names, to take the whole width.
  const legendColumnCount = legendColumns(legendLabels);
  const legendTop = legendHeight(legendLabels.length, legendColumnCount);
  const titlesHeight = widest(Object.values(titles).flat(), text) + GAP;
  const cellHeight = rowStep(countries.length, INNER.height - titlesHeight - legendTop, CELL.least, CELL.height);
  const spec = {
    $schema: VEGA_LITE_SCHEMA,
    config: themeConfig(),
    data: { values: cells },
    width: { step: cellWidth },
    height: { step: cellHeight },
    encoding: {
      x: {
        field: 'indicator',
        type: 'nominal',
        sort: indicators.map((i) => i.id),
        title: null,
        axis: {
          orient: 'top',
          labelAngle: -90,
          labelAlign: 'left',
          labelBaseline: 'middle',
          labelFontSize: text,
          labelLineHeight: text + 1,
          labelLimit: 0,
          labelExpr: `${JSON.stringify(titles)}[datum.value]`,
          domain: false,
          ticks: false,
        },
      },
      y: {
        field: 'country',
        type: 'nominal',
        sort: countries.map((c) => c.name),
        title: null,
        axis: { domain: false, ticks: false, labelFontSize: text, labelPadding: GAP },
      },
    },
    layer: [
      {
        mark: { type: 'rect', stroke: COVERAGE_RULE, strokeWidth: 0.5 },
        encoding: {
          fill: {
            field: 'coverage',
            type: 'nominal',
            scale: { domain: present.map((k) => COVERAGE_STYLE[k].label), range: present.map((k) => COVERAGE_STYLE[k].color) },
            legend: {
              title: `Figures for ${year}`,
              orient: 'none',
              legendX: -names,
              legendY: countries.length * cellHeight + 12,
              direction: 'horizontal',
              columns: legendColumnCount,
              symbolType: 'square', symbolStrokeColor: COVERAGE_RULE, symbolStrokeWidth: 0.5 },
          },
        },
      },
      {
        transform: [{ filter: "datum.mark !== ''" }],
        // Each cell's letter in the ink its fill takes (4.5:1), read from the cell: no scale, no legend.
        mark: { type: 'text', fontSize: text, baseline: 'middle', align: 'center', fill: { expr: 'datum.ink' } },
        encoding: {
          text: { field: 'mark' },
        },
      },
    ],
  };
  const textOf = ({ coverage, reason }: (typeof grid)[number][number]): string =>
    coverage === 'missing' && reason ? `not reported (${reason})` : TABLE_TEXT[coverage];
  const count = (k: Coverage): number => counts.get(k) ?? 0;
  return {
    spec,
    table: {
      caption: `Data coverage ${year}: figures per country and indicator`,
      columns: ['Country', ...indicators.map((i) => i.title)],
      rows: countries.map((c, row) => [c.name, ...grid[row]!.map(textOf)]),
    },
    describe:
      `${countries.length} countries by ${indicators.length} indicators for ${year}: ` +
      `${count('reported')} figures reported, ${count('estimate')} estimates, ${count('provisional')} provisional, ` +
      `${count('missing')} not reported with a reason, ${count('not-applicable')} not applicable, and ${count('no-data')} with no row.`,
    source: 'Indicator figures in data/observations',
  };
}
