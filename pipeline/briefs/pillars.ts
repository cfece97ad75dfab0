/**
 * A brief's section for one pillar: its small chart (drawn by the charts stage, passed in as SVG)
 * and one table of each indicator's figures year by year, its baseline and current figure marked
 * among them, flags as marks, then its change and status. Every figure links to its line of the data.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { dataTable, type TableCell } from '../content/table.js';
import type { IndicatorPillar, SourceRef } from '../model.js';
import type { Flag } from '../metrics/types.js';
import type { BriefFigures } from './figures.js';
import type { BriefIndicator, BriefPillar, BriefRow, BriefYear, PartnerBrief } from './types.js';

/** A pillar's heading, as the report's annexes write it; `short`: with the pillar's short title, for captions. */
export function pillarHeading(pillar: BriefPillar, figures: BriefFigures, short = false): string {
  const { strings } = figures;
  if (!pillar.pillar) return strings.contextTitle;
  return strings.pillarTitle(pillar.id, short ? pillar.pillar.short_title : pillar.pillar.title);
}

/** The id of a pillar's section: brief-pillar-i, ..., brief-pillar-context. */
export const pillarSectionId = (id: IndicatorPillar): string => `brief-pillar-${id.toLowerCase()}`;

/** A row's header: the indicator's title, and the sex for a disaggregation. */
function rowTitle(indicator: BriefIndicator, row: BriefRow, figures: BriefFigures): string {
  const title = indicator.indicator.title;
  return row.sex === 'total' ? title : figures.strings.whatChanged.sexed(title, row.sex);
}

/** Whether a year's row is the one a figure of metrics.json came from. */
const sameRow = (a: SourceRef | null, b: SourceRef | null | undefined): boolean => a !== null && !!b && a.file === b.file && a.line === b.line;

/**
 * One year's cell: its figure linked to its row, the baseline framed and the current figure in
 * bold (each also named in words for a screen reader), a flag as a mark after it; a row without a
 * figure gives its reason, a year without a row a dash.
 */
function yearCell(title: string, indicator: BriefIndicator, row: BriefRow, y: BriefYear, brief: PartnerBrief, figures: BriefFigures): TableCell {
  const { strings, format, bare } = figures;
  const metric = row.metric;
  if (y.source === null) return strings.brief.noRow;
  const role = sameRow(y.source, metric.sources.baseline) ? 'baseline' : sameRow(y.source, metric.sources.current) ? 'current' : undefined;
  const field = role === 'baseline' ? strings.fields.baseline : role === 'current' ? strings.fields.current : strings.brief.yearField;
  const what = strings.sourceMetric(title, brief.name, field, format.year(y.year));
  if (y.value === null) {
    const reason = y.missing_reason === null ? strings.notAvailable : strings.brief.missingReasons[y.missing_reason];
    return [h('span', { className: ['brief-missing-word'] }, [figures.link(reason, what, y.source)])];
  }
  const cell: ElementContent[] = [figures.link(bare.level(y.value, indicator.indicator), what, y.source)];
  if (y.flag) cell.push(h('abbr', { className: ['brief-mark'], title: strings.flags[y.flag] }, strings.brief.flagMarks[y.flag]));
  return role ? [h('span', { className: [`brief-${role}`] }, cell)] : cell;
}

/** The change since the baseline, and relative to it, on a line each. */
function changeCell(indicator: BriefIndicator, row: BriefRow, figures: BriefFigures): TableCell {
  const { format } = figures;
  const change = format.change(row.metric.change, indicator.indicator);
  const relative = format.relative(row.metric.relative_change);
  return [h('span', { className: ['brief-line'] }, change), h('span', { className: ['brief-line', 'brief-status'] }, relative)];
}

/**
 * Each row's figure year by year (the baseline and the current figure marked among them), its
 * change since the baseline and its status; the table's note says what the marks are and gives
 * the notes of any series break.
 */
function figuresTable(brief: PartnerBrief, pillar: BriefPillar, heading: string, figures: BriefFigures): Element {
  const { strings, format } = figures;
  const m = strings.whatChanged.measures;
  const years: number[] = [];
  for (let year = brief.years.first; year <= brief.years.last; year++) years.push(year);
  const breaks: string[] = [];
  const rows: TableCell[][] = pillar.indicators.flatMap((indicator) =>
    indicator.rows.map((row): TableCell[] => {
      const title = rowTitle(indicator, row, figures);
      for (const f of row.flags) if (f.kind === 'break') breaks.push(`${title}: ${strings.seriesBreak(format.year(f.year), f.note ?? '')}`);
      return [
        strings.brief.withUnit(title, format.unitName(indicator.unit.id)),
        ...row.years.map((y) => yearCell(title, indicator, row, y, brief, figures)),
        changeCell(indicator, row, figures),
        strings.statuses[row.metric.status],
      ];
    }),
  );
  const marks = (Object.keys(strings.brief.flagMarks) as Flag[]).map((flag) => `${strings.brief.flagMarks[flag]} ${strings.flags[flag]}`).join(strings.listSeparator);
  return h('div', { className: ['table-block'] }, [
    dataTable({
      id: `${pillarSectionId(pillar.id)}-figures`,
      caption: strings.brief.figuresCaption(heading, brief.name),
      columns: [strings.columns.indicator, ...years.map((y) => format.year(y)), m.change, m.status],
      numeric: [false, ...years.map(() => true), true],
      rows,
      className: ['brief-figures'],
    }),
    h('p', { className: ['table-note'] }, [strings.brief.yearsNote(strings.brief.noRow, marks), ...breaks.map((text) => ` ${text}.`)]),
  ]);
}

/**
 * A pillar's section.
 *
 * @param brief
 *   The brief.
 * @param pillar
 *   One of its pillars.
 * @param figures
 *   The brief's figures in words.
 * @param chart
 *   The pillar's small chart, as SVG (optional; without it, no figure).
 */
export function pillarSection(brief: PartnerBrief, pillar: BriefPillar, figures: BriefFigures, chart: string | undefined): Element {
  const heading = pillarHeading(pillar, figures);
  const label = pillarHeading(pillar, figures, true);
  const id = pillarSectionId(pillar.id);
  const { strings } = figures;
  return h('section', { id, className: ['brief-section', 'brief-pillar'], ariaLabelledBy: `${id}-title` }, [
    h('h2', { id: `${id}-title` }, heading),
    ...(chart === undefined
      ? []
      : [
          h('figure', { className: ['figure', 'brief-chart'] }, [
            h('figcaption', strings.brief.chartCaption(label, brief.name)),
            h('div', { className: ['chart'] }, { type: 'raw', value: chart } as never),
          ]),
        ]),
    figuresTable(brief, pillar, label, figures),
  ]);
}
