/**
 * Reading a project file as the stages need it: as UTF-8 text with the place of every line
 * (text.ts), and a data file as records, CSV (csv.ts) or YAML and JSON (structured.ts), each able
 * to say where its fields are. Problems are messages from this stage's catalogue (messages.ts).
 */
import { message, type Located, type Message, type Place } from '../diagnostics/message.js';
import { errorWords, megabytes, readInside, type ReadProblem } from '../io/read.js';
import type { CompiledSchema } from '../schema/registry.js';
import { readCsv, type CsvRecord, type CsvTable } from './csv.js';
import { loadMessages } from './messages.js';
import { readStructured } from './structured.js';
import { decodeUtf8, type TextSource } from './text.js';

/** The records of one data file, whatever its format, each able to say where its fields are. */
export interface LoadedRecords {
  file: string;
  records: CsvRecord[];
  /** Place of a record's field; the record's start when the field is absent. */
  place(index: number, field?: string): Place;
}

/**
 * Reads a project file as text, reporting a missing file, an unreadable one, or bytes that are not
 * UTF-8. `file` is relative to `root`; `namedAt`, where the file is named, is where a missing file
 * is reported (optional; default: the file itself, as unreadable).
 */
export function readSource(root: string, file: string, messages: Message[], namedAt?: Located): TextSource | undefined {
  const read = readInside(root, file);
  if (!read.ok) {
    messages.push(readProblemMessage(file, read.problem, namedAt));
    return undefined;
  }
  const decoded = decodeUtf8(file, read.bytes);
  if (!decoded.ok) {
    messages.push(message({ file, place: decoded.place }, loadMessages.invalidUtf8(decoded.bytes)));
    return undefined;
  }
  return decoded.source;
}

/** A file that could not be read, said at the file (or, when missing, where it is named). */
export function readProblemMessage(file: string, problem: ReadProblem, namedAt?: Located): Message {
  switch (problem.kind) {
    case 'missing':
      return namedAt ? message(namedAt, loadMessages.fileMissing(file, namedAt.file)) : message({ file }, loadMessages.fileUnreadable('it does not exist'));
    case 'outside':
      return message({ file }, loadMessages.fileOutside());
    case 'directory':
      return message({ file }, loadMessages.notAFile('a folder'));
    case 'special':
      return message({ file }, loadMessages.notAFile(problem.what));
    case 'too-large':
      return message({ file }, loadMessages.fileTooLarge(megabytes(problem.size), megabytes(problem.limit)));
    case 'unreadable':
      return message({ file }, loadMessages.fileUnreadable(errorWords(problem.code)));
    case 'malformed':
      return message({ file }, loadMessages.fileUnreadable(problem.detail));
  }
}

/** Loads a reference or catalogue file (CSV, YAML or JSON) into records checked by its schema. */
export function loadRecords(
  root: string,
  file: string,
  compiled: CompiledSchema,
  messages: Message[],
  namedAt: Located,
): LoadedRecords | undefined {
  const source = readSource(root, file, messages, namedAt);
  if (!source) return undefined;
  if (file.endsWith('.csv')) {
    const records: CsvRecord[] = [];
    const lines: number[] = [];
    let table: CsvTable | undefined;
    const before = messages.length;
    table = readCsv(source, compiled, messages, (record, line, _table, failed) => {
      if (failed.size > 0) return;
      records.push(record);
      lines.push(line);
    });
    if (!table || messages.length > before) return undefined;
    const found = table;
    return { file, records, place: (i, field) => found.place(lines[i] ?? 1, field ?? '') };
  }
  const structured = readStructured(source, compiled, messages);
  if (!structured || !Array.isArray(structured.value)) return undefined;
  return {
    file,
    records: structured.value as CsvRecord[],
    place: (i, field) => structured.place(field === undefined ? [i] : [i, field], false),
  };
}
