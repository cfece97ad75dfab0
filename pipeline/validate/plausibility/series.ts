/**
 * The observations regrouped as each partner's series: every row of one indicator and one
 * reporting entity, in year order, with the years that have a figure, the years that have a row
 * at all (a figure or a missing_reason), the years of known breaks, and each sex's figures.
 */
import type { Indicator, Observation, Sex } from '../../model.js';

/** One partner's rows of one indicator. */
export interface PartnerSeries {
  indicator: Indicator;
  country: string;
  /** Every row (figures and missing values), by year, then in file order. */
  rows: Observation[];
  /** Each sex's rows with a figure, by year (total first, as a file usually lists it last). */
  figures: Observation[][];
  /** Years with a figure (of any sex), ascending. */
  figureYears: number[];
  /** Years with a row of any kind: a figure or a missing_reason. */
  documented: ReadonlySet<number>;
  /** Years of rows flagged `break`: a new series starts that year. */
  breaks: ReadonlySet<number>;
}

const SEX_ORDER: readonly Sex[] = ['total', 'female', 'male'];

/**
 * Every partner's series, indicator by indicator in the order the rows first name them, so the
 * result does not depend on how rows are spread over files.
 *
 * @param observations
 *   The checked rows of every observations file.
 * @param indicators
 *   The catalogue, by id; rows of an unknown indicator are left out.
 */
export function partnerSeries(observations: readonly Observation[], indicators: ReadonlyMap<string, Indicator>): PartnerSeries[] {
  const byIndicator = new Map<string, Map<string, Observation[]>>();
  // Rows come grouped by indicator and partner, so the last lookup usually answers the next one.
  let lastIndicator: string | undefined;
  let lastCountry: string | undefined;
  let partners: Map<string, Observation[]> | undefined;
  let rows: Observation[] | undefined;
  for (const row of observations) {
    if (row.indicator !== lastIndicator) {
      lastIndicator = row.indicator;
      lastCountry = undefined;
      partners = byIndicator.get(row.indicator);
      if (!partners) byIndicator.set(row.indicator, (partners = new Map()));
    }
    if (row.country !== lastCountry) {
      lastCountry = row.country;
      rows = partners!.get(row.country);
      if (!rows) partners!.set(row.country, (rows = []));
    }
    rows!.push(row);
  }
  const out: PartnerSeries[] = [];
  for (const [id, partnersOf] of byIndicator) {
    const indicator = indicators.get(id);
    if (!indicator) continue;
    for (const [country, list] of partnersOf) out.push(seriesOf(indicator, country, list));
  }
  return out;
}

function seriesOf(indicator: Indicator, country: string, list: Observation[]): PartnerSeries {
  let sorted = true;
  for (let i = 1; i < list.length && sorted; i++) sorted = list[i - 1]!.year <= list[i]!.year;
  // A stable sort: rows of one year keep their file order.
  const rows = sorted ? list : [...list].sort((a, b) => a.year - b.year);
  const bySex = new Map<Sex, Observation[]>();
  const figureYears: number[] = [];
  const documented = new Set<number>();
  const breaks = new Set<number>();
  for (const row of rows) {
    documented.add(row.year);
    if (row.flag === 'break') breaks.add(row.year);
    if (row.value === undefined) continue;
    if (figureYears[figureYears.length - 1] !== row.year) figureYears.push(row.year);
    let figures = bySex.get(row.sex);
    if (!figures) bySex.set(row.sex, (figures = []));
    figures.push(row);
  }
  const figures = SEX_ORDER.map((sex) => bySex.get(sex)).filter((f): f is Observation[] => f !== undefined);
  return { indicator, country, rows, figures, figureYears, documented, breaks };
}

/** A row a rule finds odd, and the words of its warning. */
export interface Finding {
  row: Observation;
  text: import('../../diagnostics/message.js').MessageText;
}

/** A partner as a warning names it: its code, and the sex when the series is not the total. */
export function partnerName(country: string, sex: Sex): string {
  return sex === 'total' ? country : `${country} (${sex})`;
}

/** Whether a known break lies between two rows: a break in a later year, up to the second row's. */
export function crossesBreak(breaks: ReadonlySet<number>, before: Observation, after: Observation): boolean {
  for (const year of breaks) if (year > before.year && year <= after.year) return true;
  return false;
}
