/**
 * `vdr import FILE --indicator ID` (SPEC 13): data as partners send it, into the project's
 * observations, in order:
 * 1. read: a workbook's sheets (xlsx-table.ts), or a CSV file in any of the usual encodings
 *    (decode.ts) and separators (delimiter.ts, csv-table.ts);
 * 2. shape: long, wide or SDMX-CSV, from the header or --shape (shape.ts);
 * 3. rows: each figure's partner, year, value, sex and flag by stated rules (rows.ts, values.ts,
 *    entities.ts), each with a note naming its source cell;
 * 4. merge: with the target file, never overwriting a figure without --replace, never repeating
 *    one another file holds (merge.ts);
 * 5. check: the project as it would be, validated in a scratch copy; then write the observations
 *    file, its entry in data/datasets.yaml and a widened window, each whole, under a lock.
 * Every problem is located in the source (file:line:column, or file[Sheet]!C12), and on any error
 * nothing is written.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { makeScratch } from '../io/scratch.js';
import { message, type Message } from '../diagnostics/message.js';
import { suggest } from '../diagnostics/suggest.js';
import { withLock, writeFileAtomically } from '../io/atomic.js';
import { DATA_FILE_LIMIT, readRegular } from '../io/read.js';
import { readProblemMessage } from '../load/dataset-file.js';
import type { ProvenanceKind } from '../model.js';
import { resolveProject, type Project } from '../project/index.js';
import { validateProject } from '../validate/index.js';
import { tableFromCsv } from './csv-table.js';
import { decodeSource } from './decode.js';
import { delimiterName, sniffDelimiter } from './delimiter.js';
import { EntityResolver } from './entities.js';
import { mergeRows, type Merged } from './merge.js';
import { importMessages } from './messages.js';
import { compareRows, rowsOf } from './rows.js';
import { recordsOf, type Shape } from './shape.js';
import type { SourceTable } from './types.js';
import { decimalMarkOf, type DecimalMark } from './values.js';
import { observationsCsv, registerFile } from './write.js';
import { tablesFromWorkbook } from './xlsx-table.js';

export interface ImportOptions {
  /** The indicator the figures are of. */
  indicator: string;
  /** The observations file, project-relative (optional; default: data/observations/<indicator>.csv). */
  into?: string;
  /** A workbook's sheets to read (optional; default: every sheet). */
  sheets?: string[];
  /** The table's shape (optional; default: told from its header). */
  shape?: 'long' | 'wide';
  /** The decimal mark of the file's numbers (optional; default: the one its values show). */
  decimal?: DecimalMark;
  /** What the figures are, for a new file (optional; default: reported). */
  kind?: ProvenanceKind;
  /** Where they come from: each row's source column, and a compiled file's source (optional; default: the file's name). */
  source?: string;
  /** Write changed figures over the project's (optional; default: a changed figure is an error). */
  replace?: boolean;
  /** Check and report, but write nothing (optional). */
  dryRun?: boolean;
}

/** What an import did, or would do. */
export interface ImportResult {
  ok: boolean;
  /** Exit code: 0 imported, 1 errors in the source or the result, 2 usage. */
  exit: 0 | 1 | 2;
  messages: Message[];
  /** The observations file, project-relative. */
  file?: string;
  shape?: Shape;
  encoding?: string;
  added: number;
  changed: Merged['changed'];
  unchanged: number;
  /** The reporting window after the import, when it had to widen. */
  window?: { first: number; last: number; widened: boolean };
  written: boolean;
}

const fail = (messages: Message[], exit: 1 | 2 = 1, extra: Partial<ImportResult> = {}): ImportResult => ({ ok: false, exit, messages, added: 0, changed: [], unchanged: 0, written: false, ...extra });

/** The tables of the source file (a workbook's sheets, or one CSV table), with what was read. */
async function readTables(path: string, shown: string, options: ImportOptions, messages: Message[]): Promise<{ tables: SourceTable[]; encoding?: string }> {
  const got = readRegular(path, DATA_FILE_LIMIT);
  if (!got.ok) {
    messages.push(readProblemMessage(shown, got.problem));
    return { tables: [] };
  }
  const bytes = got.bytes;
  if (/\.xlsx$/i.test(path)) {
    const book = await tablesFromWorkbook(shown, bytes, options.sheets, messages);
    if (!book) return { tables: [] };
    for (const name of book.unknownSheets) {
      messages.push(message({ file: shown }, importMessages.unknownSheet(book.sheetNames, suggest(name, book.sheetNames)), { value: name }));
    }
    return { tables: book.tables };
  }
  const decoded = decodeSource(bytes);
  if (!decoded.ok) {
    const lines = decoded.text.split(/\r\n|\r|\n/);
    const place = { line: lines.length, column: (lines[lines.length - 1] ?? '').length + 1 };
    messages.push(message({ file: shown, place }, importMessages.encoding(decoded.byte)));
    return { tables: [] };
  }
  if (decoded.text.trim() === '') {
    messages.push(message({ file: shown }, importMessages.emptyFile()));
    return { tables: [] };
  }
  const delimiter = sniffDelimiter(decoded.text);
  if (!delimiter) {
    messages.push(message({ file: shown, place: { line: 1, column: 1 } }, importMessages.delimiter()));
    return { tables: [] };
  }
  return { tables: [tableFromCsv(shown, decoded.text, delimiter, messages)], encoding: `${decoded.encoding}, cells separated by ${delimiterName(delimiter)}` };
}

