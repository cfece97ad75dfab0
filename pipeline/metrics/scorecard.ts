import type { Indicator, Pillar } from '../model.js';
import { zeroCounts } from './aggregate.js';
import type { AggregateMetric, EntityMetric, PillarScorecard } from './types.js';

/**
 * The pillar scorecard: for each pillar, how many indicators it has, the statuses of all their
 * entity metrics (sex 'total'), and each indicator's all-partners status and coverage.
 *
 * @param pillars
 *   The pillars, in the order to list them.
 * @param indicators
 *   The catalogue, in its order.
 * @param entities
 *   Every entity metric.
 * @param aggregates
 *   Every aggregate.
 */
export function scorecardOf(
  pillars: readonly Pillar[],
  indicators: readonly Indicator[],
  entities: readonly EntityMetric[],
  aggregates: readonly AggregateMetric[],
): PillarScorecard[] {
  return pillars.map((pillar) => {
    const own = indicators.filter((i) => i.pillar === pillar.id);
    const ids = new Set(own.map((i) => i.id));
    const status_counts = zeroCounts();
    for (const e of entities) if (e.sex === 'total' && ids.has(e.indicator)) status_counts[e.status] += 1;
    const by_indicator = own.flatMap((i) => {
      const all = aggregates.find((a) => a.indicator === i.id && a.group_type === 'all');
      return all ? [{ indicator: i.id, status: all.status, coverage: { ...all.coverage } }] : [];
    });
    return { pillar: pillar.id, indicators: own.length, status_counts, by_indicator };
  });
}
