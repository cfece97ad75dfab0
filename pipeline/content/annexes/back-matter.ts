/**
 * The glossary (the acronyms the report uses, with their expansions) and the references (the
 * United Nations documents it cites, with their titles from content/references.yaml).
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { byName } from '../../io/order.js';
import type { CompileState } from '../state.js';
import { glossaryId } from '../text.js';
import { translationNotes } from './reference.js';

const byText = (a: string, b: string): number => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : a < b ? -1 : a > b ? 1 : 0);

/** The glossary: acronyms used, in the alphabetical order of the report's language. */
export function glossaryPart(state: CompileState): ElementContent[] {
  const used = [...state.acronymsUsed].sort(byName(state.strings.locale));
  const items: ElementContent[] = [];
  for (const acronym of used) {
    const entry = state.glossary.get(acronym);
    if (!entry) continue;
    items.push(
      h('dt', { id: glossaryId(acronym) }, h('abbr', { title: entry.expansion }, acronym)),
      h('dd', [entry.expansion, ...(entry.description ? [' ', h('span', { className: ['glossary-description'] }, entry.description)] : [])]),
    );
  }
  return [h('p', state.strings.glossaryIntro), ...translationNotes(state), ...(items.length > 0 ? [h('dl', { className: ['glossary'] }, items)] : [])];
}

/** The references: document symbols cited, in symbol order. */
export function referencesPart(state: CompileState): ElementContent[] {
  const { strings } = state;
  const cited = [...state.symbolsUsed.values()].sort((a, b) => byText(a.symbol, b.symbol));
  const items = cited.map((ref) =>
    h('li', { id: ref.id }, [
      h('span', { className: ['reference-symbol'] }, ref.symbol),
      ...(ref.title ? [{ type: 'text' as const, value: ' ' }, h('cite', ref.title), { type: 'text' as const, value: '.' }] : []),
      ...(ref.note ? [' ', h('span', { className: ['reference-note'] }, ref.note)] : []),
      ' ',
      h('a', { className: ['reference-online'], href: `https://undocs.org/${ref.symbol}` }, strings.onlineDocument(ref.symbol)),
    ]),
  );
  return [h('p', strings.referencesIntro), ...(items.length > 0 ? [h('ul', { className: ['references'] }, items)] : [])];
}
