/**
 * Data coverage: one row per partner country, one column per country-reported indicator, one cell
 * per figure of the year, shaded by what the data holds (reported, estimate, provisional, not
 * reported with a reason, not applicable, no row) and marked with a letter, so the grid reads
 * in grey. Indicator titles are long, so the column labels are set vertically on up to two lines.
 */
import type { Indicator, Observation } from '../../model.js';
import type { BuildInput, BuiltChart, CoverageGridRequest } from '../request.js';
import { INNER, legendColumns, legendHeight, legendWidth, lines, rowStep, widest } from '../fit.js';
import type { ChartLanguage } from '../language.js';
import { COVERAGE_ORDER, COVERAGE_RULE, coverageStyle, FONT_SIZE, inkOn, legendOrder, themeConfig, type Coverage } from '../theme.js';
import { languageOf, VEGA_LITE_SCHEMA } from './lookup.js';

/** A cell's size: at most this, less when many countries or indicators must fit the chart. */
const CELL = { width: 30, height: 16, least: 10 } as const;
/** The longest line of a column's title, in pixels (two lines where the columns are wide enough). */
const LINE = 136;
/** The gap between the names and the grid. */
const GAP = 4;
/** What a legend entry adds to its label's width: its symbol and the gap (fit.ts, legendColumns). */
const LEGEND_LABEL_ROOM = 24;
/** What the data holds for one figure. */
export function coverageOf(o: Observation | undefined): Coverage {
  if (!o) return 'no-data';
  if (o.value === undefined) return o.missing_reason === 'not-applicable' ? 'not-applicable' : 'missing';
  return o.flag === 'break' || o.flag === undefined ? 'reported' : o.flag;
}

/** What a cell says in the table: the report's words for flags and statuses where they are the same thing. */
function tableText(language: ChartLanguage): Readonly<Record<Coverage, string>> {
  const { cells } = language.words.coverageGrid;
  return {
    reported: cells.reported,
    estimate: language.strings.flags.estimate,
    provisional: language.strings.flags.provisional,
    missing: language.strings.statuses['not-reported'],
    'not-applicable': cells.notApplicable,
    'no-data': cells.noRow,
  };
}

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
  const language = languageOf(input);
  const words = language.words.coverageGrid;
  const COVERAGE_STYLE = coverageStyle(language);
  const rtl = language.rtl;
  const indicators: Indicator[] = input.dataset.indicators.filter(
    (i) => i.reported_by === 'country' && (request.pillar === undefined || i.pillar === request.pillar),
  );
  const countries = [...input.dataset.reference.countries].sort((a, b) => language.compare(a.name, b.name));
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
  // Right to left, the names stand right of the grid and the legend ends under them. vega puts
  // the first entry's symbol at legendX, its label left of it: the legend starts that label's
  // width (and its gap) further left.
  const gridWidth = cellWidth * indicators.length;
  const order = legendOrder(legendLabels, legendColumnCount, language);
  const firstLabels = (order.values ?? legendLabels).filter((_, i) => i % legendColumnCount === 0);
  const legendX = rtl ? gridWidth + names - legendWidth(legendLabels, legendColumnCount) + widest(firstLabels, FONT_SIZE.label) + LEGEND_LABEL_ROOM : -names;
  const legendY = countries.length * cellHeight + 12;
  // vega sizes a chart by where a legend placed by hand starts, not by its labels left of that:
  // right to left, an invisible rule at the first label's left end keeps them inside the drawing.
  const legendStart = legendX - widest(firstLabels, FONT_SIZE.label) - LEGEND_LABEL_ROOM;
  const spec = {
    $schema: VEGA_LITE_SCHEMA,
    config: themeConfig(language),
    data: { values: cells },
    width: { step: cellWidth },
    height: { step: cellHeight },
    encoding: {
      x: {
        field: 'indicator',
        type: 'nominal',
        // Right to left, the first indicator stands at the right.
        sort: rtl ? indicators.map((i) => i.id).reverse() : indicators.map((i) => i.id),
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
        axis: { domain: false, ticks: false, labelFontSize: text, labelPadding: GAP, ...(rtl ? { orient: 'right' } : {}) },
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
              title: words.legendTitle(language.year(year)),
              orient: 'none',
              legendX,
              legendY,
              direction: 'horizontal',
              columns: legendColumnCount,
              ...order,
              symbolType: 'square', symbolStrokeColor: COVERAGE_RULE, symbolStrokeWidth: 0.5 },
          },
        },
      },
      ...(rtl
        ? [
            {
              data: { values: [{}] },
              mark: { type: 'rule', strokeOpacity: 0 },
              encoding: { x: { value: legendStart }, y: { value: legendY }, y2: { value: legendY + 1 } },
            },
          ]
        : []),
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
  const TABLE_TEXT = tableText(language);
  const textOf = ({ coverage, reason }: (typeof grid)[number][number]): string =>
    coverage === 'missing' && reason ? words.cells.notReportedBecause(reason) : TABLE_TEXT[coverage];
  const count = (k: Coverage): number => counts.get(k) ?? 0;
  return {
    spec,
    table: {
      caption: words.caption(language.year(year)),
      columns: [words.columns.country, ...indicators.map((i) => i.title)],
      rows: countries.map((c, row) => [c.name, ...grid[row]!.map(textOf)]),
    },
    describe: words.describe({
      countries: language.count(countries.length),
      indicators: language.count(indicators.length),
      year: language.year(year),
      reported: language.count(count('reported')),
      estimates: language.count(count('estimate')),
      provisional: language.count(count('provisional')),
      missing: language.count(count('missing')),
      notApplicable: language.count(count('not-applicable')),
      noRow: language.count(count('no-data')),
    }),
    source: words.source,
  };
}
