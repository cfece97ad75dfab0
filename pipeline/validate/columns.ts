/**
 * Observation rows packed into columns, to pass them from a worker thread to the main thread
 * without cloning a million objects: numbers in Float64Arrays, strings as indexes into one table,
 * both moved (transferred), not copied. Unpacking gives rows equal to the packed ones, with the
 * same keys in the same order.
 */
import type { Observation } from '../model.js';

/** One column: numbers (NaN for absent, with a mask), strings by index (-1 for absent), or values as they are. */
type Column =
  | { kind: 'number'; values: Float64Array; present: Uint8Array }
  | { kind: 'string'; indexes: Int32Array }
  | { kind: 'any'; values: unknown[] };

export interface PackedRows {
  count: number;
  /** The rows' keys, in their order (all rows of one file have the same keys). */
  keys: string[];
  columns: Column[];
  strings: string[];
}

function packColumn(rows: readonly Observation[], key: string, strings: Map<string, number>): Column {
  const count = rows.length;
  let kind: Column['kind'] | undefined;
  for (let i = 0; i < count && kind !== 'any'; i++) {
    const value = (rows[i] as unknown as Record<string, unknown>)[key];
    if (value === undefined) continue;
    const here = typeof value === 'number' ? 'number' : typeof value === 'string' ? 'string' : 'any';
    kind = kind === undefined || kind === here ? here : 'any';
  }
  if (kind === 'number') {
    const values = new Float64Array(count);
    const present = new Uint8Array(count);
    for (let i = 0; i < count; i++) {
      const value = (rows[i] as unknown as Record<string, number | undefined>)[key];
      if (value !== undefined) {
        values[i] = value;
        present[i] = 1;
      }
    }
    return { kind, values, present };
  }
  if (kind === 'string') {
    const indexes = new Int32Array(count);
    for (let i = 0; i < count; i++) {
      const value = (rows[i] as unknown as Record<string, string | undefined>)[key];
      if (value === undefined) {
        indexes[i] = -1;
        continue;
      }
      let index = strings.get(value);
      if (index === undefined) strings.set(value, (index = strings.size));
      indexes[i] = index;
    }
    return { kind, indexes };
  }
  return { kind: 'any', values: rows.map((row) => (row as unknown as Record<string, unknown>)[key]) };
}

/**
 * Packs rows that all have the same keys (the rows of one file).
 *
 * @returns
 *   The packed rows, and the buffers to transfer with them.
 */
export function packRows(rows: readonly Observation[]): { packed: PackedRows; transfer: ArrayBuffer[] } {
  const keys = rows.length > 0 ? Object.keys(rows[0]!) : [];
  const strings = new Map<string, number>();
  const columns = keys.map((key) => packColumn(rows, key, strings));
  const transfer: ArrayBuffer[] = [];
  for (const column of columns) {
    if (column.kind === 'number') transfer.push(column.values.buffer as ArrayBuffer, column.present.buffer as ArrayBuffer);
    else if (column.kind === 'string') transfer.push(column.indexes.buffer as ArrayBuffer);
  }
  return { packed: { count: rows.length, keys, columns, strings: [...strings.keys()] }, transfer };
}

/** Unpacks rows, appending them to `out`. */
export function unpackRows(packed: PackedRows, out: Observation[]): void {
  const { count, keys, columns, strings } = packed;
  for (let i = 0; i < count; i++) {
    const row: Record<string, unknown> = {};
    for (let k = 0; k < keys.length; k++) {
      const column = columns[k]!;
      let value: unknown;
      if (column.kind === 'number') value = column.present[i] ? column.values[i] : undefined;
      else if (column.kind === 'string') {
        const index = column.indexes[i]!;
        value = index < 0 ? undefined : strings[index];
      } else value = column.values[i];
      row[keys[k]!] = value;
    }
    out.push(row as unknown as Observation);
  }
}
