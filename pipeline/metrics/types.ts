/**
 * The shape of metrics.json, declared once. schemas/metrics.schema.json describes the same
 * document; test/metrics/schema.test.ts checks computed metrics against it. Every number is
 * finite or null: null means "not defined" (shown as n/a), never zero.
 */
import type { PillarId, Sex, SourceRef } from '../model.js';

/**
 * How a figure moved between baseline and current, judged by the indicator's direction and
 * tolerance (see `statusOf` in status.ts). 'changed' is used only for neutral indicators whose
 * change is beyond the tolerance: they have no better or worse. 'not-comparable': the change
 * crosses a known series break (a row flagged `break`) and the indicator does not compare across
 * breaks. 'no-baseline': figures, but none for the baseline; 'no-current-data': a baseline but
 * no later figure; 'not-reported': no figure at all up to the edition year.
 */
export type Status =
  | 'improved'
  | 'worsened'
  | 'unchanged'
  | 'changed'
  | 'not-comparable'
  | 'no-baseline'
  | 'no-current-data'
  | 'not-reported';

/** Every status, in the order reports list them. */
export const STATUSES: readonly Status[] = [
  'improved',
  'worsened',
  'unchanged',
  'changed',
  'not-comparable',
  'no-baseline',
  'no-current-data',
  'not-reported',
];

/** How many rows have each status; every status is present, zero when none. */
export type StatusCounts = Record<Status, number>;

/** A flag a partner put on a figure. */
export type Flag = 'estimate' | 'provisional' | 'break';

/** Where the figures of one entity metric came from; a key is absent when no figure was used. */
export interface MetricSources {
  baseline?: SourceRef;
  current?: SourceRef;
  previous?: SourceRef;
  /** The row flagged `break` that the change crosses. */
  break?: SourceRef;
}

/** A known series break between the baseline and the current figure: the row flagged `break`. */
export interface SeriesBreak {
  /** The year of the first figure after the break. */
  year: number;
  /** The row's note: what changed. */
  note: string;
}

/** One indicator for one reporting entity (a country or an organization) and one sex. */
export interface EntityMetric {
  indicator: string;
  /** ISO alpha-3 code of a partner country, or a partner organization's acronym. */
  entity: string;
  entity_type: 'country' | 'organization';
  /** 'total', or a disaggregation; aggregates and status counts use 'total' only. */
  sex: Sex;
  /** The year of the baseline figure actually used (the fallback year when `baseline_fallback`). */
  baseline_year: number | null;
  baseline: number | null;
  /** True when the baseline year had no figure and the indicator's fallback window supplied one. */
  baseline_fallback: boolean;
  current_year: number | null;
  current: number | null;
  /** True when the edition year had no figure and an earlier year's stands in ("latest available"). */
  current_is_latest_available: boolean;
  change: number | null;
  /** change / |baseline|, as a fraction; null when the baseline is 0. */
  relative_change: number | null;
  /** (current / baseline)^(1 / years) - 1; null unless both are positive and the years differ. */
  annualised_change: number | null;
  status: Status;
  /** (current - baseline) / (target - baseline); null without a target (see target.ts). */
  target_progress: number | null;
  /** The current figure as of the previous edition, and the year it is from. */
  previous_year: number | null;
  previous: number | null;
  change_since_previous: number | null;
  baseline_flag: Flag | null;
  current_flag: Flag | null;
  /** The latest known series break the change crosses (a row flagged `break` after the baseline, up to the current year), or null. */
  series_break: SeriesBreak | null;
  /** True when any figure used comes from a file marked illustrative. */
  illustrative: boolean;
  sources: MetricSources;
}

/** The first and the last year a set of figures is from. */
export interface YearSpan {
  from: number;
  to: number;
}

/** Where an aggregate's figures came from: every observation added up, by figure. */
export interface AggregateSources {
  baseline: SourceRef[];
  current: SourceRef[];
  /** The current observations of the previous edition's balanced set. */
  previous: SourceRef[];
}

/** How many of a group's expected entities reported what. */
export interface Coverage {
  expected: number;
  with_baseline: number;
  /** Entities with a current figure the aggregate may use (only the edition year's when the indicator says so). */
  with_current: number;
  /**
   * Entities with both, whose change is comparable: the balanced set every aggregate is computed
   * over (an entity whose change crosses a series break is left out unless the indicator compares
   * across breaks).
   */
  with_both: number;
}

export type GroupType = 'all' | 'region' | 'programme';

/** One indicator added up over a group of entities (sex 'total' only). */
export interface AggregateMetric {
  indicator: string;
  group_type: GroupType;
  /** 'all', an M49 region name (such as 'Asia'), or a priority programme ('RP ANC', 'RP SEE'). */
  group: string;
  aggregation: 'sum' | 'weighted-mean' | 'median';
  /** For weighted means: whether every figure had a denominator; null for other rules and empty sets. */
  weighting: 'denominator' | 'unweighted' | null;
  /** The indicator's baseline year and the edition year; members may have used others (see the spans). */
  baseline_year: number;
  baseline: number | null;
  baseline_fallback: boolean;
  /** The years the members' baseline figures are from; null for an empty balanced set. */
  baseline_years: YearSpan | null;
  current_year: number;
  current: number | null;
  current_is_latest_available: boolean;
  /** The years the members' current figures are from (to is the edition year unless none has its figure); null for an empty balanced set. */
  current_years: YearSpan | null;
  /** Whether the aggregate may add up latest-available figures or only the edition year's (the indicator's `aggregate_current`). */
  current_rule: 'latest-available' | 'edition-year';
  change: number | null;
  relative_change: number | null;
  /** Defined only when no member used a fallback or a latest-available year. */
  annualised_change: number | null;
  status: Status;
  target_progress: number | null;
  /** The aggregate current figure as of the previous edition (over that edition's balanced set). */
  previous: number | null;
  change_since_previous: number | null;
  coverage: Coverage;
  /** Over the group's expected entities, whether or not they are in the balanced set. */
  status_counts: StatusCounts;
  /** The entities of the balanced set, sorted. */
  members: string[];
  /** The observations used for each figure, each sorted by file and line. */
  sources: AggregateSources;
}

/** One indicator's line in a pillar scorecard: its all-partners aggregate. */
export interface ScorecardIndicator {
  indicator: string;
  status: Status;
  coverage: Coverage;
}

/** The state of one pillar of the Vienna Declaration at a glance. */
export interface PillarScorecard {
  pillar: PillarId;
  indicators: number;
  /** Over every entity metric (sex 'total') of the pillar's indicators. */
  status_counts: StatusCounts;
  by_indicator: ScorecardIndicator[];
}

/** Everything the metrics stage computes for one edition. */
export interface Metrics {
  edition: { year: number; previous: number | null };
  /** Sorted by indicator (catalogue order), entity code, then sex (total, female, male). */
  entities: EntityMetric[];
  /** Sorted by indicator (catalogue order), group type (all, region, programme), then group. */
  aggregates: AggregateMetric[];
  /** One per pillar, in pillar order. */
  scorecard: PillarScorecard[];
}
