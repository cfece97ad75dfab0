/**
 * A draft's "What changed" in the report's words: figures formatted by the report's one rule
 * (content/format.ts: each indicator's decimals and unit, signed changes, relative changes as
 * percentages, the edition's language), named by indicator title and entity name rather than by
 * code, and each changed paragraph shortened to its changed words with a little context.
 * The HTML stage lays this out; the Diff itself (the JSON of `vdr diff`) keeps the raw figures.
 */
import { Formatter } from '../content/format.js';
import type { Strings } from '../i18n/index.js';
import type { Dataset, Indicator } from '../model.js';
import type { ChapterDiff, Diff, FieldChange, FigureChange, FigureValue, ParagraphChange, WhatChanged } from './types.js';
import { shortWordDiff, type ShortPart } from './words.js';

/** One measure of a figure, before and now, as printed. */
export interface ShownRow {
  measure: string;
  before: string;
  now: string;
}

/** A figure that changed, was added or was removed. */
export interface ShownFigure {
  /** The indicator's title (its id when the catalogue no longer has it). */
  indicator: string;
  /** The entity's or group's name: "Afghanistan", "all partners", "Asia", "RP ANC". */
  entity: string;
  kind: FigureChange['kind'];
  rows: ShownRow[];
}

/** A paragraph added, removed or changed: where it is, and its words. */
export interface ShownParagraph {
  kind: ParagraphChange['kind'];
  /** "Changed, line 9", "Removed, formerly line 22". */
  place: string;
  /** A changed paragraph's changed words with some context; an added or removed one whole. */
  words: ShortPart[];
}

/** The changes of one chapter. */
export interface ShownChapter {
  /** The chapter's id, which is its anchor in the report when the report has it. */
  id: string;
  title: string;
  kind: ChapterDiff['kind'];
  /** "1 added, 1 removed, 1 changed", and for a chapter only one side has, which. */
  counts: string;
  /** The project-relative file of the newer side (the older for a removed chapter). */
  file: string;
  paragraphs: ShownParagraph[];
}

/** The whole section's content, in reading order. */
export interface ChangesView {
  /** What the draft is compared with, and any other notes on the comparison. */
  notes: string[];
  /** How much changed, or that nothing did; absent when nothing was compared. */
  summary?: string;
  /** Figures over all partners. */
  headline: ShownFigure[];
  /** Every other figure: regions, programmes, countries, organizations. */
  others: ShownFigure[];
  /** Their caption ("9 more figures of countries, ..."), and what print says when it leaves them out. */
  othersCaption: string;
  othersNotPrinted: string;
  chapters: ShownChapter[];
}

/** How many decimals a figure of an indicator the catalogue no longer has needs (at most 3). */
function ownDecimals(value: number): number {
  for (let d = 0; d < 3; d++) if (Number(value.toFixed(d)) === value) return d;
  return 3;
}

/** Names and formats figures for one report. */
class FigurePrinter {
  private readonly format: Formatter;
  private readonly indicators: ReadonlyMap<string, Indicator>;
  private readonly names: ReadonlyMap<string, string>;

  constructor(
    private readonly strings: Strings,
    dataset: Pick<Dataset, 'indicators' | 'units' | 'reference'>,
  ) {
    this.format = new Formatter(strings, dataset.units);
    this.indicators = new Map(dataset.indicators.map((i) => [i.id, i]));
    this.names = new Map(dataset.reference.countries.map((c) => [c.iso3, c.name]));
  }

  /** The figure's indicator title and entity name. */
  private entity(change: FigureChange): string {
    if (change.scope === 'aggregate') return change.group_type === 'all' || change.group === undefined ? this.strings.allPartners : change.group;
    const code = change.entity ?? change.label;
    const name = this.names.get(code) ?? code;
    return change.sex ? this.strings.whatChanged.sexed(name, change.sex) : name;
  }

  /** One value of one measure; `undefined` is the side without the figure. */
  private value(field: FieldChange['field'], value: FigureValue | undefined, indicator: Indicator | undefined): string {
    const w = this.strings.whatChanged;
    if (value === undefined) return w.none;
    if (value === null) return this.strings.notAvailable;
    if (typeof value === 'object') {
      return w.coverage(this.format.ofTotal(value.with_both, value.expected), this.format.count(value.with_baseline), this.format.count(value.with_current));
    }
    if (typeof value === 'string') return field === 'status' && value in this.strings.statuses ? this.strings.statuses[value as keyof Strings['statuses']] : value;
    if (field === 'relative_change') return this.format.relative(value);
    const shape = indicator ?? { unit: '', decimals: ownDecimals(value) };
    return field === 'change' ? this.format.change(value, shape) : this.format.level(value, shape);
  }

