/**
 * A chapter's front matter: the YAML block between two lines of `---` at the top of the file.
 * Read once into a complete `FrontMatter` (defaults filled in), each problem at its line.
 */
import type { Root } from 'mdast';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Pair } from 'yaml';
import { message, type Message, type Place } from '../diagnostics/message.js';
import { suggest } from '../diagnostics/suggest.js';
import type { PillarId } from '../model.js';
import { contentMessages } from './messages.js';

export interface FrontMatter {
  /** Used by :ref{#id} and as the chapter's section id; default: the file name without .md. */
  id: string;
  title: string;
  pillar?: PillarId;
  /** Whether the chapter, its sections, figures and tables are numbered (default: true). */
  numbered: boolean;
  /** A draft chapter fails a final build (default: final). */
  status: 'draft' | 'final';
  /**
   * A translation's record of the source text it translates: the hash of each block of the source
   * chapter when the translation was last brought up to date (`vdr translations --accept`), and where
   * the list starts.
   */
  translates?: { hashes: string[]; place: Place };
}

export const FRONT_MATTER_KEYS = ['id', 'title', 'pillar', 'numbered', 'status', 'translates'] as const;

/** The form of a block's hash in `translates:` (the first 12 hex digits of its SHA-256). */
export const BLOCK_HASH_PATTERN = /^[0-9a-f]{12}$/;

/** The form of every id an author writes: lower case, digits, single hyphens. */
export const ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * Reads and checks the front matter of a parsed chapter.
 *
 * @param tree
 *   The chapter's mdast (its first child is the front matter, when there is one).
 * @param file
 *   Project-relative path, for messages and the default id.
 * @param pillars
 *   The pillar ids a chapter may name.
 * @param messages
 *   Receives every problem.
 * @returns
 *   The front matter; where it is missing or wrong, defaults (the file name stands in for the
 *   title), so that the rest of the chapter is still checked.
 */
export function readFrontMatter(tree: Root, file: string, pillars: readonly PillarId[], messages: Message[]): FrontMatter {
  const defaultId = file.replace(/^.*\//, '').replace(/\.md$/, '');
  const result: FrontMatter = { id: defaultId, title: defaultId, numbered: true, status: 'final' };
  const node = tree.children[0];
  if (!node || node.type !== 'yaml') {
    messages.push(message({ file, place: { line: 1, column: 1 } }, contentMessages.frontMatterMissing()));
    return result;
  }
  const firstLine = (node.position?.start.line ?? 1) + 1;
  const lines = new LineCounter();
  const doc = parseDocument(node.value, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const placeOf = (offset: number | undefined): Place => {
    const at = lines.linePos(offset ?? 0);
    return { line: firstLine + at.line - 1, column: at.col };
  };
  const error = doc.errors[0];
  if (error) {
    messages.push(message({ file, place: placeOf(error.pos[0]) }, contentMessages.frontMatterSyntax(error.message.split('\n')[0] ?? error.code)));
    return result;
  }
  const contents = doc.contents;
  if (!isMap(contents)) {
    messages.push(message({ file, place: placeOf(0) }, contentMessages.frontMatterNotMapping()));
    return result;
  }
  let hasTitle = false;
  for (const pair of contents.items as Pair[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const keyPlace = placeOf(isScalar(pair.key) ? pair.key.range?.[0] : undefined);
    const value = isScalar(pair.value) ? pair.value.value : pair.value === null ? null : pair.value;
    const valuePlace = placeOf(isScalar(pair.value) ? pair.value.range?.[0] : isScalar(pair.key) ? pair.key.range?.[0] : undefined);
    const bad = (expected: string): void => {
      messages.push(message({ file, place: valuePlace }, contentMessages.frontMatterValue(key, expected), { value: String(value) }));
    };
    switch (key) {
      case 'id':
        if (typeof value === 'string' && ID_PATTERN.test(value)) result.id = value;
        else bad('an id of lower-case letters, digits and hyphens, such as pillar-1');
        break;
      case 'title':
        if (typeof value === 'string' && value.trim() !== '') {
          result.title = value.trim();
          hasTitle = true;
        } else {
          bad('the chapter\'s title');
          hasTitle = true;
        }
        break;
      case 'pillar':
        if (typeof value === 'string' && (pillars as readonly string[]).includes(value)) result.pillar = value as PillarId;
        else bad(`one of ${pillars.join(', ')}`);
        break;
      case 'numbered':
        if (typeof value === 'boolean') result.numbered = value;
        else bad('true or false');
        break;
      case 'status':
        if (value === 'draft' || value === 'final') result.status = value;
        else bad('draft or final');
        break;
      case 'translates':
        if (isSeq(pair.value) && pair.value.items.every((item) => isScalar(item) && typeof item.value === 'string' && BLOCK_HASH_PATTERN.test(item.value))) {
          result.translates = { hashes: pair.value.items.map((item) => String((item as { value: string }).value)), place: valuePlace };
        } else bad('the list of the source\'s block hashes that vdr translations --accept writes');
        break;
      default: {
        const unknown = contentMessages.frontMatterUnknownKey(key, FRONT_MATTER_KEYS, suggest(key, FRONT_MATTER_KEYS));
        messages.push(message({ file, place: keyPlace }, unknown, { value: key }));
      }
    }
  }
  if (!hasTitle) messages.push(message({ file, place: placeOf(0) }, contentMessages.frontMatterMissingTitle()));
  return result;
}