/**
 * Imports a source file's figures of one indicator.
 *
 * @param project
 *   The opened project; its data must have no errors.
 * @param path
 *   The source file, absolute.
 * @param shown
 *   The source file as messages name it (the path as given).
 * @param options
 *   The indicator and the rest (see ImportOptions).
 */
export async function importFile(project: Project, path: string, shown: string, options: ImportOptions): Promise<ImportResult> {
  const messages: Message[] = [];
  const validation = project.validation();
  const dataset = validation.dataset;
  if (!dataset) {
    const errors = validation.messages.filter((m) => m.severity === 'error').length;
    return fail([...validation.messages, message({ file: project.datasetsFile }, importMessages.projectHasErrors(errors))]);
  }
  const indicator = dataset.indicators.find((i) => i.id === options.indicator);
  if (!indicator) {
    const ids = dataset.indicators.map((i) => i.id);
    return fail([message({ file: 'data/indicators.yaml' }, importMessages.unknownIndicator(ids, suggest(options.indicator, ids)), { value: options.indicator })], 2);
  }
  const into = options.into ?? `data/observations/${indicator.id}.csv`;
  if (!/^data\/observations\/[a-z0-9][a-z0-9._-]*\.csv$/.test(into)) return fail([message({ file: shown }, importMessages.intoPath(), { value: into })], 2);
  const kind = options.kind ?? 'reported';
  if (kind === 'compiled' && !options.source) return fail([message({ file: shown }, importMessages.compiledWithoutSource())], 2);
  if (!existsSync(path) || !statSync(path).isFile()) return fail([message({ file: shown }, importMessages.noSuchFile())], 2);

  // 1-3. Read, shape, rows.
  const { tables, encoding } = await readTables(path, shown, options, messages);
  let shape: Shape | undefined;
  const records = tables.flatMap((table) => {
    const read = recordsOf(table, options.shape, messages);
    shape ??= read?.shape;
    return read?.records ?? [];
  });
  const found = decimalMarkOf(records.flatMap((r) => [r.value, ...(r.denominator ? [r.denominator] : [])]));
  if (found === 'mixed' && options.decimal === undefined) messages.push(message({ file: shown }, importMessages.mixedDecimals('point and comma', false)));
  const mark = options.decimal ?? (found === 'mixed' ? undefined : found);
  const unit = dataset.units[indicator.unit]!;
  const source = options.source ?? basename(shown);
  const resolver = new EntityResolver(dataset.reference);
  const rows = rowsOf(records, { indicator, unit, source, mark, resolver }, messages);
  if (tables.length > 0 && records.length > 0 && rows.length === 0 && !messages.some((m) => m.severity === 'error')) {
    messages.push(message({ file: shown }, importMessages.noFigures()));
  }
  if (messages.some((m) => m.severity === 'error')) return fail(messages, 1, { ...(shape ? { shape } : {}), ...(encoding ? { encoding } : {}) });

  // 4. Merge with what the project has.
  const merged = mergeRows(project, dataset, into, rows, options.replace === true, messages);
  const years = rows.map((r) => r.year);
  const first = Math.min(dataset.window.first, ...years);
  const last = Math.max(dataset.window.last, ...years);
  const window = { first, last, widened: first !== dataset.window.first || last !== dataset.window.last };
  const summary = { file: into, ...(shape ? { shape } : {}), ...(encoding ? { encoding } : {}), added: merged.added, changed: merged.changed, unchanged: merged.unchanged, window };
  if (messages.some((m) => m.severity === 'error')) return { ...fail(messages), ...summary };

  // 5. The files as they would be, checked in a scratch copy of the project's data and schemas.
  const csv = observationsCsv([...merged.rows].sort(compareRows));
  const datasetsText = registerFile(readFileSync(join(project.root, project.datasetsFile), 'utf8'), {
    path: into.slice('data/'.length),
    pillar: indicator.pillar,
    kind,
    ...(options.source ? { source: options.source } : {}),
    window: window.widened ? { first, last } : undefined,
  });
  const scratch = makeScratch('import');
  try {
    cpSync(project.dataDir, join(scratch, 'data'), { recursive: true });
    mkdirSync(dirname(join(scratch, into)), { recursive: true });
    writeFileSync(join(scratch, into), csv);
    writeFileSync(join(scratch, project.datasetsFile), datasetsText);
    const checked = validateProject({ ...resolveProject(scratch), schemasDir: project.schemasDir }, project.schemas());
    const problems = checked.messages.filter((m) => m.severity === 'error');
    if (problems.length > 0) return { ...fail([...messages, ...problems]), ...summary };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  if (options.dryRun) return { ok: true, exit: 0, messages, ...summary, written: false };
  const written = await withLock(join(project.outputDir, '.import'), async () => {
    writeFileAtomically(join(project.root, into), csv);
    writeFileAtomically(join(project.root, project.datasetsFile), datasetsText);
  });
  if (written.locked) return { ...fail([...messages, message({ file: into }, importMessages.locked(written.holder))], 1), ...summary };
  return { ok: true, exit: 0, messages, ...summary, written: true };
}
