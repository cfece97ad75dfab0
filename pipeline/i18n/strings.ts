/**
 * Every user-facing string of the generated parts of the report, declared once. One object per
 * language implements it (en.ts); the content and HTML stages never write a word of the report
 * themselves. Strings that take values are functions, so each language can place and inflect
 * them as its grammar needs (plural forms through Intl.PluralRules, word order).
 */
import type { Place } from '../diagnostics/message.js';
import type { Aggregation, BuiltinUnit, Direction, PartnerSince, PriorityProgramme, ProvenanceKind } from '../model.js';
import type { CountingRuleId } from '../metrics/rules.js';
import type { Flag, Status } from '../metrics/types.js';
import type { ChartStrings } from './charts/strings.js';

/** A place in a file, its numbers printed in the report's digits ("12", "١٢"). */
export type PrintedPlace = { [K in keyof Place]: string };

/** How a value with a unit is written: "1,234.5 kg", "12 days", "58.4%". */
export type UnitWords = (formatted: string, plural: Intl.LDMLPluralRule) => string;

export interface Strings {
  /** Every word the charts draw (titles, axes, legends, status names, descriptions, map labels): pipeline/i18n/charts/. */
  charts: ChartStrings;

  /** BCP 47 tag for <html lang>. */
  lang: string;
  /** Locale for Intl.NumberFormat, Intl.DateTimeFormat and Intl.PluralRules. */
  locale: string;
  dir: 'ltr' | 'rtl';
  /** The language's name in itself ("Français", "العربية"), for the editions index and the language links. */
  languageName: string;

  // An edition in several languages (SPEC 12).
  /** The heading over the links to the report in its other languages. */
  otherLanguages: string;
  /** Over a chapter given in the source language because it is not translated: "This chapter is not translated; it is given in English." */
  notTranslated: (sourceLanguageName: string) => string;
  /** A draft's mark on a paragraph whose source text changed after it was translated. */
  staleTranslation: string;
  /** On the cover and in the annexes of a language whose words were translated for the sample, not by UN translation services. */
  sampleTranslation: string;
  /** Under the partner-countries annex: names not from the project's list come from CLDR (Intl.DisplayNames). */
  namesFromCldr: string;

  // Labels of numbered things.
  chapter: (number: string) => string;
  section: (number: string) => string;
  figure: (number: string) => string;
  table: (number: string) => string;
  annex: (number: string) => string;
  /** "Figure 3.2: Heroin seized" in a caption. */
  captioned: (label: string, title: string) => string;

  /**
   * What goes before an acronym's expansion on its first use, by the grammar of the language:
   * in English, "the" where the written-out name of an organization needs it ("including
   * UNODC" becomes "including the United Nations Office on Drugs and Crime (UNODC)").
   */
  acronymLead: (acronym: string, context: { previousWord: string | undefined; sentenceStart: boolean }) => string;

  // Punctuation.
  /**
   * The brackets around an aside, as the language writes them: `open` holds the space before it
   * where the language puts one (" (" in English, "（" in Chinese). An acronym's first use is
   * written "name" + open + acronym + close.
   */
  parenthesis: { open: string; close: string };
  /** Between the items of a list that may hold commas (notes, sources): "; " in English, "\u202f; " in French, "；" in Chinese, "؛ " in Arabic. */
  listSeparator: string;
  /** A figure with its notes: "26 (latest available: 2020; series break in 2019)". */
  withNotes: (text: string, notes: readonly string[]) => string;

  // The generated parts.
  contents: string;
  listOfFigures: string;
  listOfTables: string;
  glossary: string;
  glossaryIntro: string;
  references: string;
  referencesIntro: string;
  footnotes: string;
  footnoteBack: (reference: string) => string;
  skipToContent: string;
  navigation: string;
  navigationToggle: string;
  figuresBehindChart: string;
  /** Over a map's partners listed by status (or programme), shown instead of the map on a narrow screen. */
  mapAsList: string;
  /** A group of that list: "Improved (24)". */
  mapListGroup: (label: string, count: string) => string;
  sourceNote: (source: string) => string;
  tableSourcesLink: string;
  /** The link, beside a figure's source note or under a table, that downloads its data as CSV. */
  dataDownload: string;
  /** The link, under the lists of figures and tables, that downloads the data of all of them as one CSV. */
  dataDownloadAll: string;
  scrollableFigure: (label: string) => string;
  /** The name of the scrolling region around a table an author wrote (it has no caption). */
  authorTable: string;
  onlineDocument: (symbol: string) => string;

