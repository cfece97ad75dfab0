/**
 * What an import writes: the observations file in the project's format (the header of
 * schemas/observations.schema.json, rows sorted as vdr writes them), and data/datasets.yaml with
 * the file's entry and a widened window, its comments and layout kept.
 */
import { parseDocument, YAMLMap, YAMLSeq } from 'yaml';
import type { IndicatorPillar, ProvenanceKind } from '../model.js';
import type { ImportedRow } from './types.js';
import type { WrittenRow } from './merge.js';

import { csvField, spreadsheetSafe } from '../load/hostile.js';

/** The columns of an observations file, in order. */
export const OBSERVATION_COLUMNS = ['indicator', 'country', 'year', 'value', 'unit', 'sex', 'denominator', 'flag', 'missing_reason', 'source', 'note'] as const;



/** The text of an observations file: header and rows, LF line endings, a final newline. */
export function observationsCsv(rows: readonly (ImportedRow | WrittenRow)[]): string {
  const lines = [OBSERVATION_COLUMNS.join(',')];
  for (const row of rows) {
    const record = row as Record<string, unknown>;
    lines.push(OBSERVATION_COLUMNS.map((column) => csvField(record[column] === undefined ? '' : spreadsheetSafe(String(record[column])))).join(','));
  }
  return `${lines.join('\n')}\n`;
}

export interface Registration {
  /** The file, relative to data/. */
  path: string;
  pillar: IndicatorPillar;
  kind: ProvenanceKind;
  source?: string;
  /** The window to set, when the figures need a wider one. */
  window: { first: number; last: number } | undefined;
}

/**
 * data/datasets.yaml with the observations file named (when it is not yet) and the window set.
 *
 * @param text
 *   The file as it is.
 * @param entry
 *   The file's entry and the window.
 * @returns
 *   The new text; comments and the order of keys are kept.
 */
export function registerFile(text: string, entry: Registration): string {
  const doc = parseDocument(text);
  if (entry.window) {
    doc.setIn(['window', 'first'], entry.window.first);
    doc.setIn(['window', 'last'], entry.window.last);
  }
  let list = doc.get('observations', true);
  if (!(list instanceof YAMLSeq)) {
    list = new YAMLSeq();
    doc.set('observations', list);
  }
  const seq = list as YAMLSeq;
  // A file written as [] in flow style becomes a block list once it has an entry.
  seq.flow = false;
  const named = seq.items.some((item) => item instanceof YAMLMap && item.get('path') === entry.path);
  if (!named) {
    seq.add(doc.createNode({ path: entry.path, pillar: entry.pillar, kind: entry.kind, ...(entry.source ? { source: entry.source } : {}) }));
  }
  return doc.toString({ lineWidth: 0 });
}
