/**
 * The data passed between stages, declared once. Field names follow the schemas under
 * `schemas/` (snake_case, as the data files write them).
 */

/** Where a value came from: a project-relative file and a 1-based line. */
export interface SourceRef {
  file: string;
  line: number;
}

export type PillarId = 'I' | 'II' | 'III' | 'IV';
export type PriorityProgramme = 'RP ANC' | 'RP SEE' | 'none';
export type PartnerSince = 'original' | 'third-ministerial-2012';

export interface Country {
  iso3: string;
  iso2: string;
  m49: string;
  name: string;
  region: string;
  subregion: string;
  partner_since: PartnerSince;
  priority_programme: PriorityProgramme;
}

/** A partner country's name from a year on (data/reference/country-names.csv); before its first, the name in countries.csv. */
export interface CountryName {
  iso3: string;
  name: string;
  from: number;
}

export interface Organization {
  acronym: string;
  name: string;
  partner_since: PartnerSince;
  /**
   * The acronym the report prints, where its language uses another (ONUDC for UNODC); set only in
   * a language view of the data (edition/reference-language.ts). `acronym` stays the code.
   */
  local_acronym?: string;
}

export interface Pillar {
  id: PillarId;
  number: number;
  title: string;
  short_title: string;
  aims: string[];
}

export interface EwgMeeting {
  number: number;
  topic: string;
  host?: string;
  city: string;
  country: string;
  month: number;
  year: number;
  trifold: boolean;
  pillars: PillarId[];
}

export interface GlossaryEntry {
  acronym: string;
  expansion: string;
  description?: string;
}

/** The units vdr knows without being told, each with its words in pipeline/i18n/. */
export type BuiltinUnit = 'kg' | 'count' | 'percent' | 'days';
/** An indicator's unit: a built-in one, or the id of one declared in data/units.yaml. */
export type Unit = string;

/** A unit as the report prints it: built in, or declared in data/units.yaml. */
export interface UnitDefinition {
  id: string;
  /** The unit's name on chart axes and in the methodology annex ("rate per 100,000 population"); built-in units take theirs from pipeline/i18n/. */
  name: string;
  /** Printed after a figure ("USD", "per 100,000"); absent: the figure stands alone. Built-in units take theirs from pipeline/i18n/. */
  symbol?: string;
  /** How a change is printed: in the unit itself, or in percentage points (a percentage). */
  change: 'difference' | 'percentage-points';
  /** Decimals of figures in this unit whose indicator sets none (default 0). */
  decimals?: number;
  /** Whether vdr knows it without data/units.yaml (its words are then the report language's). */
  builtin: boolean;
}
/** Where an indicator sits in the report: one of the pillars, or the context (cross-cutting, outside the pillars). */
export type IndicatorPillar = PillarId | 'context';
/**
 * What the figures of an observations file are (data/datasets.yaml `kind`): reported by partners,
 * compiled from a named public source, estimated, or illustrative (generated, not real).
 */
export type ProvenanceKind = 'reported' | 'compiled' | 'estimated' | 'illustrative';
export type Direction = 'higher-is-better' | 'lower-is-better' | 'neutral';
export type Aggregation = 'sum' | 'weighted-mean' | 'median';

export interface Indicator {
  id: string;
  pillar: IndicatorPillar;
  title: string;
  definition: string;
  unit: Unit;
  reported_by: 'country' | 'organization';
  direction: Direction;
  aggregation: Aggregation;
  baseline_year: number;
  baseline_fallback_years?: number;
  tolerance?: number;
  bounds: { min: number; max?: number };
  decimals?: number;
  target?: { value: number; year: number };
  source: string;
  /**
   * Which current figures an aggregate may add up: each member's latest available (the default),
   * or only figures of the edition year itself.
   */
  aggregate_current?: 'latest-available' | 'edition-year';
  /** Whether a change across a known series break may be judged improved or worsened (default false: 'not-comparable'). */
  compare_across_breaks?: boolean;
  /** The thresholds of `vdr validate`'s plausibility warnings (validate/plausibility/); each absent one has its default there. */
  plausibility?: PlausibilityThresholds;
}

/** An indicator's thresholds for the plausibility warnings, as data/indicators.yaml gives them. */
export interface PlausibilityThresholds {
  /** A count or quantity (ratio scale): a figure more than this many times, or less than this fraction of, the partner's figure before it. */
  jump_factor?: number;
  /** A percentage: a change of more than this many percentage points from the partner's figure before it. */
  jump_points?: number;
  /** How far (in robust standard deviations: median and MAD) a figure may lie from the partner's own series. */
  outlier_score?: number;
  /** How many years without a figure or a missing_reason make a gap, or a stop, worth a warning. */
  gap_years?: number;
  /** Figures confirmed as right after a jump or outlier warning: no longer warned of. */
  checked?: { country: string; year: number; note: string }[];
}

export type Sex = 'total' | 'female' | 'male';
export type MissingReason = 'not-reported' | 'not-applicable' | 'confidential' | 'not-collected';

/**
 * One row of an observations file, typed, with the place it came from (its `file` and `line`,
 * held on the row itself: a million rows need no million small objects).
 */
