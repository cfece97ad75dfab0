import { message, type Message } from '../diagnostics/message.js';
import { suggest } from '../diagnostics/suggest.js';
import type { LoadedRecords } from '../load/dataset-file.js';
import type { DatasetSchema } from '../schema/registry.js';
import { validateMessages } from './messages.js';

/** Reports records whose primary key repeats an earlier record's. */
export function checkPrimaryKey(loaded: LoadedRecords, schema: DatasetSchema, messages: Message[]): void {
  const key = schema['x-primary-key'];
  if (!key) return;
  const seen = new Map<string, number>();
  loaded.records.forEach((record, index) => {
    const value = key.map((k) => String(record[k] ?? '')).join(', ');
    const first = seen.get(value);
    const place = loaded.place(index, key[0]);
    if (first === undefined) {
      seen.set(value, place.line);
      return;
    }
    const label = key.length === 1 ? `${key[0]} ${value}` : `(${key.join(', ')}) = (${value})`;
    // The label names the value; repeating it as the value found would say it twice.
    messages.push(message({ file: loaded.file, place }, validateMessages.duplicateKey(label, first)));
  });
}

/** Reports values that name no record of the dataset they refer to. */
export function checkForeignKeys(
  loaded: LoadedRecords,
  schema: DatasetSchema,
  targets: ReadonlyMap<string, { file: string; keys: ReadonlySet<string> }>,
  messages: Message[],
): void {
  for (const fk of schema['x-foreign-keys'] ?? []) {
    const target = targets.get(`${fk.dataset}.${fk.key}`);
    if (!target) continue;
    loaded.records.forEach((record, index) => {
      const raw = record[fk.column];
      const values = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
      for (const value of values) {
        const text = String(value);
        if (target.keys.has(text) || fk.also?.includes(text)) continue;
        const unknown = validateMessages.unknownReference(fk.column, target.file, suggest(text, target.keys));
        messages.push(message({ file: loaded.file, place: loaded.place(index, fk.column) }, unknown, { value: text }));
      }
    });
  }
}
