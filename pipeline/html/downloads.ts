/**
 * The report's data downloads, inside the one file (data-out/): every figure's and numbered
 * table's rows, in reading order, written once as one CSV in the `data:` URL of the link to the
 * whole edition's data (under the lists of figures and tables), which works with scripts off.
 * Each figure and table has its own link, beside its source note or under its notes, that names
 * its records in that CSV (`data-rows="from to"`); the report's script (script.ts) cuts them out
 * on a click and saves them, with the header, as a file of their own. With scripts off, that link
 * leads to the whole edition's link. Nothing is requested; the print hides every link (styles.ts).
 */
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import { dataCsv, type DataBlock, type RecordRange } from '../data-out/csv.js';
import { csvDataUrl } from '../data-out/data-url.js';
import type { CompiledDocument } from '../content/types.js';
import type { Strings } from '../i18n/index.js';

/** The id of the whole edition's link, which the others lead to and the script reads. */
export const ALL_DATA_ID = 'data-download-all';

/** The downloads of one report. */
export interface Downloads {
  /** The link to the whole edition's data, or undefined when no figure or table has rows. */
  all: Element | undefined;
  /** The link to one figure's or table's data, or undefined when it has no rows. */
  link(id: string): Element | undefined;
}

/** No downloads: for a report without data, or a figure drawn alone. */
export const NO_DOWNLOADS: Downloads = { all: undefined, link: () => undefined };

/**
 * The figures and tables of a report with their rows, in reading order: as their placeholders
 * stand in the chapters.
 *
 * @param document
 *   The compiled content.
 */
export function dataBlocks(document: CompiledDocument): DataBlock[] {
  const data = new Map<string, DataBlock>([...document.figures, ...document.tables].map((entry) => [entry.id, { id: entry.id, rows: entry.data }]));
  const blocks: DataBlock[] = [];
  for (const chapter of document.chapters) {
    visit(chapter.tree, 'element', (node: Element) => {
      const id = node.data?.vdrFigure ?? node.data?.vdrDownload;
      const block = id === undefined ? undefined : data.get(id);
      if (block && block.rows.length > 0 && !blocks.includes(block)) blocks.push(block);
      return id === undefined ? undefined : SKIP;
    });
  }
  return blocks;
}

/**
 * The CSV of the whole edition's figures and tables, as the report's link downloads it (without
 * the byte order mark): for publishing it beside the report, or a test.
 *
 * @param document
 *   The compiled content.
 */
export function editionDataCsv(document: CompiledDocument): string {
  return dataCsv(dataBlocks(document), document.fileKinds).text;
}

/**
 * The report's download links.
 *
 * @param document
 *   The compiled content.
 * @param strings
 *   The report's words.
 */
export function reportDownloads(document: CompiledDocument, strings: Strings): Downloads {
  const { text, ranges } = dataCsv(dataBlocks(document), document.fileKinds);
  if (ranges.size === 0) return NO_DOWNLOADS;
  const file = `report-${document.edition.year}-${strings.lang}-data.csv`;
  const all = h('p', { className: ['data-download-all'] }, h('a', { id: ALL_DATA_ID, className: ['data-download'], href: csvDataUrl(text), download: file }, strings.dataDownloadAll));
  const link = (id: string): Element | undefined => {
    const range: RecordRange | undefined = ranges.get(id);
    return range && h('a', { className: ['data-download'], href: `#${ALL_DATA_ID}`, dataRows: `${range.from} ${range.to}`, dataFile: `${id}.csv` }, strings.dataDownload);
  };
  return { all, link };
}

/**
 * Points each table's download link (made by the content stage) at its rows, and takes out
 * those of tables without rows, with the space before them.
 *
 * @param tree
 *   A chapter's tree (changed in place).
 * @param downloads
 *   The report's downloads.
 */
export function fillTableDownloads(tree: Root, downloads: Downloads): void {
  visit(tree, 'element', (node: Element, index, parent) => {
    const id = node.data?.vdrDownload;
    if (id === undefined || !parent || index === undefined) return undefined;
    const link = downloads.link(id);
    if (link) {
      node.properties = link.properties;
      return SKIP;
    }
    const before = parent.children[index - 1];
    const from = before?.type === 'text' && before.value === ' ' ? index - 1 : index;
    parent.children.splice(from, index - from + 1);
    return from;
  });
}
