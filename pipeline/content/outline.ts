/**
 * The outline pass, run over every chapter before any directive is compiled, so that a reference
 * may point forwards: numbers the chapters (those not marked `numbered: false`), their sections
 * (## headings: "3.1"), figures ("Figure 3.2") and tables ("Table 3.1"), in reading order, and
 * records every id a :ref may use. In an unnumbered chapter, figures and tables are numbered on
 * their own sequence ("Figure 1").
 */
import { slug } from 'github-slugger';
import type { Heading, Root } from 'mdast';
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { message, type Place } from '../diagnostics/message.js';
import { ID_PATTERN } from './front-matter.js';
import { contentMessages } from './messages.js';
import { placeAt } from '../load/text.js';
import type { CompileState, ParsedChapter, Target } from './state.js';
import type { OutlineEntry } from './types.js';
import { attributeSpans } from './attributes.js';

/** Directives that make a numbered figure, and those that make a numbered table. */
export const FIGURE_DIRECTIVES = new Set(['chart', 'vega-lite']);
export const TABLE_DIRECTIVES = new Set(['indicator-table', 'pillar-table']);

/** Counters of unnumbered chapters' figures and tables, shared across them. */
interface Sequences {
  figures: number;
  tables: number;
}

/**
 * Adds a target, reporting an id used twice.
 *
 * @returns
 *   Whether the id was free.
 */
export function addTarget(state: CompileState, target: Target, file: string, place: Place): boolean {
  const existing = state.targets.get(target.id);
  if (existing) {
    state.messages.push(message({ file, place }, contentMessages.duplicateId(target.id, existing.declared), { value: target.id }));
    return false;
  }
  state.targets.set(target.id, target);
  return true;
}

/** An id free among the targets: `base`, else `base-2`, `base-3`, ... */
function freeId(state: CompileState, base: string): string {
  if (!state.targets.has(base)) return base;
  let n = 2;
  while (state.targets.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/**
 * Outlines one chapter: its number, its sections, its figures and tables.
 *
 * @param chapter
 *   The chapter, parsed, with its front matter; `number`, `outline` and `headings` are set here.
 * @param state
 *   Targets and numbers are recorded here.
 * @param chapterNumber
 *   Its number, or null when unnumbered.
 * @param sequences
 *   Counters of unnumbered chapters' figures and tables.
 */
export function outlineChapter(chapter: ParsedChapter, state: CompileState, chapterNumber: number | null, sequences: Sequences): void {
  const { front, file, source, tree } = chapter;
  const { strings } = state;
  // Numbers are kept in Western digits for ids; readers see them in the report's digits.
  const shown = (number: string): string => state.format.numbering(number);
  chapter.number = chapterNumber === null ? null : String(chapterNumber);
  addTarget(
    state,
    { id: front.id, kind: 'chapter', label: chapter.number === null ? front.title : strings.chapter(shown(chapter.number)), declared: `the chapter ${file}` },
    file,
    { line: 1, column: 1 },
  );
  chapter.outline = { id: front.id, number: chapter.number === null ? null : shown(chapter.number), title: front.title, children: [] };

  let sections = 0;
  let headings = 0;
  let figures = 0;
  let tables = 0;
  const placeOf = (node: Node): Place => ({
    line: node.position?.start.line ?? 1,
    column: node.position?.start.column ?? 1,
  });

  visit(tree as Root, (node) => {
    if (node.type === 'heading') {
      const heading = node as Heading;
      if (heading.depth === 1) {
        state.messages.push(message({ file, place: placeOf(heading) }, contentMessages.headingLevel(), { severity: 'warning' }));
        heading.depth = 2;
      }
      const text = toString(heading).trim();
      // A translation's headings take their source's ids: the same links in every language, and
      // ids in the Latin letters a PDF's destination names hold well.
      const named = chapter.sourceHeadings?.[headings++] ?? text;
      const id = freeId(state, `${front.id}-${slug(named) || 'section'}`);
      let number: string | null = null;
      if (heading.depth === 2) {
        sections++;
        if (chapter.number !== null) number = `${chapter.number}.${sections}`;
        chapter.outline.children.push({ id, number: number === null ? null : shown(number), title: text, children: [] });
      }
      state.targets.set(id, {
        id,
        kind: 'section',
        label: number === null ? text : strings.section(shown(number)),
        declared: `a heading in ${file}`,
      });
      chapter.headings.set(heading.position?.start.offset ?? -1, { id, number: number === null ? null : shown(number), depth: heading.depth });
      return;
    }
    if (node.type !== 'leafDirective' && node.type !== 'containerDirective') return;
    const directive = node as LeafDirective | ContainerDirective;
    const isFigure = FIGURE_DIRECTIVES.has(directive.name);
    const isTable = TABLE_DIRECTIVES.has(directive.name);
    if (!isFigure && !isTable) return;
    let number: string;
    if (chapter.number === null) number = String(isFigure ? ++sequences.figures : ++sequences.tables);
    else number = `${chapter.number}.${isFigure ? ++figures : ++tables}`;
    const label = isFigure ? strings.figure(shown(number)) : strings.table(shown(number));
    const written = directive.attributes?.['id'];
    const span = attributeSpans(source.text, directive.position?.start.offset ?? 0).get('id');
    let id: string;
    if (written === undefined || written === null || written === '') {
      id = freeId(state, `${isFigure ? 'figure' : 'table'}-${number.replace(/\./g, '-')}`);
    } else if (!ID_PATTERN.test(written)) {
      state.messages.push(message({ file, place: span ? placeAt(source, span.value) : placeOf(directive) }, contentMessages.badId(), { value: written }));
      id = freeId(state, `${isFigure ? 'figure' : 'table'}-${number.replace(/\./g, '-')}`);
    } else {
      id = written;
    }
    const target: Target = { id, kind: isFigure ? 'figure' : 'table', label, declared: `${label} in ${file}` };
    if (!addTarget(state, target, file, span ? placeAt(source, span.value) : placeOf(directive))) {
      id = freeId(state, id);
      state.targets.set(id, { ...target, id });
    }
    state.numbered.set(directive, { id, number, label });
  });
}

/** The outline entry of an annex or part, for the table of contents. */
export function partOutline(id: string, number: string | null, title: string): OutlineEntry {
  return { id, number, title, children: [] };
}
