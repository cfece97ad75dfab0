/**
 * The rehype side of a chapter, after remark-rehype and rehype-raw: the plugins that run around
 * the sanitiser, in order:
 * 1. `rehypeVdrUnsafe`: reports what the author's HTML would lose for being unsafe;
 * 2. `rehypeVdrSlotsOut`: strips any data-vdr-slot an author wrote, then turns each slot node into
 *    its placeholder element (the only ones with that attribute);
 *    (rehype-sanitize runs here)
 * 3. `rehypeVdrSlotsIn`: replaces each placeholder by the HTML the project generated;
 * 4. `rehypeVdrChapter`: replaces images that lost their source by their text alternative, puts
 *    the author's tables in scrolling regions, gives
 *    headings their ids and section numbers, scopes the ids an author's HTML and footnotes carry
 *    to the chapter, and wraps it all in <section class="chapter">.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { message } from '../diagnostics/message.js';
import { chapterOf } from './directives/index.js';
import type { CompileState } from './state.js';
import { dropWrittenInputs, findUnsafe } from './sanitize.js';
import { SLOT_PROPERTY, type SlotNode } from './slots.js';

/** The prefix rehype-sanitize gives the ids an author writes. */
export const USER_PREFIX = 'user-content-';

/** rehype plugin 1: reports unsafe HTML at its place, and drops the form controls an author wrote. */
export function rehypeVdrUnsafe(state: CompileState) {
  return (tree: Root, file: VFile): void => {
    const chapter = chapterOf(file);
    for (const problem of findUnsafe(tree)) {
      state.messages.push(message({ file: chapter.file, place: problem.place ?? { line: 1, column: 1 } }, problem.text, { value: problem.value }));
    }
    dropWrittenInputs(tree);
  };
}

/** rehype plugin 2: slot nodes become placeholders; no author's element keeps the attribute. */
export function rehypeVdrSlotsOut() {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element) => {
      delete node.properties[SLOT_PROPERTY];
    });
    visit(tree, (node, index, parent) => {
      if ((node as { type: string }).type !== 'vdrSlot' || !parent || index === undefined) return;
      const slot = node as unknown as SlotNode;
      const placeholder: Element = h(slot.block ? 'div' : 'span', { [SLOT_PROPERTY]: String(slot.slot) });
      if (slot.position) placeholder.position = slot.position;
      parent.children.splice(index, 1, placeholder);
      return SKIP;
    });
  };
}

/** rehype plugin 3: placeholders become the generated HTML. */
export function rehypeVdrSlotsIn(state: CompileState) {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element, index, parent) => {
      const value = node.properties[SLOT_PROPERTY];
      if (value === undefined || !parent || index === undefined) return;
      // Generated nodes carry the position of the Markdown that made them.
      const content = (state.slots.get(Number(value)) ?? []).map((child) =>
        child.position || !node.position ? child : ({ ...child, position: node.position } as ElementContent),
      );
      parent.children.splice(index, 1, ...content);
      return [SKIP, index + content.length];
    });
  };
}

/** Images that lost their source to the sanitiser: replaced by their text alternative, if any. */
function dropEmptyImages(tree: Root): void {
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node.tagName !== 'img' || node.properties['src'] !== undefined || !parent || index === undefined) return undefined;
    const alt = typeof node.properties['alt'] === 'string' ? node.properties['alt'] : '';
    parent.children.splice(index, 1, ...(alt ? [{ type: 'text' as const, value: alt }] : []));
    return index;
  });
}

/** An author's tables (GFM or HTML) in a keyboard-scrollable region, as the generated ones are. */
function scrollTables(tree: Root, name: string): void {
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node.tagName !== 'table' || !parent || index === undefined) return undefined;
    const classes = parent.type === 'element' ? parent.properties['className'] : undefined;
    if (Array.isArray(classes) && classes.includes('table-scroll')) return SKIP;
    const region = h('div', { className: ['table-scroll', 'author-table'], role: 'region', tabIndex: 0, ariaLabel: name }, node);
    if (node.position) region.position = node.position;
    parent.children.splice(index, 1, region);
    return SKIP;
  });
}

