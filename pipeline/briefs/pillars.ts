/**
 * A brief's section for one pillar: its small chart (drawn by the charts stage, passed in as SVG),
 * the table of each indicator's baseline, current figure, change, status and flags, and the table
 * of its figures year by year. Every figure links to its line of the data.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { dataTable, type TableCell } from '../content/table.js';
import type { IndicatorPillar } from '../model.js';
import type { BriefFigures } from './figures.js';
import type { BriefFlag, BriefIndicator, BriefPillar, BriefRow, PartnerBrief } from './types.js';

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

/** One row's flags and missing reasons, with their years: "estimate (2014); provisional (2021)". */
export function flagsText(flags: readonly BriefFlag[], figures: BriefFigures): string {
  const { strings } = figures;
  const year = (y: number): string => figures.format.year(y);
  return flags
    .map((f) => {
      if (f.kind === 'missing') return strings.brief.flagInYear(strings.brief.missingReasons[f.reason], year(f.year));
      if (f.kind === 'break') return strings.seriesBreak(year(f.year), f.note ?? '');
      return strings.brief.flagInYear(strings.flags[f.kind], year(f.year));
    })
    .join(strings.listSeparator);
}

/** The baseline, current figure, change, relative change, status and flags of each row. */
function figuresTable(brief: PartnerBrief, pillar: BriefPillar, heading: string, figures: BriefFigures): Element {
  const { strings, format } = figures;
  const m = strings.whatChanged.measures;
  const rows: TableCell[][] = pillar.indicators.flatMap((indicator) =>
    indicator.rows.map((row): TableCell[] => {
      const metric = row.metric;
      const title = rowTitle(indicator, row, figures);
      const what = (field: string, year: number | null): string => strings.sourceMetric(title, brief.name, field, year === null ? '' : format.year(year));
      const baseline: ElementContent[] = [figures.link(format.level(metric.baseline, indicator.indicator), what(strings.fields.baseline, metric.baseline_year), metric.sources.baseline)];
      if (metric.baseline_year !== null) baseline.push(figures.aside(metric.baseline_fallback ? strings.baselineFrom(format.year(metric.baseline_year)) : format.year(metric.baseline_year)));
      const current: ElementContent[] = [figures.link(format.level(metric.current, indicator.indicator), what(strings.fields.current, metric.current_year), metric.sources.current)];
      if (metric.current_year !== null) current.push(figures.aside(metric.current_is_latest_available ? strings.latestAvailable(format.year(metric.current_year)) : format.year(metric.current_year)));
      return [
        title,
        baseline,
        current,
        format.change(metric.change, indicator.indicator),
        format.relative(metric.relative_change),
        strings.statuses[metric.status],
        flagsText(row.flags, figures),
      ];
    }),
  );
  return dataTable({
    id: `${pillarSectionId(pillar.id)}-figures`,
    caption: strings.brief.figuresCaption(heading, brief.name),
    columns: [strings.columns.indicator, m.baseline, m.current, m.change, m.relative_change, m.status, strings.brief.flagsColumn],
    numeric: [false, true, true, true, true],
    rows,
    className: ['brief-figures'],
  });
}

/** Each year's figure of each row, the unit in the row's header. */
function yearsTable(brief: PartnerBrief, pillar: BriefPillar, heading: string, figures: BriefFigures): Element {
  const { strings, format, bare } = figures;
  const years: number[] = [];
  for (let year = brief.years.first; year <= brief.years.last; year++) years.push(year);
  const rows: TableCell[][] = pillar.indicators.flatMap((indicator) =>
    indicator.rows.map((row): TableCell[] => {
      const title = rowTitle(indicator, row, figures);
      const cells = row.years.map((y): TableCell => {
        if (y.source === null) return strings.brief.noRow;
        const what = strings.sourceMetric(title, brief.name, strings.brief.yearField, format.year(y.year));
        if (y.value === null) {
          const reason = y.missing_reason === null ? strings.notAvailable : strings.brief.missingReasons[y.missing_reason];
          return [h('span', { className: ['brief-missing-word'] }, [figures.link(reason, what, y.source)])];
        }
        return [figures.link(bare.level(y.value, indicator.indicator), what, y.source)];
      });
      return [strings.brief.withUnit(title, format.unitName(indicator.unit.id)), ...cells];
    }),
  );
  return h('div', { className: ['table-block'] }, [
    dataTable({
      id: `${pillarSectionId(pillar.id)}-years`,
      caption: strings.brief.yearsCaption(heading, brief.name),
      columns: [strings.columns.indicator, ...years.map((y) => format.year(y))],
      numeric: [false, ...years.map(() => true)],
      rows,
      className: ['brief-years'],
    }),
    h('p', { className: ['table-note'] }, strings.brief.yearsNote(strings.brief.noRow)),
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
    yearsTable(brief, pillar, label, figures),
  ]);
}
