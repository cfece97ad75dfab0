/**
 * The HTML stage (SPEC 7): one self-contained HTML5 file from the compiled content and the drawn
 * charts, in order:
 * 1. the head: charset, viewport, title and the one stylesheet inline;
 * 2. the sidebar: the contents, sticky beside the report on a wide screen, folded above it on a
 *    phone by a four-line script (without scripts it stays open);
 * 3. the report: the links to its other languages, a draft's banner, the cover, the contents,
 *    the lists of figures and tables with the link to all their data (downloads.ts), a draft's
 *    "What changed", the chapters with their charts drawn in and each figure's and table's data
 *    link, the annexes, the glossary and the references;
 * 4. serialised with rehype-stringify, under <html lang dir> of the report's language;
 * 5. the fonts (base64 WOFF2) put in the head, cut to the characters of what was serialised and
 *    of the words the print adds (fonts.ts).
 * Nothing in the file refers to anything outside it. The same inputs give the same bytes: no
 * clock, no random ids; the build time comes only from the stamp passed in.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import type { Figure } from '../charts/request.js';
import type { CompiledDocument } from '../content/types.js';
import type { Message } from '../diagnostics/message.js';
import { stringsFor, type Strings } from '../i18n/index.js';
import { draftBanner } from './banner.js';
import { fillFigures } from './figure.js';
import { fillTableDownloads, reportDownloads } from './downloads.js';
import { fontFaces } from './fonts.js';
import { contents, cover, itemList, languageLinks, outlineOf, sidebar, stampText, type BuildStamp } from './front.js';
import { NAV_SCRIPT } from './script.js';
import { STYLES } from './styles.js';
import { cssString } from './css-string.js';
import { decodeReferences } from './references.js';
import { whatChangedSection } from './changes.js';
import type { ChangesView } from '../diff/present.js';

export type { BuildStamp } from './front.js';
export { NAV_SCRIPT } from './script.js';

export interface HtmlOptions {
  /** A draft shows its banner, its problems and a draft mark; a final build shows neither. */
  mode: 'draft' | 'final';
  /** The build stamp: shown on a draft's cover and banner, and in every build's footer (optional). */
  buildStamp?: BuildStamp;
  /** The data and content problems a draft lists in its banner. */
  warnings: readonly Message[];
  /** A draft's comparison with the last published edition, in words (presentChanges; optional, final builds have none). */
  changes?: ChangesView;
  /** The report's words (optional; default: those of the edition's language, with Western digits). */
  strings?: Strings;
}

/** Where the fonts go in the serialised head, once the characters they must cover are known. */
const FONTS_SLOT = '/*vdr-fonts*/';

const stringify = unified().use(rehypeStringify, { allowDangerousHtml: true, characterReferences: { useNamedReferences: false } }).freeze();

/**
 * Renders the report.
 *
 * @param document
 *   The compiled content (compileContent); not changed.
 * @param figures
 *   The charts (renderCharts), matched to the document's figures by id.
 * @param options
 *   Draft or final, the build stamp, and the problems to list.
 * @returns
 *   The whole HTML file.
 */
export async function renderHtml(document: CompiledDocument, figures: readonly Figure[], options: HtmlOptions): Promise<string> {
  const strings = options.strings ?? stringsFor(document.edition.language);
  const draft = options.mode === 'draft';
  const byId = new Map(figures.map((f) => [f.id, f]));

  // 3. The report's parts; chapter trees are copied, so the document stays as it was.
  const downloads = reportDownloads(document, strings);
  const chapters = document.chapters.map((chapter) => {
    const tree = structuredClone(chapter.tree);
    fillFigures(tree, document, byId, strings, downloads);
    fillTableDownloads(tree, downloads);
    return tree.children as ElementContent[];
  });
  const changes = draft ? options.changes : undefined;
  const outline = outlineOf(document, strings, changes !== undefined);
  const anchors = new Set(document.chapters.map((c) => c.id));
  const languages = languageLinks(document, strings);
  const mainContent: ElementContent[] = [
    ...(languages ? [languages] : []),
    ...(draft ? [draftBanner(options.warnings, strings, options.buildStamp)] : []),
    cover(document, strings),
    contents(outline, strings),
    ...withDataLink(
      [
        ...(document.figures.length > 0 ? [itemList('list-of-figures', strings.listOfFigures, document.figures)] : []),
        ...(document.tables.length > 0 ? [itemList('list-of-tables', strings.listOfTables, document.tables.map((t) => ({ ...t, title: t.caption })))] : []),
      ],
      downloads.all,
    ),
    ...(changes ? [whatChangedSection(changes, strings, anchors)] : []),
    ...chapters.flat(),
    ...document.annexes.flatMap((a) => a.tree.children as ElementContent[]),
    ...document.backMatter.flatMap((p) => p.tree.children as ElementContent[]),
  ];

  // 1. The head.
  const title = [document.edition.title, document.edition.subtitle].filter(Boolean).join(': ');
  const head = h('head', [
    h('meta', { charSet: 'utf-8' }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('title', draft ? `${strings.draftMark}: ${title}` : title),
    h('meta', { name: 'generator', content: 'vdr' }),
    h('style', `${FONTS_SLOT}\n${STYLES}\nbody.draft::after{content:${cssString(strings.draftMark)}}`),
  ]);

  // 2 and 3. The body.
  const body: Element = h('body', draft ? { className: ['draft'] } : {}, [
    h('a', { className: ['skip-link'], href: '#main' }, strings.skipToContent),
    h('div', { className: ['layout'] }, [sidebar(outline, strings, NAV_SCRIPT), h('main', { id: 'main' }, mainContent)]),
    ...(options.buildStamp ? [h('footer', { className: ['build-footer'] }, h('p', stampText(strings, options.buildStamp)))] : []),
  ]);

  // 4. Serialise.
  const root: Root = {
    type: 'root',
    children: [{ type: 'doctype' }, h('html', { lang: strings.lang, dir: strings.dir }, [head, body])],
  };
  const html = `${stringify.stringify(root)}\n`;

  // 5. The fonts, for every character shown: the file's own, and the print's page numbers and watermark.
  const printed = [strings.pageNumber, strings.draftMark, strings.draftMark.toLocaleUpperCase(strings.lang)].join('');
  const fonts = await fontFaces(decodeReferences(html) + printed);
  const at = html.indexOf(FONTS_SLOT);
  return `${html.slice(0, at)}${fonts}${html.slice(at + FONTS_SLOT.length)}`;
}

/** The lists of figures and tables, the link to all their data at the end of the last. */
function withDataLink(lists: Element[], link: Element | undefined): Element[] {
  const last = lists.at(-1);
  return link && last ? [...lists.slice(0, -1), { ...last, children: [...last.children, link] }] : lists;
}
