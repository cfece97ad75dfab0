/**
 * The parts before the chapters: the links to the other languages, the cover (with a sample
 * translation's note), the table of contents, the lists of figures and tables; and the
 * sidebar's navigation, which is the table of contents again.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { Formatter } from '../content/format.js';
import type { CompiledDocument, OutlineEntry } from '../content/types.js';
import type { Strings } from '../i18n/index.js';

/** The build stamp of a draft (and of a final build, in its footer). */
export interface BuildStamp {
  edition: string | number;
  commit?: string;
  dataFingerprint: string;
  /** As it should be printed, such as 2026-01-01T00:00:00Z (from SOURCE_DATE_EPOCH, never the clock). */
  buildTime: string;
}

/** Words of the stamp. */
export function stampText(strings: Strings, stamp: BuildStamp): string {
  return strings.buildStamp({
    edition: String(stamp.edition),
    dataFingerprint: stamp.dataFingerprint,
    buildTime: stamp.buildTime,
    ...(stamp.commit ? { commit: stamp.commit } : {}),
  });
}

/** The cover. */
export function cover(document: CompiledDocument, strings: Strings): Element {
  const { edition } = document;
  return h('header', { className: ['cover'], id: 'cover' }, [
    h('div', [h('p', { className: ['cover-organization'] }, strings.coverOrganization), h('p', { className: ['cover-initiative'] }, strings.coverInitiative)]),
    h('div', [
      h('h1', { className: ['cover-title'] }, edition.title),
      edition.subtitle
        ? h('p', { className: ['cover-subtitle'] }, edition.subtitle)
        : h('p', { className: ['cover-edition'] }, strings.coverEdition(new Formatter(strings).year(edition.year), edition.status)),
    ]),
    ...(document.figuresNote ? [h('p', { className: ['cover-note'] }, document.figuresNote)] : []),
    ...(document.sampleTranslation ? [h('p', { className: ['cover-note', 'cover-sample'] }, strings.sampleTranslation)] : []),
  ]);
}

/**
 * The links to the report in its other languages, for the top of the page (not printed): each
 * named in its own language, with its lang and hreflang, and dir="auto" so that a name in
 * another script sits whole among the others. None for an edition in one language.
 */
export function languageLinks(document: CompiledDocument, strings: Strings): Element | undefined {
  const others = (document.languages ?? []).filter((language) => !language.current);
  if (others.length === 0) return undefined;
  return h('nav', { id: 'other-languages', className: ['language-links'], ariaLabelledBy: 'other-languages-title' }, [
    h('h2', { id: 'other-languages-title', className: ['language-links-title'] }, strings.otherLanguages),
    h(
      'ul',
      others.map((language) => h('li', h('a', { href: language.href, lang: language.lang, hrefLang: language.lang, dir: 'auto' }, language.name))),
    ),
  ]);
}

/**
 * Every entry of the outline, in reading order: front matter (with a draft's "What changed"
 * after the contents and lists, when `whatChanged`), chapters, annexes, back matter.
 */
export function outlineOf(document: CompiledDocument, strings: Strings, whatChanged = false): OutlineEntry[] {
  const front: OutlineEntry[] = [
    { id: 'contents', number: null, title: strings.contents, children: [] },
    ...(document.figures.length > 0 ? [{ id: 'list-of-figures', number: null, title: strings.listOfFigures, children: [] }] : []),
    ...(document.tables.length > 0 ? [{ id: 'list-of-tables', number: null, title: strings.listOfTables, children: [] }] : []),
    ...(whatChanged ? [{ id: 'what-changed', number: null, title: strings.whatChanged.title, children: [] }] : []),
  ];
  return [...front, ...[...document.chapters, ...document.annexes, ...document.backMatter].map((part) => part.outline)];
}

/** A nested list of outline entries, as links. */
function outlineList(entries: readonly OutlineEntry[], className: string, numberClass: string, depth = 0): Element {
  return h(
    'ol',
    depth === 0 ? { className: [className] } : {},
    entries.map((entry) =>
      h('li', [
        h('a', { href: `#${entry.id}` }, [
          ...(entry.number ? [h('span', { className: [numberClass] }, entry.number), { type: 'text' as const, value: ' ' }] : []),
          h('span', { className: ['entry-text'] }, entry.title),
        ]),
        ...(entry.children.length > 0 ? [outlineList(entry.children, className, numberClass, depth + 1)] : []),
      ]),
    ),
  );
}

/** The sidebar: the contents, folded on a phone (see NAV_SCRIPT). */
export function sidebar(outline: readonly OutlineEntry[], strings: Strings, script: string): Element {
  return h('nav', { className: ['sidebar'], ariaLabel: strings.navigation }, [
    h('details', { id: 'sidebar-toggle', open: true }, [
      h('summary', strings.navigationToggle),
      h('p', { className: ['sidebar-title'], ariaHidden: 'true' }, strings.contents),
      outlineList(outline, 'nav-list', 'nav-number'),
    ]),
    h('script', script),
  ]);
}

/** The table of contents. */
export function contents(outline: readonly OutlineEntry[], strings: Strings): Element {
  return h('section', { id: 'contents', className: ['front-matter', 'toc'] }, [
    h('h1', strings.contents),
    outlineList(
      outline.filter((e) => e.id !== 'contents'),
      'toc-list',
      'toc-number',
    ),
  ]);
}

/** The list of figures or of tables. */
export function itemList(id: string, title: string, items: readonly { id: string; label: string; title: string }[]): Element {
  const entries: ElementContent[] = items.map((item) =>
    h('li', [h('span', { className: ['item-label'] }, h('a', { href: `#${item.id}` }, item.label)), h('span', item.title)]),
  );
  return h('section', { id, className: ['front-matter', 'item-lists'] }, [h('h1', title), h('ol', { className: ['item-list'] }, entries)]);
}
