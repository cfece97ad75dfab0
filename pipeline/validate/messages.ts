/**
 * Every message the validate stage gives beyond the schemas: files nothing names or named twice,
 * a reversed window, repeated keys and unknown references, and the checks of observation rows.
 * Each says what is wrong (reason) and what to do (fix), as sentences without a final full stop
 * (the formatter adds it); the caller adds the file, the place and the value found
 * (diagnostics/message.ts).
 */
import type { MessageText } from '../diagnostics/message.js';
import { list, meant } from '../diagnostics/wording.js';

/** A pillar as a message names it: "pillar II", or "the context (no pillar)". */
const pillarWords = (pillar: string): string => (pillar === 'context' ? 'the context (no pillar)' : `pillar ${pillar}`);

export const validateMessages = {
  // Files
  fileOrphan: (): MessageText => ({
    ruleId: 'file/orphan',
    reason: 'nothing refers to this file, so vdr would ignore it',
    fix: 'name it in data/datasets.yaml (under observations, with its pillar), or remove it from data/',
  }),

  // The manifest, data/datasets.yaml
  windowReversed: (): MessageText => ({
    ruleId: 'datasets/window',
    reason: 'the window ends before it starts',
    fix: 'make first the earlier year and last the later one',
  }),
  fileListedTwice: (): MessageText => ({
    ruleId: 'datasets/duplicate-path',
    reason: 'this file is named more than once',
    fix: 'name each data file once',
  }),

  // Keys and references
  duplicateKey: (key: string, firstLine: number): MessageText => ({
    ruleId: 'key/duplicate',
    reason: `${key} is given twice (first on line ${firstLine})`,
    fix: 'keep one of the two rows (or entries) and remove the other',
  }),
  unknownReference: (column: string, target: string, suggestion: string | undefined): MessageText => ({
    ruleId: 'key/unknown',
    reason: `${column} is not listed in ${target}`,
    fix: meant(suggestion, `use a value that ${target} lists, or add the missing entry there`),
  }),

  // The reference data in other languages, data/reference/translations/<language>.yaml
  translationLanguage: (name: string, languages: readonly string[], suggestion: string | undefined): MessageText => ({
    ruleId: 'translation/language',
    reason: `${name} is not named after a language vdr translates the reference data into`,
    fix: meant(suggestion && `${suggestion}.yaml`, `name the file after one of the UN languages other than English, ${list(languages.map((l) => `${l}.yaml`))}, or move it out of data/reference/translations/`),
  }),
  translationSchemaMissing: (): MessageText => ({
    ruleId: 'translation/schema',
    reason: 'the project has reference data in other languages (data/reference/translations/), but not the schema they are checked against',
    fix: "copy schemas/reference-translations.schema.json from vdr's own schemas/ (vdr init writes it)",
  }),
  translationEnglish: (): MessageText => ({
    ruleId: 'translation/language',
    reason: 'the reference data is written in English already (the files of data/reference/ and data/indicators.yaml), so en.yaml translates nothing',
    fix: 'correct the English names in those files themselves, and remove en.yaml',
  }),
  translationUnknownKey: (section: string, what: string, target: string, suggestion: string | undefined): MessageText => ({
    ruleId: 'translation/unknown-key',
    reason: `${section} lists an entry that is not ${what} of ${target}`,
    fix: meant(suggestion, `use the code as ${target} writes it, or remove the entry`),
  }),
  translationAims: (pillar: string, count: number, expected: number, pillarsFile: string): MessageText => ({
    ruleId: 'translation/aims',
    reason: `pillar ${pillar} has ${count} aim${count === 1 ? '' : 's'} here, but ${expected} in ${pillarsFile}`,
    fix: `translate each of the ${expected} aims of pillar ${pillar} once, in the order of ${pillarsFile} (aim i here translates aim i there)`,
  }),
  translationSameAcronym: (section: string, acronym: string, other: string): MessageText => ({
    ruleId: 'translation/duplicate-acronym',
    reason: `${section} would print ${acronym} for two entries, this one and ${other}`,
    fix: 'give each entry its own acronym, or leave acronym out where the language keeps the English one',
  }),
  translationGaps: (language: string, gaps: readonly string[], countries: number): MessageText => ({
    ruleId: 'translation/incomplete',
    reason: `the ${language} translation of the reference data is incomplete: ${gaps.join('; ')}`,
    fix: `translate them here to have the ${language} report print them in ${language}; until then it prints ${countries > 0 ? "CLDR's names for the countries (Intl.DisplayNames, noted in the report) and " : ''}the English text for the rest`,
  }),

  // Observation rows
  unknownIndicator: (suggestion: string | undefined): MessageText => ({
    ruleId: 'observation/unknown-indicator',
    reason: 'indicator is not in data/indicators.yaml',
    fix: meant(suggestion, 'use an indicator id from data/indicators.yaml, or add the indicator there'),
  }),
  unknownCountry: (suggestion: string | undefined): MessageText => ({
    ruleId: 'observation/unknown-country',
    reason: 'country is not a partner country',
    fix: meant(suggestion, 'use the ISO 3166-1 alpha-3 code of a partner country, as listed in data/reference/countries.csv'),
  }),
  unknownEntity: (suggestion: string | undefined): MessageText => ({
    ruleId: 'observation/unknown-country',
    reason: 'country is neither a partner country nor a partner organization',
    fix: meant(
      suggestion,
      'use the ISO 3166-1 alpha-3 code of a partner country (data/reference/countries.csv) or the acronym of a partner organization (data/reference/organizations.csv)',
    ),
  }),
  organizationForCountryIndicator: (indicator: string): MessageText => ({
    ruleId: 'observation/wrong-entity',
    reason: `country names a partner organization, but ${indicator} is reported by countries`,
    fix: 'use a partner country code here, or file the figure under an indicator that organizations report',
  }),
  unknownOrganization: (indicator: string, suggestion: string | undefined): MessageText => ({
    ruleId: 'observation/unknown-organization',
    reason: `country is not a partner organization, but ${indicator} is reported by partner organizations`,
    fix: meant(suggestion, 'use the acronym of a partner organization, as listed in data/reference/organizations.csv'),
  }),
  wrongPillar: (indicator: string, indicatorPillar: string, filePillar: string, rightFile: string | undefined): MessageText => ({
    ruleId: 'observation/wrong-pillar',
    reason: `${indicator} belongs to ${pillarWords(indicatorPillar)}, but this file holds ${pillarWords(filePillar)}`,
    fix: rightFile ? `move the row to ${rightFile}` : `move the row to the observations file of ${pillarWords(indicatorPillar)}`,
  }),
  yearOutsideWindow: (first: number, last: number): MessageText => ({
    ruleId: 'observation/year-window',
    reason: `year is outside the reporting window ${first}-${last} set in data/datasets.yaml`,
    fix: `correct the year, or widen the window in data/datasets.yaml`,
  }),
  negativeValue: (indicator: string, unit: string): MessageText => ({
    ruleId: 'observation/below-bounds',
    reason: `value is negative, but ${indicator} is ${unit === 'count' ? 'a count' : `a quantity in ${unit}`} and cannot be below 0`,
    fix: 'correct the figure; a missing figure is an empty value with a missing_reason',
  }),
  belowBounds: (indicator: string, min: number): MessageText => ({
    ruleId: 'observation/below-bounds',
    reason: `value is below ${min}, the lowest value data/indicators.yaml allows for ${indicator}`,
    fix: 'correct the figure, or the bounds in data/indicators.yaml if they are wrong',
  }),
  aboveBounds: (indicator: string, max: number, unit: string): MessageText => ({
    ruleId: 'observation/above-bounds',
    reason:
      unit === 'percent'
        ? `value is above ${max}, but ${indicator} is a percentage`
        : `value is above ${max}, the highest value data/indicators.yaml allows for ${indicator}`,
    fix: unit === 'percent' ? 'write the percentage as a number from 0 to 100' : 'correct the figure, or the bounds in data/indicators.yaml if they are wrong',
  }),
  unknownUnit: (known: readonly string[], suggestion: string | undefined, unitsFile: string | undefined): MessageText => ({
    ruleId: 'indicator/unknown-unit',
    reason: `unit is neither a built-in unit nor one declared in ${unitsFile ?? 'data/units.yaml (the project has none)'}`,
    fix: meant(
      suggestion,
      unitsFile
        ? `use one of ${list(known, 20)}, or declare the unit in ${unitsFile}`
        : `use one of ${list(known, 20)}, or declare the unit in data/units.yaml (with id, name, symbol and change) and name that file in data/datasets.yaml under units:`,
    ),
  }),
  unitMismatch: (indicator: string, unit: string): MessageText => ({
    ruleId: 'observation/unit',
    reason: `unit is not ${unit}, the unit of ${indicator} in data/indicators.yaml`,
    fix: `convert the figure to ${unit} and write ${unit} (or leave the unit empty)`,
  }),
  missingWithoutReason: (): MessageText => ({
    ruleId: 'observation/missing-reason',
    reason: 'value is empty and missing_reason does not say why',
    fix: 'give the figure, or say why there is none in missing_reason: not-reported, not-applicable, confidential or not-collected',
  }),
  valueWithReason: (): MessageText => ({
    ruleId: 'observation/missing-reason',
    reason: 'missing_reason is given, but so is a value',
    fix: 'empty missing_reason when the figure is known, or empty the value when it is not',
  }),
  breakWithoutNote: (): MessageText => ({
    ruleId: 'observation/break-note',
    reason: 'flag is break (what the series covers changed this year), but note does not say what changed',
    fix: 'say in note what changed, such as "from 2019 includes the seizures of the border police"; or empty flag if the series did not change',
  }),

  // Plausibility (plausibility/): warnings about figures that may be right, but rarely are
  plausibilityThreshold: (indicator: string, given: 'jump_factor' | 'jump_points', unit: string): MessageText => ({
    ruleId: 'indicator/plausibility-scale',
    reason:
      given === 'jump_points'
        ? `jump_points is for a percentage, but ${indicator} is in ${unit}, whose changes are judged as a factor`
        : `jump_factor is for a count or a quantity, but ${indicator} is in ${unit}, whose changes are ${unit === 'percent' ? 'judged in percentage points' : 'not judged (its figures may be below 0)'}`,
    fix: given === 'jump_points' ? 'write jump_factor (such as 5: more than 5 times, or less than a fifth of, the figure before)' : 'write jump_points (such as 20), or leave it out',
  }),
  jump: (what: JumpWords): MessageText => ({
    ruleId: 'observation/jump',
    reason: `${what.partner}'s ${what.indicator} ${what.change}; ${what.limit}`,
    fix: `${what.zero ? 'if the figure is missing rather than 0, empty the value and give a missing_reason; otherwise ' : ''}correct the figure if it is wrong; if what the series covers changed (coverage, definition, source), flag this row break and say what changed in its note; if the figure is right, list it under plausibility.checked of ${what.indicator} in data/indicators.yaml with who confirmed it (or, for figures that swing by nature, raise plausibility.${what.threshold})`,
  }),
  outlier: (what: OutlierWords): MessageText => ({
    ruleId: 'observation/outlier',
    reason: `${what.partner}'s ${what.indicator} of ${what.year}, ${what.figure}, is far from its own series: ${what.distance}; its other figures of ${what.span} lie between ${what.low} and ${what.high} (${what.score})`,
    fix: `correct the figure if it is wrong; if what the series covers changed, flag the row of the first year of the new series break and say what changed in its note; if the figure is right, list it under plausibility.checked of ${what.indicator} in data/indicators.yaml with who confirmed it (or, for figures that swing by nature, raise plausibility.outlier_score)`,
  }),
  gap: (partner: string, indicator: string, since: number, year: number, silent: string, flagged: boolean): MessageText => ({
    ruleId: 'observation/gap',
    reason: `${partner}'s figures of ${indicator} restart in ${year} after none since ${since}, and ${silent} neither a figure nor a missing_reason`,
    fix: `give the missing figures, or rows with an empty value and a missing_reason saying why there are none (not-reported, not-applicable, confidential or not-collected)${flagged ? '' : `; if what the series covers changed meanwhile, also flag this row break and say what changed in its note`}`,
  }),
  stopped: (partner: string, indicator: string, last: number, latest: number, silent: string): MessageText => ({
    ruleId: 'observation/stopped',
    reason: `${partner}'s figures of ${indicator} end in ${last}, ${latest - last} years before the indicator's latest (${latest}), and ${silent} neither a figure nor a missing_reason: reports of later years show ${last}'s figure as its latest`,
    fix: 'give the later figures, or rows with an empty value and a missing_reason saying why there are none (not-reported, not-applicable, confidential or not-collected)',
  }),
} as const;

/** The parts of a jump's reason, worded by the rule (plausibility/jumps.ts). */
export interface JumpWords {
  partner: string;
  indicator: string;
  /** What changed, with the figures and years: "fell from 757 in 2019 to 79 in 2020 (-89.6 %, 9.6 times less)". */
  change: string;
  /** The threshold it passes: "a change beyond a factor of 5 is rarely real". */
  limit: string;
  /** The threshold's name in data/indicators.yaml: jump_factor or jump_points. */
  threshold: 'jump_factor' | 'jump_points';
  /** Whether the odd figure is a zero. */
  zero: boolean;
}

/** The parts of an outlier's reason, worded by the rule (plausibility/outliers.ts). */
export interface OutlierWords {
  partner: string;
  indicator: string;
  year: number;
  /** The figure: "344.2 kg". */
  figure: string;
  /** How far from the series' median line: "2.3 times the 151.3 kg its median line gives for 2012". */
  distance: string;
  /** The years of the series (or of its part between breaks): "2012-2021". */
  span: string;
  low: string;
  high: string;
  /** The robust score against its threshold: "a robust score of 9.1, above 3.5". */
  score: string;
}
