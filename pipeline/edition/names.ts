/**
 * The names an edition prints: each partner country under the name it had in the edition's year
 * (data/reference/country-names.csv gives the names since countries.csv's, each from a year on).
 * The codes, and everything computed from the data, stay as they are.
 */
import type { Country, CountryName, Dataset } from '../model.js';

/** The name a country had in `year`: its newest name from that year or before, else countries.csv's. */
export function nameInYear(country: Pick<Country, 'iso3' | 'name'>, names: readonly CountryName[], year: number): string {
  let best: CountryName | undefined;
  for (const entry of names) {
    if (entry.iso3 === country.iso3 && entry.from <= year && (!best || entry.from > best.from)) best = entry;
  }
  return best?.name ?? country.name;
}

/** Views already made, so that the same data and year give the same object (the preview's memos compare them). */
const views = new WeakMap<Dataset, Map<number, Dataset>>();

/**
 * The data as an edition of `year` shows it: the same dataset, its partner countries named as they
 * were in that year. The same dataset object when no name differs.
 *
 * @param dataset
 *   The validated data.
 * @param year
 *   The edition's year.
 */
export function datasetOfYear(dataset: Dataset, year: number): Dataset {
  const { countries, countryNames } = dataset.reference;
  if (countryNames.length === 0) return dataset;
  let byYear = views.get(dataset);
  if (!byYear) views.set(dataset, (byYear = new Map()));
  let view = byYear.get(year);
  if (!view) {
    const named = countries.map((c) => {
      const name = nameInYear(c, countryNames, year);
      return name === c.name ? c : { ...c, name };
    });
    view = named.every((c, i) => c === countries[i]) ? dataset : { ...dataset, reference: { ...dataset.reference, countries: named } };
    byYear.set(year, view);
  }
  return view;
}

/**
 * A partner's name in `year`: a country's (nameInYear), or an organization's full name; undefined
 * for a code the reference data does not have.
 */
export function partnerNameInYear(reference: Pick<Dataset['reference'], 'countries' | 'countryNames' | 'organizations'>, code: string, year: number): string | undefined {
  const country = reference.countries.find((c) => c.iso3 === code);
  if (country) return nameInYear(country, reference.countryNames, year);
  return reference.organizations.find((o) => o.acronym === code)?.name;
}
