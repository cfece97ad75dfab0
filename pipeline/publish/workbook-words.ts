/**
 * The words of report-data.xlsx, in one place so that the workbook can be translated later. The
 * English words take the report's own (pipeline/i18n/en.ts: statuses, flags, counting rules,
 * the note on illustrative figures) wherever it has them; only what the report never says is
 * written here.
 */
import { en, type Strings } from '../i18n/index.js';
import type { Aggregation, MissingReason, ProvenanceKind, Sex } from '../model.js';
import type { Flag, GroupType, Status } from '../metrics/types.js';
import { COUNTING_RULE_IDS } from '../metrics/rules.js';

/** One entry of the Notes sheet. */
export interface NoteEntry {
  /** What kind of note: a flag, a missing-value reason, a status, a counting rule. */
  kind: string;
  term: string;
  meaning: string;
}

/** Everything the workbook writes in words. */
export interface WorkbookWords {
  sheets: { cover: string; contents: string; notes: string; aggregates: string };
  cover: {
    edition: string;
    editionText: (year: number) => string;
    version: string;
    date: string;
    figures: string;
    licence: string;
    /** The licence statement when the project has set none. */
    noLicence: string;
    contact: string;
    contactText: string;
    cite: string;
    citeText: (title: string, year: number, version: string, file: string) => string;
    about: string;
    aboutText: string;
  };
  contents: {
    intro: string;
    columns: { sheet: string; holds: string };
    cover: string;
    notes: string;
    indicator: (title: string) => string;
    aggregates: string;
  };
  notes: {
    intro: string;
    columns: { kind: string; term: string; meaning: string };
    /** Every note, in the order the sheet lists them. */
    entries: NoteEntry[];
  };
  indicator: {
    holds: (reporters: string, edition: number) => string;
    source: (source: string, figures: string) => string;
    coverage: (withBoth: number, expected: number, reporters: string) => string;
    noPartners: string;
    columns: {
      code: string;
      name: string;
      sex: string;
      baselineYear: string;
      baseline: (unit: string) => string;
      year: (year: number, unit: string) => string;
      currentYear: string;
      current: (unit: string) => string;
      change: (unit: string) => string;
      relativeChange: string;
      status: string;
      flags: string;
      missing: string;
      notes: string;
    };
  };
  aggregates: {
    title: string;
    holds: (edition: number) => string;
    source: string;
    columns: {
      indicator: string;
      title: string;
      unit: string;
      changeUnit: string;
      groupType: string;
      group: string;
      aggregation: string;
      baselineYear: string;
      baseline: string;
      baselineFrom: string;
      baselineTo: string;
      currentYear: string;
      current: string;
      currentFrom: string;
      currentTo: string;
      change: string;
      relativeChange: string;
      status: string;
      expected: string;
      withBaseline: string;
      withCurrent: string;
      withBoth: string;
      statusCount: (status: string) => string;
    };
  };
  /** "2014: estimate", as the flags and missing columns list a year's entry. */
  yearEntry: (year: number, text: string) => string;
  /** An observation's note in the notes column, the note first: "New counting method (2019)". */
  noteEntry: (year: number, note: string) => string;
  /** How an aggregate adds up its members, and whether a weighted mean had every denominator. */
  aggregation: (rule: Aggregation, weighting: 'denominator' | 'unweighted' | null) => string;
  listSeparator: string;
  statuses: Record<Status, string>;
  flags: Record<Flag, string>;
  missingReasons: Record<MissingReason, string>;
  sexes: Record<Sex, string>;
  groupTypes: Record<GroupType, string>;
  allPartners: string;
  reportedBy: Strings['reportedBy'];
  baselineFrom: Strings['baselineFrom'];
  seriesBreak: Strings['seriesBreak'];
  kinds: Strings['kinds'];
  figuresNote: Strings['figuresNote'];
  figuresAre: Strings['figuresAre'];
  illustrativeNote: string;
  percentagePoints: string;
  /** A unit's name in a column header, from the report's words (kilograms, number, percentage, days). */
  unitNames: Strings['unitNames'];
}

const FLAG_MEANINGS: Record<Flag, string> = {
  estimate: 'The figure is an estimate, not a count or measurement.',
  provisional: 'The figure is provisional and may be revised in a later edition.',
  break: 'The first figure after a known series break: the series is not comparable with the years before it. The figure’s note says what changed.',
};

