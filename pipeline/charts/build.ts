/**
 * From a chart request to its Vega-Lite spec and table: checks the request against the data
 * (every problem a message at the request's place), then hands it to its kind's builder.
 * Builders are pure: the same data give the same spec, byte for byte.
 */
import { message, type Message, type MessageText } from '../diagnostics/message.js';
import { suggest } from '../diagnostics/suggest.js';
import * as baselineCurrent from './kinds/baseline-current.js';
import * as coverageGrid from './kinds/coverage-grid.js';
import * as custom from './kinds/custom.js';
import * as ewgTimeline from './kinds/ewg-timeline.js';
import * as partnerMap from './kinds/partner-map.js';
import * as partnerPillar from './kinds/partner-pillar.js';
import * as statusByPillar from './kinds/status-by-pillar.js';
import * as timeSeries from './kinds/time-series.js';
import { seriesYearProblems } from './kinds/time-series.js';
import { chartMessages } from './messages.js';
import type { BuildInput, BuiltChart, ChartContext, ChartRequest } from './request.js';

/**
 * Builds one chart's spec and table.
 *
 * @param request
 *   A request that `checkChartRequests` found no error in.
 * @param input
 *   Data, metrics and edition year.
 */
export function buildChart(request: ChartRequest, input: BuildInput): BuiltChart {
  switch (request.kind) {
    case 'baseline-current':
      return baselineCurrent.build(request, input);
    case 'time-series':
      return timeSeries.build(request, input);
    case 'status-by-pillar':
      return statusByPillar.build(request, input);
    case 'partner-map':
      return partnerMap.build(request, input);
    case 'coverage-grid':
      return coverageGrid.build(request, input);
    case 'ewg-timeline':
      return ewgTimeline.build(request, input);
    case 'partner-pillar':
      return partnerPillar.build(request, input);
    case 'custom':
      return custom.build(request, input);
  }
}

/**
 * Checks requests against the data: ids unique, titles and descriptions present, indicators,
 * entities, pillars and years known. Custom specs are checked when read (validateCustomSpec).
 *
 * @param requests
 *   The edition's chart requests.
 * @param context
 *   The data they draw on.
 * @returns
 *   Every problem, at the request's place (`at`) when it has one.
 */
export function checkChartRequests(requests: readonly ChartRequest[], context: Pick<ChartContext, 'dataset' | 'edition'>): Message[] {
  const messages: Message[] = [];
  const { dataset } = context;
  const indicators = new Map(dataset.indicators.map((i) => [i.id, i]));
  const entities = [...dataset.reference.countries.map((c) => c.iso3), ...dataset.reference.organizations.map((o) => o.acronym)];
  const pillars = dataset.reference.pillars.map((p) => p.id);
  const seen = new Set<string>();
  for (const request of requests) {
    const add = (text: MessageText, value?: string): void => {
      messages.push(message(request.at ?? { file: `chart ${request.id}` }, text, { value }));
    };
    if (seen.has(request.id)) add(chartMessages.duplicateId(request.id), request.id);
    seen.add(request.id);
    if (!request.title.trim()) add(chartMessages.emptyText('title'));
    if (!request.description.trim()) add(chartMessages.emptyText('description'));
    const indicator = (id: string | undefined, kind: string): void => {
      if (id === undefined) add(chartMessages.missingIndicator(kind));
      else if (!indicators.has(id)) add(chartMessages.unknownIndicator(id, suggest(id, indicators.keys())), id);
    };
    const entity = (code: string): void => {
      if (!entities.includes(code)) add(chartMessages.unknownEntity(code, suggest(code, entities)), code);
    };
    const entityList = (list: readonly string[] | undefined): void => {
      for (const code of list ?? []) entity(code);
    };
    const pillar = (id: string | undefined): void => {
      if (id !== undefined && !pillars.includes(id as never)) add(chartMessages.unknownPillar(id, pillars), id);
    };
    switch (request.kind) {
      case 'baseline-current':
        indicator(request.indicator, request.kind);
        entityList(request.entities);
        break;
      case 'time-series':
        indicator(request.indicator, request.kind);
        entityList(request.entities);
        if (indicators.has(request.indicator)) {
          for (const problem of seriesYearProblems(request, { dataset, year: context.edition.year })) add(problem.text, String(problem.year));
        }
        break;
      case 'status-by-pillar':
        pillar(request.pillar);
        break;
      case 'partner-map':
        if (request.colorBy === 'status') {
          indicator(request.indicator, 'status map');
          const found = request.indicator === undefined ? undefined : indicators.get(request.indicator);
          if (found?.reported_by === 'organization') add(chartMessages.organizationIndicatorOnMap(found.id), found.id);
        }
        break;
      case 'coverage-grid':
        pillar(request.pillar);
        if (request.year !== undefined && (request.year < dataset.window.first || request.year > dataset.window.last)) {
          add(chartMessages.yearOutsideWindow(request.year, dataset.window.first, dataset.window.last), String(request.year));
        }
        break;
      case 'partner-pillar':
        entity(request.entity);
        // Required: a missing pillar is named as the empty one it is.
        pillar(request.pillar ?? '');
        break;
      case 'ewg-timeline':
      case 'custom':
        break;
    }
  }
  return messages;
}
