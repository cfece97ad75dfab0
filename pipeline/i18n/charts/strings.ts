/**
 * Every word the charts draw or put in a figure's table and description: legends, axis titles,
 * table captions and columns, sources, the map's disclaimer, key and panel titles. One object per
 * language beside this file (en.ts, fr.ts, ...); pipeline/i18n/index.ts joins each to its
 * language's other words. Words the report already has are not repeated here: status names
 * (`Strings.statuses`, capitalised for legends), flags, pillar titles, yes and no.
 * Strings that take values are functions, so each language orders and inflects them as its
 * grammar needs; numbers and years come printed in the language's digits, counts as `Count`
 * (the number, for plural forms, and how it is printed).
 */
import type { BuiltinUnit, PriorityProgramme } from '../../model.js';

/** A count as a chart string takes it: its value, for Intl.PluralRules, and its text, as Intl printed it. */
export interface Count {
  n: number;
  text: string;
}

/** What the coverage grid shows in a cell. */
export type CoverageWord = 'reported' | 'estimate' | 'provisional' | 'missing' | 'not-applicable' | 'no-data';

export interface ChartStrings {
  /** A unit as an axis title or a caption names it: "kg", "%", "number". */
  units: Record<BuiltinUnit, string>;
  /** A title with its unit: "Heroin seized (kg)". */
  withUnit: (title: string, unit: string) => string;
  /** Names in a sentence: "A, B and C". */
  list: (names: readonly string[]) => string;
  /** Between the items of a plain list in a table cell or a description: ", ". */
  separator: string;
  /** A pillar's number on the line above its title: "Pillar I:". */
  pillarNumber: (id: string) => string;
  /** A name shortened for the map's key: without its parenthetical part ("Iran (Islamic Republic of)" to "Iran"). */
  shortName: (name: string) => string;

  /** Legend labels of the priority programmes on the map, and of the countries outside the partnership. */
  programmes: Record<PriorityProgramme, string>;
  nonPartner: string;

  /** The kinds of figure in a time series' legend other than the flags (`Strings.flags`). */
  figureReported: string;
  figureAfterBreak: string;

  baselineCurrent: {
    /** The open circle's legend label: "Baseline (2014)". */
    baseline: (year: string) => string;
    /** The year of the current figures: "2021", or "2021 or latest available (2016–2021)". */
    figureIn: (year: string, earliest: string | undefined) => string;
    legendTitle: (figureIn: string) => string;
    caption: (indicator: string, baselineYear: string, year: string) => string;
    columns: { entity: string; baselineYear: string; baseline: string; currentYear: string; current: string; change: string; status: string };
    describe: (d: { entities: Count; withoutBaseline: Count; withoutCurrent: Count; year: string; notShown: readonly string[]; logarithmic: boolean }) => string;
  };

  timeSeries: {
    /** The legend's title: the unit, and the baseline year's dashed line when it is drawn. */
    legendTitle: (unit: string, baselineYear: string | undefined) => string;
    caption: (indicator: string, unit: string, first: string, last: string) => string;
    columns: { entity: string; flagged: string };
    /** A year whose figure is flagged, in the table: "2019 (estimate)". */
    flaggedYear: (year: string, flag: string) => string;
    describe: (d: { panels: Count; first: string; last: string; shared: boolean }) => string;
  };

  statusByPillar: {
    legendTitle: (year: string) => string;
    /** The count axis, for bars per indicator of one pillar, and per pillar. */
    axisIndicators: string;
    axisPillars: string;
    captionPillar: (id: string, title: string, year: string) => string;
    captionAll: (year: string) => string;
    columns: { indicator: string; pillar: string; total: string };
    describe: string;
    source: string;
  };

  coverageGrid: {
    /** Legend labels, with the cell's mark in brackets. */
    legend: Record<CoverageWord, string>;
    /** The mark in a cell: a letter for estimates and provisional figures, "?" and "–". */
    marks: { estimate: string; provisional: string; missing: string; notApplicable: string };
    /** A cell in the table, where `Strings.flags` and `Strings.statuses` do not say it. */
    cells: { reported: string; notApplicable: string; noRow: string; notReportedBecause: (reason: string) => string };
    legendTitle: (year: string) => string;
    caption: (year: string) => string;
    columns: { country: string };
    describe: (d: { countries: Count; indicators: Count; year: string; reported: Count; estimates: Count; provisional: Count; missing: Count; notApplicable: Count; noRow: Count }) => string;
    source: string;
  };

  ewgTimeline: {
    formats: { trifold: string; single: string };
    caption: (first: string, last: string) => string;
    columns: { number: string; topic: string; host: string; city: string; country: string; month: string; year: string; pillars: string; trifold: string };
    describe: (d: { meetings: Count; from: string; to: string; perPillar: readonly { id: string; count: Count }[] }) => string;
    source: string;
  };

  partnerMap: {
    /** The United Nations' standard map disclaimer. */
    disclaimer: string;
    /** The region an overview shows, and the panels' titles. */
    overviewRegion: string;
    overviewTitle: (region: string) => string;
    insetTitle: (title: string) => string;
    /** Where a partner is drawn, in the table and the description. */
    where: { main: string; overview: string; inset: (title: string) => string; notDrawn: string };
    legendStatus: (indicator: string, year: string) => string;
    legendProgramme: string;
    keyTitle: string;
    captionStatus: (indicator: string, year: string) => string;
    captionProgramme: string;
    columns: { country: string; code: string; programme: string; status: (year: string) => string; drawnIn: string; codeShown: string };
    codeShown: { yes: string; no: string };
    /** An inset as the description names it, with its partners. */
    insetWithNames: (title: string, names: readonly string[]) => string;
    overviewInset: string;
    describe: (d: { focus: 'all' | PriorityProgramme; insets: readonly string[]; byStatus: boolean; partly: readonly string[]; unlabelled: readonly string[] }) => string;
    source: (indicatorSource: string | undefined, disclaimer: string) => string;
  };

  partnerPillar: {
    /** The key over the rows: the open circle and the symbol of the current figure. */
    keyBaseline: string;
    keyCurrent: string;
    /**
     * A row's figures, printed, baseline first: "3,689.1 to 4,380.8"; across a series break, side by
     * side without a word of change ("3,689.1; 4,380.8"); one figure alone when the other is missing.
     */
    figures: (baseline: string | undefined, current: string | undefined, comparable: boolean) => string;
    /** A row's status and the years of its figures: "Improved, 2014–2021"; the years alone may be one year or none. */
    statusLine: (status: string, from: string | undefined, to: string | undefined) => string;
    /** A row's status across a series break: "Series break in 2019: not comparable". */
    seriesBreak: (year: string) => string;
    /**
     * What the chart shows when the partner is expected to report no indicator of the pillar.
     * `pillar` here and below is the pillar as the report names it (`Strings.pillarTitle`):
     * "Pillar I: Regional initiatives".
     */
    none: (pillar: string) => string;
    /** The table's caption: "Baseline and current figures of Afghanistan, Pillar I: Regional initiatives, 2021". */
    caption: (entity: string, pillar: string, year: string) => string;
    columns: { indicator: string; unit: string; baselineYear: string; baseline: string; currentYear: string; current: string; change: string; status: string; seriesBreak: string };
    /** A request's title and description, as partnerPillarRequests writes them. */
    title: (entity: string, pillar: string) => string;
    description: (entity: string, pillar: string) => string;
    describe: (d: { indicators: Count; withFigures: Count; notReported: readonly string[]; notComparable: readonly string[] }) => string;
  };

  custom: { source: string };
}
