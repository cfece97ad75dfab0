/**
 * An edition's languages (SPEC 12): the source language its chapters are written in, then the
 * languages of edition.yaml's `translations`, in the order written there. Each is built as its own
 * edition object (`editionIn`): the same data, metrics and chapters, with the language's title and
 * the translated chapters where the language has them. Files:
 * - a translated chapter is content/<year>/<language>/<chapter>.md, beside its source;
 * - the source language's report is report.html and report.pdf, another's report.<language>.html
 *   and report.<language>.pdf, all in output/<edition>/build/.
 */
import type { EditionTranslation, Language } from '../model.js';
import type { LoadedEdition } from './load.js';

/** The six languages, in the order the UN lists them (alphabetical in English). */
export const UN_LANGUAGES: readonly Language[] = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];

/** The edition's languages: its source language first, then its translations as edition.yaml orders them (the same for the edition built in any of them). */
export function editionLanguages(edition: Pick<LoadedEdition, 'language' | 'sourceLanguage' | 'translations'>): Language[] {
  const source = edition.sourceLanguage ?? edition.language;
  const others = Object.keys(edition.translations ?? {}).filter((l): l is Language => l !== source && (UN_LANGUAGES as readonly string[]).includes(l));
  return [source, ...others];
}

/** The language an edition object is built in, and its source language (the same for the source). */
export function sourceLanguage(edition: Pick<LoadedEdition, 'language' | 'sourceLanguage'>): Language {
  return edition.sourceLanguage ?? edition.language;
}

/** The translation settings of the language an edition object is built in; undefined for the source language. */
export function translationOf(edition: Pick<LoadedEdition, 'language' | 'sourceLanguage' | 'translations'>): EditionTranslation | undefined {
  return edition.sourceLanguage === undefined ? undefined : edition.translations?.[edition.language];
}

/**
 * The edition as built in one of its languages: the language's title and subtitle, and
 * `sourceLanguage` set when it is not the source. The source language gives the edition itself.
 */
export function editionIn(edition: LoadedEdition, language: Language): LoadedEdition {
  if (edition.sourceLanguage !== undefined) throw new Error('editionIn takes the edition in its source language');
  if (language === edition.language) return edition;
  const translation = edition.translations?.[language];
  if (!translation) throw new Error(`the ${edition.year} edition has no ${language} translation`);
  const { subtitle: _subtitle, ...rest } = edition;
  return { ...rest, language, sourceLanguage: edition.language, title: translation.title, ...(translation.subtitle ? { subtitle: translation.subtitle } : {}) };
}

/** Whether the language an edition object is built in promises a translation of a chapter (always true for the source). */
export function promisesChapter(edition: Pick<LoadedEdition, 'language' | 'sourceLanguage' | 'translations'>, chapter: string): boolean {
  const translation = translationOf(edition);
  if (!translation) return true;
  return translation.chapters === 'all' || translation.chapters.includes(chapter);
}

/** Project-relative path of a chapter's translation into a language. */
export function translationFile(edition: Pick<LoadedEdition, 'dir'>, language: Language, chapter: string): string {
  return `${edition.dir}/${language}/${chapter}`;
}

/** The name of a report file in a language: report.html for the source language, report.fr.html for French. */
export function reportFile(edition: Pick<LoadedEdition, 'language' | 'sourceLanguage' | 'translations'>, language: Language, extension: 'html' | 'pdf'): string {
  return language === sourceLanguage(edition) ? `report.${extension}` : `report.${language}.${extension}`;
}
