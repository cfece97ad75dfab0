import type { Dataset, Indicator, SourceRef } from '../model.js';
import { statusLine, targetLines } from './explain-entity.js';
import { STATUSES, type AggregateMetric, type EntityMetric, type Metrics } from './types.js';
import { difference, fraction, level, place, type ExplainedUnit } from './wording.js';

const RULE_WORDS = { sum: 'the sum', 'weighted-mean': 'the weighted mean', median: 'the median' } as const;

/** "data/observations/pillar-1.csv lines 2, 12, 40; ..." for a list of places. */
function placesByFile(refs: readonly SourceRef[]): string {
  const byFile = new Map<string, number[]>();
  for (const r of refs) byFile.set(r.file, [...(byFile.get(r.file) ?? []), r.line]);
  return [...byFile].map(([file, lines]) => `${file} line${lines.length === 1 ? '' : 's'} ${lines.join(', ')}`).join('; ');
}

/**
 * How one aggregate was computed: the rule, the coverage, each member's baseline and current
 * figure with its file and line, and the result.
 *
 * @param a
 *   The aggregate.
 * @param indicator
 *   Its indicator.
 * @param metrics
 *   The metrics it belongs to (for the members' figures and the edition years).
 * @param dataset
 *   The data (for the weights of a weighted mean).
 */
export function explainAggregate(a: AggregateMetric, indicator: Indicator, unit: ExplainedUnit, metrics: Metrics, dataset: Dataset): string[] {
  const weights = new Map<string, number>();
  if (a.weighting === 'denominator') {
    for (const o of dataset.observations) if (o.denominator !== undefined) weights.set(place(o), o.denominator);
  }
  const rows = new Map<string, EntityMetric>();
  for (const e of metrics.entities) if (e.indicator === a.indicator && e.sex === 'total') rows.set(e.entity, e);
  const c = a.coverage;
  const weighting =
    a.weighting === 'denominator'
      ? ', each figure weighted by its denominator'
      : a.weighting === 'unweighted'
        ? ', unweighted (not every figure has a denominator)'
        : '';
  const currentRule = a.current_rule === 'edition-year' ? ` from ${a.current_year} itself` : '';
  const lines = [
    `Rule: ${RULE_WORDS[a.aggregation]}${weighting}, over the ${c.with_both} of ${c.expected} expected entities with both a baseline and a current figure${currentRule} whose change is comparable`,
    `Coverage: ${c.expected} expected, ${c.with_baseline} with a baseline, ${c.with_current} with a current figure${currentRule}, ${c.with_both} with both`,
  ];
  if (a.status_counts['not-comparable'] > 0) {
    lines.push(`  left out: ${a.status_counts['not-comparable']} whose change crosses a series break`);
  }
  const span = (s: AggregateMetric['current_years']): string => (s === null ? 'none' : s.from === s.to ? String(s.from) : `${s.from}-${s.to}`);
  lines.push(`Years drawn on: baseline ${span(a.baseline_years)}, current ${span(a.current_years)}`);
  const memberLines = (pick: (e: EntityMetric) => [number | null, number | null, SourceRef | undefined]): string[] =>
    a.members.flatMap((code) => {
      const e = rows.get(code);
      if (!e) return [];
      const [value, year, at] = pick(e);
      if (value === null || !at) return [];
      const weight = weights.get(place(at));
      return [`  ${code} ${year}: ${level(value, unit)}${weight === undefined ? '' : `, weight ${weight}`} (${place(at)})`];
    });

  if (a.baseline === null) {
    lines.push(`Baseline ${a.baseline_year}: n/a (no entity has both figures)`);
  } else {
    lines.push(`Baseline ${a.baseline_year}: ${level(a.baseline, unit)}, ${RULE_WORDS[a.aggregation]} of:`);
    lines.push(...memberLines((e) => [e.baseline, e.baseline_year, e.sources.baseline]));
    if (a.baseline_fallback) lines.push(`  fallback: some members' baselines are from a year near ${a.baseline_year}`);
  }
  if (a.current === null) {
    lines.push(`Current ${a.current_year}: n/a`);
  } else {
    lines.push(`Current ${a.current_year}: ${level(a.current, unit)}, ${RULE_WORDS[a.aggregation]} of:`);
    lines.push(...memberLines((e) => [e.current, e.current_year, e.sources.current]));
    if (a.current_is_latest_available) lines.push(`  latest available: some members' figures are from before ${a.current_year}`);
  }
  if (a.change !== null && a.baseline !== null && a.current !== null) {
    lines.push(`Change: ${difference(a.change, unit)} = ${a.current} - ${a.baseline}`);
    lines.push(
      a.relative_change === null
        ? `Relative change: n/a (${a.baseline === 0 ? 'the baseline is 0' : 'too large to represent'})`
        : `Relative change: ${fraction(a.relative_change)} = ${a.change} / |${a.baseline}|`,
    );
    lines.push(
      a.annualised_change === null
        ? 'Annualised change: n/a (needs positive figures from different years, and no member using a fallback or latest-available year)'
        : `Annualised change: ${fraction(a.annualised_change)} = (${a.current} / ${a.baseline})^(1 / (${a.current_year} - ${a.baseline_year})) - 1`,
    );
  } else {
    lines.push('Change: n/a (needs both a baseline and a current figure)');
  }
  lines.push(statusLine(indicator, a));
  lines.push(`Statuses of the ${c.expected} expected entities: ${STATUSES.map((s) => `${s} ${a.status_counts[s]}`).join(', ')}`);
  lines.push(...targetLines(indicator, unit, a.baseline, a.current, a.target_progress));

  const previous = metrics.edition.previous;
  if (previous === null) {
    lines.push('Change since the previous edition: n/a (this edition has no previous edition)');
  } else if (a.previous === null) {
    lines.push(`Change since the ${previous} edition: n/a (no aggregate as of ${previous})`);
  } else {
    const then = `then: ${level(a.previous, unit)} from ${placesByFile(a.sources.previous)}`;
    lines.push(
      a.change_since_previous === null
        ? `Change since the ${previous} edition: n/a; ${then}`
        : `Change since the ${previous} edition: ${difference(a.change_since_previous, unit)} = ${a.current} - ${a.previous}; ${then}`,
    );
  }
  return lines;
}
