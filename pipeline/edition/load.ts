/**
 * The editions: every content/<year>/edition.yaml, checked against its schema, oldest first;
 * the one a command works on; the one it is compared with. The opened project (project/) reads
 * them once per command.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { message, type Message } from '../diagnostics/message.js';
import { readSource } from '../load/dataset-file.js';
import { readStructured } from '../load/structured.js';
import type { Edition, Language } from '../model.js';
import type { ProjectPaths } from '../project/paths.js';
import type { SchemaRegistry } from '../schema/registry.js';
import { translationMessages } from '../content/translation-messages.js';
import { editionMessages } from './messages.js';

/** An edition with where its configuration sits. */
export interface LoadedEdition extends Edition {
  /** Project-relative path of its edition.yaml. */
  file: string;
  /** Project-relative directory of its chapters. */
  dir: string;
  /**
   * Set on the edition as built in a language other than its source language (languages.ts
   * `editionIn`): the source language, whose chapters it translates. `language` is then the
   * language built.
   */
  sourceLanguage?: Language;
}

/**
 * Reads every `content/<year>/edition.yaml`, checked against schemas/edition.schema.json, oldest
 * first. Problems (a bad file, a year that differs from its directory, a previous edition that is
 * not an earlier one of the project) go to `messages`.
 */
export function loadEditions(project: ProjectPaths, registry: SchemaRegistry, messages: Message[]): LoadedEdition[] {
  if (!existsSync(project.contentDir)) return [];
  const editions: LoadedEdition[] = [];
  const years = readdirSync(project.contentDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^\d{4}$/.test(e.name) && existsSync(join(project.contentDir, e.name, 'edition.yaml')))
    .map((e) => e.name)
    .sort();
  for (const year of years) {
    const file = `content/${year}/edition.yaml`;
    const source = readSource(project.root, file, messages);
    const doc = source && readStructured(source, registry.get('edition'), messages);
    if (!doc) continue;
    const edition = doc.value as Edition;
    if (String(edition.year) !== year) {
      messages.push(message({ file, place: doc.place(['year']) }, editionMessages.yearMismatch(edition.year, year), { value: String(edition.year) }));
      continue;
    }
    const { previous } = edition;
    if (previous !== undefined && (previous >= edition.year || !years.includes(String(previous)))) {
      const earlier = years.filter((y) => Number(y) < edition.year);
      const text = previous >= edition.year ? editionMessages.previousNotEarlier(edition.year, earlier) : editionMessages.previousMissing(previous, earlier);
      messages.push(message({ file, place: doc.place(['previous']) }, text, { value: String(previous) }));
    }
    for (const [language, translation] of Object.entries(edition.translations ?? {})) {
      if (language === edition.language) {
        messages.push(message({ file, place: doc.place(['translations', language]) }, translationMessages.sourceLanguage(language), { value: language }));
      }
      if (translation.chapters === 'all') continue;
      translation.chapters.forEach((chapter, i) => {
        if (!edition.chapters.includes(chapter)) {
          messages.push(message({ file, place: doc.place(['translations', language, 'chapters', i]) }, translationMessages.unknownChapter(chapter, language), { value: chapter }));
        }
      });
    }
    editions.push({ ...edition, file, dir: `content/${year}` });
  }
  return editions;
}

/**
 * The edition a command works on: the one asked for, or the newest. Undefined, with the reason,
 * when there is none.
 */
export function pickEdition(editions: readonly LoadedEdition[], year?: number): LoadedEdition | string {
  if (editions.length === 0) return 'the project has no edition: add content/<year>/edition.yaml';
  if (year === undefined) return editions[editions.length - 1]!;
  const found = editions.find((e) => e.year === year);
  return found ?? `there is no ${year} edition; the editions are ${editions.map((e) => e.year).join(', ')}`;
}

/** The year of the edition to compare with: the configured one, or the newest earlier edition. */
export function previousEdition(editions: readonly LoadedEdition[], edition: Edition): number | undefined {
  if (edition.previous !== undefined) return edition.previous;
  const earlier = editions.filter((e) => e.year < edition.year);
  return earlier.length > 0 ? earlier[earlier.length - 1]!.year : undefined;
}
