/**
 * Rule 2, the outlier: a figure far from the partner's own series, judged robustly, on a log
 * scale for counts and quantities (so 10 times a level is as far as a tenth of it): its distance
 * from the series' median line (Theil and Sen's: the median of the slopes, so a steady trend is
 * not taken for outliers at its ends), in median absolute deviations of every figure from that
 * line. The odd figure itself hardly moves either median. The series is split at known breaks,
 * and each part judged on its own. Not judged: parts of fewer than MIN_SERIES figures, flat ones
 * (no deviation to measure against), figures already reported as a jump, figures less than half
 * the jump threshold from the line, and counts or shares of a denominator that chance explains.
 * On the log scale, a single zero is left to the jump rule, and a series with zeros in two years
 * or more is not judged.
 */
import type { Observation } from '../../model.js';
import { validateMessages } from '../messages.js';
import { partnerName, type Finding, type PartnerSeries } from './series.js';
import { MIN_SERIES, type PlausibilitySettings } from './settings.js';
import { countDeparts, median, medianAbsoluteDeviation, modifiedScore, shareDeparts, theilSen } from './statistics.js';
import { times, trimmed, type FigureWriter } from './words.js';

/** A partner's figures split at each known break. */
function parts(figures: readonly Observation[], breaks: ReadonlySet<number>): Observation[][] {
  const out: Observation[][] = [[]];
  for (const row of figures) {
    if (breaks.has(row.year) && out[out.length - 1]!.length > 0) out.push([]);
    out[out.length - 1]!.push(row);
  }
  return out;
}

/**
 * Finds the outliers of a partner's series.
 *
 * @param reported
 *   Rows already given a warning (left alone here); the rows found here are added.
 */
export function judgeOutliers(series: PartnerSeries, settings: PlausibilitySettings, write: FigureWriter, findings: Finding[], reported: Set<Observation>): void {
  const log = settings.scale === 'ratio';
  for (const figures of series.figures) {
    for (const part of parts(figures, series.breaks)) {
      const judged = log ? part.filter((row) => row.value! > 0) : part;
      // Zeros in two years or more: figures too small for a log scale (as for jumps).
      if (log && part.length - judged.length > 1) continue;
      if (judged.length < MIN_SERIES) continue;
      const position = judged.map((row) => (log ? Math.log(row.value!) : row.value!));
      const line = theilSen(judged.map((row) => row.year), position);
      const residuals = judged.map((row, i) => position[i]! - line(row.year));
      const mad = medianAbsoluteDeviation(residuals, median(residuals));
      if (mad === 0) continue;
      judged.forEach((row, i) => {
        if (reported.has(row)) return;
        const residual = residuals[i]!;
        const score = modifiedScore(residual, 0, mad);
        if (score <= settings.outlierScore) return;
        if (settings.jump !== undefined && Math.abs(residual) <= (log ? Math.log(settings.jump) : settings.jump) / 2) return;
        const value = row.value!;
        const expected = log ? Math.exp(line(row.year)) : line(row.year);
        if (settings.counts && !countDeparts(value, expected)) return;
        if (settings.scale === 'points' && row.denominator !== undefined && !shareDeparts(value, row.denominator, expected)) return;
        const others = judged.filter((other) => other !== row).map((other) => other.value!);
        const near = `the ${write.computed(expected)} its median line gives for ${row.year}`;
        const from = log
          ? `${times(value > expected ? value / expected : expected / value)} ${value > expected ? '' : 'less than '}${near}`
          : `${trimmed(Math.abs(value - expected), 1)}${settings.scale === 'points' ? ' points' : ''} ${value > expected ? 'above' : 'below'} ${near}`;
        findings.push({
          row,
          text: validateMessages.outlier({
            partner: partnerName(series.country, row.sex),
            indicator: series.indicator.id,
            year: row.year,
            figure: write(value),
            distance: from,
            span: `${part[0]!.year}-${part[part.length - 1]!.year}`,
            low: write(Math.min(...others)),
            high: write(Math.max(...others)),
            score: `a robust score of ${trimmed(score, 1)}, above ${settings.outlierScore}`,
          }),
        });
        reported.add(row);
      });
    }
  }
}
