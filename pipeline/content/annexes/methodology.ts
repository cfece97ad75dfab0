/**
 * Annex IV, from the indicator catalogue: each indicator's definition, unit, reporters,
 * direction, aggregation, baseline year, target, tolerance and source, by pillar and then the
 * context indicators outside the pillars; then the one
 * rounding rule, the status rule, and how aggregates and coverage are computed.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Indicator } from '../../model.js';
import type { CompileState } from '../state.js';
import { indicatorGroups } from './groups.js';

/** The element id of an indicator's entry. */
export const indicatorId = (id: string): string => `indicator--${id}`;

function indicatorEntry(state: CompileState, indicator: Indicator): ElementContent[] {
  const { strings, format } = state;
  const m = strings.methodology;
  const item = (term: string, value: string): ElementContent[] => [h('dt', term), h('dd', value)];
  const target = indicator.target
    ? m.targetValue(format.level(indicator.target.value, indicator), indicator.target.year)
    : m.noTarget;
  return [
    h('h3', { id: indicatorId(indicator.id) }, indicator.title),
    h('dl', { className: ['indicator-facts'] }, [
      ...item(m.definition, indicator.definition),
      ...item(m.unit, format.unitName(indicator.unit)),
      ...item(m.reportedBy, strings.reportedBy[indicator.reported_by]),
      ...item(m.direction, strings.directions[indicator.direction]),
      ...item(m.aggregation, strings.aggregations[indicator.aggregation]),
      ...item(
        m.baselineYear,
        `${format.year(indicator.baseline_year)}${indicator.baseline_fallback_years ? m.baselineFallback(indicator.baseline_fallback_years) : ''}`,
      ),
      ...item(m.target, target),
      ...item(m.tolerance, `\u00b1${format.share(indicator.tolerance ?? 0)}`),
      ...item(m.source, indicator.source),
    ]),
  ];
}

/** Annex IV. */
export function methodologyAnnex(state: CompileState): ElementContent[] {
  const { strings } = state;
  const m = strings.methodology;
  const content: ElementContent[] = [h('p', strings.annexes.methodologyIntro)];
  for (const group of indicatorGroups(state)) {
    content.push(h('h2', { id: `annex-methodology-${group.slug}` }, group.title));
    for (const indicator of group.indicators) content.push(...indicatorEntry(state, indicator));
  }
  content.push(
    h('h2', { id: 'annex-methodology-rounding' }, m.roundingTitle),
    h('p', m.roundingRule),
    h('h2', { id: 'annex-methodology-status' }, m.statusTitle),
    h('p', m.statusRule),
    h('h2', { id: 'annex-methodology-aggregates' }, m.aggregationTitle),
    h('p', m.aggregationRule),
  );
  return content;
}
