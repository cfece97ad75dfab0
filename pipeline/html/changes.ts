/**
 * A draft's "What changed" section, laid out from its words (diff/present.ts): the notes and a
 * summary; the figures over all partners in a table; the other figures in a second one (folded
 * on screen and left out of print when long, with a note saying where they are); and each
 * chapter's paragraphs under its title, changed words marked, open on screen and on paper.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { ChangesView, ShownChapter, ShownFigure, ShownParagraph } from '../diff/present.js';
import type { ShortPart } from '../diff/words.js';
import type { Strings } from '../i18n/strings.js';

/** Up to this many other figures are shown as they are; more fold away on screen and are not printed. */
export const OTHER_FIGURES_SHOWN = 30;

/**
 * One row group per figure: its name over the whole width (so a phone has three columns to fit,
 * not four), then one row per measure that differs: measure, before, now.
 */
function figureGroup(figure: ShownFigure, withEntity: boolean, strings: Strings): Element {
  const w = strings.whatChanged;
  const mark = figure.kind === 'added' ? ` (${w.figureAdded})` : figure.kind === 'removed' ? ` (${w.figureRemoved})` : '';
  const name = `${withEntity ? `${figure.indicator}, ${figure.entity}` : figure.indicator}${mark}`;
  return h('tbody', [
    h('tr', h('th', { scope: 'rowgroup', colSpan: 3, className: ['changes-figure'] }, name)),
    ...figure.rows.map((row) => {
      const numeric = row.measure !== w.measures.status && row.measure !== w.measures.coverage;
      const cell = (text: string): Element => h('td', numeric ? { className: ['numeric'] } : {}, text);
      return h('tr', [h('th', { scope: 'row', className: ['changes-measure'] }, row.measure), cell(row.before), cell(row.now)]);
    }),
  ]);
}

function figureTable(caption: string, figures: readonly ShownFigure[], withEntity: boolean, strings: Strings): Element {
  const c = strings.whatChanged.columns;
  return h('div', { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: caption }, [
    h('table', { className: ['changes-table'] }, [
      h('caption', caption),
      h('thead', h('tr', [h('th', { scope: 'col' }, c.field), h('th', { scope: 'col', className: ['numeric'] }, c.old), h('th', { scope: 'col', className: ['numeric'] }, c.new)])),
      ...figures.map((figure) => figureGroup(figure, withEntity, strings)),
    ]),
  ]);
}

/** Words of a paragraph: unchanged as text, removed in <del>, added in <ins>, left out as "…". */
function words(parts: readonly ShortPart[], strings: Strings): ElementContent[] {
  const w = strings.whatChanged;
  return parts.flatMap((part, i): ElementContent[] => {
    const space: ElementContent[] = i > 0 ? [{ type: 'text', value: ' ' }] : [];
    switch (part.kind) {
      case 'same':
        return [...space, { type: 'text', value: part.text }];
      case 'omitted':
        return [...space, h('span', { className: ['omitted'] }, '\u2026')];
      case 'added':
        return [...space, h('ins', [h('span', { className: ['sr-only'] }, `${w.insertedMark} `), part.text])];
      case 'removed':
        return [...space, h('del', [h('span', { className: ['sr-only'] }, `${w.deletedMark} `), part.text])];
    }
  });
}

function paragraph(change: ShownParagraph, strings: Strings): Element {
  return h('li', { className: [`paragraph-${change.kind}`] }, [h('span', { className: ['change-place'] }, `${change.place}: `), ...words(change.words, strings)]);
}

/**
 * A chapter's changes under a line with its title, counts and file ("Regional initiatives: 1
 * added, ..."). The title is neither a heading nor a line of its own: the PDF's bookmarks and a
 * reader looking for the chapter would find it twice.
 */
function chapter(changes: ShownChapter, anchors: ReadonlySet<string>, strings: Strings): Element {
  const title = anchors.has(changes.id) ? h('a', { href: `#${changes.id}` }, changes.title) : changes.title;
  // The language's "label: text" punctuation, with the title (a link) in the label's place.
  const [before = '', after = ''] = strings.captioned('\u0000', `${changes.counts} (${changes.file})`).split('\u0000');
  return h('div', { className: ['chapter-changes'] }, [
    h('p', { className: ['changes-chapter'] }, [...(before ? [before] : []), h('strong', title), h('span', { className: ['changes-count'] }, after)]),
    h('ul', { className: ['paragraph-changes'] }, changes.paragraphs.map((p) => paragraph(p, strings))),
  ]);
}

/**
 * A draft's "What changed" section.
 *
 * @param view
 *   Its words (presentChanges).
 * @param strings
 *   The edition's language.
 * @param anchors
 *   (optional) The ids the report has: a chapter's title links to the chapter when it is one.
 */
export function whatChangedSection(view: ChangesView, strings: Strings, anchors: ReadonlySet<string> = new Set()): Element {
  const w = strings.whatChanged;
  const body: ElementContent[] = [h('h1', w.title), ...view.notes.map((note) => h('p', note))];
  if (view.summary !== undefined) body.push(h('p', { className: ['changes-summary'] }, view.summary));
  if (view.headline.length + view.others.length > 0) {
    body.push(h('h2', w.figuresHeading));
    if (view.headline.length > 0) body.push(figureTable(w.allPartnerFigures, view.headline, false, strings));
    if (view.others.length > 0) {
      const table = figureTable(view.othersCaption, view.others, true, strings);
      if (view.others.length <= OTHER_FIGURES_SHOWN) body.push(table);
      else {
        body.push(
          h('details', { className: ['changes-more'] }, [h('summary', view.othersCaption), table]),
          h('p', { className: ['print-only', 'changes-not-printed'] }, view.othersNotPrinted),
        );
      }
    }
  }
  if (view.chapters.length > 0) {
    body.push(h('h2', w.textHeading));
    if (view.chapters.some((c) => c.paragraphs.some((p) => p.kind !== 'changed'))) {
      body.push(h('p', { className: ['print-only', 'changes-not-printed'] }, w.wholeParagraphsShortened));
    }
    for (const c of view.chapters) body.push(chapter(c, anchors, strings));
  }
  return h('section', { id: 'what-changed', className: ['front-matter', 'what-changed'] }, body);
}