/** Ids the author's HTML or footnotes carry, prefixed by the sanitiser, scoped to the chapter. */
function scopeIds(tree: Root, chapterId: string): void {
  const scoped = `${USER_PREFIX}${chapterId}-`;
  const written = new Set<string>();
  const rename = (value: string): string => (value.startsWith(USER_PREFIX) ? scoped + value.slice(USER_PREFIX.length) : value);
  visit(tree, 'element', (node: Element) => {
    const { properties } = node;
    if (typeof properties['id'] === 'string') {
      if (properties['id'].startsWith(USER_PREFIX)) written.add(properties['id'].slice(USER_PREFIX.length));
      properties['id'] = rename(properties['id']);
    }
    for (const key of ['ariaDescribedBy', 'ariaLabelledBy']) {
      const value = properties[key];
      if (Array.isArray(value)) properties[key] = value.map((v) => rename(String(v)));
    }
  });
  // Fragment links to an id the author's text defines (footnotes, anchors) follow the rename.
  visit(tree, 'element', (node: Element) => {
    const href = node.properties['href'];
    if (node.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('#')) return;
    const target = decodeURIComponent(href.slice(1));
    if (written.has(target)) node.properties['href'] = `#${scoped}${target}`;
  });
}

/** Elements whose content may start with the stale mark itself; any other block is wrapped in a <div>. */
const MARKS_INSIDE = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * rehype plugin 3b, drafts of a translation only: each block whose source changed since it was
 * translated gets class vdr-stale and, at its start, the words that say so.
 *
 * @param state
 *   The compile state (mode and strings).
 */
export function rehypeVdrStale(state: CompileState) {
  return (tree: Root, file: VFile): void => {
    const { stale } = chapterOf(file);
    if (!stale || stale.size === 0 || state.mode !== 'draft') return;
    tree.children = tree.children.map((node) => {
      if (node.type !== 'element' || !stale.has(node.position?.start.line ?? -1)) return node;
      const mark = h('span', { className: ['vdr-stale-mark'] }, state.strings.staleTranslation);
      if (MARKS_INSIDE.has(node.tagName)) {
        node.properties['className'] = [...((node.properties['className'] as string[] | undefined) ?? []), 'vdr-stale'];
        node.children.unshift(mark, { type: 'text', value: ' ' });
        return node;
      }
      return { ...h('div', { className: ['vdr-stale'] }, [mark, node]), position: node.position! };
    });
  };
}

/**
 * rehype plugin 4: heading ids and numbers, scoped ids, and the chapter's <section>.
 *
 * @param state
 *   The compile state (strings, for the chapter's label and the pillar).
 */
export function rehypeVdrChapter(state: CompileState) {
  return (tree: Root, file: VFile): Root => {
    const chapter = chapterOf(file);
    const { front } = chapter;
    dropEmptyImages(tree);
    scrollTables(tree, state.strings.authorTable);
    scopeIds(tree, front.id);
    visit(tree, 'element', (node: Element) => {
      if (!/^h[2-6]$/.test(node.tagName)) return;
      const heading = chapter.headings.get(node.position?.start.offset ?? -2);
      if (!heading) return;
      node.properties['id'] = heading.id;
      if (heading.number !== null) {
        node.children.unshift(h('span', { className: ['section-number'] }, heading.number), { type: 'text', value: ' ' });
      }
    });
    const pillar = front.pillar ? state.dataset.reference.pillars.find((p) => p.id === front.pillar) : undefined;
    const header: ElementContent[] = [];
    if (pillar) header.push(h('p', { className: ['chapter-pillar'] }, state.strings.pillarTitle(pillar.id, pillar.title)));
    header.push(
      h('h1', { className: ['chapter-title'] }, [
        ...(chapter.outline.number === null ? [] : [h('span', { className: ['chapter-number'] }, chapter.outline.number), { type: 'text' as const, value: ' ' }]),
        front.title,
      ]),
    );
    if (front.status === 'draft' && state.mode === 'draft') header.push(h('p', { className: ['draft-chapter'] }, state.strings.draftChapter));
    // A chapter given in the source language is marked as such, the note in the report's language.
    const { untranslated } = chapter;
    if (untranslated) header.push(h('p', { className: ['untranslated-note'], lang: state.strings.lang, dir: state.strings.dir }, untranslated.note));
    const section = h(
      'section',
      {
        id: front.id,
        className: ['chapter', ...(chapter.number === null ? ['unnumbered'] : [])],
        dataChapter: chapter.number ?? undefined,
        ...(untranslated ? { lang: untranslated.lang, dir: untranslated.dir } : {}),
      },
      [h('header', { className: ['chapter-header'] }, header), ...(tree.children.filter((c) => !(c.type === 'text' && c.value.trim() === '')) as ElementContent[])],
    );
    section.position = { start: { line: 1, column: 1, offset: 0 }, end: placeEnd(chapter.source.text) };
    return { type: 'root', children: [section as RootContent] };
  };
}

/** The position of the end of a text. */
function placeEnd(text: string): { line: number; column: number; offset: number } {
  const lines = text.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1, offset: text.length };
}
