/**
 * Reads an edition's chapter files, in reading order, and their translations into the language
 * built. A chapter is a plain file name in the edition's directory, a translation the same name in
 * the language's directory beside it: nothing outside the project is ever read through content
 * (SPEC 12).
 */
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { message, type Message } from '../diagnostics/message.js';
import { promisesChapter, translationFile } from '../edition/languages.js';
import type { LoadedEdition } from '../edition/load.js';
import { readSource } from '../load/dataset-file.js';
import type { TextSource } from '../load/text.js';
import { contentMessages } from './messages.js';
import { translationMessages } from './translation-messages.js';

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

/**
 * The translations of an edition's chapters into the language it is built in (an edition object
 * from `editionIn`): for each source chapter, its translation content/<year>/<language>/<name>
 * when that file exists. A chapter the edition promises in the language whose file is missing is
 * reported (a warning: a draft gives the source chapter, a final build refuses).
 *
 * @param root
 *   The project root, absolute.
 * @param edition
 *   The edition as built in a language other than its source language.
 * @param sources
 *   The source chapters read (readChapters).
 * @param messages
 *   Receives a message per promised chapter missing, and per unreadable file.
 * @returns
 *   The translation of each source chapter, by the source's file; absent where there is none.
 */
export function readTranslations(root: string, edition: LoadedEdition, sources: readonly TextSource[], messages: Message[]): Map<string, TextSource> {
  const found = new Map<string, TextSource>();
  for (const source of sources) {
    const name = source.file.slice(edition.dir.length + 1);
    const file = translationFile(edition, edition.language, name);
    if (!lstatSync(join(root, file), { throwIfNoEntry: false })) {
      if (promisesChapter(edition, name)) messages.push(message({ file: edition.file }, translationMessages.missingChapter(file, edition.language, edition.file), { severity: 'warning', value: name }));
      continue;
    }
    const translation = readSource(root, file, messages);
    if (translation) found.set(source.file, translation);
  }
  return found;
}
