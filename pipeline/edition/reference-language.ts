/**
 * The data as a report in one language prints it: every name of the reference data and of the
 * indicator catalogue in that language, from data/reference/translations/<language>.yaml
 * (validate/reference-translations.ts), the same idea as names.ts's view of a year. Codes, figures
 * and everything computed stay as they are, so that directives, metrics and charts find the same
 * entries in every language: an organization keeps its `acronym` (the code) and gets the one its
 * language prints as `local_acronym`; a region keeps its English name, the code of its group in
 * the metrics, and gets its name in `reference.regionNames` (`regionName` reads it). Where the
 * translation gives nothing, a partner country is named by CLDR (Intl.DisplayNames, recorded in
 * `language.namesFromCldr` for the report's note) and anything else stays in English (validate
 * warns of it). Country renamings (country-names.csv) are English names: a view in another
 * language drops them, so that a later datasetOfYear leaves its names alone.
 */
import type { Country, Dataset, DatasetLanguage, EwgMeeting, GlossaryEntry, Indicator, Language, Organization, Pillar, ReferenceData, ReferenceTranslation } from '../model.js';

/** The language the data files are written in. */
export const DATA_LANGUAGE: Language = 'en';

/** Views already made, so that the same data and language give the same object (the preview's memos compare them). */
const views = new WeakMap<Dataset, Map<Language, Dataset>>();
/** The English data each view was made from. */
const bases = new WeakMap<Dataset, Dataset>();

/**
 * The data as a report in `language` shows it: the same Dataset shape, with the names of the
 * partners, regions, organizations, pillars, glossary, indicators and EWG meetings in that language.
 *
 * @param dataset
 *   The validated data (or a view of it: of a year, or in another language).
 * @param language
 *   The report's language.
 * @returns
 *   The same object for English, the language the data is written in; otherwise one view per
 *   dataset and language (the same object each time), whose `language` says what it is.
 */
export function datasetInLanguage(dataset: Dataset, language: Language): Dataset {
  const base = bases.get(dataset) ?? dataset;
  if (language === DATA_LANGUAGE) return base;
  let byLanguage = views.get(base);
  if (!byLanguage) views.set(base, (byLanguage = new Map()));
  let view = byLanguage.get(language);
  if (!view) {
    view = translate(base, language, base.reference.translations?.[language]);
    byLanguage.set(language, view);
    bases.set(view, base);
  }
  return view;
}

/**
 * A region's or subregion's name in the data's language.
 *
 * @param reference
 *   The reference data of a dataset or of a language view of it.
 * @param region
 *   The name countries.csv gives (the group's code).
 */
export function regionName(reference: Pick<ReferenceData, 'regionNames'>, region: string): string {
  return reference.regionNames?.[region] ?? region;
}

/** An organization's acronym as the data's language prints it. */
export function shownAcronym(organization: Pick<Organization, 'acronym' | 'local_acronym'>): string {
  return organization.local_acronym ?? organization.acronym;
}

function translate(dataset: Dataset, language: Language, t: ReferenceTranslation | undefined): Dataset {
  const { reference } = dataset;
  const cldr = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
  const namesFromCldr: string[] = [];
  const countries = reference.countries.map((c): Country => {
    const given = t?.countries[c.iso3];
    if (given !== undefined) return { ...c, name: given };
    const name = cldr.of(c.iso2);
    if (name === undefined) return c;
    namesFromCldr.push(c.iso3);
    return { ...c, name };
  });
  const organizations = reference.organizations.map((o): Organization => {
    const entry = t?.organizations[o.acronym];
    return { ...o, name: entry?.name ?? o.name, ...(entry?.acronym === undefined ? {} : { local_acronym: entry.acronym }) };
  });
  const pillars = reference.pillars.map((p): Pillar => {
    const entry = t?.pillars[p.id];
    const aims = entry?.aims?.length === p.aims.length ? entry.aims : p.aims;
    return { ...p, title: entry?.title ?? p.title, short_title: entry?.short_title ?? p.short_title, aims };
  });
  const glossary = reference.glossary.map((g): GlossaryEntry => {
    const entry = t?.glossary[g.acronym];
    const description = entry?.description ?? g.description;
    return { acronym: entry?.acronym ?? g.acronym, expansion: entry?.expansion ?? g.expansion, ...(description === undefined ? {} : { description }) };
  });
  const hostAcronyms = new Map(organizations.filter((o) => o.local_acronym !== undefined).map((o) => [o.acronym, o.local_acronym!]));
  const ewgMeetings = reference.ewgMeetings.map((m): EwgMeeting => {
    const entry = t?.ewg_meetings[String(m.number)];
    const host = m.host === undefined ? undefined : (hostAcronyms.get(m.host) ?? m.host);
    return { ...m, topic: entry?.topic ?? m.topic, city: entry?.city ?? m.city, ...(host === undefined ? {} : { host }) };
  });
  const indicators = dataset.indicators.map((i): Indicator => {
    const entry = t?.indicators[i.id];
    return { ...i, title: entry?.title ?? i.title, definition: entry?.definition ?? i.definition, source: entry?.source ?? i.source };
  });
  const described: DatasetLanguage = { language, sample: t?.sample ?? false, namesFromCldr: namesFromCldr.sort() };
  return {
    ...dataset,
    reference: { ...reference, countries, organizations, pillars, glossary, ewgMeetings, countryNames: [], regionNames: { ...t?.regions } },
    indicators,
    language: described,
  };
}
