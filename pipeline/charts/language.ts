/**
 * The language a chart is drawn in, resolved once per language and digits: its words (the
 * report's `Strings`, charts' included), the fonts its SVG names, the direction it reads in, how
 * it prints numbers and years and orders names, and the Vega format locale that makes vega print
 * axis and mark numbers the same way. Everything locale-dependent comes from Intl, not typed by
 * hand: the d3-format number locale (decimal, thousands, grouping, minus, percent, and numerals
 * for Arabic-Indic digits) and the d3 time locale (month and day names).
 *
 * Direction: an Arabic chart is mirrored where direction carries meaning (category axes and
 * their labels on the right, legends anchored right with each label left of its symbol, bars
 * and dumbbells growing from the right, text anchored at its right end), and time runs left to
 * right in every language, as in the UN's Arabic statistical publications, so that a series
 * reads the same in all six versions of the report.
 */
import { stringsFor, type Strings } from '../i18n/index.js';
import type { ChartStrings, Count } from '../i18n/charts/strings.js';
import type { Edition, Language } from '../model.js';
import type { Status } from '../metrics/types.js';

/** The families the charts name, each embedded by the HTML: Latin, Greek and Cyrillic first, then the script's own face. */
export const FONTS = { latin: 'Noto Sans', arabic: 'Noto Sans Arabic', chinese: 'Noto Sans SC' } as const;

/** A d3-format number locale, as vega's `config.locale.number` takes it. */
export interface NumberLocale {
  decimal: string;
  thousands: string;
  grouping: number[];
  currency: [string, string];
  minus: string;
  percent: string;
  numerals?: string[];
}

/** A d3 time-format locale, as vega's `config.locale.time` takes it. */
export interface TimeLocale {
  dateTime: string;
  date: string;
  time: string;
  periods: [string, string];
  days: string[];
  shortDays: string[];
  months: string[];
  shortMonths: string[];
}

export interface ChartLanguage {
  language: Language;
  /** The digits numbers are written in. */
  digits: 'latn' | 'arab';
  dir: 'ltr' | 'rtl';
  /** Whether the chart is mirrored (dir is rtl). */
  rtl: boolean;
  /** The report's words in this language, with the digits asked for (`strings.locale`). */
  strings: Strings;
  /** The charts' own words. */
  words: ChartStrings;
  /** The SVG's font-family. */
  font: string;
  /** Vega's format locale; undefined for English in 0-9, which is vega's own (so English specs stay as they were). */
  vegaLocale: { number: NumberLocale; time: TimeLocale } | undefined;
  /** A number as Intl prints it in this language ("1,000", "1 000"). */
  number: (value: number) => string;
  /** A number with a fixed number of decimals ("0.00"). */
  fixed: (value: number, decimals: number) => string;
  /** A count, with its text: grouped from five digits on ("1160", "12,345"), as the report's prose writes counts. */
  count: (n: number) => Count;
  /** A year: digits only, no grouping. */
  year: (year: number) => string;
  /** A month's name (1 to 12), as it stands alone ("January", "январь"). */
  month: (month: number) => string;
  /** Orders names by the language's collation (Intl.Collator). */
  compare: (a: string, b: string) => number;
  /** A status as a legend writes it: the report's status name, capitalised ("Improved"). */
  status: (status: Status) => string;
  /** A flag as a legend writes it ("Estimate"). */
  flag: (flag: 'estimate' | 'provisional') => string;
}

/** The locale without its Unicode extensions, for collation and names. */
const bare = (locale: string): string => locale.replace(/-u-.*$/, '');

