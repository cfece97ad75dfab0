/**
 * `::chart[Title]{#fig-id kind=KIND ...}` and `:::vega-lite[Title]{#fig-id description="..."}`:
 * a numbered figure. The directive is checked here (kind, attributes and their values, indicator,
 * entities, pillar), made into a chart request for the charts stage, and replaced by an empty
 * <figure> that the HTML stage draws the chart into. Its figures are traced in the sources annex.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Code } from 'mdast';
import { checkChartRequests } from '../../charts/build.js';
import { validateCustomSpec } from '../../charts/custom-spec.js';
import { DATASET_NAMES, datasetRows } from '../../charts/datasets.js';
import { namedDatasets } from '../../charts/kinds/custom.js';
import { seriesData, seriesYearProblems } from '../../charts/kinds/time-series.js';
import type { ChartKind, ChartRequest } from '../../charts/request.js';
import { suggest } from '../../diagnostics/suggest.js';
import { refOf } from '../../metrics/provenance.js';
import type { Indicator, SourceRef } from '../../model.js';
import { contentMessages } from '../messages.js';
import type { SourceRow } from '../provenance.js';
import { figuresNote } from '../kinds.js';
import { chartRows } from './chart-data.js';
import type { CompileState, Numbered } from '../state.js';
import type { Site } from './site.js';

/** The built-in kinds a ::chart directive may name (a partner brief's charts are asked for by the briefs). */
type DirectiveKind = Exclude<ChartKind, 'custom' | 'partner-pillar'>;

/** The built-in kinds and the attributes each takes besides id, kind, description and source. */
export const KIND_ATTRIBUTES: Readonly<Record<DirectiveKind, readonly string[]>> = {
  'baseline-current': ['indicator', 'entities'],
  'time-series': ['indicator', 'entities', 'columns', 'scale', 'from', 'to'],
  'status-by-pillar': ['pillar'],
  'partner-map': ['colorBy', 'indicator', 'focus'],
  'coverage-grid': ['pillar', 'year'],
  'ewg-timeline': ['until'],
};
const KINDS = Object.keys(KIND_ATTRIBUTES) as DirectiveKind[];
const COMMON = ['id', 'kind', 'description', 'source'];

/** The <figure> the HTML stage fills, marked with the figure's id. */
function placeholder(numbered: Numbered, site: Site): ElementContent[] {
  const figure = h('figure', { id: numbered.id, className: ['figure'] });
  figure.data = { vdrFigure: numbered.id };
  if (site.node.position) figure.position = site.node.position;
  return [figure];
}

/**
 * Compiles a ::chart directive.
 *
 * @returns
 *   The figure placeholder, or undefined when the directive has an error (reported).
 */
export function compileChart(site: Site): ElementContent[] | undefined {
  const { state } = site;
  const numbered = state.numbered.get(site.node);
  const title = site.label;
  if (!title) site.report(contentMessages.missingLabel(site.name, 'title'), site.start);
  const kindText = site.require('kind', `one of ${KINDS.join(', ')}`);
  if (kindText === undefined) return undefined;
  if (!(KINDS as string[]).includes(kindText)) {
    site.report(contentMessages.unknownKind(kindText, KINDS, suggest(kindText, KINDS)), site.at('kind'), kindText);
    return undefined;
  }
  const kind = kindText as DirectiveKind;
  site.allow([...COMMON, ...KIND_ATTRIBUTES[kind]]);

  const at = site.located;
  let request: ChartRequest | undefined;
  let indicator: Indicator | undefined;
  const base = { id: numbered?.id ?? '', title, description: '', at, ...(site.attributes['source'] ? { source: site.attributes['source'] } : {}) };
  switch (kind) {
    case 'baseline-current': {
      indicator = site.indicator();
      const entities = site.entityList('entities', indicator);
      request = { ...base, kind, indicator: indicator?.id ?? '', ...(entities ? { entities } : {}) };
      break;
    }
    case 'time-series': {
      indicator = site.indicator();
      const entities = site.entityList('entities', indicator);
      const columns = site.whole('columns', 1, 8);
      const scale = site.oneOf('scale', ['shared', 'independent'] as const);
      const years = seriesYearAttributes(site, indicator);
      request = {
        ...base,
        kind,
        indicator: indicator?.id ?? '',
        ...(entities ? { entities } : {}),
        ...(columns === undefined ? {} : { columns }),
        ...(scale === undefined ? {} : { scale }),
        ...years,
      };
      break;
    }
    case 'status-by-pillar': {
      const pillar = site.pillar();
      request = { ...base, kind, ...(pillar ? { pillar } : {}) };
      break;
    }
    case 'partner-map': {
      const colorBy = site.oneOf('colorBy', ['programme', 'status'] as const);
      const focus = site.oneOf('focus', ['all', 'RP ANC', 'RP SEE'] as const);
      if (colorBy === 'status') indicator = site.indicator();
      else if (site.attributes['indicator'] !== undefined) indicator = site.indicator();
      if (indicator && indicator.reported_by === 'organization') {
        site.report(contentMessages.wrongEntityType(indicator.id, 'organization'), site.at('indicator'), indicator.id);
      }
      request = {
        ...base,
        kind,
        ...(colorBy ? { colorBy } : {}),
        ...(indicator ? { indicator: indicator.id } : {}),
        ...(focus ? { focus } : {}),
      };
      break;
    }
    case 'coverage-grid': {
      const pillar = site.pillar();
      const { first, last } = state.dataset.window;
      const year = site.whole('year', first, last);
      request = { ...base, kind, ...(pillar ? { pillar } : {}), ...(year === undefined ? {} : { year }) };
      break;
    }
    case 'ewg-timeline': {
      const until = site.whole('until', 1990, 2100);
      request = { ...base, kind, ...(until === undefined ? {} : { until }) };
      break;
    }
  }
  if (site.failed || !numbered || !request) return undefined;
  request.description = site.attributes['description'] ?? defaultDescription(state, kind, indicator);
  return register(site, numbered, request);
}

