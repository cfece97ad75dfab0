/**
 * The parts of a brief around its pillars: the header with the partner's facts, the comparison
 * with its groups' aggregates, the EWG meetings it hosted, what is missing, and the list of the
 * data's lines its figures come from.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { dataTable, type TableCell } from '../content/table.js';
import type { AggregateMetric, EntityMetric } from '../metrics/types.js';
import { briefSourceId, placeText, type BriefFigures } from './figures.js';
import type { BriefIndicator, PartnerBrief } from './types.js';

/** A word at the head of a column: its first letter in capitals ("all partners": "All partners"). */
function headed(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/** The header: what the page is, the partner's name, the edition and the partner's facts. */
export function briefHeader(brief: PartnerBrief, report: { title: string; year: number }, figures: BriefFigures): Element {
  const { strings } = figures;
  const w = strings.brief;
  const countryFacts: [string, string][] =
    brief.partner.type === 'country'
      ? [
          [strings.countryColumns.region, brief.region?.name ?? ''],
          [strings.countryColumns.subregion, brief.subregion?.name ?? ''],
          [strings.countryColumns.programme, strings.programme[brief.programme ?? 'none']],
        ]
      : [];
  const facts: [string, string][] = [
    [w.facts.type, w.types[brief.partner.type]],
    [brief.partner.type === 'country' ? strings.countryColumns.iso3 : strings.organizationColumns.acronym, brief.shortName],
    ...countryFacts,
    [strings.countryColumns.partnerSince, strings.partnerSince[brief.partnerSince]],
  ];
  const name = brief.partner.type === 'organization' ? `${brief.name}${figures.inParentheses(brief.shortName)}` : brief.name;
  return h('header', { className: ['brief-header'] }, [
    h('p', { className: ['brief-kicker'] }, w.kicker),
    h('h1', name),
    h('p', { className: ['brief-edition'] }, w.edition(report.title, figures.format.year(report.year))),
    h(
      'dl',
      { className: ['brief-facts'] },
      facts.map(([term, value]) => h('div', [h('dt', term), h('dd', value)])),
    ),
  ]);
}

/**
 * A change as the comparison sets it beside its groups': relative to the baseline, so that a
 * partner's change compares with a sum's; in percentage points for an indicator in percentages.
 */
function comparableChange(metric: Pick<EntityMetric | AggregateMetric, 'change' | 'relative_change'>, indicator: BriefIndicator, figures: BriefFigures): string {
  const { format } = figures;
  return indicator.unit.change === 'percentage-points' ? format.change(metric.change, indicator.indicator) : format.relative(metric.relative_change);
}

/** The comparison of each indicator's change with the aggregates of the partner's groups. */
export function comparisonSection(brief: PartnerBrief, figures: BriefFigures): Element | undefined {
  const { strings, format } = figures;
  const w = strings.brief.comparison;
  const indicators = brief.pillars.flatMap((p) => p.indicators).filter((i) => i.comparisons.length > 0 && i.rows.some((r) => r.sex === 'total'));
  if (indicators.length === 0) return undefined;
  // The groups in the order region, programme, all: the columns, each named once.
  const groups: { group: string; name: string }[] = [];
  for (const c of indicators.flatMap((i) => i.comparisons)) {
    if (groups.some((g) => g.group === c.group)) continue;
    const name = c.group_type === 'all' ? headed(strings.allPartners, strings.locale) : c.group_type === 'region' ? (brief.region?.name ?? c.group) : strings.programme[c.group as 'RP ANC'] ?? c.group;
    groups.push({ group: c.group, name });
  }
  // Between the parts of a cell, shown when the print runs them in on one line (each a line on screen).
  const sep: Element = h('span', { className: ['brief-sep'] }, strings.listSeparator);
  const line = (text: string, className?: string): Element => h('span', { className: ['brief-line', ...(className ? [className] : [])] }, text);
  const rows = indicators.map((indicator): TableCell[] => {
    const total = indicator.rows.find((r) => r.sex === 'total')!.metric;
    const cells = groups.map((g): TableCell => {
      const a = indicator.comparisons.find((c) => c.group === g.group)?.aggregate;
      if (!a) return strings.notAvailable;
      return [line(comparableChange(a, indicator, figures), 'brief-change'), sep, line(strings.statuses[a.status], 'brief-status'), sep, line(w.coverage(format.ofTotal(a.coverage.with_both, a.coverage.expected)), 'brief-status')];
    });
    return [indicator.indicator.title, [line(comparableChange(total, indicator, figures), 'brief-change'), sep, line(strings.statuses[total.status], 'brief-status')], ...cells];
  });
  return h('section', { id: 'brief-comparison', className: ['brief-section'], ariaLabelledBy: 'brief-comparison-title' }, [
    h('h2', { id: 'brief-comparison-title' }, w.title),
    h('p', w.intro),
    h('div', { className: ['table-block'] }, [
      dataTable({
        id: 'brief-comparison-table',
        caption: w.caption(brief.name),
        columns: [strings.columns.indicator, brief.shortName, ...groups.map((g) => g.name)],
        numeric: [false, true, ...groups.map(() => true)],
        rows,
        className: ['brief-comparison'],
      }),
      h('p', { className: ['table-note'] }, w.note),
    ]),
  ]);
}

/** The EWG meetings the partner hosted (up to the edition year). */
export function meetingsSection(brief: PartnerBrief, figures: BriefFigures): Element {
  const { strings, format } = figures;
  const w = strings.brief.meetings;
  const c = strings.ewgColumns;
  const country = brief.partner.type === 'country';
  const year = format.year(brief.edition.year);
  const content: ElementContent[] = [h('p', country ? w.countryIntro(brief.name, year) : w.organizationIntro(brief.shortName, year))];
  if (brief.meetings.length === 0) content.push(h('p', w.none));
  else {
    content.push(
      dataTable({
        id: 'brief-meetings-table',
        caption: w.caption(brief.name),
        columns: [c.number, c.topic, ...(country ? [c.host] : [c.country]), c.city, c.date, c.pillars],
        numeric: [true],
        rows: brief.meetings.map(({ meeting, countryName }) => [
          format.count(meeting.number),
          meeting.topic,
          country ? (meeting.host ?? '') : countryName,
          meeting.city,
          format.monthYear(meeting.month, meeting.year),
          meeting.pillars.join(strings.listSeparator),
        ]),
      }),
    );
  }
  return h('section', { id: 'brief-meetings', className: ['brief-section'], ariaLabelledBy: 'brief-meetings-title' }, [h('h2', { id: 'brief-meetings-title' }, w.title), ...content]);
}

/** The indicators without a baseline or a current figure, with the reasons the data gives. */
export function missingSection(brief: PartnerBrief, figures: BriefFigures): Element {
  const { strings, format } = figures;
  const w = strings.brief.missing;
  const year = format.year(brief.edition.year);
  const content: ElementContent[] = [];
  if (brief.missing.length === 0) content.push(h('p', w.none));
  else {
    content.push(
      h('p', w.intro(year)),
      h(
        'ul',
        { className: ['brief-missing'] },
        brief.missing.map((m) => {
          const reasons: ElementContent[] = [];
          m.reasons.forEach((r, i) => {
            if (i > 0) reasons.push({ type: 'text', value: strings.listSeparator });
            const text = strings.brief.flagInYear(strings.brief.missingReasons[r.reason], format.year(r.year));
            reasons.push(figures.link(text, strings.sourceMetric(m.title, brief.name, strings.brief.yearField, format.year(r.year)), r.source));
          });
          return h('li', [
            h('strong', m.title),
            `: ${w.what[m.status](year)} `,
            ...(reasons.length === 0 ? [w.noReason] : [`${w.reasons} `, ...reasons]),
          ]);
        }),
      ),
    );
  }
  return h('section', { id: 'brief-missing', className: ['brief-section'], ariaLabelledBy: 'brief-missing-title' }, [h('h2', { id: 'brief-missing-title' }, w.title), ...content]);
}

/**
 * Every line of the data the brief's figures come from, each the target of their links: per file,
 * its line numbers in a row, as the places are written (Western digits, no separators), each
 * number's title the whole place ("data/observations/pillar-1.csv:257").
 */
export function sourcesSection(brief: PartnerBrief, figures: BriefFigures): Element {
  const { strings } = figures;
  const w = strings.brief.sources;
  const files: { file: string; lines: ElementContent[] }[] = [];
  brief.sources.forEach((ref, i) => {
    let entry = files.at(-1);
    if (entry?.file !== ref.file) files.push((entry = { file: ref.file, lines: [] }));
    else entry.lines.push({ type: 'text', value: strings.listSeparator });
    entry.lines.push(h('span', { id: briefSourceId(i), title: placeText(ref) }, String(ref.line)));
  });
  return h('section', { id: 'brief-sources', className: ['brief-section'], ariaLabelledBy: 'brief-sources-title' }, [
    h('h2', { id: 'brief-sources-title' }, w.title),
    h('p', brief.sources.length === 0 ? w.none : w.intro),
    ...files.map(({ file, lines }) => h('p', { className: ['brief-sources'] }, [h('code', file), `${w.lines} `, ...lines])),
  ]);
}
