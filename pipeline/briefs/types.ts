/**
 * The shape of a partner brief as data (model.ts makes it, html.ts prints it), declared once.
 * Every figure is the one of metrics.json, or for a year's figure the observation itself, with
 * the file and line it came from; nothing here is worded, so one brief prints in any language.
 */
import type {
  EwgMeeting,
  Indicator,
  IndicatorPillar,
  MissingReason,
  ObservationSource,
  PartnerSince,
  Pillar,
  PriorityProgramme,
  Sex,
  SourceRef,
  UnitDefinition,
} from '../model.js';
import type { AggregateMetric, EntityMetric, Flag, GroupType, Status } from '../metrics/types.js';

/** A partner that gets a brief: a country by its ISO3 code, or an organization by its acronym. */
export interface PartnerId {
  type: 'country' | 'organization';
  code: string;
}

/** One year's figure of the window, as the observations file gives it. */
export interface BriefYear {
  year: number;
  /** The figure; null when the year has no row, or a row without a value. */
  value: number | null;
  flag: Flag | null;
  /** The reason the data gives for a row without a value. */
  missing_reason: MissingReason | null;
  note: string | null;
  /** The row the figure (or its missing reason) is on; null when the year has no row. */
  source: SourceRef | null;
}

/** A mark on one of a row's figures: a flag the partner put on it, or a reason it is missing. */
export type BriefFlag =
  | { kind: Flag; year: number; note: string | null; source: SourceRef }
  | { kind: 'missing'; year: number; reason: MissingReason; source: SourceRef };

/** One row of an indicator's figures: its total, or a disaggregation (female, male). */
export interface BriefRow {
  sex: Sex;
  /** The row of metrics.json, unchanged: baseline, current, change, relative change, status, flags, sources. */
  metric: EntityMetric;
  /** Each year of the window up to the edition year, in order. */
  years: BriefYear[];
  /** Every flag and missing reason of the years shown, in year order. */
  flags: BriefFlag[];
}

/** An aggregate the partner is compared with: its region, its priority programme, or all partners. */
export interface BriefComparison {
  group_type: GroupType;
  /** 'all', a region's name as countries.csv writes it (the group's code), or a programme. */
  group: string;
  /** The row of metrics.json, unchanged (with its coverage). */
  aggregate: AggregateMetric;
}

/** One indicator the partner is expected to report (or reports). */
export interface BriefIndicator {
  /** In the language of the data the brief was made from. */
  indicator: Indicator;
  unit: UnitDefinition;
  /** The total first, then any disaggregation, as metrics.json orders them. */
  rows: BriefRow[];
  /** The aggregates of the partner's groups (those metrics.json has), in the order region, programme, all. */
  comparisons: BriefComparison[];
}

/** The indicators of one pillar (or of the context), with the pillar as the data names it. */
export interface BriefPillar {
  id: IndicatorPillar;
  /** Absent for the context (indicators outside the pillars). */
  pillar?: Pillar;
  indicators: BriefIndicator[];
}

/** An indicator without a baseline or a current figure, and the reasons the data gives. */
export interface BriefMissing {
  indicator: string;
  title: string;
  /** What is missing: every figure, the baseline, or every figure after it. */
  status: Extract<Status, 'not-reported' | 'no-baseline' | 'no-current-data'>;
  /** The rows without a value of the window up to the edition year, in year order. */
  reasons: { year: number; reason: MissingReason; source: SourceRef }[];
}

/**
 * An Expert Working Group meeting the partner hosted: for a country, a meeting held in it (the
 * meeting's `country`); for an organization, one whose `host` is its acronym (letter case aside).
 */
export interface BriefMeeting {
  meeting: EwgMeeting;
  /** The name of the country it was held in, in the data's language (its code when not a partner). */
  countryName: string;
  matchedOn: 'country' | 'host';
}

/** Everything one partner's brief shows, for one edition. */
export interface PartnerBrief {
  partner: PartnerId;
  edition: { year: number; previous: number | null };
  /** The years the brief shows: the data's first year to the edition year. */
  years: { first: number; last: number };
  /** A country's name (as of the edition year, in the data's language), or an organization's. */
  name: string;
  /** An organization's acronym as its language prints it; a country's ISO3 code. */
  shortName: string;
  partnerSince: PartnerSince;
  /** Countries only. */
  programme?: PriorityProgramme;
  /** Countries only: the group's code (countries.csv's name) and its name in the data's language. */
  region?: { code: string; name: string };
  subregion?: { code: string; name: string };
  /** In catalogue order, by pillar order (context last); pillars without an indicator are left out. */
  pillars: BriefPillar[];
  /** Whether any indicator has a figure up to the edition year. */
  hasFigures: boolean;
  /** How many indicators the partner is expected to report. */
  expected: number;
  meetings: BriefMeeting[];
  missing: BriefMissing[];
  /** Every row the brief's figures and missing reasons are on, each once, by file then line. */
  sources: SourceRef[];
  /** The observations files behind them, in data/datasets.yaml order (all of them when there is none). */
  files: ObservationSource[];
  /** Whether the names come from a translation made for the sample (the data's language view). */
  sampleTranslation: boolean;
}
