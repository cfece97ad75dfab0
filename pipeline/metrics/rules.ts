/**
 * The counting rules: what the metrics stage does in the cases a reader of the report asks about,
 * in the order the methodology annex and the README print them. Their words are in pipeline/i18n
 * (`countingRules`); the README's section is generated from the same words (scripts/rules.ts).
 * Each rule has a worked example with the outcome the words state; test/metrics/rules.test.ts
 * runs every example through `computeMetrics` and checks the annex's words against the result,
 * so the rules printed and the rules applied cannot drift apart.
 */
import type { Indicator, Observation } from '../model.js';
import type { AggregateMetric, EntityMetric } from './types.js';

export const COUNTING_RULE_IDS = [
  'baseline',
  'current',
  'only-baseline',
  'not-reported',
  'change',
  'status',
  'annualised',
  'series-break',
  'aggregate-set',
  'aggregate-years',
  'aggregate-annualised',
] as const;

export type CountingRuleId = (typeof COUNTING_RULE_IDS)[number];

/** One row of an example: entity, year, value, and any other observation fields. */
export type ExampleRow = [entity: string, year: number, value: number, extra?: Partial<Observation>];

/** A worked example of a rule: one indicator's rows, an edition year, and what the metrics must hold. */
export interface RuleExample {
  /** How the example's indicator differs from a plain count (higher is better, summed, baseline year 2014). */
  indicator: Partial<Omit<Indicator, 'id'>>;
  rows: ExampleRow[];
  year: number;
  /** A partner's metric (ISO alpha-3 code) or the all-partners aggregate ('all'). */
  of: string;
  outcome: Partial<EntityMetric> | Partial<AggregateMetric>;
}

/** Every rule's example; the words in pipeline/i18n state these outcomes. */
export const RULE_EXAMPLES: Readonly<Record<CountingRuleId, RuleExample>> = {
  baseline: {
    indicator: { baseline_year: 2014, baseline_fallback_years: 1 },
    rows: [['AFG', 2013, 40], ['AFG', 2015, 44], ['AFG', 2021, 50]],
    year: 2021,
    of: 'AFG',
    outcome: { baseline_year: 2013, baseline: 40, baseline_fallback: true },
  },
  current: {
    indicator: {},
    rows: [['AFG', 2014, 100], ['AFG', 2019, 120]],
    year: 2021,
    of: 'AFG',
    outcome: { current_year: 2019, current: 120, current_is_latest_available: true },
  },
  'only-baseline': {
    indicator: {},
    rows: [['AFG', 2014, 100]],
    year: 2021,
    of: 'AFG',
    outcome: { baseline: 100, current: null, change: null, status: 'no-current-data' },
  },
  'not-reported': {
    indicator: {},
    rows: [['AFG', 2016, 7]],
    year: 2021,
    of: 'IRN',
    outcome: { baseline: null, current: null, status: 'not-reported' },
  },
  change: {
    indicator: {},
    rows: [['AFG', 2014, 0], ['AFG', 2021, 20]],
    year: 2021,
    of: 'AFG',
    outcome: { change: 20, relative_change: null, status: 'improved' },
  },
  status: {
    indicator: { tolerance: 0.05 },
    rows: [['AFG', 2014, 200], ['AFG', 2021, 210]],
    year: 2021,
    of: 'AFG',
    outcome: { relative_change: 0.05, status: 'unchanged' },
  },
  annualised: {
    indicator: {},
    rows: [['AFG', 2014, 100], ['AFG', 2016, 121]],
    year: 2021,
    of: 'AFG',
    outcome: { current_year: 2016, annualised_change: 0.1 },
  },
  'series-break': {
    indicator: {},
    rows: [['AFG', 2014, 757], ['AFG', 2021, 79, { flag: 'break', note: 'border seizures only' }]],
    year: 2021,
    of: 'AFG',
    outcome: { change: -678, status: 'not-comparable', series_break: { year: 2021, note: 'border seizures only' } },
  },
  'aggregate-set': {
    indicator: {},
    // IRN has no current figure, PAK no baseline, and TJK's change crosses a series break.
    rows: [['AFG', 2014, 100], ['AFG', 2021, 150], ['IRN', 2014, 200], ['PAK', 2021, 30], ['TJK', 2014, 50], ['TJK', 2021, 5, { flag: 'break', note: 'new series' }]],
    year: 2021,
    of: 'all',
    outcome: { members: ['AFG'], baseline: 100, current: 150, coverage: { expected: 4, with_baseline: 3, with_current: 3, with_both: 1 } },
  },
  'aggregate-years': {
    indicator: {},
    rows: [['AFG', 2014, 100], ['AFG', 2021, 150], ['IRN', 2014, 200], ['IRN', 2019, 220]],
    year: 2021,
    of: 'all',
    outcome: { current: 370, current_years: { from: 2019, to: 2021 }, current_is_latest_available: true, current_rule: 'latest-available' },
  },
  'aggregate-annualised': {
    indicator: {},
    rows: [['AFG', 2014, 100], ['AFG', 2021, 150], ['IRN', 2014, 200], ['IRN', 2019, 220]],
    year: 2021,
    of: 'all',
    outcome: { change: 70, annualised_change: null },
  },
};
