/**
 * `vdr translations`: where each translation of an edition stands, and bringing one up to date.
 * - `translationTable`: for each language other than the source and each chapter, whether its
 *   translation is current, stale (its source changed since, or it records nothing), missing (the
 *   edition promises it but the file is not there), or given in the source language (not promised,
 *   no file);
 * - `acceptTranslation`: writes into a translation's front matter (`translates:`) the hashes of
 *   its source's blocks as they are now: the translator's statement that it translates this text.
 * The checks behind the statuses are the content stage's (content/translation.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { readFrontMatter } from './content/front-matter.js';
import { parseMarkdown } from './content/parse.js';
import { chapterBlocks, checkTranslation } from './content/translation.js';
import type { Message } from './diagnostics/message.js';
import { editionIn, editionLanguages, promisesChapter, translationFile } from './edition/languages.js';
import type { LoadedEdition } from './edition/load.js';
import { writeFileAtomically } from './io/atomic.js';
import type { Language } from './model.js';

export type TranslationStatus = 'current' | 'stale' | 'missing' | 'source';

/** One chapter in one language. */
export interface TranslationCell {
  language: Language;
  chapter: string;
  status: TranslationStatus;
  /** The translation's file, project-relative, when there is one. */
  file?: string;
  /** For a stale translation, how many of its blocks are stale. */
  staleBlocks?: number;
}

/** Reads and parses a project file as Markdown; undefined when it is not there. */
function parsed(root: string, file: string): { tree: Root; text: string } | undefined {
  const path = join(root, file);
  if (!existsSync(path)) return undefined;
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  return { tree: parseMarkdown(text).tree, text };
}

/**
 * Where each translation of an edition stands, language by language (in edition.yaml's order),
 * chapter by chapter (in reading order).
 *
 * @param root
 *   The project root, absolute.
 * @param edition
 *   The edition (in its source language).
 */
export function translationTable(root: string, edition: LoadedEdition): TranslationCell[] {
  const cells: TranslationCell[] = [];
  for (const language of editionLanguages(edition).slice(1)) {
    const built = editionIn(edition, language);
    for (const chapter of edition.chapters) {
      const file = translationFile(edition, language, chapter);
      const translation = parsed(root, file);
      const source = parsed(root, `${edition.dir}/${chapter}`);
      if (!translation || !source) {
        cells.push({ language, chapter, status: promisesChapter(built, chapter) ? 'missing' : 'source' });
        continue;
      }
      const front = readFrontMatter(translation.tree, file, [], []);
      const problems: Message[] = [];
      const stale = checkTranslation({ file: `${edition.dir}/${chapter}`, ...source }, { file, ...translation }, front.translates, problems);
      cells.push({ language, chapter, file, status: stale.size > 0 ? 'stale' : 'current', ...(stale.size > 0 ? { staleBlocks: stale.size } : {}) });
    }
  }
  return cells;
}

/**
 * The table as text: a row per chapter, a column per language.
 *
 * @param cells
 *   translationTable's cells.
 */
export function formatTranslationTable(edition: LoadedEdition, cells: readonly TranslationCell[]): string {
  const languages = editionLanguages(edition).slice(1);
  if (languages.length === 0) return `The ${edition.year} edition is in ${edition.language} only: it has no translations: in ${edition.file}.`;
  const word = (cell: TranslationCell | undefined): string =>
    !cell ? '' : cell.status === 'stale' ? `stale (${cell.staleBlocks})` : cell.status === 'source' ? `(${edition.language})` : cell.status;
  const rows = [['chapter', ...languages], ...edition.chapters.map((chapter) => [chapter, ...languages.map((language) => word(cells.find((c) => c.language === language && c.chapter === chapter)))])];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  const lines = rows.map((row) => row.map((text, i) => text.padEnd(widths[i]!)).join('  ').trimEnd());
  const count = (status: TranslationStatus): number => cells.filter((c) => c.status === status).length;
  return [
    ...lines,
    '',
    `${count('current')} current, ${count('stale')} stale, ${count('missing')} missing; (${edition.language}): not promised, given in the source language.`,
  ].join('\n');
}

/**
 * Records in a translation's front matter the source text it now translates: `translates:` with
 * the hash of each block of its source, written in place of any earlier list.
 *
 * @param root
 *   The project root, absolute.
 * @param edition
 *   The edition (in its source language).
 * @param file
 *   The translation, project-relative: content/<year>/<language>/<chapter>.md.
 * @returns
 *   Undefined when done, else why it could not be (in words for the command line).
 */
export function acceptTranslation(root: string, edition: LoadedEdition, file: string): string | undefined {
  const match = new RegExp(`^${edition.dir}/([a-z]{2})/([a-z0-9][a-z0-9-]*\\.md)$`).exec(file.split('\\').join('/').replace(/^\.\//, ''));
  const languages = editionLanguages(edition).slice(1);
  if (!match || !languages.includes(match[1] as Language)) {
    return `${file} is not a translation of the ${edition.year} edition: a translation is ${edition.dir}/<language>/<chapter>.md, with a language of translations: in ${edition.file} (${languages.join(', ') || 'none'})`;
  }
  const chapter = match[2]!;
  if (!edition.chapters.includes(chapter)) return `${chapter} is not a chapter of the ${edition.year} edition (chapters: in ${edition.file})`;
  const source = parsed(root, `${edition.dir}/${chapter}`);
  const translation = parsed(root, file);
  if (!source) return `the source chapter ${edition.dir}/${chapter} does not exist`;
  if (!translation) return `${file} does not exist`;
  const front = translation.tree.children[0];
  if (!front || front.type !== 'yaml' || !front.position) return `${file} has no front matter: start it with the source's, between two lines of ---`;
  const hashes = chapterBlocks(source.tree, source.text).map((block) => block.hash);
  // The front matter's lines, without any earlier translates: list, and the new list at their end.
  const lines = translation.text.split('\n');
  const first = front.position.start.line; // the opening ---
  const last = front.position.end.line; // the closing ---
  const inside = lines.slice(first, last - 1);
  const kept: string[] = [];
  for (let i = 0; i < inside.length; i++) {
    if (/^translates\s*:/.test(inside[i]!)) {
      while (i + 1 < inside.length && /^(\s+|-\s)/.test(inside[i + 1]!)) i++;
      continue;
    }
    kept.push(inside[i]!);
  }
  const text = [...lines.slice(0, first), ...kept, 'translates:', ...hashes.map((hash) => `  - ${hash}`), ...lines.slice(last - 1)].join('\n');
  writeFileAtomically(join(root, file), text);
  return undefined;
}
