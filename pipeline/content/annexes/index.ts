/**
 * The generated parts after the chapters, in order: six numbered annexes, then the glossary and
 * the references. Their ids are fixed, so a chapter can point to them (:ref{#annex-methodology}).
 */
import type { ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import type { Strings } from '../../i18n/index.js';
import type { CompileState } from '../state.js';
import { partOutline } from '../outline.js';
import type { CompiledPart } from '../types.js';
import { glossaryPart, referencesPart } from './back-matter.js';
import { dataTablesAnnex } from './data-tables.js';
import { methodologyAnnex } from './methodology.js';
import { ewgAnnex, organizationsAnnex, countriesAnnex } from './reference.js';
import { sourcesAnnex } from './sources.js';

/** The annexes, in order: id, title, and the builder of their content. */
export const ANNEXES: readonly { id: string; title: (s: Strings) => string; build: (state: CompileState) => ElementContent[] }[] = [
  { id: 'annex-partner-countries', title: (s) => s.annexes.partnerCountries, build: countriesAnnex },
  { id: 'annex-partner-organizations', title: (s) => s.annexes.partnerOrganizations, build: organizationsAnnex },
  { id: 'annex-ewg-meetings', title: (s) => s.annexes.ewgMeetings, build: ewgAnnex },
  { id: 'annex-methodology', title: (s) => s.annexes.methodology, build: methodologyAnnex },
  { id: 'annex-data-tables', title: (s) => s.annexes.dataTables, build: dataTablesAnnex },
  { id: 'annex-sources', title: (s) => s.annexes.sources, build: sourcesAnnex },
];

/** The parts after the annexes. */
export const BACK_MATTER: readonly { id: string; title: (s: Strings) => string; build: (state: CompileState) => ElementContent[] }[] = [
  { id: 'glossary', title: (s) => s.glossary, build: glossaryPart },
  { id: 'references', title: (s) => s.references, build: referencesPart },
];

const ROMAN: readonly [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** 4 is "IV". */
export function roman(n: number): string {
  let out = '';
  let rest = n;
  for (const [value, numeral] of ROMAN) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}

/** A part's <section>, with its heading, and its outline entry (the contents list parts without their sections). */
export function part(id: string, number: string | null, label: string | null, title: string, className: string, content: ElementContent[]): CompiledPart {
  const heading = h('h1', { className: ['part-title'] }, [...(label ? [h('span', { className: ['part-number'] }, label), { type: 'text' as const, value: ' ' }] : []), title]);
  const section = h('section', { id, className: [className] }, [h('header', { className: ['part-header'] }, heading), ...content]);
  const tree: Root = { type: 'root', children: [section] };
  return { id, number, title, tree, outline: partOutline(id, number, title) };
}

/**
 * Builds the annexes and the back matter. Run after the chapters, so the sources, acronyms and
 * symbols they list are complete.
 */
export function buildParts(state: CompileState): { annexes: CompiledPart[]; backMatter: CompiledPart[] } {
  const { strings } = state;
  const annexes = ANNEXES.map((annex, i) => {
    const number = roman(i + 1);
    return part(annex.id, number, strings.annex(number), annex.title(strings), 'annex', annex.build(state));
  });
  const backMatter = BACK_MATTER.map((p) => part(p.id, null, null, p.title(strings), 'back-matter', p.build(state)));
  return { annexes, backMatter };
}
