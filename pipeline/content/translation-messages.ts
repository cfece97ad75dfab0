/**
 * Every message about an edition's translations (translation.ts, read.ts, edition/load.ts): what
 * is wrong (reason) and what to do (fix), as sentences without a final full stop.
 */
import type { MessageText } from '../diagnostics/message.js';

const accept = (file: string): string => `vdr translations --accept ${file}`;

export const translationMessages = {
  stale: (block: number, source: string, sourceLine: number, file: string): MessageText => ({
    ruleId: 'translation/stale',
    reason: `block ${block} translates text of ${source} that changed since it was translated (the source's block at line ${sourceLine})`,
    fix: `bring this block up to date with the source, then run ${accept(file)}`,
  }),
  staleRemoved: (source: string, file: string): MessageText => ({
    ruleId: 'translation/stale',
    reason: `blocks were removed from ${source} since this translation was brought up to date`,
    fix: `remove their translation too, then run ${accept(file)}`,
  }),
  notRecorded: (source: string, file: string): MessageText => ({
    ruleId: 'translation/not-recorded',
    reason: `the translation does not record which text of ${source} it translates (its front matter has no translates:), so vdr cannot tell whether it is up to date`,
    fix: `once the translation matches the source, run ${accept(file)}`,
  }),
  blockCount: (have: number, want: number, source: string): MessageText => ({
    ruleId: 'translation/blocks',
    reason: `the translation has ${have} ${have === 1 ? 'block' : 'blocks'} (paragraphs, headings, lists, tables, directives on their own line), its source ${source} ${want}; each block of the source is translated by one block, in the same order`,
    fix: 'split or join paragraphs so that they match the source one for one (blank lines separate blocks)',
  }),
  missingDirective: (written: string, source: string, line: number): MessageText => ({
    ruleId: 'translation/directive-missing',
    reason: `${written} of ${source}:${line} is missing here: a translation holds the same directives as its source, in the same order, so every figure comes from the data`,
    fix: `copy the directive from the source, as written there, and translate only its [label] and description`,
  }),
  extraDirective: (written: string, source: string): MessageText => ({
    ruleId: 'translation/directive-extra',
    reason: `${written} is not in ${source} at this point: a translation holds the same directives as its source, in the same order`,
    fix: `remove it, or write it as the source does (same name and attributes); add a new figure to the source first`,
  }),
  missingChapter: (file: string, language: string, edition: string): MessageText => ({
    ruleId: 'translation/missing',
    reason: `${edition} promises a ${language} translation of this chapter, but ${file} does not exist; the chapter is given in the source language`,
    fix: `write ${file}, or leave the chapter out of translations: ${language}: chapters: in ${edition}`,
  }),
  idDiffers: (id: string, sourceId: string, source: string): MessageText => ({
    ruleId: 'translation/id',
    reason: `the translation's id ${id} is not its source's (${source} has ${sourceId}); links from other chapters and languages use the id`,
    fix: `write id: ${sourceId}`,
  }),
  frontMatterDiffers: (key: string, value: string, sourceValue: string, source: string): MessageText => ({
    ruleId: 'translation/front-matter',
    reason: `${key}: ${value} differs from the source's (${source} has ${key}: ${sourceValue})`,
    fix: `write ${key}: ${sourceValue}, as the source does`,
  }),
  unknownChapter: (chapter: string, language: string): MessageText => ({
    ruleId: 'translation/unknown-chapter',
    reason: `translations: ${language}: names ${chapter}, which is not one of the edition's chapters`,
    fix: 'name a file listed under chapters:, or remove it',
  }),
  sourceLanguage: (language: string): MessageText => ({
    ruleId: 'translation/source-language',
    reason: `${language} is the edition's source language (language: ${language}), so it has no translation`,
    fix: `remove translations: ${language}:, or change language: to the language the chapters are written in`,
  }),
} as const;
