/**
 * Annexes I to III, from the reference data: the partner countries, the partner organizations,
 * and the Expert Working Group meetings held up to the edition's year.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { regionName, shownAcronym } from '../../edition/reference-language.js';
import { byName } from '../../io/order.js';
import type { CompileState } from '../state.js';
import { dataTable } from '../table.js';

/**
 * What an annex says of the words of its reference data in a report's language
 * (dataset.language, edition/reference-language.ts): that they are a sample translation, and,
 * for the partner countries, that the names the translation lacks are CLDR's. Nothing in the
 * language the data is written in.
 *
 * @param state
 *   The build's compile state.
 * @param countryNames
 *   (optional) Whether the annex lists the partner countries' names (default: false).
 */
export function translationNotes(state: CompileState, countryNames = false): ElementContent[] {
  const { language } = state.dataset;
  if (!language) return [];
  return [
    ...(language.sample ? [h('p', { className: ['provenance-note', 'sample-translation'] }, state.strings.sampleTranslation)] : []),
    ...(countryNames && language.namesFromCldr.length > 0 ? [h('p', { className: ['provenance-note', 'names-from-cldr'] }, state.strings.namesFromCldr)] : []),
  ];
}

/** Annex I: every partner country. */
export function countriesAnnex(state: CompileState): ElementContent[] {
  const { strings, format } = state;
  const { reference } = state.dataset;
  const order = byName(strings.locale);
  const countries = [...reference.countries].sort((a, b) => order(a.name, b.name));
  const c = strings.countryColumns;
  return [
    h('p', strings.annexes.partnerCountriesIntro(format.count(countries.length))),
    ...translationNotes(state, true),
    dataTable({
      id: 'annex-partner-countries-table',
      caption: strings.annexes.partnerCountries,
      columns: [c.name, c.iso3, c.region, c.subregion, c.partnerSince, c.programme],
      rows: countries.map((country) => [
        country.name,
        country.iso3,
        regionName(reference, country.region),
        regionName(reference, country.subregion),
        strings.partnerSince[country.partner_since],
        strings.programme[country.priority_programme],
      ]),
    }),
  ];
}

/** Annex II: every partner organization. */
export function organizationsAnnex(state: CompileState): ElementContent[] {
  const { strings, format } = state;
  const order = byName(strings.locale);
  const organizations = [...state.dataset.reference.organizations].sort((a, b) => order(shownAcronym(a), shownAcronym(b)));
  const c = strings.organizationColumns;
  return [
    h('p', strings.annexes.partnerOrganizationsIntro(format.count(organizations.length))),
    ...translationNotes(state),
    dataTable({
      id: 'annex-partner-organizations-table',
      caption: strings.annexes.partnerOrganizations,
      columns: [c.acronym, c.name, c.partnerSince],
      rows: organizations.map((o) => [shownAcronym(o), o.name, strings.partnerSince[o.partner_since]]),
    }),
  ];
}

/** Annex III: the Expert Working Group meetings up to the edition's year. */
export function ewgAnnex(state: CompileState): ElementContent[] {
  const { strings, format } = state;
  const names = new Map(state.dataset.reference.countries.map((c) => [c.iso3, c.name]));
  const meetings = state.dataset.reference.ewgMeetings.filter((m) => m.year <= state.edition.year).sort((a, b) => a.number - b.number);
  const c = strings.ewgColumns;
  return [
    h('p', strings.annexes.ewgMeetingsIntro(format.count(meetings.length))),
    ...translationNotes(state),
    dataTable({
      id: 'annex-ewg-meetings-table',
      caption: strings.annexes.ewgMeetings,
      columns: [c.number, c.topic, c.host, c.city, c.country, c.date, c.trifold, c.pillars],
      numeric: [true],
      rows: meetings.map((m) => [
        format.count(m.number),
        m.topic,
        m.host ?? '',
        m.city,
        names.get(m.country) ?? m.country,
        format.monthYear(m.month, m.year),
        m.trifold ? strings.yes : strings.no,
        m.pillars.join(', '),
      ]),
    }),
  ];
}
