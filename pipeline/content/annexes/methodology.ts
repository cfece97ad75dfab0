/**
 * Annex IV, from the indicator catalogue: each indicator's definition, unit, reporters,
 * direction, aggregation, baseline year, target, tolerance and source, by pillar and then the
 * context indicators outside the pillars; then the one
 * rounding rule and the counting rules (pipeline/metrics/rules.ts).
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Indicator } from '../../model.js';
import { COUNTING_RULE_IDS, type CountingRuleId } from '../../metrics/rules.js';
import type { Strings } from '../../i18n/strings.js';
import type { CompileState } from '../state.js';
import { indicatorGroups } from './groups.js';
import { translationNotes } from './reference.js';

/** The element id of an indicator's entry. */
export const indicatorId = (id: string): string => `indicator--${id}`;

/** The element id of a counting rule's entry. */
export const countingRuleId = (id: CountingRuleId): string => `counting-rule--${id}`;

function indicatorEntry(state: CompileState, indicator: Indicator): ElementContent[] {
  const { strings, format } = state;
  const m = strings.methodology;
  const item = (term: string, value: string): ElementContent[] => [h('dt', term), h('dd', value)];
  const target = indicator.target
    ? m.targetValue(format.level(indicator.target.value, indicator), format.year(indicator.target.year))
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
        `${format.year(indicator.baseline_year)}${indicator.baseline_fallback_years ? m.baselineFallback(format.count(indicator.baseline_fallback_years)) : ''}`,
      ),
      ...item(m.target, target),
      ...item(m.tolerance, `\u00b1${format.share(indicator.tolerance ?? 0)}`),
      ...item(m.aggregateCurrent, m.aggregateCurrentRule[indicator.aggregate_current ?? 'latest-available']),
      ...(indicator.compare_across_breaks ? item(m.breaks, m.breaksCompared) : []),
      ...item(m.source, indicator.source),
    ]),
  ];
}

/** Annex IV. */
export function methodologyAnnex(state: CompileState): ElementContent[] {
  const { strings } = state;
  const m = strings.methodology;
  const content: ElementContent[] = [h('p', strings.annexes.methodologyIntro), ...translationNotes(state)];
  for (const group of indicatorGroups(state)) {
    content.push(h('h2', { id: `annex-methodology-${group.slug}` }, group.title));
    for (const indicator of group.indicators) content.push(...indicatorEntry(state, indicator));
  }
  content.push(
    h('h2', { id: 'annex-methodology-rounding' }, m.roundingTitle),
    h('p', m.roundingRule),
    h('h2', { id: 'annex-methodology-counting' }, m.countingTitle),
    h('p', m.countingIntro),
    h(
      'dl',
      { className: ['counting-rules'] },
      COUNTING_RULE_IDS.flatMap((id) => [h('dt', { id: countingRuleId(id) }, m.countingRules[id].title), h('dd', m.countingRules[id].text)]),
    ),
  );
  return content;
}

/** The markers around the README's counting rules. */
export const COUNTING_RULES_START = '<!-- counting-rules: generated from pipeline/i18n/en.ts by `npm run rules`; edit the words there -->';
export const COUNTING_RULES_END = '<!-- /counting-rules -->';

/**
 * The counting rules as the README prints them: the annex's words, as a Markdown list between
 * the markers.
 *
 * @param strings
 *   The language's strings (the README is in English).
 */
export function countingRulesMarkdown(strings: Strings): string {
  const m = strings.methodology;
  const items = COUNTING_RULE_IDS.map((id) => `- **${m.countingRules[id].title}.** ${m.countingRules[id].text}`);
  return [COUNTING_RULES_START, m.countingIntro, '', ...items, COUNTING_RULES_END].join('\n');
}