const MISSING_WORDS: Record<MissingReason, { term: string; meaning: string }> = {
  'not-reported': { term: 'not reported', meaning: 'The partner did not report a figure for the year.' },
  'not-applicable': { term: 'not applicable', meaning: 'No figure applies to the partner for the year.' },
  confidential: { term: 'confidential', meaning: 'A figure exists but is confidential and not published.' },
  'not-collected': { term: 'not collected', meaning: 'The partner does not collect the figure.' },
};

const STATUS_MEANINGS: Record<Status, string> = {
  improved: 'The change since the baseline is beyond the indicator’s tolerance, in the direction the indicator counts as better.',
  worsened: 'The change since the baseline is beyond the indicator’s tolerance, in the direction the indicator counts as worse.',
  unchanged: 'The change since the baseline is 0, or within the indicator’s tolerance.',
  changed: 'The change is beyond the tolerance, for an indicator where neither direction is better.',
  'not-comparable': 'The change crosses a known series break, and the indicator does not compare across breaks.',
  'no-baseline': 'Figures, but none for the baseline year (or its fallback window).',
  'no-current-data': 'A baseline, but no later figure up to the edition year.',
  'not-reported': 'No figure at all up to the edition year.',
};

const m = en.methodology;

/** The workbook's words in English. */
export const workbookEn: WorkbookWords = {
  sheets: { cover: 'Cover', contents: 'Contents', notes: 'Notes', aggregates: 'Aggregates' },
  cover: {
    edition: 'Edition',
    editionText: (year) => `${year} edition`,
    version: 'Version',
    date: 'Date of publication',
    figures: 'The figures',
    licence: 'Licence',
    noLicence:
      'No licence has been set for this data. The reference data (partner countries, partner organizations, pillars) is taken from public United Nations and Paris Pact documents. Ask the Paris Pact Coordination Unit (UNODC) before reusing the data.',
    contact: 'Contact',
    contactText: 'Paris Pact Coordination Unit, United Nations Office on Drugs and Crime (UNODC)',
    cite: 'How to cite',
    citeText: (title, year, version, file) => `UNODC, ${title}, ${year} edition, version ${version}: ${file}`,
    about: 'About this workbook',
    aboutText:
      'The figures of the report: one sheet per indicator, with each partner’s yearly figures, baseline, current figure, change and status, and one sheet of the aggregates over all partners, regions and priority programmes. The Contents sheet lists every sheet; the Notes sheet explains the flags, the reasons for missing figures and the counting rules. Figures are stored unrounded, as in metrics.json; the cells show them with the decimals the report prints. An empty cell is a figure that does not exist or cannot be computed, never 0.',
  },
  contents: {
    intro: 'This worksheet contains one table: every sheet of the workbook. Select a sheet’s name to go to it.',
    columns: { sheet: 'Sheet', holds: 'What it holds' },
    cover: 'Title, edition, version, date, licence, contact and how to cite the workbook.',
    notes: 'Flags, reasons for missing figures, statuses and the counting rules.',
    indicator: (title) => `${title}: each partner’s figures, baseline, current figure, change and status.`,
    aggregates: 'Every indicator added up over all partners, each region and each priority programme, with coverage.',
  },
  notes: {
    intro: 'This worksheet contains one table: what the flags, reasons, statuses and counting rules used in the workbook mean.',
    columns: { kind: 'Kind of note', term: 'Term', meaning: 'Meaning' },
    entries: [
      { kind: 'Empty cells', term: 'empty cell', meaning: 'No figure: the partner reported none (the column of missing figures says why, where the data does), or it cannot be computed (a relative change from a baseline of 0). An empty cell is never 0.' },
      ...(['estimate', 'provisional', 'break'] as const).map((flag) => ({ kind: 'Flag', term: en.flags[flag], meaning: FLAG_MEANINGS[flag] })),
      ...(['not-reported', 'not-applicable', 'confidential', 'not-collected'] as const).map((reason) => ({ kind: 'Reason a figure is missing', ...MISSING_WORDS[reason] })),
      ...(Object.keys(STATUS_MEANINGS) as Status[]).map((status) => ({ kind: 'Status', term: en.statuses[status], meaning: STATUS_MEANINGS[status] })),
      ...COUNTING_RULE_IDS.map((id) => ({ kind: m.countingTitle, term: m.countingRules[id].title, meaning: m.countingRules[id].text })),
    ],
  },
  indicator: {
    holds: (reporters, edition) => `One row for each of the ${reporters} expected to report: the yearly figures up to ${edition}, the baseline, the current figure, the change and its status.`,
    source: (source, figures) => `Source: ${source}${/[.!?]$/.test(source) ? '' : '.'}${figures ? ` ${figures}` : ''}`,
    coverage: (withBoth, expected, reporters) => `Coverage: ${withBoth} of ${expected} ${reporters} reported both a baseline and a current figure whose change is comparable.`,
    noPartners: 'No partner is expected to report this indicator.',
    columns: {
      code: 'Code',
      name: 'Name',
      sex: 'Sex',
      baselineYear: 'Baseline year',
      baseline: (unit) => `Baseline (${unit})`,
      year: (year, unit) => `${year} (${unit})`,
      currentYear: 'Current year',
      current: (unit) => `Current (${unit})`,
      change: (unit) => `Change (${unit})`,
      relativeChange: 'Relative change (%)',
      status: 'Status',
      flags: 'Flags',
      missing: 'Missing figures',
      notes: 'Notes',
    },
  },
  aggregates: {
    title: 'Aggregates',
    holds: (edition) => `One row for each indicator and group (all partners, each region, each priority programme): the aggregate baseline and current figure of ${edition}, the change, its status and coverage.`,
    source: 'Source: the observations of every indicator, added up by the indicator’s aggregation rule over the balanced set (see Notes).',
    columns: {
      indicator: 'Indicator code',
      title: 'Indicator',
      unit: 'Unit',
      changeUnit: 'Unit of change',
      groupType: 'Group type',
      group: 'Group',
      aggregation: 'Aggregation',
      baselineYear: 'Baseline year',
      baseline: 'Baseline',
      baselineFrom: 'Baseline figures from (year)',
      baselineTo: 'Baseline figures to (year)',
      currentYear: 'Edition year',
      current: 'Current',
      currentFrom: 'Current figures from (year)',
      currentTo: 'Current figures to (year)',
      change: 'Change',
      relativeChange: 'Relative change (%)',
      status: 'Status',
      expected: 'Expected to report (number)',
      withBaseline: 'With a baseline (number)',
      withCurrent: 'With a current figure (number)',
      withBoth: 'With both: balanced set (number)',
      statusCount: (status) => `Status ${status} (number)`,
    },
  },
  yearEntry: (year, text) => `${year}: ${text}`,
  noteEntry: (year, note) => `${note} (${year})`,
  aggregation: (rule, weighting) => (weighting === 'unweighted' ? `${en.aggregations[rule]}, unweighted: not every figure had a denominator` : en.aggregations[rule]),
  listSeparator: '; ',
  statuses: en.statuses,
  flags: en.flags,
  missingReasons: {
    'not-reported': MISSING_WORDS['not-reported'].term,
    'not-applicable': MISSING_WORDS['not-applicable'].term,
    confidential: MISSING_WORDS.confidential.term,
    'not-collected': MISSING_WORDS['not-collected'].term,
  },
  sexes: { total: 'total', female: 'female', male: 'male' },
  groupTypes: { all: 'all partners', region: 'region', programme: 'priority programme' },
  allPartners: en.allPartners,
  reportedBy: en.reportedBy,
  baselineFrom: en.baselineFrom,
  seriesBreak: en.seriesBreak,
  kinds: en.kinds,
  figuresNote: en.figuresNote,
  figuresAre: en.figuresAre,
  illustrativeNote: en.illustrativeNote,
  percentagePoints: 'percentage points',
  unitNames: en.unitNames,
};

/** What each kind of observations file holds, in the words of the report (for the cover and the sheets' source line). */
export function kindWords(words: WorkbookWords, kinds: readonly { kind: ProvenanceKind; source?: string }[]): string[] {
  return [...new Set(kinds.map((k) => words.kinds[k.kind](k.source)))];
}
