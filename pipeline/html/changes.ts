import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { formatValue } from '../diff/format.js';
import type { Diff, FigureChange, FigureValue, ParagraphChange, WhatChanged } from '../diff/types.js';
import { wordDiff } from '../diff/words.js';
import type { Strings } from '../i18n/strings.js';

/** A figure as a reviewer reads it: numbers to at most three decimals, coverage as "45 of 58". */
function shown(value: FigureValue | undefined, locale: string): string {
  if (typeof value !== 'number') return formatValue(value);
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 })));
  return format.format(value);
}

/** One number format per locale: making one costs more than a thousand uses of it. */
const formats = new Map<string, Intl.NumberFormat>();

/** One row per changed field of a figure: figure, measure, before, now. */
function figureRows(changes: readonly FigureChange[], locale: string): Element[] {
  return changes.flatMap((change) =>
    change.fields.map((field, i) =>
      h('tr', [
        i === 0 ? h('th', { scope: 'row', rowSpan: change.fields.length }, `${change.indicator}, ${change.label}`) : undefined,
        h('td', field.field.replaceAll('_', ' ')),
        h('td', shown(field.old, locale)),
        h('td', shown(field.new, locale)),
      ].filter((cell): cell is Element => cell !== undefined)),
    ),
  );
}

function figureTable(caption: string, changes: readonly FigureChange[], strings: Strings): Element {
  const c = strings.whatChanged.columns;
  return h('div', { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: caption }, [
    h('table', { className: ['changes-table'] }, [
      h('caption', caption),
      h('thead', h('tr', [h('th', { scope: 'col' }, c.figure), h('th', { scope: 'col' }, c.field), h('th', { scope: 'col' }, c.old), h('th', { scope: 'col' }, c.new)])),
      h('tbody', figureRows(changes, strings.locale)),
    ]),
  ]);
}

function paragraph(change: ParagraphChange, strings: Strings): Element {
  const w = strings.whatChanged;
  if (change.kind === 'added') return h('li', [h('strong', `${w.added} (${w.line(change.new_line)}): `), h('ins', change.text)]);
  if (change.kind === 'removed') return h('li', [h('strong', `${w.removed} (${w.line(change.old_line)}): `), h('del', change.text)]);
  const words: ElementContent[] = wordDiff(change.old_text, change.new_text).flatMap((part, i) => [
    ...(i > 0 ? [{ type: 'text' as const, value: ' ' }] : []),
    part.kind === 'same' ? { type: 'text' as const, value: part.text } : h(part.kind === 'added' ? 'ins' : 'del', part.text),
  ]);
  return h('li', [h('strong', `${w.changed} (${w.line(change.new_line)}): `), ...words]);
}

/**
 * A draft's "What changed" section: the comparison's note, a summary, the all-partner figures that
 * moved, the other figures folded away, and each chapter's added, removed and changed paragraphs.
 */
export function whatChangedSection(changes: WhatChanged, strings: Strings): Element {
  const w = strings.whatChanged;
  const diff: Diff | null = changes.diff;
  const body: ElementContent[] = [h('h1', w.title), h('p', changes.note)];
  if (diff) {
    body.push(...diff.notes.filter((note) => note !== changes.note).map((note) => h('p', note)));
    const { figures, paragraphs, chapters } = diff.summary;
    const total = (c: { changed: number; added: number; removed: number }): number => c.changed + c.added + c.removed;
    body.push(h('p', total(figures) + total(paragraphs) === 0 ? w.nothing : w.summary(total(figures), total(paragraphs), total(chapters))));
    const headline = diff.figures.filter((f) => f.scope === 'aggregate' && f.group_type === 'all');
    const others = diff.figures.filter((f) => !headline.includes(f));
    if (headline.length > 0) body.push(figureTable(w.allPartnerFigures, headline, strings));
    if (others.length > 0) {
      body.push(h('details', [h('summary', w.otherFigures(others.length)), figureTable(w.otherFigures(others.length), others, strings)]));
    }
    // Each chapter's paragraphs fold under a summary line, so the section stays short in print.
    for (const chapter of diff.text) {
      const count = (kind: ParagraphChange['kind']): number => chapter.paragraphs.filter((p) => p.kind === kind).length;
      body.push(
        h('details', { className: ['chapter-changes'] }, [
          h('summary', w.chapterSummary(chapter.title, count('added'), count('removed'), count('changed'))),
          h('ul', { className: ['paragraph-changes'] }, chapter.paragraphs.map((p) => paragraph(p, strings))),
        ]),
      );
    }
  }
  return h('section', { id: 'what-changed', className: ['front-matter', 'what-changed'] }, body);
}
