/**
 * The data in a report's language (datasetInLanguage): the names translated, CLDR's name for a
 * partner the translation leaves out, codes and figures untouched, one object per data and
 * language, and English (the data's own language) given back as it is.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { datasetInLanguage, regionName, shownAcronym } from '../../pipeline/edition/reference-language.js';
import { datasetOfYear } from '../../pipeline/edition/names.js';
import type { Dataset } from '../../pipeline/model.js';
import { FRENCH, removeProjects, validateWith } from '../validate/translations-project.js';

afterAll(removeProjects);

/** The base project with the French reference data (all but Austria's name and one city). */
function frenchProject(): Dataset {
  const { dataset, messages } = validateWith({ 'fr.yaml': FRENCH });
  if (!dataset) throw new Error(messages.map((m) => m.reason).join('\n'));
  return dataset;
}

describe('datasetInLanguage', () => {
  const dataset = frenchProject();
  const fr = datasetInLanguage(dataset, 'fr');
  const country = (d: Dataset, iso3: string) => d.reference.countries.find((c) => c.iso3 === iso3)!;

  it('prints every name the translation gives in French', () => {
    expect(country(fr, 'SRB').name).toBe('Serbie');
    expect(regionName(fr.reference, country(fr, 'SRB').subregion)).toBe('Europe du Sud');
    const unodc = fr.reference.organizations.find((o) => o.acronym === 'UNODC')!;
    expect([unodc.name, shownAcronym(unodc)]).toEqual(['Office des Nations Unies contre la drogue et le crime', 'ONUDC']);
    const selec = fr.reference.organizations.find((o) => o.acronym === 'SELEC')!;
    expect(shownAcronym(selec)).toBe('SELEC');
    const pillar = fr.reference.pillars.find((p) => p.id === 'IV')!;
    expect([pillar.title, pillar.short_title, pillar.aims]).toEqual([
      'Réduction de l’abus de drogues et de la toxicomanie grâce à une approche globale',
      'Prévention de l’usage de drogues et santé',
      ['prévention', 'traitement'],
    ]);
    expect(fr.reference.glossary.find((g) => g.acronym === 'GTE')).toEqual({ acronym: 'GTE', expansion: 'groupe de travail d’experts' });
    const indicator = fr.indicators.find((i) => i.id === 'heroin-seizures')!;
    expect([indicator.title, indicator.definition, indicator.source]).toEqual(['Héroïne saisie', 'Quantité d’héroïne saisie.', 'Chiffres illustratifs']);
    const meeting = fr.reference.ewgMeetings.find((m) => m.number === 1)!;
    expect([meeting.topic, meeting.city, meeting.host]).toEqual(['Prévention de l’abus d’opiacés afghans', 'Vienne', 'ONUDC']);
    expect(fr.language).toEqual({ language: 'fr', sample: true, namesFromCldr: ['AUT'] });
  });

  it("names a partner the translation leaves out as CLDR does, and keeps English where it has nothing else", () => {
    expect(country(fr, 'AUT').name).toBe(new Intl.DisplayNames(['fr'], { type: 'region' }).of('AT'));
    expect(country(fr, 'AUT').name).toBe('Autriche');
    expect(fr.reference.ewgMeetings.find((m) => m.number === 13)!.city).toBe('Belgrade');
    // No Chinese file: every partner named by CLDR, everything else in English.
    const zh = datasetInLanguage(dataset, 'zh');
    expect(country(zh, 'AFG').name).toBe('阿富汗');
    expect(zh.language).toEqual({ language: 'zh', sample: false, namesFromCldr: ['AFG', 'AUT', 'IRN', 'KAZ', 'PAK', 'SRB'] });
    expect(zh.indicators[0]!.title).toBe(dataset.indicators[0]!.title);
  });

  it('keeps codes, figures and the English data as they are', () => {
    expect(fr.reference.countries.map((c) => [c.iso3, c.iso2, c.region, c.subregion])).toEqual(dataset.reference.countries.map((c) => [c.iso3, c.iso2, c.region, c.subregion]));
    expect(fr.reference.organizations.map((o) => o.acronym)).toEqual(dataset.reference.organizations.map((o) => o.acronym));
    expect(fr.indicators.map((i) => [i.id, i.unit, i.bounds])).toEqual(dataset.indicators.map((i) => [i.id, i.unit, i.bounds]));
    expect(fr.observations).toBe(dataset.observations);
    expect(fr.files).toBe(dataset.files);
    expect(country(dataset, 'SRB').name).toBe('Serbia');
    expect(dataset.language).toBeUndefined();
  });

  it('gives the same object for the same data and language, and the data itself in English', () => {
    expect(datasetInLanguage(dataset, 'fr')).toBe(fr);
    expect(datasetInLanguage(dataset, 'en')).toBe(dataset);
    expect(datasetInLanguage(fr, 'en')).toBe(dataset);
    expect(datasetInLanguage(fr, 'fr')).toBe(fr);
    expect(datasetInLanguage(datasetInLanguage(dataset, 'zh'), 'fr')).toBe(fr);
  });

  it('applies the English renamings of country-names.csv to the English names only', () => {
    const renamed: Dataset = { ...dataset, reference: { ...dataset.reference, countryNames: [{ iso3: 'SRB', name: 'Serbia (renamed)', from: 2020 }] } };
    expect(country(datasetOfYear(renamed, 2021), 'SRB').name).toBe('Serbia (renamed)');
    expect(country(datasetInLanguage(datasetOfYear(renamed, 2021), 'fr'), 'SRB').name).toBe('Serbie');
    // In either order: a view in French has no English renamings left to apply.
    expect(country(datasetOfYear(datasetInLanguage(renamed, 'fr'), 2021), 'SRB').name).toBe('Serbie');
  });
});
