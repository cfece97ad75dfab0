/**
 * Text that moved, chapter by chapter: chapters are matched by their front matter id, their
 * blocks aligned (align.ts), and each added, removed or changed block reported with its line
 * on each side.
 */
import { alignBlocks } from './align.js';
import { chapterBlocks } from './blocks.js';
import type { ChapterDiff, ParagraphChange, SideChapter } from './types.js';

/** Similarities are reported to two decimals, so the JSON is the same on every machine. */
const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * The chapters that differ between two sides.
 *
 * @param older
 *   The chapters compared from, in reading order.
 * @param newer
 *   The chapters compared to, in reading order.
 * @returns
 *   Only the chapters with a change: the newer side's order, then removed chapters in the older
 *   side's order. Texts are the blocks' source text, as written.
 */
export function diffChapters(older: readonly SideChapter[], newer: readonly SideChapter[]): ChapterDiff[] {
  const olderById = new Map(older.map((c) => [c.id, c]));
  const newerIds = new Set(newer.map((c) => c.id));
  const out: ChapterDiff[] = [];
  for (const chapter of newer) {
    const before = olderById.get(chapter.id);
    const blocks = chapterBlocks(chapter.text).blocks;
    if (!before) {
      const paragraphs = blocks.map((b): ParagraphChange => ({ kind: 'added', new_line: b.line, text: b.text }));
      out.push({ id: chapter.id, title: chapter.title, kind: 'added', old_file: null, new_file: chapter.file, paragraphs });
      continue;
    }
    const paragraphs: ParagraphChange[] = [];
    for (const step of alignBlocks(chapterBlocks(before.text).blocks, blocks)) {
      if (step.kind === 'added') paragraphs.push({ kind: 'added', new_line: step.b.line, text: step.b.text });
      else if (step.kind === 'removed') paragraphs.push({ kind: 'removed', old_line: step.a.line, text: step.a.text });
      else if (step.kind === 'changed') {
        paragraphs.push({ kind: 'changed', old_line: step.a.line, new_line: step.b.line, old_text: step.a.text, new_text: step.b.text, similarity: round2(step.similarity) });
      }
    }
    if (paragraphs.length > 0) out.push({ id: chapter.id, title: chapter.title, kind: 'changed', old_file: before.file, new_file: chapter.file, paragraphs });
  }
  for (const chapter of older) {
    if (newerIds.has(chapter.id)) continue;
    const paragraphs = chapterBlocks(chapter.text).blocks.map((b): ParagraphChange => ({ kind: 'removed', old_line: b.line, text: b.text }));
    out.push({ id: chapter.id, title: chapter.title, kind: 'removed', old_file: chapter.file, new_file: null, paragraphs });
  }
  return out;
}