export interface Observation extends SourceRef {
  indicator: string;
  /** The reporting entity: an ISO alpha-3 code, or an organization's acronym. */
  country: string;
  year: number;
  /** Absent when the row reports a missing value (then `missing_reason` is set). */
  value?: number;
  unit?: string;
  sex: Sex;
  denominator?: number;
  /** A figure's standing: an estimate, provisional, or the first figure after a known series break (its note says what changed). */
  flag?: 'estimate' | 'provisional' | 'break';
  missing_reason?: MissingReason;
  source?: string;
  note?: string;
  /** What the figures of the file it came from are (data/datasets.yaml `kind`). */
  kind: ProvenanceKind;
}

/** An observations file as data/datasets.yaml names it: what its figures are and where they come from. */
export interface ObservationSource {
  /** Project-relative path, such as data/observations/pillar-1.csv. */
  file: string;
  pillar: IndicatorPillar;
  kind: ProvenanceKind;
  /** The named source (required for compiled figures). */
  source?: string;
}

export interface ReferenceData {
  countries: Country[];
  organizations: Organization[];
  pillars: Pillar[];
  ewgMeetings: EwgMeeting[];
  glossary: GlossaryEntry[];
  /** Names partners have had since countries.csv's, each from a year on (empty when the project has none). */
  countryNames: CountryName[];
  /** The reference data in other languages, from data/reference/translations/<language>.yaml (absent: none). */
  translations?: Partial<Record<Language, ReferenceTranslation>>;
  /**
   * The names of regions and subregions in the view's language, by their name in countries.csv;
   * set only in a language view (the English names stay the groups' codes, as metrics use them).
   */
  regionNames?: Record<string, string>;
}

/**
 * The reference data in one language other than English (data/reference/translations/<language>.yaml,
 * schemas/reference-translations.schema.json), checked: every key names an entry of the English
 * files, and each pillar has as many aims as in pillars.yaml. Every section and field is optional.
 */
export interface ReferenceTranslation {
  language: Language;
  /** Project-relative path of the file. */
  file: string;
  /** Made for the sample, not edited by UN translation services. */
  sample: boolean;
  /** United Nations short names by ISO3. */
  countries: Record<string, string>;
  /** Region and subregion names, by their English name in countries.csv. */
  regions: Record<string, string>;
  /** By acronym (organizations.csv); `acronym` where the language uses another. */
  organizations: Record<string, { name?: string; acronym?: string }>;
  /** By pillar id; `aims` as many and in the order of pillars.yaml. */
  pillars: Partial<Record<PillarId, { title?: string; short_title?: string; aims?: string[] }>>;
  /** By acronym (glossary.yaml); `acronym` where the language uses another. */
  glossary: Record<string, { expansion?: string; description?: string; acronym?: string }>;
  /** By indicator id (indicators.yaml). */
  indicators: Record<string, { title?: string; definition?: string; source?: string }>;
  /** By meeting number (ewg-meetings.csv). */
  ewg_meetings: Record<string, { topic?: string; city?: string }>;
}

/** What a language view of the data (edition/reference-language.ts) is, for the notes the report prints. */
export interface DatasetLanguage {
  language: Language;
  /** Whether the names come from a translation made for the sample (not edited by UN translation services). */
  sample: boolean;
  /** ISO3 of the partners whose name is CLDR's (Intl.DisplayNames), the translation giving none; sorted. */
  namesFromCldr: string[];
}

/** Everything under data/, loaded and checked. */
export interface Dataset {
  window: { first: number; last: number };
  reference: ReferenceData;
  indicators: Indicator[];
  /** Every unit an indicator may have, by id: the built-in ones and those of data/units.yaml. */
  units: Record<string, UnitDefinition>;
  observations: Observation[];
  /** The observations files, in the order data/datasets.yaml names them. */
  sources: ObservationSource[];
  /** Project-relative paths of every file read, in a stable order. */
  files: string[];
  /** Set in a language view of the data (edition/reference-language.ts): its language; absent: the data as written (English). */
  language?: DatasetLanguage;
}

/** The six official languages of the United Nations, as BCP 47 tags. */
export type Language = 'en' | 'fr' | 'es' | 'ru' | 'ar' | 'zh';

/** An edition's language other than its source language, from edition.yaml's `translations`. */
export interface EditionTranslation {
  title: string;
  subtitle?: string;
  /** The source chapters translated: all, or a list; the others are given in the source language. */
  chapters: 'all' | string[];
  /** Made for a sample, not edited by UN translation services: the report says so. */
  sample?: boolean;
  /** The digits the report writes numbers in (default latn, 0-9; arab: Arabic-Indic). */
  digits?: 'latn' | 'arab';
}

/** One edition (reporting year) of the report, from content/<year>/edition.yaml. */
export interface Edition {
  year: number;
  title: string;
  subtitle?: string;
  /** The source language: the one the chapters are written in. */
  language: Language;
  /** The edition's other languages (SPEC 12), each with its title and the chapters translated. */
  translations?: Partial<Record<Language, EditionTranslation>>;
  status: 'baseline' | 'progress';
  /** The edition compared with for "change since the previous edition", if any. */
  previous?: number;
  chapters: string[];
  /** How the published SDMX-CSV codes REF_AREA for a partner country (default iso3). */
  sdmx?: { ref_area?: 'iso3' | 'm49' };
}
