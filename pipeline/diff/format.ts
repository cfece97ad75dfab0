/**
 * A diff as plain text for the terminal: the figures, indicator by indicator; the text, chapter
 * by chapter (changed paragraphs as word diffs); then one summary line.
 */
import type { ChangeCounts, Diff, FieldChange, FigureChange, FigureValue, ParagraphChange } from './types.js';
import { formatWordDiff } from './words.js';

const FIELD_NAMES: Record<FieldChange['field'], string> = {
  baseline: 'baseline',
  current: 'current',
  change: 'change',
  relative_change: 'relative change',
  status: 'status',
  coverage: 'coverage',
};

/** A figure as a reader sees it: n/a for null, coverage as "with both of expected". */
export function formatValue(value: FigureValue | undefined): string {
  if (value === null || value === undefined) return 'n/a';
  if (typeof value === 'object') return `${value.with_both} of ${value.expected} (baseline ${value.with_baseline}, current ${value.with_current})`;
  return String(value);
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function figureLine(change: FigureChange): string {
  if (change.kind === 'changed') {
    return `${change.label}: ${change.fields.map((f) => `${FIELD_NAMES[f.field]} ${formatValue(f.old)} -> ${formatValue(f.new)}`).join('; ')}`;
  }
  const values = change.fields.map((f) => `${FIELD_NAMES[f.field]} ${formatValue(change.kind === 'added' ? f.new : f.old)}`).join('; ');
  return `${change.label}: ${change.kind === 'added' ? 'new' : 'gone'} (${values})`;
}

/** Indents every line after the first, so a multi-line block stays under its heading. */
const indented = (text: string, by: string): string => text.trimEnd().split('\n').join(`\n${by}`);

function paragraphLine(p: ParagraphChange): string {
  const indent = '      ';
  switch (p.kind) {
    case 'added':
      return `added, line ${p.new_line}: ${indented(p.text, indent)}`;
    case 'removed':
      return `removed, line ${p.old_line}: ${indented(p.text, indent)}`;
    case 'changed':
      return `changed, line ${p.old_line} -> ${p.new_line}: ${formatWordDiff(p.old_text, p.new_text)}`;
  }
}

function counts(c: ChangeCounts): string {
  return `${c.changed} changed, ${c.added} added, ${c.removed} removed`;
}

/**
 * The diff as plain text.
 *
 * @param diff
 *   What diffEditions returned.
 * @returns
 *   Lines ending in a newline: a title, the notes, the figures per indicator, the text per
 *   chapter, and a summary line.
 */
export function formatDiff(diff: Diff): string {
  const lines: string[] = [`What changed from ${diff.from.label} to ${diff.to.label}`];
  for (const note of diff.notes) lines.push(`  ${note}`);

  lines.push('', `Figures (${counts(diff.summary.figures)})`);
  if (diff.figures.length === 0) lines.push('  No figure changed.');
  let indicator: string | undefined;
  for (const change of diff.figures) {
    if (change.indicator !== indicator) {
      indicator = change.indicator;
      lines.push(`  ${indicator}`);
    }
    lines.push(`    ${figureLine(change)}`);
  }

  const p = diff.summary.paragraphs;
  lines.push('', `Text (paragraphs: ${counts(p)})`);
  if (diff.text.length === 0) lines.push('  No paragraph changed.');
  for (const chapter of diff.text) {
    if (chapter.kind === 'added') {
      lines.push(`  ${chapter.id}, ${chapter.title}: new chapter, ${plural(chapter.paragraphs.length, 'paragraph')} (${chapter.new_file})`);
      continue;
    }
    if (chapter.kind === 'removed') {
      lines.push(`  ${chapter.id}, ${chapter.title}: chapter removed, ${plural(chapter.paragraphs.length, 'paragraph')} (was ${chapter.old_file})`);
      continue;
    }
    const files = chapter.old_file === chapter.new_file ? chapter.new_file : `${chapter.old_file} -> ${chapter.new_file}`;
    lines.push(`  ${chapter.id}, ${chapter.title} (${files})`);
    for (const paragraph of chapter.paragraphs) lines.push(`    ${paragraphLine(paragraph)}`);
  }

  const f = diff.summary.figures;
  const c = diff.summary.chapters;
  const nothing = f.changed + f.added + f.removed + p.changed + p.added + p.removed === 0;
  const chapters = c.changed + c.added + c.removed;
  lines.push(
    '',
    nothing
      ? 'Summary: nothing changed.'
      : `Summary: ${plural(f.changed, 'figure')} changed, ${f.added} added, ${f.removed} removed; ${plural(p.changed, 'paragraph')} changed, ${p.added} added, ${p.removed} removed in ${plural(chapters, 'chapter')}.`,
  );
  return `${lines.join('\n')}\n`;
}
