/**
 * Reads an edition's chapter files, in reading order. A chapter is a plain file name in the
 * edition's directory: nothing outside the project is ever read through content (SPEC 12).
 */
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { message, type Message } from '../diagnostics/message.js';
import type { LoadedEdition } from '../edition/load.js';
import { readSource } from '../load/dataset-file.js';
import type { TextSource } from '../load/text.js';
import { contentMessages } from './messages.js';

/** A chapter name that stays in its directory: no slashes, no dots at the start. */
const CHAPTER_NAME = /^[a-z0-9][a-z0-9-]*\.md$/;

/**
 * The chapter sources of an edition.
 *
 * @param root
 *   The project root, absolute.
 * @param edition
 *   The edition, with its chapters and where its edition.yaml is.
 * @param messages
 *   Receives a message per missing, unreadable or misnamed chapter.
 * @returns
 *   The sources that could be read, in reading order.
 */
export function readChapters(root: string, edition: LoadedEdition, messages: Message[]): TextSource[] {
  const sources: TextSource[] = [];
  const seen = new Set<string>();
  for (const name of edition.chapters) {
    if (!CHAPTER_NAME.test(name)) {
      messages.push(message({ file: edition.file }, contentMessages.chapterOutside(edition.file), { value: name }));
      continue;
    }
    if (seen.has(name)) {
      messages.push(message({ file: edition.file }, contentMessages.chapterListedTwice(), { value: name }));
      continue;
    }
    seen.add(name);
    const file = `${edition.dir}/${name}`;
    // lstat: a link counts as there even when it leads nowhere; readSource then says what is wrong with it.
    if (!lstatSync(join(root, file), { throwIfNoEntry: false })) {
      messages.push(message({ file: edition.file }, contentMessages.chapterMissing(file, edition.file), { value: name }));
      continue;
    }
    const source = readSource(root, file, messages);
    if (source) sources.push(source);
  }
  return sources;
}
