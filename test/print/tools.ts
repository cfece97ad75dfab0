/**
 * What the real PDF tools say about a PDF: poppler's pdfinfo, pdffonts and pdftotext, and qpdf.
 * Each returns plain data for the tests to judge; none of them looks at the PDF's bytes itself.
 */
import { execFileSync } from 'node:child_process';

const run = (tool: string, args: string[]): string => execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

/** pdfinfo's fields (dates as ISO 8601), and the size of every page in points. */
export function pdfinfo(pdf: string): { fields: Map<string, string>; pageSizes: [number, number][] } {
  const fields = new Map<string, string>();
  for (const line of run('pdfinfo', ['-isodates', pdf]).split('\n')) {
    const at = line.indexOf(':');
    if (at > 0) fields.set(line.slice(0, at).trim(), line.slice(at + 1).trim());
  }
  const pages = Number(fields.get('Pages'));
  const pageSizes: [number, number][] = [];
  for (const match of run('pdfinfo', ['-f', '1', '-l', String(pages), pdf]).matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)) {
    pageSizes.push([Number(match[1]), Number(match[2])]);
  }
  return { fields, pageSizes };
}

/** pdffonts' table: each font's name, type and whether it is embedded. */
export function pdffonts(pdf: string): { name: string; type: string; embedded: boolean }[] {
  const lines = run('pdffonts', [pdf]).split('\n');
  // Columns are fixed-width, as the dashes under the header show.
  const widths = (lines[1] ?? '').split(' ').map((dashes) => dashes.length);
  const cut = (line: string): string[] => {
    const cells: string[] = [];
    let at = 0;
    for (const width of widths) {
      cells.push(line.slice(at, at + width).trim());
      at += width + 1;
    }
    return cells;
  };
  return lines
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [name = '', type = '', , embedded = ''] = cut(line);
      return { name, type, embedded: embedded === 'yes' };
    });
}

/** qpdf --check: whether it passed, and what it said. */
export function qpdfCheck(pdf: string): { ok: boolean; output: string } {
  try {
    return { ok: true, output: run('qpdf', ['--check', pdf]) };
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

/** One bookmark, as qpdf reads it: its title, depth, page and the top of its target in points from the page's foot. */
export interface Bookmark {
  title: string;
  depth: number;
  page: number;
  top: number;
}

interface QpdfOutline {
  title: string;
  dest: unknown[];
  destpageposfrom1: number;
  kids: QpdfOutline[];
}

/** Every bookmark, in document order, from `qpdf --json`. */
export function bookmarks(pdf: string): Bookmark[] {
  const json = JSON.parse(run('qpdf', ['--json', '--json-key=outlines', pdf])) as { outlines: QpdfOutline[] };
  const out: Bookmark[] = [];
  const walk = (items: QpdfOutline[], depth: number): void => {
    for (const item of items) {
      out.push({ title: item.title, depth, page: item.destpageposfrom1, top: Number(item.dest[3] ?? Number.NaN) });
      walk(item.kids, depth + 1);
    }
  };
  walk(json.outlines, 0);
  return out;
}

const textCache = new Map<string, string>();

/** pdftotext of one page (-f N -l N), in -layout or -raw mode. */
export function pageText(pdf: string, page: number, mode: 'layout' | 'raw' = 'layout'): string {
  const key = `${pdf}\n${page}\n${mode}`;
  let text = textCache.get(key);
  if (text === undefined) {
    text = run('pdftotext', [`-${mode}`, '-f', String(page), '-l', String(page), pdf, '-']);
    textCache.set(key, text);
  }
  return text;
}

/** One line of text where pdftotext -bbox-layout puts it, in points from the top of the page. */
export interface TextLine {
  top: number;
  bottom: number;
  text: string;
}

/** A word's box, in points from the page's top left. */
export interface WordBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  word: string;
}

const layoutCache = new Map<string, { top: number; bottom: number; words: WordBox[] }[]>();

/** The lines of one page as pdftotext -bbox-layout gives them, each with its words' boxes (read once per page). */
function layoutLines(pdf: string, page: number): { top: number; bottom: number; words: WordBox[] }[] {
  const key = `${pdf}\n${page}`;
  let lines = layoutCache.get(key);
  if (lines === undefined) {
    const xml = run('pdftotext', ['-bbox-layout', '-f', String(page), '-l', String(page), pdf, '-']);
    lines = [...xml.matchAll(/<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)].map((line) => ({
      top: Number(line[1]),
      bottom: Number(line[2]),
      words: [...(line[3] ?? '').matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
        x0: Number(m[1]),
        y0: Number(m[2]),
        x1: Number(m[3]),
        y1: Number(m[4]),
        word: decodeXml(m[5] ?? ''),
      })),
    }));
    layoutCache.set(key, lines);
  }
  return lines;
}