  // Cover.
  coverOrganization: string;
  coverInitiative: string;
  /** The year comes printed as the report writes years ("2021"). */
  coverEdition: (year: string, status: 'baseline' | 'progress') => string;
  illustrativeNote: string;
  /** What the figures of an observations file are: "reported by partners", "compiled from {source}". */
  kinds: Record<ProvenanceKind, (source: string | undefined) => string>;
  /** The cover's note on figures that are not all illustrative, from the kinds in words. */
  figuresNote: (kinds: readonly string[]) => string;
  /** Under a figure or table of a report that mixes kinds: "Figures reported by partners." */
  figuresAre: (kinds: readonly string[]) => string;
  draftMark: string;

  // The printed page number, with {page} and {pages} where the printer puts the numbers.
  pageNumber: string;
  /** How a cross-reference gives its target's page in print, with {page} where the number goes: "(p. {page})". */
  pageReference: string;

  // A draft's "What changed" section.
  whatChanged: {
    title: string;
    /** Counts come printed in the report's number format ("1,020"). */
    summary: (figures: string, paragraphs: string, chapters: string) => string;
    nothing: string;
    allPartnerFigures: string;
    otherFigures: (figures: string) => string;
    columns: { field: string; old: string; new: string };
    added: string;
    removed: string;
    changed: string;
    /** Line numbers come printed in the report's digits, without grouping ("1204"). */
    line: (line: string) => string;
    chapterSummary: (added: string, removed: string, changed: string) => string;
    /** The measures compared, as a table row names them. */
    measures: { baseline: string; current: string; change: string; relative_change: string; status: string; coverage: string };
    /** Where one side has no such figure (an added or removed one). */
    none: string;
    /** After a figure only the newer side has, or only the older. */
    figureAdded: string;
    figureRemoved: string;
    /** An entity's figure for one sex: "Afghanistan, female". */
    sexed: (entity: string, sex: 'female' | 'male') => string;
    /** Coverage compared: "45 of 58 with both (50 with a baseline, 47 with a current figure)". */
    coverage: (ofTotal: string, withBaseline: string, withCurrent: string) => string;
    /** The heading over the figures, and over the text. */
    figuresHeading: string;
    textHeading: string;
    /** Printed under the text heading: paragraphs added or removed whole are shortened in print. */
    wholeParagraphsShortened: string;
    /** Where a removed paragraph was, in the version compared with. */
    oldLine: (line: string) => string;
    /** A chapter the other side does not have. */
    chapterAdded: string;
    chapterRemoved: string;
    /** In print, instead of a long list of other figures. */
    otherFiguresNotPrinted: (figures: string) => string;
    /** The screen reader's words before inserted and deleted text, which have no sound of their own. */
    insertedMark: string;
    deletedMark: string;
  };

  // Draft banner and build stamp.
  draftBannerTitle: string;
  /** Counts come printed in the report's number format, as in the rest of these words. */
  draftBannerIntro: (errors: string, warnings: string) => string;
  draftBannerNone: string;
  draftBannerList: (count: string) => string;
  draftChapter: string;
  buildStamp: (stamp: { edition: string; commit?: string; dataFingerprint: string; buildTime: string }) => string;
  severity: Record<'error' | 'warning', string>;
  fixLabel: string;
  /** What stands in the text where a directive has a problem (drafts only reach readers). */
  contentErrorInline: (problem: string, place?: PrintedPlace) => string;
  chartMissing: (id: string) => string;

  /** The text alternative of a chart whose author wrote none (the charts stage adds what the data says). */
  chartDescriptions: Record<
    'baseline-current' | 'time-series' | 'status-by-pillar' | 'partner-map' | 'coverage-grid' | 'ewg-timeline',
    (indicator: string) => string
  >;

  // Figures.
  notAvailable: string;
  latestAvailable: (year: string) => string;
  baselineFrom: (year: string) => string;
  /** An aggregate's current figure drawn from several years: "2021 or latest available, 2016–2021" (to is the edition year) or "latest available, 2016–2020". */
  aggregateYears: (edition: string, span: string, includesEdition: boolean) => string;
  /** How many of the expected reporters an aggregate covers: "52 of 58 partner countries". */
  aggregateCoverage: (count: string, total: string, reporters: string) => string;
  /** A change that crosses a series break: "series break in 2020: border seizures only". */
  seriesBreak: (year: string, note: string) => string;
  ofTotal: (count: string, total: string) => string;
  units: Record<BuiltinUnit, UnitWords>;
  percentagePoints: UnitWords;
  percent: (formatted: string) => string;
  statuses: Record<Status, string>;
  flags: Record<Flag, string>;
  allPartners: string;
  yes: string;
  no: string;

  // Metric fields, for provenance and table headers.
  fields: {
    baseline: string;
    current: string;
    change: string;
    relative_change: string;
    annualised_change: string;
    target_progress: string;
    change_since_previous: string;
    baseline_year: string;
    current_year: string;
    status: string;
    coverage: string;
    statusCount: (status: string) => string;
  };

