/**
 * Everything `vdr validate` checks, in order: the data (validate/), each edition's configuration
 * (edition/), and each edition's chapters, in each of its languages, against the data and its
 * metrics (content/; a translation also against its source, content/translation.ts). The data,
 * the editions and each edition's metrics come from the opened project, as they do for a build.
 */
import { checkContent } from './content/index.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { mergeMessages, type Message } from './diagnostics/message.js';
import { editionIn, editionLanguages, translationFile } from './edition/languages.js';
import { datasetInLanguage } from './edition/reference-language.js';
import type { LoadedEdition } from './edition/load.js';
import type { Project } from './project/index.js';

export interface CheckResult {
  messages: Message[];
  /** Project-relative paths of every file checked. */
  files: string[];
  /** Whether every chapter could be checked (they need data without errors); true when there are none. */
  contentChecked: boolean;
}

/**
 * Checks the data, every edition and every chapter; collects every problem. Unlike a build, an
 * edition whose configuration is broken does not stop the others' chapters from being checked.
 */
export function checkProject(project: Project): CheckResult {
  const validation = project.validation();
  const { editions, messages: editionMessages } = project.editions();
  const messages = [...validation.messages, ...editionMessages];
  const files = [...validation.files, ...editions.flatMap((edition) => [edition.file, ...chapterFiles(project.root, edition)])];
  if (!validation.dataset) return { messages, files, contentChecked: editions.length === 0 };
  const checked: Message[][] = [];
  for (const edition of editions) {
    const { dataset, metrics } = project.data(edition)!;
    // Every language: a translation is checked against its source, and its words against the data.
    for (const language of editionLanguages(edition)) {
      const built = editionIn(edition, language);
      checked.push(checkContent({ root: project.root, edition: built, dataset: datasetInLanguage(dataset, language), metrics }));
    }
  }
  return { messages: [...messages, ...mergeMessages(checked)], files, contentChecked: true };
}

/** An edition's chapter files and the translations of them that exist, project-relative. */
function chapterFiles(root: string, edition: LoadedEdition): string[] {
  const translations = editionLanguages(edition).slice(1);
  return edition.chapters.flatMap((chapter) => [
    `${edition.dir}/${chapter}`,
    ...translations.map((language) => translationFile(edition, language, chapter)).filter((file) => existsSync(join(root, file))),
  ]);
}
