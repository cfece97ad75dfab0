/**
 * Rule 1, the jump: a partner's figure changes from its figure before by more than the
 * indicator's threshold: a factor for counts and quantities, percentage points for percentages.
 * Small counts and shares of small denominators are left alone when chance explains the change,
 * and so is a series with zeros in two years or more.
 * A known break between the two figures explains the change. A single odd figure between two
 * ordinary ones (a spike, or a dip to zero) is one warning, at the odd figure, not two.
 */
import type { Observation } from '../../model.js';
import { validateMessages } from '../messages.js';
import { crossesBreak, partnerName, type Finding, type PartnerSeries } from './series.js';
import type { PlausibilitySettings } from './settings.js';
import { countsDiffer, sharesDiffer } from './statistics.js';
import { times, trimmed, type FigureWriter } from './words.js';

/**
 * Whether the change from `a` to `b` passes the threshold (and chance does not explain it). On
 * the ratio scale, a change from or to zero has no factor: it is a jump when the zero is the
 * series' only one; a series with zeros in two years or more is too small for factors to say
 * anything (a year may see none, the next a little), and is not judged by them.
 */
function isJump(a: Observation, b: Observation, settings: PlausibilitySettings, zeros: number): boolean {
  const x = a.value!;
  const y = b.value!;
  const limit = settings.jump!;
  if (settings.scale === 'points') {
    if (Math.abs(y - x) <= limit) return false;
    return a.denominator === undefined || b.denominator === undefined || sharesDiffer(x, a.denominator, y, b.denominator);
  }
  if (x === y || zeros > 1) return false;
  const low = Math.min(x, y);
  const factor = low > 0 ? Math.max(x, y) / low : Number.POSITIVE_INFINITY;
  if (factor <= limit) return false;
  return !settings.counts || countsDiffer(x, y);
}

/** How a figure changed, in words: the figures, their years, and the size of the change. */
function changeWords(a: Observation, b: Observation, settings: PlausibilitySettings, write: FigureWriter): string {
  const x = a.value!;
  const y = b.value!;
  const verb = y > x ? 'rose' : 'fell';
  const figures = `${verb} from ${write(x)} in ${a.year} to ${write(y)} in ${b.year}`;
  if (settings.scale === 'points') return `${figures} (${y > x ? '+' : ''}${trimmed(y - x, 1)} points)`;
  if (x === 0) return figures;
  const percent = `${y > x ? '+' : ''}${trimmed(((y - x) / x) * 100, 1)} %`;
  if (y === 0) return `${figures} (${percent})`;
  return `${figures} (${percent}, ${times(Math.max(x, y) / Math.min(x, y))} ${y > x ? 'as much' : 'less'})`;
}

/** How a spike (or a dip) stands out, in words. */
function spikeWords(before: Observation, row: Observation, after: Observation, settings: PlausibilitySettings, write: FigureWriter): string {
  const v = row.value!;
  const up = v > before.value!;
  const figures = `${up ? 'jumps to' : 'drops to'} ${write(v)} in ${row.year}, from ${write(before.value!)} in ${before.year}, and back to ${write(after.value!)} in ${after.year}`;
  if (settings.scale === 'points') return `${figures} (${up ? '+' : ''}${trimmed(v - before.value!, 1)} points)`;
  if (v === 0 || before.value === 0) return figures;
  return `${figures} (${up ? `${times(v / before.value!)} the figure before it` : `${times(before.value! / v)} less than the figure before it`})`;
}

function limitWords(settings: PlausibilitySettings): string {
  return settings.scale === 'points'
    ? `a change of more than ${settings.jump} percentage points from one figure to the next is rarely real`
    : `a change beyond a factor of ${settings.jump} from one figure to the next is rarely real`;
}

/**
 * Finds the jumps of a partner's series.
 *
 * @param reported
 *   Rows already given a warning; the rows found here are added.
 * @param confirmed
 *   Rows whose figures the indicator lists as confirmed right (`plausibility.checked`).
 */
export function judgeJumps(
  series: PartnerSeries,
  settings: PlausibilitySettings,
  write: FigureWriter,
  findings: Finding[],
  reported: Set<Observation>,
  confirmed: ReadonlySet<Observation>,
): void {
  if (settings.jump === undefined) return;
  const { breaks, indicator } = series;
  for (const figures of series.figures) {
    const zeros = figures.filter((row) => row.value === 0).length;
    // A change to or from a figure confirmed as right is explained by it.
    const odd = (a: Observation, b: Observation): boolean =>
      !confirmed.has(a) && !confirmed.has(b) && !crossesBreak(breaks, a, b) && isJump(a, b, settings, zeros);
    for (let i = 1; i < figures.length; i++) {
      const before = figures[i - 1]!;
      const row = figures[i]!;
      if (!odd(before, row)) continue;
      const after = figures[i + 1];
      const spike = after !== undefined && odd(row, after) && !crossesBreak(breaks, before, after) && !isJump(before, after, settings, zeros);
      const change = spike ? spikeWords(before, row, after, settings, write) : changeWords(before, row, settings, write);
      findings.push({
        row,
        text: validateMessages.jump({
          partner: partnerName(series.country, row.sex),
          indicator: indicator.id,
          change,
          limit: limitWords(settings),
          threshold: settings.scale === 'points' ? 'jump_points' : 'jump_factor',
          zero: row.value === 0,
        }),
      });
      reported.add(row);
      // The way back from a spike is the same fault, reported once.
      if (spike) i++;
    }
  }
}