/** Every word of one page with its box, in points from the page's top left (pdftotext -bbox-layout). */
export function wordBoxes(pdf: string, page: number): WordBox[] {
  return layoutLines(pdf, page).flatMap((line) => line.words);
}

/** The lines of one page with their positions (pdftotext -bbox-layout). */
export function pageLines(pdf: string, page: number): TextLine[] {
  return layoutLines(pdf, page)
    .map((line) => ({ top: line.top, bottom: line.bottom, text: line.words.map((w) => w.word).join(' ') }))
    .sort((a, b) => a.top - b.top);
}

/** The height of every word on a page (pdftotext -bbox), a measure of its type size. */
export function wordHeights(pdf: string, page: number): { top: number; height: number; word: string }[] {
  const xml = run('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-']);
  return [...xml.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    top: Number(m[1]),
    height: Number(m[2]) - Number(m[1]),
    word: decodeXml(m[3] ?? ''),
  }));
}

/** The height of a Noto Sans word's box in pdftotext, per point of type size (ascender to descender). */
export const BOX_PER_POINT = 1.36125;

/**
 * The type size in points of every word on a page (pdftotext -bbox-layout): its box's height, or
 * its width where the text runs up the page (a chart's column titles), which a line shows by
 * words stacked one above the other, or a lone word by a box taller than wide.
 */
export function wordSizes(pdf: string, page: number): { size: number; word: string; turned: boolean }[] {
  return layoutLines(pdf, page).flatMap(({ words }) => {
    const stacked = words.length > 1 && words.slice(1).every((w) => Math.abs(w.x0 - words[0]!.x0) < 0.5 && Math.abs(w.y0 - words[0]!.y0) > 0.5);
    return words.map((w) => {
      const turned = stacked || (words.length === 1 && w.word.length > 2 && w.y1 - w.y0 > w.x1 - w.x0);
      return { size: (turned ? w.x1 - w.x0 : w.y1 - w.y0) / BOX_PER_POINT, word: w.word, turned };
    });
  });
}

function decodeXml(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * The tagged text (pdfinfo -struct-text), one string per element that holds text, leaving out
 * the elements of the given types and everything in them.
 */
export function taggedText(pdf: string, without: string[] = []): string[] {
  const texts: string[] = [];
  let skipBelow = -1;
  for (const line of run('pdfinfo', ['-struct-text', pdf]).split('\n')) {
    const depth = line.length - line.trimStart().length;
    if (skipBelow >= 0 && depth > skipBelow) continue;
    skipBelow = -1;
    const type = /^\s*(\w+)(?: |$)/.exec(line)?.[1];
    if (type !== undefined && without.includes(type)) skipBelow = depth;
    const text = /^\s*"(.*)"$/.exec(line)?.[1];
    if (text !== undefined && text !== '') texts.push(text);
  }
  return texts;
}

/** An element of the tagged structure, as pdfinfo -struct-text shows it. */
export interface StructureNode {
  type: string;
  /** Its own text, in order (the text of its marked content, not its children's). */
  text: string[];
  children: StructureNode[];
  parent: StructureNode | undefined;
}

/** The tagged structure (pdfinfo -struct-text) as a tree under a root of type "Root". */
export function structureTree(pdf: string): StructureNode {
  const root: StructureNode = { type: 'Root', text: [], children: [], parent: undefined };
  const open: [number, StructureNode][] = [[-1, root]];
  for (const line of run('pdfinfo', ['-struct-text', pdf]).split('\n')) {
    const depth = line.length - line.trimStart().length;
    const element = /^\s*([A-Za-z][\w]*)(?: \((?:block|inline)\))?:?$/.exec(line);
    const text = /^\s*"(.*)"$/.exec(line);
    if (!element && !text) continue;
    while (open.length > 1 && open[open.length - 1]![0] >= depth) open.pop();
    const parent = open[open.length - 1]![1];
    if (text) parent.text.push(text[1]!);
    else {
      const node: StructureNode = { type: element![1]!, text: [], children: [], parent };
      parent.children.push(node);
      open.push([depth, node]);
    }
  }
  return root;
}

/** All the text of a node and its descendants, in order. */
export function nodeText(node: StructureNode): string {
  return [...node.text, ...node.children.map(nodeText)].join('');
}