  // Indicator and entity tables.
  columns: {
    entity: string;
    indicator: string;
    group: string;
    baseline: (year: string) => string;
    current: (year: string) => string;
    change: string;
    relativeChange: string;
    status: string;
    coverage: string;
  };
  coverageNote: string;
  /** Under a table of aggregates with spans of years: what the span says. */
  aggregateYearsNote: (edition: string) => string;
  /** Under a table of partners: those that reported nothing up to the edition year. */
  notReportedNote: (names: string[], edition: string) => string;

  // Annexes.
  annexes: {
    partnerCountries: string;
    partnerCountriesIntro: (count: string) => string;
    partnerOrganizations: string;
    partnerOrganizationsIntro: (count: string) => string;
    ewgMeetings: string;
    ewgMeetingsIntro: (count: string) => string;
    methodology: string;
    methodologyIntro: string;
    dataTables: string;
    dataTablesIntro: string;
    dataTableCaption: (pillar: string) => string;
    sources: string;
    sourcesIntro: string;
    /** In the printed edition, said instead of the list, which is left out of print. */
    sourcesPrintNote: string;
    sourcesIllustrative: string;
    /** The sources annex's list of the observation files behind the figures, with what each holds. */
    sourcesFiles: string;
  };
  countryColumns: { name: string; iso3: string; region: string; subregion: string; partnerSince: string; programme: string };
  organizationColumns: { acronym: string; name: string; partnerSince: string };
  ewgColumns: { number: string; topic: string; host: string; city: string; country: string; date: string; trifold: string; pillars: string };
  partnerSince: Record<PartnerSince, string>;
  programme: Record<PriorityProgramme, string>;
  pillarTitle: (id: string, title: string) => string;
  /** The heading of the indicators outside the pillars (pillar: context) in the annexes. */
  contextTitle: string;

  // Methodology.
  methodology: {
    definition: string;
    unit: string;
    reportedBy: string;
    direction: string;
    aggregation: string;
    baselineYear: string;
    baselineFallback: (years: string) => string;
    target: string;
    targetValue: (value: string, year: string) => string;
    noTarget: string;
    tolerance: string;
    source: string;
    /** How an indicator's aggregates take current figures (its `aggregate_current`). */
    aggregateCurrent: string;
    aggregateCurrentRule: Record<'latest-available' | 'edition-year', string>;
    /** Shown for an indicator whose changes across a series break are still judged. */
    breaks: string;
    breaksCompared: string;
    roundingTitle: string;
    roundingRule: string;
    countingTitle: string;
    countingIntro: string;
    /** The counting rules (pipeline/metrics/rules.ts), each a title and its words; the README prints the English ones. */
    countingRules: Record<CountingRuleId, { title: string; text: string }>;
  };
  unitNames: Record<BuiltinUnit, string>;
  directions: Record<Direction, string>;
  aggregations: Record<Aggregation, string>;
  reportedBy: Record<'country' | 'organization', string>;

  // Sources annex.
  sourceColumns: { entry: string; figure: string; where: string };
  sourceLines: (file: string, lines: string, count: number) => string;
  sourceReference: (file: string) => string;
  sourceMetricTitle: (what: string, entry: string) => string;
  /** A figure's link as a screen reader names it: what it shows, what it is, and that it leads to the source ("58: Partner countries, ..., source"). */
  sourceMetricName: (text: string, what: string) => string;
  sourceNone: string;
  sourceTable: (label: string) => string;
  sourceFigure: (label: string) => string;
  /** What each :fact counts, for its entry in the sources annex. */
  facts: Record<
    'partner-countries' | 'partner-organizations' | 'pillars' | 'indicators' | 'ewg-meetings' | 'trifold-meetings' | 'rp-anc-countries' | 'rp-see-countries',
    string
  >;
  factUntil: (what: string, year: string) => string;
  /** "Heroin seized, Afghanistan, current (2021)". */
  sourceMetric: (indicator: string, entity: string, field: string, years: string) => string;

  /**
   * What :trend writes for the direction of a change: as a verb ("seizures rose") or a noun
   * phrase ("a rise in seizures"). 'flat' is a change within the indicator's tolerance.
   */
  trends: Record<TrendForm, Record<'rise' | 'fall' | 'flat', string>>;
  /** What :trend writes for a change across a series break, which has no direction to state. */
  trendNotComparable: Record<TrendForm, string>;
  /** The title of a :trend's link: what the change is, and the change itself ("+28,845.6 kg (+51.4%)"). */
  trendTitle: (what: string, change: string) => string;

  /** A partner's brief (pipeline/briefs/html.ts). */
  brief: BriefWords;

