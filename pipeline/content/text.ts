/**
 * The text plugin: finds, in the running text of the chapters in reading order,
 * - acronyms from data/reference/glossary.yaml: the first use in the whole report is written out
 *   ("Expert Working Group (EWG)") and linked to the glossary; every use is an <abbr> with its
 *   expansion; where the author already wrote the expansion just before, it is not repeated;
 * - United Nations document symbols (E/CN.7/2014/14, A/RES/70/1, S/2014/123): each links to its
 *   entry in the references list, and a symbol content/references.yaml does not know is an error.
 * Headings, links, code and the HTML an author wrote are left as they are (a symbol there is still
 * listed in the references).
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Parent, PhrasingContent, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import type { GlossaryEntry } from '../model.js';
import { chapterOf } from './directives/index.js';
import { contentMessages } from './messages.js';
import type { CompileState, ParsedChapter } from './state.js';
import { placeAt, type TextSource } from '../load/text.js';
import { message, type Place } from '../diagnostics/message.js';

/** The element id of an acronym's glossary entry; letters of any script are kept (ВОЗ and УНП ООН must not share one). */
export const glossaryId = (acronym: string): string => `glossary--${acronym.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')}`;

/** The element id of a document symbol's references entry. */
export const referenceId = (symbol: string): string =>
  `reference--${symbol.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;

/**
 * A letter or digit that joins a word: any but those of Chinese and Japanese (Han, Hiragana,
 * Katakana), which are written without spaces, so that one of them next to a Latin acronym or
 * symbol ("由UNODC支持", "E/CN.7/2014/14号文件") is a boundary, as a space is. Full-width
 * punctuation is no letter, so it is a boundary already.
 */
const WORD_CHARACTER = '(?:(?![\\p{scx=Han}\\p{scx=Hiragana}\\p{scx=Katakana}])[\\p{L}\\p{N}])';

/**
 * UN document symbols: a principal organ or series (A, E, S, ST, TD, DP, UNEP and the treaty
 * bodies), then two or more parts separated by slashes, with at least one digit in all. A part
 * ends with a letter or digit, so a full stop after the symbol is not taken in.
 */
export const SYMBOL = new RegExp(
  `(?<!${WORD_CHARACTER}|[/.])(?:A|E|S|ST|TD|DP|UNEP|CAT|CCPR|CEDAW|CERD|CRC|HRC)(?:\\/[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?){2,}(?!${WORD_CHARACTER}|/)`,
  'gu',
);

/** Whether a match of SYMBOL is a symbol: it holds a digit. */
export const isSymbol = (text: string): boolean => /\d/.test(text);

/** A regular expression finding any of the acronyms as a whole word, longest first. */
export function acronymPattern(entries: readonly GlossaryEntry[]): RegExp | undefined {
  if (entries.length === 0) return undefined;
  const alternatives = [...entries]
    .map((e) => e.acronym)
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\u00a0]'));
  return new RegExp(`(?<!${WORD_CHARACTER}|-)(?:${alternatives.join('|')})(?!${WORD_CHARACTER}|-${WORD_CHARACTER})`, 'gu');
}

/** Node types whose text is not scanned. */
const SKIPPED = new Set(['heading', 'link', 'linkReference', 'inlineCode', 'code', 'html', 'vdrSlot', 'yaml', 'definition']);

interface Match {
  start: number;
  end: number;
  text: string;
  kind: 'acronym' | 'symbol';
}

/**
 * remark plugin: acronyms and document symbols in a chapter's text. Run chapter after chapter, in
 * reading order, with the same state, so "first use" means first in the report.
 *
 * @param state
 *   The build's compile state (glossary, references, what was used so far).
 */
export function remarkVdrText(state: CompileState) {
  const acronyms = acronymPattern([...state.glossary.values()]);
  return (tree: Root, file: VFile): void => {
    const chapter = chapterOf(file);
    // Symbols in headings and links are listed, not linked.
    visit(tree, (node) => {
      if (node.type !== 'heading' && node.type !== 'link') return;
      visit(node, 'text', (text: Text) => {
        for (const match of text.value.matchAll(SYMBOL)) if (isSymbol(match[0])) cite(state, match[0], chapter, text, match.index);
      });
      return SKIP;
    });
    visit(tree, (node, index, parent) => {
      if (SKIPPED.has(node.type)) return SKIP;
      if (node.type !== 'text' || !parent || index === undefined) return;
      const text = node as Text;
      const matches: Match[] = [];
      for (const m of text.value.matchAll(SYMBOL)) if (isSymbol(m[0])) matches.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'symbol' });
      if (acronyms) {
        for (const m of text.value.matchAll(acronyms)) {
          const start = m.index;
          const end = start + m[0].length;
          if (!matches.some((s) => s.start < end && start < s.end)) matches.push({ start, end, text: m[0], kind: 'acronym' });
        }
      }
      if (matches.length === 0) return;
      matches.sort((a, b) => a.start - b.start);
      const replaced: PhrasingContent[] = [];
      let at = 0;
      for (const match of matches) {
        if (match.start > at) replaced.push({ type: 'text', value: text.value.slice(at, match.start) });
        // What precedes the match: this text, after the previous sibling's (a strong lead-in, a link).
        const previous = index > 0 ? parent.children[index - 1] : undefined;
        const before = (previous ? toString(previous) : '') + text.value.slice(0, match.start);
        const opensBlock = index === 0 && ['paragraph', 'listItem', 'tableCell'].includes(parent.type);
        const content =
          match.kind === 'symbol' ? symbolLink(state, match.text, chapter, text, match.start) : acronym(state, match.text, before, opensBlock);
        replaced.push(state.slots.add(content, false, text.position));
        at = match.end;
      }
      if (at < text.value.length) replaced.push({ type: 'text', value: text.value.slice(at) });
      (parent as Parent).children.splice(index, 1, ...(replaced as never[]));
      return index + replaced.length;
    });
  };
}

/** The word before a place in a text ("," and the like count as words), and whether a sentence starts there. */
export function contextBefore(before: string, opensBlock: boolean): { previousWord: string | undefined; sentenceStart: boolean } {
  const trimmed = before.trimEnd();
  if (trimmed === '') return { previousWord: undefined, sentenceStart: opensBlock };
  if (/[.!?]["')\u201d]?$/.test(trimmed)) return { previousWord: undefined, sentenceStart: true };
  const last = /([\p{L}\p{N}'\u2019-]+|[^\s\p{L}\p{N}])$/u.exec(trimmed);
  return { previousWord: last?.[1], sentenceStart: false };
}

/** Whether the text before an acronym ends with its expansion and an opening bracket, ASCII or full-width: "Expert Working Group (", "专家工作组（". */
export function expandedBefore(before: string, expansion: string): boolean {
  const opening = /\s*[(\uff08]\s*$/u.exec(before);
  return opening !== null && before.slice(0, opening.index).toLowerCase().endsWith(expansion.toLowerCase());
}

/** An acronym: written out and linked on first use, an <abbr> after. */
function acronym(state: CompileState, written: string, before: string, opensBlock: boolean): ElementContent[] {
  const key = written.replace(/\u00a0/g, ' ');
  const entry = state.glossary.get(key);
  if (!entry) return [{ type: 'text', value: written }];
  const abbr = h('abbr', { title: entry.expansion }, written);
  if (state.acronymsUsed.has(key)) return [abbr];
  state.acronymsUsed.add(key);
  const link = h('a', { className: ['acronym'], href: `#${glossaryId(key)}` }, abbr);
  if (expandedBefore(before, entry.expansion)) return [link];
  const lead = state.strings.acronymLead(key, contextBefore(before, opensBlock));
  const { open, close } = state.strings.parenthesis;
  return [{ type: 'text', value: `${lead}${entry.expansion}${open}` }, link, { type: 'text', value: close }];
}

