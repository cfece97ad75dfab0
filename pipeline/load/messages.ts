/**
 * Every message the load stage can give: a data file missing, unreadable, empty or not UTF-8, a
 * CSV file whose quotes, commas or header are wrong, a YAML or JSON file that cannot be parsed.
 * Each says what is wrong (reason) and what to do (fix), as sentences without a final full stop
 * (the formatter adds it); the caller adds the file, the place and the value found
 * (diagnostics/message.ts).
 */
import type { MessageText } from '../diagnostics/message.js';
import { list } from '../diagnostics/wording.js';

export const loadMessages = {
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
  fileOutside: (): MessageText => ({
    ruleId: 'file/outside',
    reason: 'the file is a link to a place outside the project, so vdr does not read it (a link in a pull request could otherwise put any file of the machine into the report)',
    fix: 'put the file itself in the project in place of the link, or link to a file inside the project',
  }),
  notAFile: (what: string): MessageText => ({
    ruleId: 'file/not-a-file',
    reason: `this is ${what}, not a file`,
    fix: 'put the file meant in its place, or correct the name where the file is named',
  }),
  fileTooLarge: (size: string, limit: string): MessageText => ({
    ruleId: 'file/too-large',
    reason: `the file is ${size}, larger than the ${limit} vdr reads for a file of this kind`,
    fix: 'check that this is the file meant; split a large data file into several (one per pillar or per year) named in data/datasets.yaml',
  }),
  hiddenCharacter: (character: string): MessageText => ({
    ruleId: 'cell/hidden-character',
    reason: `the cell holds the invisible character ${character}, which a reader does not see but which changes what is shown (or hides text)`,
    fix: 'delete the character (retype the cell if it cannot be seen in your editor)',
  }),
  formulaLike: (start: string): MessageText => ({
    ruleId: 'cell/formula',
    reason: `the text starts with ${start}, so a spreadsheet opening the published data would run it as a formula`,
    fix: 'begin the text with a word or a number (for a note such as "-5% on 2019", write "down 5% on 2019")',
  }),
  fileEmpty: (): MessageText => ({
    ruleId: 'file/empty',
    reason: 'the file is empty',
    fix: 'add the data, with a header line naming the columns, or remove the file and its entry in data/datasets.yaml',
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

  // Structured files (YAML, JSON)
  yamlSyntax: (detail: string): MessageText => ({
    ruleId: 'yaml/syntax',
    reason: `the YAML cannot be read: ${detail}`,
    fix: 'check the indentation, the colons and the quotes at this place',
  }),
  yamlFlowComma: (field: string): MessageText => ({
    ruleId: 'yaml/flow-comma',
    reason: `inside { }, a comma ends a value, so the text after it ("${field}") is read as a field of its own`,
    fix: 'put the whole value that holds the comma in double quotes',
  }),
  yamlAlias: (alias: string): MessageText => ({
    ruleId: 'yaml/alias',
    reason: `the alias *${alias} names no anchor: an alias repeats a value marked &${alias} earlier in the file, and there is none`,
    fix: `mark the value to repeat with &${alias} above this line, or write the value here in place of *${alias}`,
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
} as const;
