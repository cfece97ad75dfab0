/**
 * The report's words, one object per language. To add a language, write `xx.ts` implementing
 * `Words` (see en.ts) and `charts/xx.ts` implementing `ChartStrings`, and list them in
 * `LANGUAGES`; nothing else in the pipeline changes.
 */
import type { Edition } from '../model.js';
import { en as enCharts } from './charts/en.js';
import { en as enWords } from './en.js';
import type { Strings } from './strings.js';

export type { Strings, TrendForm, UnitWords, Words } from './strings.js';
export type { ChartStrings } from './charts/strings.js';

/** The English words, the charts' included. */
export const en: Strings = { ...enWords, charts: enCharts };

/** The languages the report can be written in, with their strings so far. */
export const LANGUAGES: Readonly<Partial<Record<Edition['language'], Strings>>> = { en };

/**
 * The strings of a language.
 *
 * @param language
 *   The edition's language.
 * @returns
 *   Its strings, or undefined when the language has none yet.
 */
export function stringsFor(language: Edition['language']): Strings | undefined {
  return LANGUAGES[language];
}