/**
 * Where a match inside a text node is written: exact when the node's source reads as its value
 * (no escapes or entities), else the first place the matched text is written in the node.
 */
export function placeInText(source: TextSource, node: Text, offset: number, matched: string): Place {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
  const written = source.text.slice(start, end);
  if (written === node.value) return placeAt(source, start + offset);
  const found = written.indexOf(matched);
  return placeAt(source, start + Math.max(found, 0));
}

/** A document symbol cited: recorded, and an error when content/references.yaml lacks it. */
function cite(state: CompileState, symbol: string, chapter: ParsedChapter, node: Text, offset: number): void {
  const known = state.referenceTitles.get(symbol);
  if (!known) {
    const place = placeInText(chapter.source, node, offset, symbol);
    state.messages.push(message({ file: chapter.file, place }, contentMessages.unknownSymbol(), { value: symbol }));
  }
  if (state.symbolsUsed.has(symbol)) return;
  state.symbolsUsed.set(symbol, { symbol, id: referenceId(symbol), ...(known ? { title: known.title } : {}), ...(known?.note ? { note: known.note } : {}) });
}

/** A document symbol in the text: linked to its references entry. */
function symbolLink(state: CompileState, symbol: string, chapter: ParsedChapter, node: Text, offset: number): ElementContent[] {
  cite(state, symbol, chapter, node, offset);
  return [h('a', { className: ['un-symbol'], href: `#${referenceId(symbol)}` }, symbol)];
}
