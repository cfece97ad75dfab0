/**
 * The section a brief made with `vdr briefs --verify` adds after "What is missing" (issue 21): the
 * partner's figures that are new or changed since the last published edition (verify.ts
 * `verificationList`), each with the figure published then, and the name of the packet workbook
 * in which the partner confirms or corrects every figure of the brief.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import { dataTable, type TableCell } from '../content/table.js';
import type { BriefFigures } from './figures.js';
import type { PartnerBrief } from './types.js';
import type { PartnerFigure, Verification } from './verify.js';

/**
 * The verification list of a brief.
 *
 * @param brief
 *   The brief (its indicators, for titles and units).
 * @param verification
 *   The partner's figures against the earlier edition.
 * @param packet
 *   The packet workbook's file name, as it is sent with the brief.
 * @param figures
 *   The brief's figures in words.
 */
export function verificationSection(brief: PartnerBrief, verification: Verification, packet: string, figures: BriefFigures): Element {
  const { strings, format } = figures;
  const w = strings.brief.verification;
  const c = strings.whatChanged;
  const indicators = new Map(brief.pillars.flatMap((p) => p.indicators).map((i) => [i.indicator.id, i]));
  const against =
    verification.against === 'previous-edition'
      ? w.against['previous-edition'](format.year(brief.edition.previous ?? verification.edition))
      : w.against[verification.against];
  const row = (f: PartnerFigure): TableCell[] => {
    const indicator = indicators.get(f.indicator);
    const title = indicator ? indicator.indicator.title : f.indicator;
    const name = f.sex === 'total' ? title : c.sexed(title, f.sex);
    const measure = f.role === 'baseline' ? c.measures.baseline : c.measures.current;
    const level = (value: number | null, year: number | null): string =>
      value === null || !indicator ? c.none : `${format.level(value, indicator.indicator)}${year === null ? '' : figures.inParentheses(format.year(year))}`;
    const what = strings.sourceMetric(name, brief.name, measure.toLocaleLowerCase(strings.lang), f.year === null ? '' : format.year(f.year));
    return [
      name,
      `${measure}${strings.listSeparator}${f.kind === 'new' ? c.figureAdded : c.changed.toLocaleLowerCase(strings.lang)}`,
      f.value === null ? c.figureRemoved : [figures.link(level(f.value, f.year), what, f.source)],
      f.previous === null ? c.none : level(f.previous.value, f.previous.year),
    ];
  };
  return h('section', { id: 'brief-verification', className: ['brief-section'], ariaLabelledBy: 'brief-verification-title' }, [
    h('h2', { id: 'brief-verification-title' }, w.title),
    h('p', `${w.intro(packet)} ${against}`),
    ...(verification.listed.length === 0
      ? [h('p', w.none)]
      : [
          h('div', { className: ['table-block'] }, [
            dataTable({
              id: 'brief-verification-table',
              caption: w.caption(brief.name),
              columns: [strings.columns.indicator, c.columns.field, c.columns.new, c.columns.old],
              numeric: [false, false, true, true],
              rows: verification.listed.map(row),
              className: ['brief-verification'],
            }),
          ]),
        ]),
  ]);
}
