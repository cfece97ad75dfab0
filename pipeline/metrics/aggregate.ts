import type { Indicator } from '../model.js';
import { combine } from './combine.js';
import { compare, type Comparison } from './comparison.js';
import type { Group } from './groups.js';
import { uniqueRefs } from './provenance.js';
import type { BaselineReading, Reading } from './readings.js';
import { STATUSES, type AggregateMetric, type Coverage, type Status, type StatusCounts, type YearSpan } from './types.js';

/** One entity's figures (sex 'total') as an aggregate sees them. */
export interface Member {
  baseline: BaselineReading | undefined;
  current: Reading | undefined;
  status: Status;
}

/** An aggregate before the previous edition's figures are joined in. */
export type AggregateCore = Omit<AggregateMetric, 'previous' | 'change_since_previous'>;

/** A count of zero for every status. */
export function zeroCounts(): StatusCounts {
  return Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts;
}

/** The first and last of some years; null when there are none. */
function spanOf(years: readonly number[]): YearSpan | null {
  return years.length === 0 ? null : { from: Math.min(...years), to: Math.max(...years) };
}

/** An aggregate's status when its balanced set is empty: why no change can be computed. */
function emptyStatus(coverage: Coverage, counts: StatusCounts): Status {
  if (counts['not-comparable'] > 0) return 'not-comparable';
  if (coverage.with_baseline > 0) return 'no-current-data';
  return counts['not-reported'] === coverage.expected ? 'not-reported' : 'no-baseline';
}

/**
 * Aggregates one indicator over one group for one edition year. The figures are added up over
 * the balanced set, the expected entities with both a baseline and a current figure whose change
 * is comparable, so that the change compares like with like; coverage says how large that set
 * is, and the year spans which years its figures are from. Current figures are each member's
 * latest available, or only the edition year's when the indicator's `aggregate_current` says
 * 'edition-year'. A member whose change crosses a series break ('not-comparable') is left out.
 * Weighted means use each figure's denominator when every figure of the set has one (and they
 * add up to more than 0), else the plain mean, marked 'unweighted'. Status counts cover all
 * expected entities (an entity with no row at all is 'not-reported').
 *
 * @param indicator
 *   The indicator.
 * @param group
 *   The group and its expected entities.
 * @param members
 *   The figures of every entity with any (sex 'total'), by entity code.
 * @param year
 *   The edition year.
 */
export function aggregateGroup(
  indicator: Indicator,
  group: Group,
  members: ReadonlyMap<string, Member>,
  year: number,
): AggregateCore {
  const current_rule = indicator.aggregate_current ?? 'latest-available';
  const usable = (current: Reading | undefined): Reading | undefined =>
    current_rule === 'edition-year' && current?.year !== year ? undefined : current;
  const coverage: Coverage = { expected: group.expected.length, with_baseline: 0, with_current: 0, with_both: 0 };
  const status_counts = zeroCounts();
  const balanced: { entity: string; baseline: BaselineReading; current: Reading }[] = [];
  for (const entity of group.expected) {
    const m = members.get(entity);
    status_counts[m?.status ?? 'not-reported'] += 1;
    if (!m) continue;
    const current = usable(m.current);
    if (m.baseline) coverage.with_baseline += 1;
    if (current) coverage.with_current += 1;
    if (m.baseline && current && m.status !== 'not-comparable') balanced.push({ entity, baseline: m.baseline, current });
  }
  coverage.with_both = balanced.length;

  const rule = indicator.aggregation;
  const weighted =
    rule === 'weighted-mean' &&
    balanced.every((m) => m.baseline.observation.denominator !== undefined && m.current.observation.denominator !== undefined);
  const weightsOf = (pick: (m: (typeof balanced)[number]) => Reading): number[] | undefined =>
    weighted ? balanced.map((m) => pick(m).observation.denominator ?? 0) : undefined;
  const positive = (w: number[] | undefined): boolean => w !== undefined && w.reduce((a, x) => a + x, 0) > 0;
  const baselineWeights = weightsOf((m) => m.baseline);
  const currentWeights = weightsOf((m) => m.current);
  const useWeights = weighted && positive(baselineWeights) && positive(currentWeights);
  const baseline = combine(rule, balanced.map((m) => m.baseline.value), useWeights ? baselineWeights : undefined);
  const current = combine(rule, balanced.map((m) => m.current.value), useWeights ? currentWeights : undefined);

  const baseline_fallback = balanced.some((m) => m.baseline.fallback);
  const current_is_latest_available = balanced.some((m) => m.current.year < year);
  const comparison: Comparison =
    baseline !== null && current !== null
      ? compare(
          indicator,
          { value: baseline, year: indicator.baseline_year },
          { value: current, year },
          !baseline_fallback && !current_is_latest_available,
        )
      : {
          change: null,
          relative_change: null,
          annualised_change: null,
          status: emptyStatus(coverage, status_counts),
          target_progress: null,
        };

  return {
    indicator: indicator.id,
    group_type: group.type,
    group: group.code,
    aggregation: rule,
    weighting: rule === 'weighted-mean' && balanced.length > 0 ? (useWeights ? 'denominator' : 'unweighted') : null,
    baseline_year: indicator.baseline_year,
    baseline,
    baseline_fallback,
    baseline_years: spanOf(balanced.map((m) => m.baseline.year)),
    current_year: year,
    current,
    current_is_latest_available,
    current_years: spanOf(balanced.map((m) => m.current.year)),
    current_rule,
    ...comparison,
    coverage,
    status_counts,
    members: balanced.map((m) => m.entity),
    sources: {
      baseline: uniqueRefs(balanced.map((m) => m.baseline.observation)),
      current: uniqueRefs(balanced.map((m) => m.current.observation)),
      previous: [],
    },
  };
}