/**
 * A time series' from and to: years, each within the years the series can draw, from not after
 * to; every problem reported at its attribute's value.
 */
function seriesYearAttributes(site: Site, indicator: Indicator | undefined): { from?: number; to?: number } {
  const years: { from?: number; to?: number } = {};
  for (const attribute of ['from', 'to'] as const) {
    const value = site.attributes[attribute];
    if (value === undefined) continue;
    if (/^\d{1,4}$/.test(value)) years[attribute] = Number(value);
    else site.report(contentMessages.attributeNumber(attribute, 'a year, a whole number such as 2014'), site.at(attribute), value);
  }
  if (!indicator) return years;
  const { state } = site;
  for (const problem of seriesYearProblems({ indicator: indicator.id, ...years }, { dataset: state.dataset, year: state.edition.year })) {
    site.report(problem.text, site.at(problem.attribute), String(problem.year));
  }
  return years;
}

/**
 * Compiles a :::vega-lite container: one ```json block, checked against Vega-Lite's schema with
 * every problem at its line and column in the Markdown file.
 *
 * @returns
 *   The figure placeholder, or undefined when the block has an error (reported).
 */
export function compileVegaLite(site: Site): ElementContent[] | undefined {
  const { state } = site;
  const numbered = state.numbered.get(site.node);
  site.allow(['id', 'description', 'source']);
  const title = site.label;
  if (!title) site.report(contentMessages.missingLabel(site.name, 'title'), site.start);
  const description = site.require('description', '"a sentence on what the chart shows"');
  const node = site.node.type === 'containerDirective' ? site.node : undefined;
  const body = (node?.children ?? []).filter((c) => !(c.type === 'paragraph' && c.data?.directiveLabel));
  const code = body[0];
  if (body.length !== 1 || !code || code.type !== 'code' || (code.lang ?? '').toLowerCase() !== 'json') {
    site.report(contentMessages.vegaLiteShape(), body[0]?.position ? { line: body[0].position.start.line, column: body[0].position.start.column } : site.start);
    return undefined;
  }
  const json = code as Code;
  const startLine = (json.position?.start.line ?? site.start.line) + 1;
  const checked = validateCustomSpec(json.value, site.file, startLine, { startColumn: json.position?.start.column ?? 1, rows: datasetSizes(state) });
  for (const message of checked.messages) {
    state.messages.push(message);
    if (message.severity === 'error') {
      site.failed = true;
      site.problem ??= { reason: message.reason, place: message.place ?? site.start };
    }
  }
  if (site.failed || !numbered || !checked.spec || description === undefined) return undefined;
  const at = site.located;
  const request: ChartRequest = {
    id: numbered.id,
    kind: 'custom',
    title,
    description,
    spec: checked.spec,
    at,
    ...(site.attributes['source'] ? { source: site.attributes['source'] } : {}),
  };
  return register(site, numbered, request);
}

const sizes = new WeakMap<CompileState, Record<string, number>>();

/** Rows in each named dataset, once per compile, so that the limits can estimate what a chart's transforms make. */
function datasetSizes(state: CompileState): Record<string, number> {
  let found = sizes.get(state);
  if (!found) {
    found = Object.fromEntries(DATASET_NAMES.map((name) => [name, datasetRows(name, state.dataset, state.metrics).length]));
    sizes.set(state, found);
  }
  return found;
}

/** A figure entry's note, when there is one. */
const noteOf = (note: string | undefined): { figuresNote?: string } => (note === undefined ? {} : { figuresNote: note });

