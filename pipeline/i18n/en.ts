/**
 * The report's words in English (UN usage: British spelling, "organization" with a z as the UN
 * writes it, numbers as 1,234.5).
 */
import type { UnitWords, Words } from './strings.js';

const plain =
  (one: string, other: string): UnitWords =>
  (n, plural) =>
    `${n} ${plural === 'one' ? one : other}`;

/** Acronyms of common nouns ("an EWG", "two LOs"): their expansions never take "the". */
/** "A", "A and B", "A, B and C". */
const joinWords = (words: readonly string[]): string => (words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`);

const COMMON_NOUN_ACRONYMS = new Set(['EWG', 'LO']);

/** Words after which a name needs no "the": determiners, possessives, numbers in words. */
const DETERMINERS = new Set(
  'the a an this that these those its their our his her your my each every any some no all both either neither whose which what another one two three four five six seven eight nine ten eleven twelve several many few'.split(' '),
);

export const en: Words = {
  lang: 'en',
  locale: 'en',
  dir: 'ltr',
  languageName: 'English',

  otherLanguages: 'This report in other languages',
  notTranslated: (source) => `This chapter is not translated; it is given in ${source}.`,
  staleTranslation: 'Translation out of date: the source text of this paragraph changed after it was translated.',
  sampleTranslation: 'Sample translation, not edited by United Nations translation services.',
  namesFromCldr: 'Country names not in the project’s reference data are the Unicode CLDR names, not the United Nations terminology.',

  chapter: (n) => `Chapter ${n}`,
  section: (n) => `Section ${n}`,
  figure: (n) => `Figure ${n}`,
  table: (n) => `Table ${n}`,
  annex: (n) => `Annex ${n}`,
  captioned: (label, title) => `${label}: ${title}`,

  acronymLead: (acronym, { previousWord, sentenceStart }) => {
    if (COMMON_NOUN_ACRONYMS.has(acronym)) return '';
    if (sentenceStart) return 'The ';
    if (previousWord === undefined) return '';
    const word = previousWord.toLowerCase();
    return DETERMINERS.has(word) || /^\d|['\u2019]s$/.test(word) ? '' : 'the ';
  },

  // English parentheses and semicolons.
  parenthesis: { open: ' (', close: ')' },
  listSeparator: '; ',
  withNotes: (text, notes) => `${text} (${notes.join('; ')})`,

  pageNumber: 'Page {page} of {pages}',

  pageReference: '(p. {page})',

  whatChanged: {
    title: 'What changed',
    summary: (figures, paragraphs, chapters) =>
      `${figures} ${figures === '1' ? 'figure' : 'figures'} and ${paragraphs} ${paragraphs === '1' ? 'paragraph' : 'paragraphs'} in ${chapters} ${chapters === '1' ? 'chapter' : 'chapters'} differ.`,
    nothing: 'Nothing changed: every figure and every paragraph is as before.',
    allPartnerFigures: 'Figures for all partners',
    otherFigures: (figures) => `${figures} more ${figures === '1' ? 'figure' : 'figures'} of countries, organizations, regions and programmes`,
    columns: { field: 'Measure', old: 'Before', new: 'Now' },
    added: 'Added',
    removed: 'Removed',
    changed: 'Changed',
    line: (line) => `line ${line}`,
    chapterSummary: (added, removed, changed) => `${added} added, ${removed} removed, ${changed} changed`,
    measures: { baseline: 'Baseline', current: 'Current figure', change: 'Change', relative_change: 'Relative change', status: 'Status', coverage: 'Coverage' },
    none: 'none',
    figureAdded: 'new',
    figureRemoved: 'no longer computed',
    sexed: (entity, sex) => `${entity}, ${sex}`,
    coverage: (ofTotal, withBaseline, withCurrent) => `${ofTotal} with both (${withBaseline} with a baseline, ${withCurrent} with a current figure)`,
    figuresHeading: 'Figures',
    textHeading: 'Text',
    wholeParagraphsShortened: 'In print, a paragraph added or removed whole shows its first three lines; the HTML report shows it in full.',
    oldLine: (line) => `formerly line ${line}`,
    chapterAdded: 'new chapter',
    chapterRemoved: 'chapter removed',
    otherFiguresNotPrinted: (figures) =>
      `The other ${figures} ${figures === '1' ? 'figure' : 'figures'} of countries, organizations, regions and programmes are listed in the HTML report and by vdr diff; they are not printed.`,
    insertedMark: 'inserted:',
    deletedMark: 'deleted:',
  },

  contents: 'Contents',
  listOfFigures: 'List of figures',
  listOfTables: 'List of tables',
  glossary: 'Glossary',
  glossaryIntro: 'The acronyms used in this report. Each is written out where the report first uses it.',
  references: 'References',
  referencesIntro: 'United Nations documents cited in this report, by symbol.',
  footnotes: 'Notes',
  footnoteBack: (reference) => `Back to the text of note ${reference}`,
  skipToContent: 'Skip to the report',
  navigation: 'Contents of the report',
  navigationToggle: 'Contents',
  figuresBehindChart: 'Figures behind the chart',
  mapAsList: 'The map as a list',
  mapListGroup: (label, count) => `${label} (${count})`,
  sourceNote: (source) => `Source: ${source}${/[.!?]$/.test(source) ? '' : '.'}`,
  tableSourcesLink: 'Where these figures come from',
  dataDownload: 'Download the data (CSV)',
  dataDownloadAll: 'Download the data of every figure and table (CSV)',
  scrollableFigure: (label) => `${label}, chart`,
  authorTable: 'Table',
  onlineDocument: (symbol) => `${symbol} in the United Nations Official Document System`,

  coverOrganization: 'United Nations Office on Drugs and Crime',
  coverInitiative: 'Paris Pact Initiative',
  coverEdition: (year, status) => (status === 'baseline' ? `${year}: baseline edition` : `${year}: progress against the baseline`),
  illustrativeNote:
    'The indicator figures in this edition are illustrative: they were generated for demonstration, not reported by partners. The reference data (partner countries, partner organizations, pillars and Expert Working Group meetings) is real.',
  kinds: {
    reported: () => 'reported by partners',
    compiled: (source) => `compiled from ${source ?? 'a public source'}`,
    estimated: () => 'estimated',
    illustrative: () => 'illustrative (generated for demonstration, not reported by partners)',
  },
  figuresNote: (kinds) =>
    kinds.length === 1
      ? `The indicator figures in this edition are ${kinds[0]}.`
      : `The indicator figures in this edition are of ${kinds.length} kinds: ${joinWords(kinds)}. Each figure and table says which of them it shows.`,
  figuresAre: (kinds) => `Figures ${joinWords(kinds)}.`,
  draftMark: 'Draft',

  draftBannerTitle: 'Draft: not for distribution',
  draftBannerIntro: (errors, warnings) =>
    `This draft has ${errors} ${errors === '1' ? 'error' : 'errors'} and ${warnings} ${warnings === '1' ? 'warning' : 'warnings'} in its data and content. A final build refuses to run until the errors are fixed.`,
  draftBannerNone: 'No problems were found in the data or the content.',
  draftBannerList: (count) => (count === '1' ? 'The problem, with where it is and how to fix it' : `The ${count} problems, by file, with where each is and how to fix it`),
  draftChapter: 'This chapter is marked as a draft.',
  buildStamp: ({ edition, commit, dataFingerprint, buildTime }) =>
    `Edition ${edition}, built ${buildTime}${commit ? ` from commit ${commit}` : ''}; data fingerprint ${dataFingerprint}.`,
  severity: { error: 'Error', warning: 'Warning' },
  fixLabel: 'Fix:',
  contentErrorInline: (problem, place) => `[problem${place ? ` at line ${place.line}, column ${place.column}` : ''}: ${problem}]`,
  chartMissing: (id) => `[the chart ${id} was not drawn]`,

  chartDescriptions: {
    'baseline-current': (indicator) => `${indicator}: the baseline and the current figure of each reporting entity.`,
    'time-series': (indicator) => `${indicator}: the yearly figures of each entity, one small chart per entity.`,
    'status-by-pillar': () => 'How many figures improved, worsened or stayed unchanged since the baseline.',
    'partner-map': (indicator) => (indicator ? `Map of the partner countries, coloured by the status of ${indicator}.` : 'Map of the partner countries, coloured by priority programme.'),
    'coverage-grid': () => 'Which partner countries reported each indicator: reported, estimated or missing.',
    'ewg-timeline': () => 'The Expert Working Group meetings over time, by pillar.',
  },

  notAvailable: 'n/a',
  latestAvailable: (year) => `latest available: ${year}`,
  baselineFrom: (year) => `baseline from ${year}`,
  aggregateYears: (edition, span, includesEdition) => (includesEdition ? `${edition} or latest available, ${span}` : `latest available, ${span}`),
  aggregateCoverage: (count, total, reporters) => `${count} of ${total} ${reporters}`,
  seriesBreak: (year, note) => (note ? `series break in ${year}: ${note}` : `series break in ${year}`),
  ofTotal: (count, total) => `${count} of ${total}`,
  units: {
    kg: plain('kg', 'kg'),
    days: plain('day', 'days'),
    count: (n) => n,
    percent: (n) => `${n}%`,
  },
  percentagePoints: plain('percentage point', 'percentage points'),
  percent: (n) => `${n}%`,
  statuses: {
    improved: 'improved',
    worsened: 'worsened',
    unchanged: 'unchanged',
    changed: 'changed (neutral indicator)',
    'not-comparable': 'not comparable (series break)',
    'no-baseline': 'no baseline',
    'no-current-data': 'no current data',
    'not-reported': 'not reported',
  },
  flags: { estimate: 'estimate', provisional: 'provisional', break: 'series break' },
  allPartners: 'all partners',
  yes: 'yes',
  no: 'no',

  fields: {
    baseline: 'baseline',
    current: 'current figure',
    change: 'change since the baseline',
    relative_change: 'relative change since the baseline',
    annualised_change: 'annualised change',
    target_progress: 'progress towards the target',
    change_since_previous: 'change since the previous edition',
    baseline_year: 'baseline year',
    current_year: 'year of the current figure',
    status: 'status',
    coverage: 'coverage',
    statusCount: (status) => `entities with status "${status}"`,
  },

  columns: {
    entity: 'Reporting entity',
    indicator: 'Indicator',
    group: 'Group',
    baseline: (year) => `Baseline (${year})`,
    current: (year) => `Current (${year})`,
    change: 'Change',
    relativeChange: 'Relative change',
    status: 'Status',
    coverage: 'Coverage',
  },
  coverageNote: 'Coverage: entities that reported both a baseline and a current figure, of those expected to report.',
  aggregateYearsNote: (edition) =>
    `Years in brackets after a figure: the years the partners' figures are from, where not all are from the column's year (a current figure is ${edition} or the latest available before it).`,
  notReportedNote: (names, edition) => `Not reported (no figure up to ${edition}): ${joinWords(names)}.`,

  annexes: {
    partnerCountries: 'Partner countries',
    partnerCountriesIntro: (n) => `The ${n} partner countries of the Paris Pact Initiative, with their regions (UN M49) and priority programmes.`,
    partnerOrganizations: 'Partner organizations',
    partnerOrganizationsIntro: (n) => `The ${n} partner organizations of the Paris Pact Initiative.`,
    ewgMeetings: 'Expert Working Group meetings',
    ewgMeetingsIntro: (n) => `The ${n} Expert Working Group meetings held up to the year of this edition, and the pillars they served.`,
    methodology: 'Methodology',
    methodologyIntro: 'How each indicator is defined, reported, added up and judged. The catalogue is data/indicators.yaml.',
    dataTables: 'Data tables',
    dataTablesIntro:
      'Each indicator added up over all partners and over the countries of each regional programme, by the indicator\'s aggregation rule, over the entities that reported both a baseline and a current figure.',
    dataTableCaption: (pillar) => `${pillar}: indicators for all partners and the regional programmes`,
    sources: 'Sources of the figures',
    sourcesIntro:
      'Every figure printed in the text links to its entry here: the indicator, the reporting entity, the figure and its years, and the file and line of each observation it was computed from.',
    sourcesPrintNote:
      'The printed edition leaves this list out. The HTML edition of this report gives it in full, each figure linked to its entry, and metrics.json gives the same for every figure; vdr explain INDICATOR ENTITY prints how any one figure was computed.',
    sourcesFiles: 'The figures come from these observation files:',
    sourcesIllustrative: 'The observation files of this edition are illustrative sample data, not figures reported by partners.',
  },
  countryColumns: { name: 'Country', iso3: 'ISO code', region: 'Region', subregion: 'Subregion', partnerSince: 'Partner since', programme: 'Priority programme' },
  organizationColumns: { acronym: 'Acronym', name: 'Name', partnerSince: 'Partner since' },
  ewgColumns: { number: 'No.', topic: 'Topic', host: 'Host', city: 'City', country: 'Country', date: 'Date', trifold: 'Tri-fold', pillars: 'Pillars' },
  partnerSince: { original: 'original partner', 'third-ministerial-2012': 'Third Ministerial Conference (2012)' },
  programme: { 'RP ANC': 'RP ANC', 'RP SEE': 'RP SEE', none: 'none' },
  pillarTitle: (id, title) => `Pillar ${id}: ${title}`,
  contextTitle: 'Context: indicators outside the pillars',

  methodology: {
    definition: 'Definition',
    unit: 'Unit',
    reportedBy: 'Reported by',
    direction: 'Direction',
    aggregation: 'Aggregation',
    baselineYear: 'Baseline year',
    baselineFallback: (years) => `; where a partner has no figure for it, the nearest year within ${years} ${years === '1' ? 'year' : 'years'}, marked in the tables`,
    target: 'Target',
    targetValue: (value, year) => `${value} by ${year}`,
    noTarget: 'none set',
    tolerance: 'Tolerance',
    source: 'Source',
    aggregateCurrent: 'Aggregates take',
    aggregateCurrentRule: {
      'latest-available': "each partner's latest figure up to the edition year",
      'edition-year': "only figures of the edition year itself",
    },
    breaks: 'Series breaks',
    breaksCompared: 'a change across a series break is still judged improved or worsened',
    roundingTitle: 'Rounding',
    roundingRule:
      'Figures are stored unrounded and rounded only when printed, by one rule: a level or a change is rounded half away from zero to the number of decimals its indicator sets (none for counts); relative and annualised changes and progress towards a target are percentages with one decimal; counts of entities and years are whole numbers. A change carries its sign; a change of a percentage is in percentage points. A figure that cannot be computed (a relative change from a baseline of 0, for instance) is shown as n/a, never as 0.',
    countingTitle: 'Counting rules',
    countingIntro:
      'These rules decide every figure of the report. They are printed from the same place in the code that applies them, and each is tested against a worked example.',
    countingRules: {
      baseline: {
        title: 'Baseline',
        text: "The baseline is the figure of the indicator's baseline year. Where the indicator sets a fallback window of k years and the baseline year has no figure, the nearest year within k years stands in (the earlier year on a tie), and the report says which year. No figure from after the edition year is used.",
      },
      current: {
        title: 'Current figure',
        text: "The current figure is the edition year's. Without one, it is the latest figure after the baseline's year (from the baseline year on, for a partner without a baseline), marked \"latest available\" with its year.",
      },
      'only-baseline': {
        title: 'Only a baseline',
        text: 'A partner whose only figure is from the baseline year has no current figure: its baseline is not carried forward, and its status is "no current data". In the baseline edition itself, the current figure is the baseline and the change is 0.',
      },
      'not-reported': {
        title: 'Not reported',
        text: 'A partner with no figure at all up to the edition year is "not reported"; one with figures but none for the baseline year (or its window) has "no baseline". Tables, charts, maps and status counts show both.',
      },
      change: {
        title: 'Change',
        text: 'The change is the current figure minus the baseline; the relative change is the change divided by the absolute baseline. From a baseline of 0 the relative change is not defined (n/a), and any change is beyond the tolerance, so a rise from 0 is "improved" for an indicator where higher is better.',
      },
      status: {
        title: 'Status',
        text: 'A change of 0, or a relative change within the indicator\'s tolerance (inclusive), is "unchanged". Beyond it, the change is "improved" or "worsened" by the indicator\'s direction, or "changed (neutral indicator)" for an indicator where neither direction is better.',
      },
      annualised: {
        title: 'Annualised change',
        text: 'The annualised change is (current / baseline) to the power 1 / (years between them), minus 1, using the years the two figures are actually from; it is given when both figures are positive and from different years.',
      },
      'series-break': {
        title: 'Series breaks',
        text: 'A figure flagged as a series break starts a series that is not comparable with the years before it. A change from a baseline before the break to a current figure at or after it is printed with the break\'s note and has the status "not comparable (series break)", unless the indicator says changes across breaks are still judged; aggregates leave such partners out.',
      },
      'aggregate-set': {
        title: 'Aggregates and coverage',
        text: 'Aggregates (a sum, a mean weighted by each figure\'s denominator when every figure has one, or a median, as the indicator sets) are computed over the balanced set: the partners expected to report that have both a baseline and a current figure whose change is comparable, so that a change reflects movement, not reporting. Coverage is the size of that set out of the partners expected to report (every partner country for indicators reported by countries; for those reported by organizations, every organization with a row). Status counts cover every partner expected to report.',
      },
      'aggregate-years': {
        title: 'Years an aggregate draws on',
        text: 'An aggregate adds up each member\'s current figure, the latest available up to the edition year unless the indicator takes only the edition year\'s. When its members\' figures are from several years, the report prints the span with the aggregate, such as "2021 or latest available, 2019\u20132021", and how many of the partners expected to report it covers.',
      },
      'aggregate-annualised': {
        title: "An aggregate's annualised change",
        text: "An aggregate's annualised change is given only when every member's baseline is from the baseline year and every member's current figure from the edition year; otherwise it is n/a, since its figures span several years.",
      },
    },
  },
  unitNames: { kg: 'kilograms', count: 'number', percent: 'percentage', days: 'days' },
  directions: {
    'higher-is-better': 'higher is better',
    'lower-is-better': 'lower is better',
    neutral: 'neutral: a change is neither good nor bad',
  },
  aggregations: {
    sum: 'sum over the partners',
    'weighted-mean': 'mean weighted by each partner\'s denominator',
    median: 'median of the partners',
  },
  reportedBy: { country: 'partner countries', organization: 'partner organizations' },

  sourceColumns: { entry: 'Entry', figure: 'Figure', where: 'Observations used' },
  sourceLines: (file, lines, count) => `${file}, ${count === 1 ? 'line' : 'lines'} ${lines}`,
  sourceReference: (file) => `${file} (reference data)`,
  sourceMetricTitle: (what, entry) => `${what}. Sources of the figures, entry ${entry}`,
  sourceMetricName: (text, what) => `${text}: ${what}, source`,
  sourceNone: 'no observation: the figure is not available',
  sourceTable: (label) => `${label}, by row`,
  sourceFigure: (label) => label,
  facts: {
    'partner-countries': 'Number of partner countries',
    'partner-organizations': 'Number of partner organizations',
    pillars: 'Number of pillars of the Vienna Declaration',
    indicators: 'Number of indicators in the catalogue',
    'ewg-meetings': 'Number of Expert Working Group meetings',
    'trifold-meetings': 'Number of tri-fold Expert Working Group meetings',
    'rp-anc-countries': 'Number of partner countries in the Regional Programme for Afghanistan and Neighbouring Countries',
    'rp-see-countries': 'Number of partner countries in the Regional Programme for South Eastern Europe',
  },
  factUntil: (what, year) => `${what} up to ${year}`,
  sourceMetric: (indicator, entity, field, years) => `${indicator}, ${entity}: ${field}${years ? ` (${years})` : ''}`,

  // "Changed little" rather than "was unchanged": true of a change within the tolerance, and it
  // needs no agreement with the subject ("seizures changed little", "the share changed little").
  trends: {
    verb: { rise: 'rose', fall: 'fell', flat: 'changed little' },
    noun: { rise: 'a rise', fall: 'a fall', flat: 'little change' },
  },
  trendNotComparable: { verb: 'cannot be compared across a series break', noun: 'a change across a series break' },
  trendTitle: (what, change) => `${what}, ${change}`,

  brief: {
    kicker: 'Partner brief',
    documentTitle: (name, report, year) => `${name}: partner brief, ${report} ${year}`,
    edition: (report, year) => `${report}, ${year} edition`,
    facts: { type: 'Partner', code: 'Code' },
    types: { country: 'partner country', organization: 'partner organization' },
    draftNote: 'This brief is a draft: its figures may still change before the edition is published. Do not distribute it.',
    noFigures: (expected, year) =>
      `This partner is expected to report ${expected} ${expected === '1' ? 'indicator' : 'indicators'}, and the data has no figure for any of them up to ${year}. What is missing, and any reason the data gives, is listed below.`,
    notExpected:
      'The data has no row for this organization, so it is not expected to report any indicator of this edition (an organization is expected to report an indicator when the data has a row of it, for any year). This brief has no figures.',
    chartCaption: (pillar, name) => `${pillar}: the figures of ${name}`,
    figuresCaption: (pillar, name) => `${pillar}: each year's figure of ${name}, its change since the baseline and its status`,
    yearsNote: (noRow, marks) => `Figures in the unit named with each indicator; the baseline is framed and the current figure in bold. ${noRow}: the data has no row for the year; a row without a figure gives its reason. Marks: ${marks}.`,
    noRow: '\u2013',
    withUnit: (title, unit) => `${title} (${unit})`,
    flagMarks: { estimate: 'e', provisional: 'p', break: 'b' },
    flagInYear: (flag, year) => `${flag} (${year})`,
    missingReasons: { 'not-reported': 'not reported', confidential: 'confidential', 'not-applicable': 'not applicable', 'not-collected': 'not collected' },
    yearField: 'figure',
    comparison: {
      title: 'Compared with the aggregates',
      intro:
        'Each change since the baseline beside the change of the aggregates this partner belongs to. An aggregate is computed over its balanced set (the partners expected to report that have a comparable baseline and current figure); its coverage is the size of that set out of the partners expected to report. Changes are compared relative to the baseline; those of percentages, in percentage points.',
      caption: (name) => `${name} and its aggregates: change since the baseline`,
      coverage: (ofTotal) => `coverage: ${ofTotal}`,
      note: "The aggregates are those of the report's metrics (metrics.json); the report's sources annex lists the observations each adds up.",
    },
    meetings: {
      title: 'Expert Working Group meetings hosted',
      countryIntro: (name, year) => `The meetings held in ${name} up to ${year} (the country the meeting list gives for each), with the organization that hosted each, if any.`,
      organizationIntro: (name, year) => `The meetings ${name} hosted up to ${year} (the host the meeting list gives for each).`,
      none: 'None.',
      caption: (name) => `Expert Working Group meetings hosted: ${name}`,
    },
    missing: {
      title: 'What is missing',
      intro: (year) => `The indicators this partner is expected to report that lack a baseline or a figure up to ${year}.`,
      none: 'Every indicator this partner is expected to report has a baseline and a current figure.',
      what: {
        'not-reported': (year) => `no figure up to ${year}.`,
        'no-baseline': () => 'no baseline figure.',
        'no-current-data': () => 'no figure after the baseline.',
      },
      reasons: 'Reasons given in the data:',
      noReason: 'The data gives no reason.',
    },
    verification: {
      title: 'Figures to confirm',
      intro: (file) => `The figures of this brief that are new or changed since the last published edition, with the figure published then. Please confirm or correct each in the workbook ${file}, which lists every figure of this brief.`,
      against: {
        published: 'Compared with the last published version of this edition.',
        'previous-edition': (year) => `Compared with the ${year} edition.`,
        nothing: 'There is no earlier edition to compare with: every figure is new.',
      },
      none: 'Every figure is as published before: there is nothing new or changed to confirm.',
      caption: (name) => `Figures of ${name} to confirm: new or changed since the last published edition`,
    },
    sources: {
      lines: ', lines',
      title: 'Sources of the figures',
      intro: 'Each figure of this brief links to the line of the data file it comes from, listed here.',
      none: 'This brief shows no figure from the data.',
    },
  },

  prose: {
    rise: 'rise rises rose risen rising increase increases increased increasing grow grows grew grown growing climb climbs climbed climbing doubled tripled'.split(' '),
    fall: 'fall falls fell fallen falling decrease decreases decreased decreasing decline declines declined declining drop drops dropped dropping shrank shrunk halved'.split(' '),
    numberedNames:
      'resolution resolutions decision decisions article articles paragraph paragraphs para paras rule rules item items goal goals target targets volume vol no session'.split(' '),
    joiners: ['to', 'and', 'or', 'through'],
    crossReferences: 'figure figures table tables chapter chapters section sections annex annexes'.split(' '),
    isOrdinal: (token) => /^\d*(?:1st|2nd|3rd|[04-9]th|1[123]th)$/i.test(token),
  },
};
