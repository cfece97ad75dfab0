/**
 * Every message the import stage gives about a source file and its figures: its encoding and
 * separators, a workbook's sheets and cells, the table's shape, the values, years, names and codes
 * in it, and figures that would overwrite or repeat the project's. Each says what is wrong
 * (reason) and what to do (fix), as sentences without a final full stop (the formatter adds it);
 * the caller adds the place in the source and the value found (diagnostics/message.ts).
 */
import type { MessageText } from '../diagnostics/message.js';
import { list, meant } from '../diagnostics/wording.js';

export const importMessages = {
  // The command
  projectHasErrors: (errors: number): MessageText => ({
    ruleId: 'import/project-errors',
    reason: `the project's own data has ${errors} error${errors === 1 ? '' : 's'}, so the figures cannot be checked against it`,
    fix: 'fix the errors above (vdr validate lists them), then import again',
  }),
  unknownIndicator: (ids: readonly string[], suggestion: string | undefined): MessageText => ({
    ruleId: 'import/unknown-indicator',
    reason: `--indicator names no indicator of data/indicators.yaml`,
    fix: meant(suggestion, ids.length > 0 ? `give one of ${list(ids, 12)}, or add the indicator to data/indicators.yaml` : 'add the indicator to data/indicators.yaml first (its comments show an entry)'),
  }),
  intoPath: (): MessageText => ({
    ruleId: 'import/into',
    reason: '--into must name a CSV file directly in data/observations/',
    fix: 'give a name such as data/observations/homicide.csv (lower-case letters, digits, hyphens)',
  }),
  compiledWithoutSource: (): MessageText => ({
    ruleId: 'import/compiled-source',
    reason: '--kind compiled needs the public source the figures were compiled from',
    fix: 'add --source "UNODC, Global Study on Homicide" (or whatever the source is)',
  }),
  noSuchFile: (): MessageText => ({
    ruleId: 'import/no-file',
    reason: 'there is no such file',
    fix: 'check the path of the file to import',
  }),
  unknownSheet: (sheets: readonly string[], suggestion: string | undefined): MessageText => ({
    ruleId: 'import/unknown-sheet',
    reason: `--sheet names a sheet the workbook does not have`,
    fix: meant(suggestion, `give one of ${list(sheets)}`),
  }),
  locked: (holder: string): MessageText => ({
    ruleId: 'import/locked',
    reason: `another import or publication (process ${holder}) is writing the project`,
    fix: 'wait for it to finish and import again; nothing was written',
  }),

  // Reading the file
  encoding: (byte: number): MessageText => ({
    ruleId: 'import/encoding',
    reason: `the file is not text in an encoding vdr reads: the byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} here is neither UTF-8, UTF-16 nor Windows-1252`,
    fix: 'save the file again as CSV UTF-8 (in a spreadsheet: "CSV UTF-8 (comma delimited)"), or as an .xlsx workbook',
  }),
  delimiter: (): MessageText => ({
    ruleId: 'import/delimiter',
    reason: 'the cells are not separated the same way on every line: vdr cannot tell whether commas, semicolons or tabs separate them',
    fix: 'save the file again as CSV with one separator (in a spreadsheet: "CSV UTF-8 (comma delimited)"), and put a cell that holds the separator in double quotes',
  }),
  unclosedQuote: (): MessageText => ({
    ruleId: 'import/unclosed-quote',
    reason: 'a quoted cell starts here but its closing quote is missing, so the rest of the file runs into it',
    fix: 'add the closing double quote at the end of the cell; a quote inside a quoted cell is written twice ("")',
  }),
  textAfterQuote: (): MessageText => ({
    ruleId: 'import/text-after-quote',
    reason: 'text follows the quote that closes a cell, before the next separator',
    fix: 'put the whole cell in double quotes and double any quote inside it ("")',
  }),
  emptyFile: (): MessageText => ({
    ruleId: 'import/empty-file',
    reason: 'the file holds no cells',
    fix: 'give a file with a header row and the figures',
  }),

  // Workbooks
  workbookUnreadable: (detail: string): MessageText => ({
    ruleId: 'import/workbook',
    reason: `the workbook cannot be read (${detail})`,
    fix: 'open it in a spreadsheet and save it again as an Excel workbook (.xlsx)',
  }),
  hiddenSheet: (sheet: string): MessageText => ({
    ruleId: 'import/hidden-sheet',
    reason: `the sheet ${sheet} is hidden, and vdr reads every sheet: its figures would be imported without anyone seeing them`,
    fix: 'unhide the sheet or delete it, or name the sheets to read with --sheet',
  }),
  emptySheet: (sheet: string): MessageText => ({
    ruleId: 'import/empty-sheet',
    reason: `the sheet ${sheet} is empty`,
    fix: 'delete the sheet, or name the sheets to read with --sheet',
  }),
  mergedCells: (range: string, header: boolean): MessageText => ({
    ruleId: 'import/merged-cells',
    reason: `the cells ${range} are merged${header ? ' in the header row' : ''}, so the cells after the first are empty`,
    fix: header
      ? 'unmerge them and give each column its own header: the country column its name, each year column its year'
      : 'unmerge them and write the value in every cell it belongs to',
  }),
  formulaWithoutResult: (): MessageText => ({
    ruleId: 'import/formula-without-result',
    reason: 'the cell holds a formula whose result was never saved in the file (it was written by a program that does not compute formulas), and vdr does not compute formulas',
    fix: 'open the workbook in a spreadsheet and save it, so that the results are saved; or replace the formula by its value',
  }),
  formulaError: (): MessageText => ({
    ruleId: 'import/formula-error',
    reason: "the cell's formula gives an error",
    fix: 'correct the formula, or replace it by the value',
  }),
  numberAsText: (number: string): MessageText => ({
    ruleId: 'import/number-as-text',
    reason: 'the cell holds a number stored as text, which a spreadsheet does not count as a number',
    fix: `convert it to a number (in Excel: the warning sign beside the cell, "Convert to Number"), so that it reads ${number}`,
  }),
  dateAsValue: (): MessageText => ({
    ruleId: 'import/date-as-value',
    reason: 'the cell holds a date where a figure was expected',
    fix: 'format the cell as a number (General) and check the figure',
  }),
  dateAsYear: (year: number | undefined): MessageText => ({
    ruleId: 'import/date-as-year',
    reason: `the cell holds a date where a year was expected${year === undefined ? '' : ` (it is the number ${year} formatted as a date)`}`,
    fix: year === undefined ? 'write the year as a number, such as 2015' : `format the cell as a number (General), so that it shows ${year}`,
  }),
  percentFormat: (unit: string): MessageText => ({
    ruleId: 'import/percent-format',
    reason: `the cell is formatted as a percent, but the indicator's unit is ${unit}`,
    fix: 'format the cell as a number (General) and check the figure, or import it for an indicator measured in percent',
  }),

  // The table's shape
  shapeUnknown: (): MessageText => ({
    ruleId: 'import/shape',
    reason: 'vdr cannot tell the shape of the table from its header: it has neither years as column headers (wide) nor columns for the year and the value (long)',
    fix: 'make the first row the header: a country column then one column per year (such as 2015), or columns named country, year and value; or state the shape with --shape wide or --shape long',
  }),
  noEntityColumn: (): MessageText => ({
    ruleId: 'import/no-entity-column',
    reason: 'the header names no column for the country or organization',
    fix: 'name the column of country names or codes country (or iso3, m49), or organization for organizations',
  }),
  missingColumn: (column: string): MessageText => ({
    ruleId: 'import/missing-column',
    reason: `the header has no ${column} column, which a long table needs`,
    fix: `add a column named ${column}, or give --shape wide if the years are the column headers`,
  }),
  unknownColumn: (suggestion: string | undefined, known: readonly string[]): MessageText => ({
    ruleId: 'import/unknown-column',
    reason: `the header names a column vdr does not read`,
    fix: meant(suggestion, `remove the column, or name it one of: ${list(known)}`),
  }),
  notAYearColumn: (): MessageText => ({
    ruleId: 'import/year-column',
    reason: 'in a wide table every column after the country column is a year, and this header is not one',
    fix: 'write the year alone as a four-digit number, such as 2015, or remove the column (move notes to a column of a long table, or leave them out)',
  }),
  repeatedColumn: (first: string): MessageText => ({
    ruleId: 'import/repeated-column',
    reason: `the header gives this column a second time (first at ${first})`,
    fix: 'keep one of the two columns',
  }),
  extraCells: (): MessageText => ({
    ruleId: 'import/extra-cells',
    reason: 'this row has more cells than the header has columns',
    fix: 'remove the extra cells, or give their column a header',
  }),
  noFigures: (): MessageText => ({
    ruleId: 'import/no-figures',
    reason: 'the table has a header but no figures',
    fix: 'add the rows of figures under the header',
  }),

  // SDMX-CSV
  sdmxPeriod: (): MessageText => ({
    ruleId: 'import/sdmx-period',
    reason: 'TIME_PERIOD is not a year; vdr imports annual figures only',
    fix: 'export the annual series (FREQ A), whose periods are years such as 2015',
  }),
  sdmxFrequency: (): MessageText => ({
    ruleId: 'import/sdmx-frequency',
    reason: 'FREQ is not A (annual); vdr imports annual figures only',
    fix: 'export the annual series (FREQ A)',
  }),
  sdmxSeries: (column: string, values: readonly string[]): MessageText => ({
    ruleId: 'import/sdmx-series',
    reason: `the file holds more than one series: ${column} has the values ${list(values, 5)}, and one import is one indicator`,
    fix: `export one series (filter ${column} to one value), or import each series on its own with its --indicator`,
  }),
  sdmxMultiplier: (): MessageText => ({
    ruleId: 'import/sdmx-multiplier',
    reason: 'UNIT_MULT is not 0: the values are in tens, thousands or millions, and vdr does not scale figures',
    fix: 'export the values in units (UNIT_MULT 0)',
  }),
  sdmxAction: (): MessageText => ({
    ruleId: 'import/sdmx-action',
    reason: 'ACTION D asks to delete this figure, which an import does not do',
    fix: 'remove the row, and remove the figure from the observations file by hand if it should go',
  }),
  sdmxStatus: (known: readonly string[]): MessageText => ({
    ruleId: 'import/sdmx-status',
    reason: 'OBS_STATUS is not a code vdr knows',
    fix: `use one of ${list(known)}, or leave it empty`,
  }),
  sdmxStatusNoted: (meaning: string): MessageText => ({
    ruleId: 'import/sdmx-status-noted',
    reason: `OBS_STATUS says ${meaning}, which vdr has no flag for; the figure is imported and the status kept in its note`,
    fix: 'nothing, if the figure should be imported; otherwise remove the row',
  }),

  // Values
  notANumber: (column: string): MessageText => ({
    ruleId: 'import/not-a-number',
    reason: `the ${column} is not a number vdr can read`,
    fix: 'write a number such as 1234 or 1234.5 (a space, comma or point may separate thousands); for a missing figure write .. or leave the cell empty',
  }),
  ambiguousNumber: (asPoint: string, asComma: string): MessageText => ({
    ruleId: 'import/ambiguous-number',
    reason: `the value reads ${asPoint} if the comma or point separates thousands, and ${asComma} if it is the decimal mark, and no other value in the file shows which`,
    fix: `state the decimal mark: --decimal point (then it reads ${asPoint === asComma ? asPoint : asPoint.includes('.') ? asPoint : asPoint}) or --decimal comma`,
  }),
  mixedDecimals: (first: string, stated: boolean): MessageText => ({
    ruleId: 'import/mixed-decimals',
    reason: stated
      ? `this value writes its decimals with the other mark than --decimal ${first} states`
      : `the file writes decimals both with a point and with a comma (${first})`,
    fix: 'write every value with the same decimal mark, or correct this value',
  }),
  footnote: (mark: string): MessageText => ({
    ruleId: 'import/footnote',
    reason: `the value carries the footnote mark ${mark}; the number is imported and the mark kept in the row's note`,
    fix: "nothing, if the number is right; add the footnote's text to the note column of data/observations if the report should say more",
  }),
  percentSign: (unit: string): MessageText => ({
    ruleId: 'import/percent-sign',
    reason: `the value has a percent sign, but the indicator's unit is ${unit}`,
    fix: 'import it for an indicator measured in percent, or remove the sign if the figure is not a percent',
  }),
  valueAndReason: (): MessageText => ({
    ruleId: 'import/value-and-reason',
    reason: 'the row gives both a figure and a reason why the figure is missing',
    fix: 'keep the figure and empty the missing_reason cell, or empty the value',
  }),
  notAYear: (): MessageText => ({
    ruleId: 'import/not-a-year',
    reason: 'this is not a year',
    fix: 'write a four-digit year between 1900 and 2100, such as 2015',
  }),
  unknownCode: (column: string, known: readonly string[], suggestion: string | undefined): MessageText => ({
    ruleId: 'import/unknown-code',
    reason: `the ${column} is not one vdr reads`,
    fix: meant(suggestion, `use one of ${list(known)}, or leave the cell empty`),
  }),

  // Names and codes
  emptyEntity: (): MessageText => ({
    ruleId: 'import/empty-entity',
    reason: 'the row has figures but no country or organization',
    fix: 'write the name or code of the country or organization, or remove the row',
  }),
  unknownEntity: (kind: 'country' | 'organization', suggestion: string | undefined): MessageText => ({
    ruleId: 'import/unknown-entity',
    reason: `no partner ${kind} has this name or code`,
    fix: meant(
      suggestion,
      kind === 'country'
        ? 'write the ISO 3166-1 alpha-3 code (such as IRN), or add the name to data/reference/country-names.csv if a partner has had it'
        : 'write the acronym of a partner organization as data/reference/organizations.csv gives it',
    ),
  }),
  ambiguousEntity: (codes: readonly string[]): MessageText => ({
    ruleId: 'import/ambiguous-entity',
    reason: `the name fits more than one partner: ${list(codes)}`,
    fix: 'write the code of the one meant',
  }),
  notAPartner: (name: string): MessageText => ({
    ruleId: 'import/not-a-partner',
    reason: `${name} is a country, but not a partner of the Paris Pact (not in data/reference/countries.csv)`,
    fix: 'remove the row: the report covers partners only',
  }),
  wrongEntityKind: (found: 'country' | 'organization', indicator: string): MessageText => ({
    ruleId: 'import/wrong-entity-kind',
    reason: `this is a partner ${found}, but ${indicator} is reported by ${found === 'country' ? 'organizations' : 'countries'}`,
    fix: found === 'country' ? 'remove the row, or import it for an indicator reported by countries' : 'remove the row, or import it for an indicator reported by organizations',
  }),
  entitiesDisagree: (first: string, second: string): MessageText => ({
    ruleId: 'import/entities-disagree',
    reason: `the row's name and code name different partners: ${first} and ${second}`,
    fix: 'correct the name or the code',
  }),
  listedTwice: (label: string, first: string): MessageText => ({
    ruleId: 'import/listed-twice',
    reason: `${label} is listed twice (first at ${first}), so vdr cannot tell which figure is meant`,
    fix: 'keep one of the two and remove the other',
  }),

  // Against the project's figures
  changedFigure: (label: string, old: string, found: string, line: string): MessageText => ({
    ruleId: 'import/changed-figure',
    reason: `${label} is ${old} in ${line}, and the file says ${found}`,
    fix: 'give --replace to write the new figure over the old one, or correct the file',
  }),
  inOtherFile: (label: string, where: string): MessageText => ({
    ruleId: 'import/in-other-file',
    reason: `${label} is already in ${where}, and a figure lives in one file only`,
    fix: `import into that file (--into data/${where.replace(/^data\//, '').replace(/:\d+$/, '')}), or remove the row there first`,
  }),
} as const;
