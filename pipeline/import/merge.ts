/**
 * Imported rows against the project's figures: a figure the target file already has is kept when
 * it is the same, listed as changed (and an error without --replace) when it differs; a figure
 * another observations file holds is an error (a figure lives in one file only). The rows of the
 * target file the import does not touch are kept as they are.
 */
import { parse } from 'csv-parse/sync';
import { message, type Message } from '../diagnostics/message.js';
import { readInside } from '../io/read.js';
import { readProblemMessage } from '../load/dataset-file.js';
import type { Dataset } from '../model.js';
import type { ProjectPaths } from '../project/paths.js';
import { importMessages } from './messages.js';
import type { ImportedRow } from './types.js';

/** A row of the target file as it is written: its cells as text. */
export type WrittenRow = Record<string, string>;

/** What merging gave: the target file's rows to write, and what changed. */
export interface Merged {
  rows: (ImportedRow | WrittenRow)[];
  added: number;
  changed: { entity: string; year: number; sex: string; old: string; new: string }[];
  unchanged: number;
}

const keyOf = (indicator: string, country: string, year: number | string, sex: string | undefined): string => `${indicator}\u0000${country}\u0000${year}\u0000${sex || 'total'}`;

/** A figure as compared and listed: its value, or its missing reason. */
const shown = (value: string | number | undefined, reason: string | undefined): string => (value === undefined || value === '' ? `missing (${reason ?? 'no reason'})` : String(value));

/**
 * Merges imported rows into the target file.
 *
 * @param project
 *   The project's paths.
 * @param dataset
 *   Its validated data (every observation with its file and line).
 * @param into
 *   The target file, project-relative.
 * @param rows
 *   The imported rows.
 * @param replace
 *   Whether a changed figure replaces the old one.
 * @param messages
 *   Where changed figures (without --replace) and figures of other files are reported, at the source cell.
 */
export function mergeRows(project: ProjectPaths, dataset: Dataset, into: string, rows: readonly ImportedRow[], replace: boolean, messages: Message[]): Merged {
  const elsewhere = new Map(dataset.observations.filter((o) => o.file !== into).map((o) => [keyOf(o.indicator, o.country, o.year, o.sex), `${o.file}:${o.line}`]));
  const got = readInside(project.root, into);
  if (!got.ok && got.problem.kind !== 'missing') messages.push(readProblemMessage(into, got.problem));
  const existing: WrittenRow[] = got.ok ? (parse(got.bytes.toString('utf8'), { columns: true, bom: true, skip_empty_lines: true }) as WrittenRow[]) : [];
  const byKey = new Map(existing.map((row, i) => [keyOf(row['indicator'] ?? '', row['country'] ?? '', row['year'] ?? '', row['sex']), i]));
  const merged: Merged = { rows: [...existing], added: 0, changed: [], unchanged: 0 };
  for (const row of rows) {
    const label = `${row.indicator}, ${row.country}, ${row.year}${row.sex ? `, ${row.sex}` : ''}`;
    const key = keyOf(row.indicator, row.country, row.year, row.sex);
    const other = elsewhere.get(key);
    if (other) {
      messages.push(message(row.at, importMessages.inOtherFile(label, other)));
      continue;
    }
    const at = byKey.get(key);
    if (at === undefined) {
      merged.rows.push(row);
      merged.added++;
      continue;
    }
    const old = existing[at]!;
    const before = shown(old['value'], old['missing_reason']);
    const after = shown(row.value, row.missing_reason);
    if (before === after && (old['flag'] ?? '') === (row.flag ?? '')) {
      merged.unchanged++;
      continue;
    }
    merged.changed.push({ entity: row.country, year: row.year, sex: row.sex ?? 'total', old: before, new: after });
    if (!replace) messages.push(message(row.at, importMessages.changedFigure(label, before, after, `${into}:${at + 2}`)));
    else merged.rows[at] = row;
  }
  return merged;
}
