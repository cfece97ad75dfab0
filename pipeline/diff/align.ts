/**
 * Aligns two lists of blocks: the longest common subsequence of identical (normalised) blocks
 * stays; between two kept blocks, a removed block and an added block that read alike (Dice
 * coefficient on word bigrams of at least SIMILAR) are one changed block; the rest are removed
 * or added.
 */
import type { Block } from './blocks.js';

/** The least similarity for a removed and an added block to count as one changed block. */
const SIMILAR = 0.5;

export type Aligned =
  | { kind: 'same'; a: Block; b: Block }
  | { kind: 'removed'; a: Block }
  | { kind: 'added'; b: Block }
  | { kind: 'changed'; a: Block; b: Block; similarity: number };

/** Lower-case words: runs of letters and digits. */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function bigrams(text: string): Map<string, number> {
  const w = words(text);
  const grams = new Map<string, number>();
  const units = w.length < 2 ? w : w.slice(1).map((word, i) => `${w[i]} ${word}`);
  for (const gram of units) grams.set(gram, (grams.get(gram) ?? 0) + 1);
  return grams;
}

/**
 * The Dice coefficient of two texts on their word bigrams (counted with repeats): twice the
 * bigrams they share over the bigrams they have. A text of one word counts that word.
 *
 * @returns
 *   From 0 (nothing shared) to 1 (the same words in the same order); 1 for two empty texts.
 */
export function dice(x: string, y: string): number {
  return diceOf(bigrams(x), bigrams(y));
}

/** `dice` on bigrams counted already. */
function diceOf(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let total = 0;
  let shared = 0;
  for (const count of a.values()) total += count;
  for (const [gram, count] of b) {
    total += count;
    shared += Math.min(count, a.get(gram) ?? 0);
  }
  return total === 0 ? 1 : (2 * shared) / total;
}

/** Indices of the longest common subsequence of two key lists, as [i, j] pairs in order. */
export function lcs(a: readonly string[], b: readonly string[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  const table = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * width + j] = a[i] === b[j] ? table[(i + 1) * width + j + 1]! + 1 : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (table[(i + 1) * width + j]! >= table[i * width + j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/**
 * Pairs removed with added blocks in one gap: the order-keeping pairing of greatest total
 * similarity, counting only pairs at least SIMILAR alike.
 */
function pairGap(removed: readonly Block[], added: readonly Block[], out: Aligned[]): void {
  const n = removed.length;
  const m = added.length;
  const score = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  const ofRemoved = removed.map((block) => bigrams(block.key));
  const ofAdded = added.map((block) => bigrams(block.key));
  const sim = ofRemoved.map((a) => ofAdded.map((b) => diceOf(a, b)));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const s = sim[i]![j]!;
      const pair = s >= SIMILAR ? score[i + 1]![j + 1]! + s : -1;
      score[i]![j] = Math.max(pair, score[i + 1]![j]!, score[i]![j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const s = sim[i]![j]!;
    if (s >= SIMILAR && score[i]![j] === score[i + 1]![j + 1]! + s) {
      out.push({ kind: 'changed', a: removed[i]!, b: added[j]!, similarity: s });
      i++;
      j++;
    } else if (score[i]![j] === score[i + 1]![j]) out.push({ kind: 'removed', a: removed[i++]! });
    else out.push({ kind: 'added', b: added[j++]! });
  }
  while (i < n) out.push({ kind: 'removed', a: removed[i++]! });
  while (j < m) out.push({ kind: 'added', b: added[j++]! });
}

/**
 * Aligns the blocks of an older and a newer version of a chapter.
 *
 * @returns
 *   Every block of both, in order: same, removed, added or changed.
 */
export function alignBlocks(older: readonly Block[], newer: readonly Block[]): Aligned[] {
  const out: Aligned[] = [];
  let i = 0;
  let j = 0;
  const gap = (untilA: number, untilB: number): void => {
    pairGap(older.slice(i, untilA), newer.slice(j, untilB), out);
    i = untilA;
    j = untilB;
  };
  for (const [ai, bj] of lcs(
    older.map((b) => b.key),
    newer.map((b) => b.key),
  )) {
    gap(ai, bj);
    out.push({ kind: 'same', a: older[ai]!, b: newer[bj]! });
    i = ai + 1;
    j = bj + 1;
  }
  gap(older.length, newer.length);
  return out;
}