  figure(change: FigureChange): ShownFigure {
    const indicator = this.indicators.get(change.indicator);
    const measures = this.strings.whatChanged.measures;
    return {
      indicator: indicator?.title ?? change.indicator,
      entity: this.entity(change),
      kind: change.kind,
      rows: change.fields.map((f) => ({
        measure: measures[f.field],
        before: this.value(f.field, change.kind === 'added' ? undefined : f.old, indicator),
        now: this.value(f.field, change.kind === 'removed' ? undefined : f.new, indicator),
      })),
    };
  }

  count(n: number): string {
    return this.format.count(n);
  }

  /** A line number, in the report's digits. */
  line(n: number): string {
    return this.format.label(n);
  }
}

function paragraph(change: ParagraphChange, strings: Strings, line: (n: number) => string, context: number): ShownParagraph {
  const w = strings.whatChanged;
  switch (change.kind) {
    case 'added':
      return { kind: 'added', place: `${w.added}, ${w.line(line(change.new_line))}`, words: [{ kind: 'added', text: change.text }] };
    case 'removed':
      return { kind: 'removed', place: `${w.removed}, ${w.oldLine(line(change.old_line))}`, words: [{ kind: 'removed', text: change.text }] };
    case 'changed':
      return { kind: 'changed', place: `${w.changed}, ${w.line(line(change.new_line))}`, words: shortWordDiff(change.old_text, change.new_text, context) };
  }
}

function chapter(diff: ChapterDiff, strings: Strings, count: (n: number) => string, line: (n: number) => string, context: number): ShownChapter {
  const w = strings.whatChanged;
  const tally = (kind: ParagraphChange['kind']): number => diff.paragraphs.filter((p) => p.kind === kind).length;
  const counts = w.chapterSummary(count(tally('added')), count(tally('removed')), count(tally('changed')));
  const which = diff.kind === 'added' ? `${w.chapterAdded}: ` : diff.kind === 'removed' ? `${w.chapterRemoved}: ` : '';
  return {
    id: diff.id,
    title: diff.title,
    kind: diff.kind,
    counts: `${which}${counts}`,
    file: diff.new_file ?? diff.old_file ?? '',
    paragraphs: diff.paragraphs.map((p) => paragraph(p, strings, line, context)),
  };
}

/**
 * A draft's "What changed" in the report's words.
 *
 * @param changes
 *   What the draft was compared with, and the diff (whatChanged).
 * @param dataset
 *   The build's data: the indicator catalogue (titles, units, decimals), the units and the
 *   partner countries' names.
 * @param strings
 *   The edition's language.
 * @param context
 *   (optional) Unchanged words kept on each side of a change in a changed paragraph (default: 8).
 */
export function presentChanges(changes: WhatChanged, dataset: Pick<Dataset, 'indicators' | 'units' | 'reference'>, strings: Strings, context = 8): ChangesView {
  const diff: Diff | null = changes.diff;
  const notes = [changes.note, ...(diff?.notes.filter((note) => note !== changes.note) ?? [])];
  if (!diff) return { notes, headline: [], others: [], othersCaption: '', othersNotPrinted: '', chapters: [] };
  const printer = new FigurePrinter(strings, dataset);
  const count = (n: number): string => printer.count(n);
  const w = strings.whatChanged;
  const { figures, paragraphs, chapters } = diff.summary;
  const total = (c: { changed: number; added: number; removed: number }): number => c.changed + c.added + c.removed;
  const summary = total(figures) + total(paragraphs) === 0 ? w.nothing : w.summary(count(total(figures)), count(total(paragraphs)), count(total(chapters)));
  const headline = diff.figures.filter((f) => f.scope === 'aggregate' && f.group_type === 'all');
  const others = diff.figures.filter((f) => !headline.includes(f));
  return {
    notes,
    summary,
    headline: headline.map((f) => printer.figure(f)),
    others: others.map((f) => printer.figure(f)),
    othersCaption: w.otherFigures(count(others.length)),
    othersNotPrinted: w.otherFiguresNotPrinted(count(others.length)),
    chapters: diff.text.map((c) => chapter(c, strings, count, (n) => printer.line(n), context)),
  };
}
