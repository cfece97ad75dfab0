/**
 * The report's words, one object per language. To add a language, write `xx.ts` implementing
 * `Strings` (see en.ts) and list it in `LANGUAGES`; nothing else in the pipeline changes.
 */
import type { Edition } from '../model.js';
import { en } from './en.js';
import type { Strings } from './strings.js';

export type { Strings, TrendForm, UnitWords } from './strings.js';
export { en } from './en.js';

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
