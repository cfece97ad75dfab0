/**
 * Translations that cannot drift from their source (SPEC 12). A translated chapter answers to its
 * source chapter in three ways, each checked here:
 * 1. blocks: the source's top-level blocks (paragraphs, headings, lists, tables, directives) are
 *    translated one for one, in order, so block i of the translation translates block i of the
 *    source;
 * 2. the source text translated: `translates:` in the translation's front matter lists the hash of
 *    each source block as it was when the translation was brought up to date (`vdr translations
 *    --accept` writes it); a block whose source hash changed since is stale, reported at the
 *    translation's line (a warning: a draft marks the paragraph, a final build refuses it);
 * 3. directives: the same directives, with the same attributes, in the same order (an error):
 *    numbers are never typed by a translator, and a dropped figure is caught. Only the words a
 *    reader sees (a directive's [label] and its description="...") are translated.
 */
import { createHash } from 'node:crypto';
import type { Root, RootContent } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { message, type Message, type Place } from '../diagnostics/message.js';
import { translationMessages } from './translation-messages.js';

/** Attributes that hold words for the reader, which a translation translates. */
const TRANSLATED_ATTRIBUTES = new Set(['description']);

/** One top-level block of a chapter: its hash and where it starts and ends. */
export interface Block {
  hash: string;
  start: Place;
  end: Place;
}

/** A directive as the comparison sees it: `::chart{#fig-ewg kind=ewg-timeline}`, and where it is. */
export interface DirectiveUse {
  written: string;
  place: Place;
}

/**
 * The top-level blocks of a parsed chapter, front matter left out, each with the hash of its text
 * (whitespace runs made one space, so re-wrapping a paragraph does not make it stale).
 *
 * @param tree
 *   The chapter's mdast, with positions.
 * @param text
 *   The chapter's Markdown.
 */
export function chapterBlocks(tree: Root, text: string): Block[] {
  return tree.children
    .filter((node) => node.type !== 'yaml' && node.position?.start.offset !== undefined)
    .map((node) => {
      const { start, end } = node.position!;
      const written = text.slice(start.offset, end.offset).replace(/\s+/g, ' ').trim();
      return { hash: blockHash(written), start: { line: start.line, column: start.column }, end: { line: end.line, column: end.column } };
    });
}

/** The hash `translates:` records for a block's text: the first 12 hex digits of its SHA-256. */
export function blockHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

/** Every directive of a chapter in reading order, as written without its label and translated attributes. */
export function directiveUses(tree: Root): DirectiveUse[] {
  const uses: DirectiveUse[] = [];
  visit(tree as Node, (node) => {
    if (node.type !== 'textDirective' && node.type !== 'leafDirective' && node.type !== 'containerDirective') return;
    const directive = node as Node & { name: string; attributes?: Record<string, string | null | undefined> | null };
    const colons = node.type === 'textDirective' ? ':' : node.type === 'leafDirective' ? '::' : ':::';
    const attributes = Object.entries(directive.attributes ?? {})
      .filter(([key]) => !TRANSLATED_ATTRIBUTES.has(key))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, value]) => (key === 'id' ? `#${value}` : `${key}=${/^[^\s"{}]+$/.test(value ?? '') ? value : JSON.stringify(value ?? '')}`));
    uses.push({ written: `${colons}${directive.name}{${attributes.join(' ')}}`, place: { line: node.position!.start.line, column: node.position!.start.column } });
  });
  return uses;
}

/** One side of the comparison: a chapter's file, tree and text. */
export interface ChapterText {
  file: string;
  tree: Root;
  text: string;
}

/**
 * Checks a translated chapter against its source: the same directives, the same blocks, and the
 * source text it records as translated.
 *
 * @param source
 *   The source chapter.
 * @param translation
 *   Its translation.
 * @param recorded
 *   The hashes of the translation's `translates:`, and where they are written; undefined when it
 *   has none (never brought up to date).
 * @param messages
 *   Receives each problem: directives that differ (errors), a different count of blocks (an
 *   error), stale blocks (warnings, one per block, at the translation's line).
 * @returns
 *   The indices of the translation's blocks that are stale (all of them when it records nothing).
 */
export function checkTranslation(source: ChapterText, translation: ChapterText, recorded: { hashes: string[]; place: Place } | undefined, messages: Message[]): Set<number> {
  compareDirectives(source, translation, messages);
  const sourceBlocks = chapterBlocks(source.tree, source.text);
  const blocks = chapterBlocks(translation.tree, translation.text);
  const stale = new Set<number>();
  if (blocks.length !== sourceBlocks.length) {
    messages.push(message({ file: translation.file, place: { line: 1, column: 1 } }, translationMessages.blockCount(blocks.length, sourceBlocks.length, source.file)));
    blocks.forEach((_, i) => stale.add(i));
    return stale;
  }
  if (!recorded) {
    messages.push(message({ file: translation.file, place: { line: 1, column: 1 } }, translationMessages.notRecorded(source.file, translation.file), { severity: 'warning' }));
    blocks.forEach((_, i) => stale.add(i));
    return stale;
  }
  sourceBlocks.forEach((block, i) => {
    if (recorded.hashes[i] === block.hash) return;
    stale.add(i);
    const at = blocks[i]!.start;
    messages.push(message({ file: translation.file, place: at }, translationMessages.stale(i + 1, source.file, block.start.line, translation.file), { severity: 'warning' }));
  });
  if (recorded.hashes.length > sourceBlocks.length && stale.size === 0) {
    messages.push(message({ file: translation.file, place: recorded.place }, translationMessages.staleRemoved(source.file, translation.file), { severity: 'warning' }));
  }
  return stale;
}

/**
 * The directives of the translation against the source's, aligned (longest common sequence):
 * each one missing is reported where it should stand, each extra one where it is.
 */
function compareDirectives(source: ChapterText, translation: ChapterText, messages: Message[]): void {
  const want = directiveUses(source.tree);
  const have = directiveUses(translation.tree);
  const n = want.length;
  const m = have.length;
  // lengths[i][j]: the longest common sequence of want[i..] and have[j..].
  const lengths = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i]![j] = want[i]!.written === have[j]!.written ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  const endOf = (tree: Root): Place => {
    const last = tree.children[tree.children.length - 1] as RootContent | undefined;
    return last?.position ? { line: last.position.end.line, column: last.position.end.column } : { line: 1, column: 1 };
  };
  while (i < n || j < m) {
    if (i < n && j < m && want[i]!.written === have[j]!.written) {
      i++;
      j++;
    } else if (j < m && (i === n || lengths[i]![j + 1]! >= lengths[i + 1]![j]!)) {
      messages.push(message({ file: translation.file, place: have[j]!.place }, translationMessages.extraDirective(have[j]!.written, source.file), { value: have[j]!.written }));
      j++;
    } else {
      const at = j < m ? have[j]!.place : endOf(translation.tree);
      messages.push(message({ file: translation.file, place: at }, translationMessages.missingDirective(want[i]!.written, source.file, want[i]!.place.line), { value: want[i]!.written }));
      i++;
    }
  }
}
