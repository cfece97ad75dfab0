/**
 * `:metric{indicator=ID entity=CODE field=FIELD}`: one figure from the metrics, formatted by the
 * one rounding rule (format.ts) for the edition's language, linked to its entry in the sources
 * annex, with a title naming the indicator, entity, field, years and lines.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Indicator, SourceRef } from '../../model.js';
import { STATUSES, type AggregateMetric, type EntityMetric, type Status } from '../../metrics/types.js';
import { suggest } from '../../diagnostics/suggest.js';
import type { EntityRef } from '../lookup.js';
import { contentMessages } from '../messages.js';
import { linesByFile } from '../provenance.js';
import type { CompileState } from '../state.js';
import type { Site } from './site.js';

/** Fields every metric has. */
export const METRIC_FIELDS = [
  'baseline',
  'current',
  'change',
  'relative_change',
  'annualised_change',
  'target_progress',
  'change_since_previous',
  'baseline_year',
  'current_year',
  'status',
] as const;
/** Fields only a group's aggregate has. */
export const GROUP_FIELDS = ['coverage', ...STATUSES] as const;

type Field = (typeof METRIC_FIELDS)[number] | (typeof GROUP_FIELDS)[number];
const ALL_FIELDS: readonly string[] = [...METRIC_FIELDS, ...GROUP_FIELDS];

/** A figure ready to print, with where it came from. */
export interface MetricValue {
  text: string;
  /** Whether the figure exists (false: the text is "n/a"). */
  available: boolean;
  /** "2014", "2014-2021": the years the figure speaks of, for its description. */
  years: string;
  refs: SourceRef[];
}

const present = <T>(items: readonly (T | undefined)[]): T[] => items.filter((i): i is T => i !== undefined);
/** "2014", "2014-2021": years in the report's digits. */
const span = (format: Pick<CompileState['format'], 'year'>, from: number | null, to: number | null): string =>
  from === null ? (to === null ? '' : format.year(to)) : to === null || to === from ? format.year(from) : `${format.year(from)}\u2013${format.year(to)}`;

/**
 * Prints one field of an entity's or a group's metric.
 *
 * @param state
 *   The compile state (strings, formatter, lookup).
 * @param indicator
 *   The indicator.
 * @param row
 *   The entity metric or the aggregate.
 * @param field
 *   Which figure.
 */
export function metricValue(state: CompileState, indicator: Indicator, row: EntityMetric | AggregateMetric, field: Field): MetricValue {
  const { format, strings } = state;
  const isEntity = 'entity' in row;
  const sources = isEntity
    ? { baseline: present([row.sources.baseline]), current: present([row.sources.current]), previous: present([row.sources.previous]) }
    : row.sources;
  const previousYear = isEntity ? row.previous_year : state.metrics.edition.previous;
  const both = [...sources.baseline, ...sources.current];
  const out = (text: string, value: unknown, years: string, refs: SourceRef[]): MetricValue => ({
    text,
    available: value !== null && value !== undefined,
    years,
    refs,
  });
  switch (field) {
    case 'baseline': {
      let text = format.level(row.baseline, indicator);
      if (isEntity && row.baseline_fallback && row.baseline !== null) text += ` (${strings.baselineFrom(format.year(row.baseline_year))})`;
      return out(text, row.baseline, span(format, row.baseline_year, null), sources.baseline);
    }
    case 'current': {
      let text = format.level(row.current, indicator);
      if (isEntity && row.current_is_latest_available && row.current !== null) text += ` (${strings.latestAvailable(format.year(row.current_year))})`;
      return out(text, row.current, span(format, row.current_year, null), sources.current);
    }
    case 'change':
      return out(format.change(row.change, indicator), row.change, span(format, row.baseline_year, row.current_year), both);
    case 'relative_change':
      return out(format.relative(row.relative_change), row.relative_change, span(format, row.baseline_year, row.current_year), both);
    case 'annualised_change':
      return out(format.relative(row.annualised_change), row.annualised_change, span(format, row.baseline_year, row.current_year), both);
    case 'target_progress':
      return out(format.share(row.target_progress), row.target_progress, span(format, row.baseline_year, row.current_year), both);
    case 'change_since_previous':
      return out(
        format.change(row.change_since_previous, indicator),
        row.change_since_previous,
        span(format, previousYear, row.current_year),
        [...sources.previous, ...sources.current],
      );
    case 'baseline_year':
      return out(format.year(row.baseline_year), row.baseline === null ? null : row.baseline_year, '', sources.baseline);
    case 'current_year':
      return out(format.year(row.current_year), row.current === null ? null : row.current_year, '', sources.current);
    case 'status':
      return out(strings.statuses[row.status], row.status, span(format, row.baseline_year, row.current_year), both);
    case 'coverage': {
      const coverage = (row as AggregateMetric).coverage;
      return out(format.ofTotal(coverage.with_both, coverage.expected), coverage, span(format, row.baseline_year, row.current_year), both);
    }
    default: {
      const count = (row as AggregateMetric).status_counts[field];
      return out(format.count(count), count, span(format, row.baseline_year, row.current_year), statusSources(state, indicator, row as AggregateMetric));
    }
  }
}

