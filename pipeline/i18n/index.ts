/**
 * The report's words in the six UN languages, one object per language: `xx.ts` implements
 * `Words` (see en.ts) and `charts/xx.ts` implements `ChartStrings`; `LANGUAGES` joins them. A word
 * missing in one language does not compile.
 */
import type { Edition } from '../model.js';
import { ar as arCharts } from './charts/ar.js';
import { en as enCharts } from './charts/en.js';
import { es as esCharts } from './charts/es.js';
import { fr as frCharts } from './charts/fr.js';
import { ru as ruCharts } from './charts/ru.js';
import { zh as zhCharts } from './charts/zh.js';
import { ar as arWords } from './ar.js';
import { en as enWords } from './en.js';
import { es as esWords } from './es.js';
import { fr as frWords } from './fr.js';
import { ru as ruWords } from './ru.js';
import { zh as zhWords } from './zh.js';
import type { ChartStrings } from './charts/strings.js';
import type { Strings } from './strings.js';

export type { Strings, TrendForm, UnitWords, Words } from './strings.js';
export type { ChartStrings } from './charts/strings.js';

/** The charts' words of every language (pipeline/i18n/charts/), each joined to its language's other words in LANGUAGES. */
export const CHART_STRINGS: Readonly<Record<Edition['language'], ChartStrings>> = { en: enCharts, fr: frCharts, es: esCharts, ru: ruCharts, ar: arCharts, zh: zhCharts };

/** The English words, the charts' included. */
export const en: Strings = { ...enWords, charts: enCharts };

/** The languages the report can be written in, with their strings. */
export const LANGUAGES: Readonly<Record<Edition['language'], Strings>> = { en, ru: { ...ruWords, charts: ruCharts }, es: { ...esWords, charts: esCharts }, fr: { ...frWords, charts: frCharts }, zh: { ...zhWords, charts: zhCharts }, ar: { ...arWords, charts: arCharts } };

/** The strings of a language with Arabic-Indic digits, made once each. */
const arabicDigits = new Map<string, Strings>();

/**
 * The strings of a language.
 *
 * @param language
 *   The edition's language.
 * @param digits
 *   The digits numbers are written in (optional; default latn, 0-9, as UN documents in every
 *   language write them; arab: Arabic-Indic digits, through the locale's -u-nu-arab extension).
 * @returns
 *   Its strings.
 */
export function stringsFor(language: Edition['language'], digits: 'latn' | 'arab' = 'latn'): Strings {
  const strings = LANGUAGES[language];
  if (digits === 'latn') return strings;
  let made = arabicDigits.get(language);
  if (!made) arabicDigits.set(language, (made = { ...strings, locale: `${strings.locale.replace(/-u-.*$/, '')}-u-nu-arab` }));
  return made;
}

/** The strings an edition object is built with: its language, with the digits its translation settings ask for. */
export function editionStrings(edition: Pick<Edition, 'language' | 'translations'>): Strings {
  return stringsFor(edition.language, edition.translations?.[edition.language]?.digits);
}
