/**
 * Every message vdr's data checks can give, in one place. Each says what is wrong (reason), and
 * what to do (fix); the value found is added by the caller where there is one. Write reasons and
 * fixes as sentences without a final full stop: the formatter adds it.
 */

export interface MessageText {
  ruleId: string;
  reason: string;
  fix: string;
}

const list = (items: readonly string[], max = 8): string =>
  items.length <= max ? items.join(', ') : `${items.slice(0, max).join(', ')}, ... (${items.length} in all)`;

/** A fix that offers the likely intended value first, when there is one. */
const meant = (suggestion: string | undefined, fix: string): string =>
  suggestion ? `write ${suggestion} if that is what was meant; otherwise ${fix}` : fix;

export const catalogue = {
  // Files
  fileMissing: (path: string, namedIn: string): MessageText => ({
    ruleId: 'file/missing',
    reason: `the file ${path} named in ${namedIn} does not exist`,
    fix: `create the file, or correct its path in ${namedIn}`,
  }),
  fileUnreadable: (detail: string): MessageText => ({
    ruleId: 'file/unreadable',
    reason: `the file cannot be read (${detail})`,
    fix: 'check that the file exists and that you may read it',
  }),
  fileEmpty: (): MessageText => ({
    ruleId: 'file/empty',
    reason: 'the file is empty',
    fix: 'add the data, with a header line naming the columns, or remove the file and its entry in data/datasets.yaml',
  }),
  fileOrphan: (): MessageText => ({
    ruleId: 'file/orphan',
    reason: 'nothing refers to this file, so vdr would ignore it',
    fix: 'name it in data/datasets.yaml (under observations, with its pillar), or remove it from data/',
  }),
  invalidUtf8: (bytes: string): MessageText => ({
    ruleId: 'file/encoding',
    reason: `the file is not in UTF-8: the ${bytes.includes(' ') ? 'bytes' : 'byte'} ${bytes} here cannot be read as UTF-8 text (the file was probably saved in another encoding, such as Windows-1252)`,
    fix: 'save the file as UTF-8 (in a spreadsheet: "CSV UTF-8"), then check the accented characters around this place',
  }),

  // CSV structure
  unclosedQuote: (): MessageText => ({
    ruleId: 'csv/unclosed-quote',
    reason: 'a quoted cell starts here but its closing quote is missing, so the rest of the file runs into it',
    fix: 'add the closing double quote at the end of the cell; a quote inside a quoted cell is written twice ("")',
  }),
  badQuote: (): MessageText => ({
    ruleId: 'csv/bad-quote',
    reason: 'a quote closes a cell but more text follows it before the next comma',
    fix: 'put the whole cell in double quotes and double any quote inside it ("")',
  }),
  quoteInsideCell: (corrected: string): MessageText => ({
    ruleId: 'csv/stray-quote',
    reason: 'a double quote stands inside a cell that does not start with one',
    fix: `put the whole cell in double quotes and double each quote inside it: ${corrected}`,
  }),
  csvSyntax: (detail: string): MessageText => ({
    ruleId: 'csv/syntax',
    reason: `the line cannot be read as CSV (${detail})`,
    fix: 'check the quotes and commas on this line',
  }),
  columnCount: (found: number, expected: number): MessageText => ({
    ruleId: 'csv/column-count',
    reason: `this row has ${found} cells but the header has ${expected}`,
    fix:
      found > expected
        ? 'remove the extra cells, or put a cell that contains a comma in double quotes'
        : 'add the missing cells (empty cells still need their commas)',
  }),
  headerOnly: (): MessageText => ({
    ruleId: 'csv/no-rows',
    reason: 'the file has a header but no rows',
    fix: 'add the rows, or remove the file and its entry in data/datasets.yaml',
  }),
  semicolonDelimiter: (): MessageText => ({
    ruleId: 'csv/delimiter',
    reason: 'the cells are separated by semicolons, but vdr reads commas',
    fix: 'save the file again as comma-separated CSV (in a spreadsheet: "CSV UTF-8 (comma delimited)")',
  }),
  missingColumn: (column: string, expected: string | undefined): MessageText => ({
    ruleId: 'csv/missing-column',
    reason: `the header has no column ${column}${expected ? ` (${expected})` : ''}`,
    fix: `add a column named ${column} to the first line`,
  }),
  misspeltColumn: (column: string): MessageText => ({
    ruleId: 'csv/misspelt-column',
    reason: `the header names a column vdr does not know, probably a misspelling of ${column}`,
    fix: `rename the column to ${column}`,
  }),
  unknownColumn: (allowed: readonly string[]): MessageText => ({
    ruleId: 'csv/unknown-column',
    reason: 'the header names a column vdr does not know',
    fix: `remove the column, or rename it to one of: ${list(allowed, 20)}`,
  }),
  duplicateColumn: (firstColumn: number): MessageText => ({
    ruleId: 'csv/duplicate-column',
    reason: `the header names this column a second time (column ${firstColumn} has the same name)`,
    fix: 'give each column its own name, or remove the copy',
  }),

  // Cells typed by the schema
  notWholeNumber: (column: string, expected: string | undefined, suggestion?: string): MessageText => ({
    ruleId: 'cell/integer',
    reason: `${column} must be a whole number`,
    fix: suggestion ? `write ${suggestion}` : `write ${expected ?? 'a whole number'}`,
  }),
  thousandsSeparator: (column: string, suggestion: string): MessageText => ({
    ruleId: 'cell/thousands-separator',
    reason: `${column} has a comma as a thousands separator`,
    fix: `write the number without separators: ${suggestion}`,
  }),
  commaDecimal: (column: string, suggestion: string): MessageText => ({
    ruleId: 'cell/decimal-comma',
    reason: `${column} uses a comma as the decimal separator`,
    fix: `use a point: ${suggestion}`,
  }),
  notNumber: (column: string, expected: string | undefined, placeholder: boolean): MessageText => ({
    ruleId: 'cell/number',
    reason: `${column} must be a number`,
    fix: placeholder
      ? 'leave the cell empty and say why in missing_reason (not-reported, not-applicable, confidential or not-collected)'
      : `write ${expected ?? 'a number, with a point as the decimal separator'}`,
  }),
  notBoolean: (column: string): MessageText => ({
    ruleId: 'cell/boolean',
    reason: `${column} must be true or false`,
    fix: 'write true or false',
  }),
  notInList: (column: string, allowed: readonly unknown[], suggestion: string | undefined): MessageText => ({
    ruleId: 'cell/enum',
    reason: `${column} is not one of the allowed values`,
    fix: meant(suggestion, `write one of: ${list(allowed.map(String), 20)}`),
  }),
  notInListItem: (column: string, item: string, allowed: readonly unknown[], separator: string, suggestion: string | undefined): MessageText => ({
    ruleId: 'cell/enum',
    reason: `${column} lists ${JSON.stringify(item)}, which is not one of the allowed values`,
    fix: meant(
      suggestion && `${suggestion} for ${item}`,
      `list only ${list(allowed.map(String), 20)}, separated by ${separator === ';' ? 'semicolons' : JSON.stringify(separator)}`,
    ),
  }),
  requiredEmpty: (column: string, expected: string | undefined): MessageText => ({
    ruleId: 'cell/required',
    reason: `${column} is empty but every row needs it`,
    fix: `write ${expected ?? 'a value'}`,
  }),
  invalidValue: (column: string, expected: string | undefined, detail: string): MessageText => ({
    ruleId: 'cell/invalid',
    reason: `${column} is not valid (${detail})`,
    fix: `write ${expected ?? 'a valid value'}`,
  }),
  belowMinimum: (column: string, minimum: number, expected: string | undefined, exclusive = false): MessageText => ({
    ruleId: 'cell/minimum',
    reason: `${column} must be ${exclusive ? 'more than' : 'at least'} ${minimum}`,
    fix: `write ${expected ?? `a value ${exclusive ? 'above' : 'of at least'} ${minimum}`}`,
  }),
  aboveMaximum: (column: string, maximum: number, expected: string | undefined, exclusive = false): MessageText => ({
    ruleId: 'cell/maximum',
    reason: `${column} must be ${exclusive ? 'less than' : 'at most'} ${maximum}`,
    fix: `write ${expected ?? `a value ${exclusive ? 'below' : 'of at most'} ${maximum}`}`,
  }),

  // Structured files (YAML, JSON)
  yamlSyntax: (detail: string): MessageText => ({
    ruleId: 'yaml/syntax',
    reason: `the YAML cannot be read: ${detail}`,
    fix: 'check the indentation, the colons and the quotes at this place',
  }),
  yamlDuplicateKey: (key: string): MessageText => ({
    ruleId: 'yaml/duplicate-key',
    reason: `${key} is given twice in the same entry`,
    fix: 'keep one of the two lines and remove the other',
  }),
  jsonSyntax: (detail: string): MessageText => ({
    ruleId: 'json/syntax',
    reason: `the JSON cannot be read: ${detail}`,
    fix: 'check the commas, brackets and double quotes at this place',
  }),
  missingField: (field: string, expected: string | undefined): MessageText => ({
    ruleId: 'field/required',
    reason: `the entry has no ${field}`,
    fix: `add ${field}: with ${expected ?? 'a value'}`,
  }),
  unknownField: (allowed: readonly string[], suggestion: string | undefined): MessageText => ({
    ruleId: 'field/unknown',
    reason: 'this field is not one vdr knows',
    fix: suggestion
      ? `rename it to ${suggestion} if that is what was meant; otherwise remove it (the fields are: ${list(allowed, 20)})`
      : `remove it, or use one of: ${list(allowed, 20)}`,
  }),
  wrongShape: (field: string, expected: string): MessageText => ({
    ruleId: 'field/type',
    reason: `${field} has the wrong form`,
    fix: `write ${expected}`,
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
    reason: `${indicator} belongs to pillar ${indicatorPillar}, but this file holds pillar ${filePillar}`,
    fix: rightFile ? `move the row to ${rightFile}` : `move the row to the observations file of pillar ${indicatorPillar}`,
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
} as const;