/** Checks the request with the charts stage, then records the figure and its sources. */
function register(site: Site, numbered: Numbered, request: ChartRequest): ElementContent[] | undefined {
  const { state } = site;
  const problems = checkChartRequests([request], { dataset: state.dataset, edition: state.edition });
  for (const problem of problems) {
    state.messages.push(problem);
    if (problem.severity === 'error') site.problem ??= { reason: problem.reason, place: problem.place ?? site.start };
  }
  if (problems.some((p) => p.severity === 'error')) return undefined;
  const rows = chartSources(state, request);
  const entry =
    rows.length === 0
      ? undefined
      : state.provenance.entry(`figure\u0000${numbered.id}`, () => ({ what: state.strings.sourceFigure(`${numbered.label}: ${request.title}`), rows }));
  state.chartRequests.push(request);
  state.onChart?.(request);
  state.figures.push({
    id: numbered.id,
    number: numbered.number,
    label: numbered.label,
    title: request.title,
    chapter: site.chapter.front.id,
    request,
    at: site.located,
    ...(entry ? { sourceEntry: entry.number } : {}),
    ...noteOf(figuresNote(state, rows.flatMap((row) => row.refs))),
    data: chartRows(state, request),
  });
  return placeholder(numbered, site);
}

/** What a chart says when the author gives no description. */
function defaultDescription(state: CompileState, kind: DirectiveKind, indicator: Indicator | undefined): string {
  return state.strings.chartDescriptions[kind](indicator?.title ?? '');
}

/** The observations behind a chart, as rows of the sources annex. */
function chartSources(state: CompileState, request: ChartRequest): SourceRow[] {
  const { lookup, dataset, strings } = state;
  const name = (code: string): string => lookup.entityName(code, strings.allPartners);
  const entityRows = (indicator: string, entities?: readonly string[]): SourceRow[] =>
    lookup
      .entityMetrics(indicator)
      .filter((m) => (entities ? entities.includes(m.entity) : m.baseline !== null || m.current !== null))
      .map((m) => ({ label: name(m.entity), refs: [m.sources.baseline, m.sources.current].filter((r): r is SourceRef => r !== undefined) }));
  const perIndicator = (ids: readonly string[], refsOf: (id: string) => SourceRef[]): SourceRow[] =>
    ids.map((id) => ({ label: lookup.indicators.get(id)?.title ?? id, refs: refsOf(id) }));
  const pillarIndicators = (pillar: string | undefined): string[] =>
    dataset.indicators.filter((i) => pillar === undefined || i.pillar === pillar).map((i) => i.id);
  switch (request.kind) {
    case 'baseline-current':
      return entityRows(request.indicator, request.entities);
    case 'time-series': {
      // Exactly the observations the chart draws (charts/kinds/time-series.ts).
      const { observations, entities } = seriesData(request, { dataset, metrics: state.metrics, year: state.edition.year });
      return entities.map((code) => ({ label: name(code), refs: observations.filter((o) => o.country === code).map(refOf) }));
    }
    case 'partner-map':
      return request.colorBy === 'status' && request.indicator
        ? entityRows(request.indicator)
        : [{ label: strings.annexes.partnerCountries, refs: [], files: ['data/reference/countries.csv'] }];
    case 'status-by-pillar':
      return perIndicator(pillarIndicators(request.pillar), (id) =>
        lookup.entityMetrics(id).flatMap((m) => [m.sources.baseline, m.sources.current].filter((r): r is SourceRef => r !== undefined)),
      );
    case 'coverage-grid': {
      const year = request.year ?? state.edition.year;
      return perIndicator(
        pillarIndicators(request.pillar).filter((id) => lookup.indicators.get(id)?.reported_by === 'country'),
        (id) => dataset.observations.filter((o) => o.indicator === id && o.year === year && o.sex === 'total').map(refOf),
      );
    }
    case 'ewg-timeline':
      return [{ label: strings.annexes.ewgMeetings, refs: [], files: ['data/reference/ewg-meetings.csv'] }];
    case 'partner-pillar':
      return perIndicator(
        pillarIndicators(request.pillar),
        (id) => [lookup.entityMetric(id, request.entity)].flatMap((m) => (m ? [m.sources.baseline, m.sources.current].filter((r): r is SourceRef => r !== undefined) : [])),
      );
    case 'custom': {
      const files: Record<string, string[]> = {
        observations: dataset.files.filter((f) => f.startsWith('data/observations/')),
        metrics: dataset.files.filter((f) => f.startsWith('data/observations/')),
        aggregates: dataset.files.filter((f) => f.startsWith('data/observations/')),
        countries: ['data/reference/countries.csv'],
        organizations: ['data/reference/organizations.csv'],
        indicators: ['data/indicators.yaml'],
        pillars: ['data/reference/pillars.yaml'],
        'ewg-meetings': ['data/reference/ewg-meetings.csv'],
      };
      return namedDatasets(request.spec).map((name) => ({ label: name, refs: [], files: files[name] ?? [] }));
    }
  }
}
