/**
 * content/references.yaml: the titles of the United Nations documents the chapters may cite by
 * symbol. A list of entries, each with `symbol`, `title` and an optional `note`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { message, type Message, type Place } from '../diagnostics/message.js';
import { readSource } from '../load/dataset-file.js';
import { placeAt } from '../load/text.js';
import { contentMessages } from './messages.js';

export const REFERENCES_FILE = 'content/references.yaml';

/**
 * Reads the document titles.
 *
 * @param root
 *   The project root, absolute.
 * @param messages
 *   Receives a message per problem, at its line.
 * @returns
 *   Titles (and notes) by symbol; empty when the file does not exist.
 */
export function readReferences(root: string, messages: Message[]): Map<string, { title: string; note?: string }> {
  const titles = new Map<string, { title: string; note?: string }>();
  if (!existsSync(join(root, REFERENCES_FILE))) return titles;
  const source = readSource(root, REFERENCES_FILE, messages);
  if (!source) return titles;
  const doc = parseDocument(source.text, { uniqueKeys: true });
  const place = (offset: number | undefined): Place => placeAt(source, offset ?? 0);
  const fail = (offset: number | undefined, detail: string): void => {
    messages.push(message({ file: REFERENCES_FILE, place: place(offset) }, contentMessages.referencesSyntax(detail)));
  };
  const error = doc.errors[0];
  if (error) {
    fail(error.pos[0], error.message.split('\n')[0] ?? error.code);
    return titles;
  }
  if (doc.contents === null) return titles;
  if (!isSeq(doc.contents)) {
    fail(doc.contents.range?.[0], 'the file must be a list of entries, each starting with "- symbol:"');
    return titles;
  }
  for (const item of doc.contents.items) {
    if (!isMap(item)) {
      fail((item as unknown as { range?: readonly number[] } | null)?.range?.[0], 'each entry needs symbol: and title:');
      continue;
    }
    const symbol = item.get('symbol');
    const title = item.get('title');
    const note = item.get('note');
    if (typeof symbol !== 'string' || typeof title !== 'string' || (note !== undefined && typeof note !== 'string')) {
      fail(item.range?.[0], 'each entry needs symbol: and title: as text (and an optional note:)');
      continue;
    }
    if (titles.has(symbol)) {
      const key = item.items.find((p) => isScalar(p.key) && p.key.value === 'symbol');
      fail(isScalar(key?.key) ? key.key.range?.[0] : item.range?.[0], `${symbol} is listed twice`);
      continue;
    }
    titles.set(symbol, typeof note === 'string' ? { title, note } : { title });
  }
  return titles;
}
