/**
 * `:fact{name=NAME}`: a count from the reference data (partner countries, organizations, pillars,
 * indicators, EWG meetings up to a year), linked to its entry in the sources annex, which names
 * the file it was counted in and the annex that lists the items.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { suggest } from '../../diagnostics/suggest.js';
import { contentMessages } from '../messages.js';
import type { CompileState } from '../state.js';
import type { Site } from './site.js';

export const FACTS = [
  'partner-countries',
  'partner-organizations',
  'pillars',
  'indicators',
  'ewg-meetings',
  'trifold-meetings',
  'rp-anc-countries',
  'rp-see-countries',
] as const;
export type FactName = (typeof FACTS)[number];

/** The count, and the file it is counted in. */
export function factValue(state: CompileState, name: FactName, until: number): { count: number; file: string } {
  const { reference, indicators } = state.dataset;
  const meetings = reference.ewgMeetings.filter((m) => m.year <= until);
  switch (name) {
    case 'partner-countries':
      return { count: reference.countries.length, file: 'data/reference/countries.csv' };
    case 'partner-organizations':
      return { count: reference.organizations.length, file: 'data/reference/organizations.csv' };
    case 'pillars':
      return { count: reference.pillars.length, file: 'data/reference/pillars.yaml' };
    case 'indicators':
      return { count: indicators.length, file: 'data/indicators.yaml' };
    case 'ewg-meetings':
      return { count: meetings.length, file: 'data/reference/ewg-meetings.csv' };
    case 'trifold-meetings':
      return { count: meetings.filter((m) => m.trifold).length, file: 'data/reference/ewg-meetings.csv' };
    case 'rp-anc-countries':
      return { count: reference.countries.filter((c) => c.priority_programme === 'RP ANC').length, file: 'data/reference/countries.csv' };
    case 'rp-see-countries':
      return { count: reference.countries.filter((c) => c.priority_programme === 'RP SEE').length, file: 'data/reference/countries.csv' };
  }
}

/**
 * Compiles a :fact directive.
 *
 * @returns
 *   The linked count, or undefined when the directive has an error (reported).
 */
export function compileFact(site: Site): ElementContent[] | undefined {
  const { state } = site;
  site.allow(['name', 'until']);
  const name = site.require('name', `one of ${FACTS.join(', ')}`);
  const until = site.whole('until', 1900, 2100) ?? state.edition.year;
  if (name !== undefined && !(FACTS as readonly string[]).includes(name)) {
    site.report(contentMessages.unknownFact(suggest(name, FACTS), FACTS), site.at('name'), name);
  }
  if (site.attributes['until'] !== undefined && name !== 'ewg-meetings' && name !== 'trifold-meetings' && name !== undefined) {
    site.report(contentMessages.unknownAttribute('until', `${site.name}{name=${name}}`, ['name'], undefined), site.at('until', 'key'), 'until');
  }
  if (site.failed || name === undefined) return undefined;
  const fact = name as FactName;
  const { count, file } = factValue(state, fact, until);
  const counted = state.strings.facts[fact];
  const what = fact === 'ewg-meetings' || fact === 'trifold-meetings' ? state.strings.factUntil(counted, state.format.year(until)) : counted;
  const entry = state.provenance.entry(`fact\u0000${name}\u0000${until}`, () => ({ what, rows: [{ label: what, refs: [], files: [file] }] }));
  const title = state.strings.sourceMetricTitle(`${what}: ${state.strings.sourceReference(file)}`, state.format.label(entry.number));
  const shown = state.format.count(count);
  return [h('a', { className: ['metric', 'fact'], href: `#${entry.id}`, title, ariaLabel: state.strings.sourceMetricName(shown, what) }, shown)];
}
