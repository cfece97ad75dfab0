/**
 * Names and orders the spec builders share: the language a chart is drawn in, an entity's
 * display label, an indicator by id, the label of a unit, and a comparison that does not depend
 * on the machine's locale.
 */
import type { BuiltinUnit, Dataset, Indicator, UnitDefinition } from '../../model.js';
import { regionName, shownAcronym } from '../../edition/reference-language.js';
import { chartLanguage, type ChartLanguage } from '../language.js';
import type { BuildInput } from '../request.js';

/** The language a builder draws in: the input's, or English. */
export function languageOf(input: Pick<BuildInput, 'language'>): ChartLanguage {
  return input.language ?? chartLanguage();
}

/** The Vega-Lite schema every spec names (the version installed). */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** Compares by UTF-16 code units: the same order on every machine, unlike localeCompare. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The indicator with this id; throws for an unknown id (requests are checked before building). */
export function indicatorOf(dataset: Dataset, id: string): Indicator {
  const indicator = dataset.indicators.find((i) => i.id === id);
  if (!indicator) throw new Error(`unknown indicator ${id}`);
  return indicator;
}

/**
 * Display labels of every reporting entity, by code: the country's name, or the organization's
 * acronym, both as the dataset's language prints them (a translated dataset, from
 * datasetInLanguage, names countries in its language and gives an organization the acronym its
 * language uses, which is not always the code).
 */
export function entityLabels(dataset: Dataset): Map<string, string> {
  const labels = new Map<string, string>();
  for (const c of dataset.reference.countries) labels.set(c.iso3, c.name);
  for (const o of dataset.reference.organizations) labels.set(o.acronym, shownAcronym(o));
  return labels;
}

/**
 * A region's or subregion's name as the dataset's language prints it; the data gives it in English
 * (countries.csv), which stays its code in frames and metrics.
 */
export function regionLabel(dataset: Dataset, region: string): string {
  return regionName(dataset.reference, region);
}

/**
 * A unit as an axis or a table caption names it: "kg", "%", or a declared unit's name ("rate per 100,000 population").
 *
 * @param language
 *   The chart's language (optional; default: English).
 */
export function unitLabel(unit: string, units: Readonly<Record<string, UnitDefinition>>, language: ChartLanguage = chartLanguage()): string {
  const defined = units[unit];
  if (defined && !defined.builtin) return defined.name;
  return language.words.units[unit as BuiltinUnit] ?? unit;
}

/** An axis title: the indicator's title and its unit, such as "Heroin seized (kg)". */
export function axisTitle(indicator: Indicator, units: Readonly<Record<string, UnitDefinition>>, language: ChartLanguage = chartLanguage()): string {
  return language.words.withUnit(indicator.title, unitLabel(indicator.unit, units, language));
}
