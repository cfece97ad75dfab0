/**
 * Rule 3, gaps and stops: a partner's figures restart after `gap_years` years in a row with
 * neither a figure nor a missing_reason (a gap), or end with as many such years before the
 * indicator's latest figures (a stop). A missing_reason row says why a year has no figure, so it closes
 * the gap. Judged over all of a partner's rows, whatever their sex.
 */
import type { Observation } from '../../model.js';
import { validateMessages } from '../messages.js';
import type { Finding, PartnerSeries } from './series.js';
import type { PlausibilitySettings } from './settings.js';
import { yearsHave } from './words.js';

/** The years after `from`, up to and including `to`, that have no row at all. */
function silentYears(series: PartnerSeries, from: number, to: number): number[] {
  const out: number[] = [];
  for (let year = from + 1; year <= to; year++) if (!series.documented.has(year)) out.push(year);
  return out;
}

/** The length of the longest run of consecutive years. */
function longestRun(years: readonly number[]): number {
  let longest = 0;
  let run = 0;
  years.forEach((year, i) => {
    run = i > 0 && years[i - 1] === year - 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
  });
  return longest;
}

/** The row that stands for a partner's figures of a year: the total's, else the first. */
function rowOfYear(series: PartnerSeries, year: number): Observation {
  const rows = series.rows.filter((row) => row.year === year && row.value !== undefined);
  return rows.find((row) => row.sex === 'total') ?? rows[0]!;
}

/**
 * Finds a partner's gaps, and whether its figures stop early.
 *
 * @param latest
 *   The latest year with a figure of the indicator, from any partner.
 */
export function judgeGaps(series: PartnerSeries, settings: PlausibilitySettings, latest: number, findings: Finding[]): void {
  const { figureYears: years, indicator, country } = series;
  for (let i = 1; i < years.length; i++) {
    const silent = silentYears(series, years[i - 1]!, years[i]! - 1);
    if (longestRun(silent) < settings.gapYears) continue;
    const row = rowOfYear(series, years[i]!);
    findings.push({ row, text: validateMessages.gap(country, indicator.id, years[i - 1]!, years[i]!, yearsHave(silent), series.breaks.has(years[i]!)) });
  }
  const last = years[years.length - 1];
  if (last === undefined) return;
  const silent = silentYears(series, last, latest);
  if (longestRun(silent) < settings.gapYears) return;
  findings.push({ row: rowOfYear(series, last), text: validateMessages.stopped(country, indicator.id, last, latest, yearsHave(silent)) });
}