/** The number locale d3-format needs, read from what Intl prints for the locale. */
export function numberLocale(locale: string): NumberLocale {
  const parts = new Intl.NumberFormat(locale).formatToParts(-1234567.5);
  const first = (type: Intl.NumberFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  const firstInteger = parts.findIndex((p) => p.type === 'integer');
  const minus = parts.slice(0, firstInteger).map((p) => p.value).join('') || '-';
  const groups = parts.filter((p) => p.type === 'integer').map((p) => p.value.length).reverse();
  const grouping = groups.length > 2 && groups[1] !== groups[0] ? [groups[0]!, groups[1]!] : [groups[0] ?? 3];
  const percentParts = new Intl.NumberFormat(locale, { style: 'percent' }).formatToParts(0.5);
  const lastNumber = percentParts.map((p) => p.type).lastIndexOf('integer');
  const percent = percentParts.slice(lastNumber + 1).map((p) => p.value).join('') || '%';
  const plain = new Intl.NumberFormat(locale, { useGrouping: false });
  const numerals = Array.from({ length: 10 }, (_, d) => plain.format(d));
  return {
    decimal: first('decimal') || '.',
    thousands: first('group'),
    grouping,
    currency: ['', ''],
    minus,
    percent,
    ...(numerals.join('') === '0123456789' ? {} : { numerals }),
  };
}

/** The time locale d3-time-format needs: names of months and days from Intl.DateTimeFormat, in UTC. */
export function timeLocale(locale: string): TimeLocale {
  const names = (options: Intl.DateTimeFormatOptions, dates: number[]): string[] => {
    const format = new Intl.DateTimeFormat(bare(locale), { ...options, timeZone: 'UTC' });
    return dates.map((d) => format.format(d));
  };
  const months = Array.from({ length: 12 }, (_, m) => Date.UTC(2001, m, 15));
  // 7 January 2001 was a Sunday: d3 lists days from Sunday.
  const days = Array.from({ length: 7 }, (_, d) => Date.UTC(2001, 0, 7 + d));
  const periods = names({ hour: 'numeric', hour12: true }, [Date.UTC(2001, 0, 1, 9), Date.UTC(2001, 0, 1, 21)]).map((t) => t.replace(/[\d\s\u200e\u200f]/g, '') || t);
  return {
    dateTime: '%x %X',
    date: '%d/%m/%Y',
    time: '%H:%M:%S',
    periods: [periods[0] ?? 'AM', periods[1] ?? 'PM'],
    days: names({ weekday: 'long' }, days),
    shortDays: names({ weekday: 'short' }, days),
    months: names({ month: 'long' }, months),
    shortMonths: names({ month: 'short' }, months),
  };
}

/** The font-family of a language's charts: Noto Sans, then the face of its script. */
export function fontFor(language: Language): string {
  if (language === 'ar') return `${FONTS.latin}, ${FONTS.arabic}, sans-serif`;
  if (language === 'zh') return `${FONTS.latin}, ${FONTS.chinese}, sans-serif`;
  return `${FONTS.latin}, sans-serif`;
}

/** Capitalises a phrase's first letter, by the language's rules. */
function capitalised(text: string, lang: string): string {
  const first = String.fromCodePoint(text.codePointAt(0) ?? 32);
  return text ? first.toLocaleUpperCase(lang) + text.slice(first.length) : text;
}

const made = new Map<string, ChartLanguage>();

/**
 * A language's chart settings, made once per language and digits.
 *
 * @param language
 *   The language (optional; default: en).
 * @param digits
 *   The digits (optional; default: latn, 0-9).
 */
export function chartLanguage(language: Language = 'en', digits: 'latn' | 'arab' = 'latn'): ChartLanguage {
  const key = `${language} ${digits}`;
  const known = made.get(key);
  if (known) return known;
  const strings = stringsFor(language, digits);
  const locale = strings.locale;
  const numbers = new Intl.NumberFormat(locale);
  const counts = new Intl.NumberFormat(locale, { useGrouping: 'min2' } as unknown as Intl.NumberFormatOptions);
  const years = new Intl.NumberFormat(locale, { useGrouping: false });
  const months = new Intl.DateTimeFormat(`${bare(locale)}${digits === 'arab' ? '-u-nu-arab' : ''}`, { month: 'long', timeZone: 'UTC' });
  const collator = new Intl.Collator(bare(locale));
  const english = language === 'en' && digits === 'latn';
  const settings: ChartLanguage = {
    language,
    digits,
    dir: strings.dir,
    rtl: strings.dir === 'rtl',
    strings,
    words: strings.charts,
    font: fontFor(language),
    vegaLocale: english ? undefined : { number: numberLocale(locale), time: timeLocale(locale) },
    number: (value) => numbers.format(value),
    fixed: (value, decimals) => new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value),
    count: (n) => ({ n, text: counts.format(n) }),
    year: (year) => years.format(year),
    month: (month) => months.format(Date.UTC(2001, month - 1, 15)),
    compare: (a, b) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0),
    status: (status) => capitalised(strings.statuses[status], bare(locale)),
    flag: (flag) => capitalised(strings.flags[flag], bare(locale)),
  };
  made.set(key, settings);
  return settings;
}

/** The chart language of an edition object: the language it is built in, with the digits its translation settings ask for. */
export function editionChartLanguage(edition: Partial<Pick<Edition, 'language' | 'translations'>>): ChartLanguage {
  const language = edition.language ?? 'en';
  return chartLanguage(language, edition.translations?.[language]?.digits ?? 'latn');
}