/** A note said with a figure, and its key: said once per paragraph for the same indicator and entity. */
interface FigureNote {
  key: string;
  text: string;
}

/** Which notes each field of an aggregate carries: those on the figures it is computed from. */
const AGGREGATE_NOTES: Readonly<Partial<Record<Field, readonly ('baseline-years' | 'current-years' | 'coverage')[]>>> = {
  baseline: ['baseline-years', 'coverage'],
  current: ['current-years', 'coverage'],
  change: ['baseline-years', 'current-years', 'coverage'],
  relative_change: ['baseline-years', 'current-years', 'coverage'],
  annualised_change: ['baseline-years', 'current-years', 'coverage'],
  target_progress: ['baseline-years', 'current-years', 'coverage'],
  status: ['baseline-years', 'current-years', 'coverage'],
  change_since_previous: ['current-years', 'coverage'],
};
/** The fields of an entity that compare its baseline with its current figure, and so cross a series break. */
const COMPARING: ReadonlySet<Field> = new Set(['change', 'relative_change', 'annualised_change', 'target_progress', 'status']);

/** "2016", "2016–2021", in the edition's numerals. */
export function yearSpan(state: CompileState, from: number, to: number): string {
  return from === to ? state.format.year(from) : `${state.format.year(from)}\u2013${state.format.year(to)}`;
}

/**
 * What a reader must know beside a figure: for an aggregate, the years its members' figures are
 * from when they are not all the baseline year's or the edition year's ("2021 or latest
 * available, 2016–2021") and how many of the expected reporters it covers when not all; for a
 * partner's change, the series break it crosses.
 *
 * @param state
 *   The compile state.
 * @param indicator
 *   The indicator.
 * @param row
 *   The entity metric or the aggregate.
 * @param field
 *   Which figure.
 */
export function figureNotes(state: CompileState, indicator: Indicator, row: EntityMetric | AggregateMetric, field: Field): FigureNote[] {
  const { strings, format } = state;
  if ('entity' in row) {
    const b = row.series_break;
    return b && COMPARING.has(field) ? [{ key: 'break', text: strings.seriesBreak(format.year(b.year), b.note) }] : [];
  }
  const year = state.metrics.edition.year;
  const notes: FigureNote[] = [];
  for (const key of AGGREGATE_NOTES[field] ?? []) {
    if (key === 'baseline-years') {
      const span = row.baseline_years;
      if (span && (span.from !== row.baseline_year || span.to !== row.baseline_year)) {
        notes.push({ key, text: strings.baselineFrom(yearSpan(state, span.from, span.to)) });
      }
    } else if (key === 'current-years') {
      const span = row.current_years;
      if (span && (span.from !== year || span.to !== year)) {
        notes.push({ key, text: strings.aggregateYears(format.year(year), yearSpan(state, span.from, span.to), span.to === year) });
      }
    } else {
      const c = row.coverage;
      if (c.with_both > 0 && c.with_both < c.expected) {
        notes.push({ key, text: strings.aggregateCoverage(format.count(c.with_both), format.count(c.expected), strings.reportedBy[indicator.reported_by]) });
      }
    }
  }
  return notes;
}

/** The observations behind a group's status counts: every expected member's baseline and current. */
function statusSources(state: CompileState, indicator: Indicator, row: AggregateMetric): SourceRef[] {
  const { lookup } = state;
  const refs: SourceRef[] = [];
  for (const m of lookup.entityMetrics(indicator.id)) {
    const inGroup =
      row.group === 'all' ||
      (row.group_type === 'region' && lookup.countries.get(m.entity)?.region === row.group) ||
      (row.group_type === 'programme' && lookup.countries.get(m.entity)?.priority_programme === row.group);
    if (!inGroup) continue;
    if (m.sources.baseline) refs.push(m.sources.baseline);
    if (m.sources.current) refs.push(m.sources.current);
  }
  return refs;
}

