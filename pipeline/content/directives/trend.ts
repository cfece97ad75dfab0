/**
 * `:trend{indicator=ID entity=CODE}`: the direction of a change, in words from the edition's
 * language ("rose", "fell", "changed little"), so a sentence that states a direction follows the
 * data as its figures do. `since=previous` speaks of the change since the previous edition instead
 * of since the baseline; `form=noun` writes a noun phrase ("a rise", "a fall", "little change").
 * The direction is judged by the rule of the metrics' status (metrics/status.ts): a change within
 * the indicator's tolerance is 'flat'. Linked and titled like :metric, to the same sources entry
 * as the change it speaks of.
 */
import type { ElementContent } from 'hast';
import type { TrendForm } from '../../i18n/index.js';
import { statusOf } from '../../metrics/status.js';
import type { AggregateMetric, EntityMetric } from '../../metrics/types.js';
import type { Indicator } from '../../model.js';
import { contentMessages } from '../messages.js';
import { metricLink, metricValue } from './metric.js';
import type { Site } from './site.js';

/** Which change a direction speaks of: since the baseline, or since the previous edition. */
export type Since = 'baseline' | 'previous';
export const SINCE: readonly Since[] = ['baseline', 'previous'];
export const TREND_FORMS: readonly TrendForm[] = ['verb', 'noun'];

/** A figure a change needs and the data lack. */
export type MissingFigure = 'baseline' | 'current' | 'previous' | 'any';

/** The direction of a change, or why it has none. */
export type ChangeDirection =
  | { kind: 'rise' | 'fall' | 'flat'; from: number; to: number; change: number }
  | { kind: 'missing'; missing: MissingFigure }
  | { kind: 'not-comparable' };

/** The metrics field that holds the change a direction speaks of. */
export const changeField = (since: Since): 'change' | 'change_since_previous' => (since === 'baseline' ? 'change' : 'change_since_previous');

/**
 * The direction of an entity's or a group's change, by the rule of the metrics' status: no
 * figure to compare, a change across a series break, a change within the tolerance ('flat'),
 * else the sign of the change.
 *
 * @param indicator
 *   Its tolerance (the direction of the indicator plays no part: a rise is a rise).
 * @param row
 *   The entity metric or the aggregate.
 * @param since
 *   (optional) 'baseline' (default) or 'previous'.
 */
export function changeDirection(indicator: Pick<Indicator, 'tolerance'>, row: EntityMetric | AggregateMetric, since: Since = 'baseline'): ChangeDirection {
  if (since === 'baseline' && row.status === 'not-comparable') return { kind: 'not-comparable' };
  if (row.status === 'not-reported') return { kind: 'missing', missing: 'any' };
  const from = since === 'baseline' ? row.baseline : row.previous;
  const to = row.current;
  // A neutral indicator's status is 'unchanged' within the tolerance and 'changed' beyond it.
  const status = statusOf({ direction: 'neutral', ...(indicator.tolerance === undefined ? {} : { tolerance: indicator.tolerance }) }, from, to);
  if (status === 'no-baseline' || from === null) return { kind: 'missing', missing: since === 'baseline' ? 'baseline' : 'previous' };
  if (status === 'no-current-data' || to === null) return { kind: 'missing', missing: 'current' };
  const change = (since === 'baseline' ? row.change : row.change_since_previous) ?? to - from;
  if (status === 'unchanged') return { kind: 'flat', from, to, change };
  return { kind: change > 0 ? 'rise' : 'fall', from, to, change };
}

/**
 * Compiles a :trend directive.
 *
 * @returns
 *   The linked word, or undefined when the directive has an error (reported).
 */
export function compileTrend(site: Site): ElementContent[] | undefined {
  const { state } = site;
  site.allow(['indicator', 'entity', 'since', 'form']);
  const indicator = site.indicator();
  const code = site.attributes['entity'] ?? 'all';
  const entity = indicator ? site.entity(code, site.at('entity'), indicator) : undefined;
  const since = site.oneOf('since', SINCE) ?? 'baseline';
  const form = site.oneOf('form', TREND_FORMS) ?? 'verb';
  if (site.failed || !indicator || !entity) return undefined;

  const { lookup, strings, format } = state;
  const row = entity.kind === 'group' ? lookup.aggregate(indicator.id, entity.code) : lookup.entityMetric(indicator.id, entity.code);
  const entityName = lookup.entityName(entity.code, strings.allPartners);
  const direction: ChangeDirection = row ? changeDirection(indicator, row, since) : { kind: 'missing', missing: 'any' };
  let text: string;
  if (direction.kind === 'missing') {
    text = strings.notAvailable;
    const missing = direction.missing === 'previous' && state.metrics.edition.previous === null ? 'previous-edition' : direction.missing;
    const why = contentMessages.trendNotAvailable(missing, indicator.title, entityName, missing === 'previous' ? (state.metrics.edition.previous ?? state.edition.year) : state.edition.year);
    site.report(why, site.start, site.written, 'warning');
  } else if (direction.kind === 'not-comparable') {
    text = strings.trendNotComparable[form];
    site.report(contentMessages.trendNotComparable(indicator.id), site.start, site.written, 'warning');
  } else text = strings.trends[form][direction.kind];

  // The same sources entry as :metric{field=change} (or change_since_previous) of this entity.
  const field = changeField(since);
  const value = row ? metricValue(state, indicator, row, field) : { text: strings.notAvailable, available: false, years: '', refs: [] };
  const relative = since === 'baseline' && row && row.relative_change !== null ? ` (${format.relative(row.relative_change)})` : '';
  const describe = (what: string): string => strings.trendTitle(what, `${value.text}${relative}`);
  return [metricLink(state, { indicator, code: entity.code, entityName, field, value }, text, describe, ['metric', 'trend'])];
}