  /** The words the prose check of the chapters reads (pipeline/content/prose.ts). */
  prose: {
    /** Words that say a figure went up, in lower case: verbs in every form and nouns ("rose", "increase"). */
    rise: readonly string[];
    /** Words that say a figure went down. */
    fall: readonly string[];
    /** Words after which a number is a name, not a quantity: "resolution 56/3", "Article 3", "paragraphs 9 to 11". */
    numberedNames: readonly string[];
    /** Words that join numbers into a list or a range: "9 to 11", "21 and 22 May". */
    joiners: readonly string[];
    /** The report's own numbered parts ("Figure 3.2"), whose numbers come from :ref. */
    crossReferences: readonly string[];
    /** Whether digits followed by letters are an ordinal ("26th"). */
    isOrdinal: (token: string) => boolean;
  };
}

/** A language's words without the charts' (pipeline/i18n/charts/), as each language file writes them. */
export type Words = Omit<Strings, 'charts'>;

/** The forms :trend writes a direction in. */
export type TrendForm = 'verb' | 'noun';

/**
 * The words of a partner's brief (pipeline/briefs/html.ts), beside those it shares with the report
 * (statuses, flags, column names, the notes on figures). Numbers and years come printed.
 */
export interface BriefWords {
  /** Over the partner's name: "Partner brief". */
  kicker: string;
  /** The page's title: "Afghanistan: partner brief, Implementing the Vienna Declaration 2021". */
  documentTitle: (name: string, report: string, year: string) => string;
  /** Under the name: "2021 edition of Implementing the Vienna Declaration". */
  edition: (report: string, year: string) => string;
  /** The facts under the name. */
  facts: { type: string; code: string };
  types: Record<'country' | 'organization', string>;
  /** A draft's banner, under the report's draft title. */
  draftNote: string;
  /** A partner expected to report indicators, none with a figure: "None of the 17 indicators ... has a figure up to 2021." */
  noFigures: (expected: string, year: string) => string;
  /** An organization with no row in the data. */
  notExpected: string;
  /** The heading over a pillar's charts and tables is the report's pillarTitle; the chart's caption: */
  chartCaption: (pillar: string, name: string) => string;
  /** The caption of a pillar's table: each year's figure, the change since the baseline, the status. */
  figuresCaption: (pillar: string, name: string) => string;
  /** Under the table: what the figures are in, how the baseline and current figure are marked, what a dash means, the flags' marks ("e estimate, p provisional"). */
  yearsNote: (noRow: string, marks: string) => string;
  /** A year without any row in the data. */
  noRow: string;
  /** A row header with its unit: "Heroin seizures (kilograms)". */
  withUnit: (title: string, unit: string) => string;
  /** A flag's mark after a figure, short (a letter or a character): estimate, provisional, series break. */
  flagMarks: Record<Flag, string>;
  /** One flag with its year: "estimate (2014)". */
  flagInYear: (flag: string, year: string) => string;
  /** Why a figure is missing, as the data's missing_reason says. */
  missingReasons: Record<'not-reported' | 'confidential' | 'not-applicable' | 'not-collected', string>;
  /** A year's figure, in a figure's description for its source link: "figure". */
  yearField: string;
  /** The comparison with the partner's groups. */
  comparison: {
    title: string;
    intro: string;
    caption: (name: string) => string;
    /** An aggregate's coverage in its cell: "coverage: 52 of 58". */
    coverage: (ofTotal: string) => string;
    /** Under the table: where the aggregates' own sources are. */
    note: string;
  };
  /** The EWG meetings the partner hosted. */
  meetings: {
    title: string;
    /** What a country's meetings are: those held in it. */
    countryIntro: (name: string, year: string) => string;
    /** What an organization's meetings are: those it hosted. */
    organizationIntro: (name: string, year: string) => string;
    none: string;
    caption: (name: string) => string;
  };
  /** What is missing. */
  missing: {
    title: string;
    intro: (year: string) => string;
    none: string;
    /** What an indicator lacks, by its status. */
    what: Record<'not-reported' | 'no-baseline' | 'no-current-data', (year: string) => string>;
    /** Before the reasons the data gives, each with its year: "Reasons given in the data:". */
    reasons: string;
    noReason: string;
  };
  /** The sources of the figures. */
  /** The verification list of a brief made with --verify (issue 21). */
  verification: {
    title: string;
    /** What the list is, and the packet workbook (its file name) to confirm or correct them in. */
    intro: (file: string) => string;
    /** What the figures are compared with: the edition's last published version, an earlier edition (its year), or nothing. */
    against: { published: string; 'previous-edition': (year: string) => string; nothing: string };
    /** When nothing is new or changed. */
    none: string;
    caption: (name: string) => string;
  };
  sources: {
    /** After a file's name, before its line numbers: ", lines". */
    lines: string;
    title: string;
    intro: string;
    none: string;
  };
}