/** A plain-words name of a field, for titles and the sources annex. */
export function fieldName(state: CompileState, field: string): string {
  const fields = state.strings.fields as unknown as Record<string, string>;
  return typeof fields[field] === 'string' ? fields[field] : state.strings.fields.statusCount(state.strings.statuses[field as Status] ?? field);
}

/** The metrics row an entity reference points to. */
function rowOf(state: CompileState, indicator: Indicator, entity: EntityRef): EntityMetric | AggregateMetric | undefined {
  return entity.kind === 'group' ? state.lookup.aggregate(indicator.id, entity.code) : state.lookup.entityMetric(indicator.id, entity.code);
}

/** The notes not yet said in the directive's paragraph about the same indicator and entity; marks them said. */
function unsaid(site: Site, about: string, notes: readonly FigureNote[]): string[] {
  const container = site.container;
  if (!container) return notes.map((n) => n.text);
  let said = site.state.notedIn.get(container);
  if (!said) site.state.notedIn.set(container, (said = new Set()));
  const fresh = notes.filter((n) => !said.has(`${about}\u0000${n.key}`));
  for (const n of fresh) said.add(`${about}\u0000${n.key}`);
  return fresh.map((n) => n.text);
}

/**
 * Compiles a :metric directive.
 *
 * @returns
 *   The linked figure, or undefined when the directive has an error (reported).
 */
export function compileMetric(site: Site): ElementContent[] | undefined {
  const { state } = site;
  site.allow(['indicator', 'entity', 'field']);
  const indicator = site.indicator();
  const code = site.attributes['entity'] ?? 'all';
  const entity = indicator ? site.entity(code, site.at('entity'), indicator) : undefined;
  const fieldText = site.require('field', `one of ${METRIC_FIELDS.join(', ')}`);
  let field: Field | undefined;
  if (fieldText !== undefined) {
    if (!ALL_FIELDS.includes(fieldText)) {
      site.report(contentMessages.unknownField(suggest(fieldText, ALL_FIELDS), ALL_FIELDS), site.at('field'), fieldText);
    } else if (entity && entity.kind !== 'group' && (GROUP_FIELDS as readonly string[]).includes(fieldText)) {
      site.report(contentMessages.fieldNeedsGroup(fieldText), site.at('field'), fieldText);
    } else field = fieldText as Field;
  }
  if (site.failed || !indicator || !entity || !field) return undefined;

  const row = rowOf(state, indicator, entity);
  const entityName = state.lookup.entityName(entity.code, state.strings.allPartners);
  const value: MetricValue = row
    ? metricValue(state, indicator, row, field)
    : { text: state.strings.notAvailable, available: false, years: '', refs: [] };
  if (!value.available) site.report(contentMessages.metricNotAvailable(), site.start, site.written, 'warning');
  const notes = row && value.available ? unsaid(site, `${indicator.id}\u0000${entity.code}`, figureNotes(state, indicator, row, field)) : [];
  const text = notes.length > 0 ? state.strings.withNotes(value.text, notes) : value.text;
  return [metricLink(state, { indicator, code: entity.code, entityName, field, value }, text)];
}

/**
 * A figure's link to its entry in the sources annex (shared by every use of the same figure),
 * titled with what the figure is and the lines it came from.
 *
 * @param figure
 *   The indicator, entity and field, and the figure (its years and observations).
 * @param text
 *   What the link shows.
 * @param describe
 *   (optional) Makes the title's first part from what the figure is (default: that alone).
 */
export function metricLink(
  state: CompileState,
  figure: { indicator: Indicator; code: string; entityName: string; field: string; value: MetricValue },
  text: string,
  describe: (what: string) => string = (what) => what,
  className: string[] = ['metric'],
): Element {
  const { indicator, code, entityName, field, value } = figure;
  const what = state.strings.sourceMetric(indicator.title, entityName, fieldName(state, field), value.years);
  const entry = state.provenance.entry(`metric\u0000${indicator.id}\u0000${code}\u0000${field}`, () => ({
    what,
    rows: [{ label: what, refs: value.refs }],
  }));
  const where = linesByFile(value.refs)
    .map(([file, lines]) => {
      const printed = lines.map((n) => state.format.label(n));
      return state.strings.sourceLines(file, printed.length > 6 ? `${printed.slice(0, 6).join(', ')} \u2026` : printed.join(', '), lines.length);
    })
    .join(state.strings.listSeparator);
  const described = describe(what);
  const title = state.strings.sourceMetricTitle(where ? `${described}: ${where}` : described, state.format.label(entry.number));
  // Named for what it is, not only its number ("26"); the title adds the lines it came from.
  return h('a', { className, href: `#${entry.id}`, title, ariaLabel: state.strings.sourceMetricName(text, described) }, text);
}
