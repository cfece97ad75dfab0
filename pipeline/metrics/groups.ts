import type { Country, Indicator } from '../model.js';
import { byCode } from '../io/order.js';
import type { GroupType } from './types.js';

/** A group of entities an indicator is aggregated over, with the entities expected to report. */
export interface Group {
  type: GroupType;
  code: string;
  /** Expected entities, sorted by code. */
  expected: readonly string[];
}

/**
 * The groups an indicator is aggregated over. Country indicators: all partner countries, each
 * M49 region, and each priority programme (RP ANC, RP SEE); every partner country is expected to
 * report. Organization indicators: all partners only, and the organizations expected are those
 * with at least one row for the indicator in any year (a row with a missing reason included),
 * since no organization reports every indicator.
 *
 * @param indicator
 *   The indicator.
 * @param countries
 *   The partner countries.
 * @param organizations
 *   The organizations with at least one row of the indicator.
 */
export function groupsOf(indicator: Indicator, countries: readonly Country[], organizations: Iterable<string>): Group[] {
  if (indicator.reported_by === 'organization') {
    return [{ type: 'all', code: 'all', expected: [...organizations].sort(byCode) }];
  }
  const all = countries.map((c) => c.iso3).sort(byCode);
  const regions = [...new Set(countries.map((c) => c.region))].sort(byCode);
  const programmes = [...new Set(countries.map((c) => c.priority_programme))].filter((p) => p !== 'none').sort(byCode);
  const within = (keep: (c: Country) => boolean): string[] => countries.filter(keep).map((c) => c.iso3).sort(byCode);
  return [
    { type: 'all', code: 'all', expected: all },
    ...regions.map((r): Group => ({ type: 'region', code: r, expected: within((c) => c.region === r) })),
    ...programmes.map((p): Group => ({ type: 'programme', code: p, expected: within((c) => c.priority_programme === p) })),
  ];
}
