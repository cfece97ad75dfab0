/**
 * The PDF stage on the real editions, as `vdr build` prints them, judged by the real tools:
 * pdfinfo (A4, tagged, metadata), pdffonts (every font embedded), qpdf (structure, bookmarks) and
 * pdftotext (the page numbers of the contents and lists, the draft's marks, the layout).
 *
 * One draft of the newest edition and one final build of the baseline edition are built for all
 * the tests, from copies of the project, with SOURCE_DATE_EPOCH set; a third copy is built in a
 * child process in another time zone and language, and must give the same bytes.
 */
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { PDFArray, PDFDict, PDFName, PDFRawStream, PDFString, PDFHexString } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../../pipeline/cli.js';
import { destinationPages, loadPdf } from '../../pipeline/print/destinations.js';
import { printPdf, refusedRequests } from '../../pipeline/print/pdf.js';
import { checkPdfUa } from '../../pipeline/print/pdfua.js';
import { bodyLines, contentsEntries, hasLine, headingForms, listEntries, type ContentsEntry, type ListEntry } from './reading.js';
import { bookmarks, nodeText, pageLines, pageText, pdffonts, pdfinfo, qpdfCheck, structureTree, taggedText, wordHeights, wordSizes, type Bookmark, type StructureNode } from './tools.js';

const root = resolve(import.meta.dirname, '..', '..');
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
const EPOCH = process.env['SOURCE_DATE_EPOCH'] ?? '1767225600';
const EPOCH_ISO = new Date(Number(EPOCH) * 1000).toISOString().replace('.000Z', 'Z');

function capture(): Io & { out: string; err: string } {
  const io = { out: '', err: '', stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

/** A copy of the project's inputs, committed to git with fixed dates so a draft's stamp shows a commit, the same in every copy. */
function copyProject(prefix: string, commit: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const part of ['data', 'schemas', 'content']) cpSync(join(root, part), join(dir, part), { recursive: true });
  if (commit) {
    const env = { ...process.env, GIT_AUTHOR_DATE: EPOCH_ISO, GIT_COMMITTER_DATE: EPOCH_ISO };
    const git = (...args: string[]): string =>
      execFileSync('git', ['-c', 'user.name=vdr', '-c', 'user.email=vdr@example.org', '-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null', ...args], { cwd: dir, env, encoding: 'utf8' });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'inputs');
  }
  return dir;
}

/** A built report and what a reader finds in it. */
interface Built {
  dir: string;
  pdf: string;
  html: string;
  draft: boolean;
  pages: number;
  /** The bookmarks, from qpdf. */
  marks: Bookmark[];
  /** The body lines of every page (index 0 is page 1), without running headers. */
  lines: string[][];
  contents: ContentsEntry[];
  figures: ListEntry[];
  tables: ListEntry[];
  /** The pages of the contents, and of the lists of figures and tables. */
  contentsPages: Set<number>;
  listPages: Set<number>;
}

function read(dir: string, year: number, draft: boolean): Built {
  const pdf = join(dir, 'output', String(year), 'build', 'report.pdf');
  const html = readFileSync(join(dir, 'output', String(year), 'build', 'report.html'), 'utf8');
  const pages = Number(pdfinfo(pdf).fields.get('Pages'));
  const marks = bookmarks(pdf);
  const lines = Array.from({ length: pages }, (_, i) => bodyLines(pdf, i + 1, draft));
  const pageOf = (title: string): number => {
    const mark = marks.find((m) => m.title === title);
    if (!mark) throw new Error(`no bookmark "${title}" in ${pdf}`);
    return mark.page;
  };
  const span = (from: string, to: string): number[] => Array.from({ length: pageOf(to) - pageOf(from) }, (_, i) => pageOf(from) + i);
  const top = marks.filter((m) => m.depth === 0);
  const afterTables = top[top.findIndex((m) => m.title === 'List of tables') + 1]?.title ?? '';
  const contentsPages = span('Contents', 'List of figures');
  const figurePages = span('List of figures', 'List of tables');
  const tablePages = span('List of tables', afterTables);
  const linesOf = (list: number[]): string[] => list.flatMap((p) => lines[p - 1] ?? []);
  return {
    dir,
    pdf,
    html,
    draft,
    pages,
    marks,
    lines,
    contents: contentsEntries(linesOf(contentsPages)),
    figures: listEntries(linesOf(figurePages), 'Figure'),
    tables: listEntries(linesOf(tablePages), 'Table'),
    contentsPages: new Set(contentsPages),
    listPages: new Set([...figurePages, ...tablePages]),
  };
}

/** The pages, other than those skipped, on which the lines pass the test. */
function pagesWith(built: Built, skip: Set<number>, test: (lines: string[]) => boolean): number[] {
  return built.lines.flatMap((lines, i) => (!skip.has(i + 1) && test(lines) ? [i + 1] : []));
}

/** Runs `vdr build` from the TypeScript sources in a child process, as someone elsewhere would. */
async function buildInChild(dir: string, env: NodeJS.ProcessEnv): Promise<Error | undefined> {
  const entry = join(dir, 'vdr.mts');
  writeFileSync(entry, `import { main } from ${JSON.stringify(pathToFileURL(join(root, 'pipeline', 'cli.ts')).href)};\nprocess.exitCode = await main(process.argv.slice(2));\n`);
  try {
    await promisify(execFile)(process.execPath, ['--import', 'tsx', entry, 'build', '--project', dir], { cwd: root, env, maxBuffer: 64 * 1024 * 1024 });
    return undefined;
  } catch (error) {
    // The exit code and signal too: a build that died without a word said neither.
    const { code, signal } = error as { code?: number | string; signal?: string };
    return new Error(`${(error as Error).message} (exit code ${String(code)}, signal ${String(signal)})`);
  }
}

let scratch: string;
let previousTmp: string | undefined;
let draft: Built;
let final: Built;
let twinPdf: string;
/** The other two of the four: the baseline edition as a draft, the newest as a final build. */
let otherPdfs: [string, string][];
const dirs: string[] = [];

beforeAll(async () => {
  const draftDir = copyProject('vdr-pdf-draft-', true);
  const twinDir = copyProject('vdr-pdf-twin-', true);
  const finalDir = copyProject('vdr-pdf-final-', false);
  dirs.push(draftDir, twinDir, finalDir);
  // Chromium's profile and temporary files, and the print's, go under a directory of our own, to be found empty afterwards.
  scratch = mkdtempSync(join(tmpdir(), 'vdr-pdf-tmp-'));
  previousTmp = process.env['TMPDIR'];
  process.env['TMPDIR'] = scratch;
  const io = capture();
  expect(await main(['build', '--project', draftDir], io), io.err + io.out).toBe(0);
  expect(await main(['build', '--project', finalDir, '--final', '--edition', '2014'], io), io.err + io.out).toBe(0);
  expect(await main(['build', '--project', draftDir, '--edition', '2014'], io), io.err + io.out).toBe(0);
  expect(await main(['build', '--project', finalDir, '--final', '--edition', '2021'], io), io.err + io.out).toBe(0);
  otherPdfs = [
    ['the 2014 draft', join(draftDir, 'output', '2014', 'build', 'report.pdf')],
    ['the 2021 final build', join(finalDir, 'output', '2021', 'build', 'report.pdf')],
  ];
  // The twin builds afterwards, in another process, time zone and language. (A twin built at the
  // same time once came out some hundred bytes apart: Chromium annotated one cross-reference piece
  // by piece in one print and whole in the other; print/paged.ts now gives every cross-reference
  // one box, and the test below checks that each link is annotated once per line.)
  const failed = await buildInChild(twinDir, { ...process.env, SOURCE_DATE_EPOCH: EPOCH, TZ: 'Pacific/Kiritimati', LC_ALL: 'fr_FR.UTF-8', LANG: 'fr_FR.UTF-8', TMPDIR: scratch });
  if (failed) throw failed;
  twinPdf = join(twinDir, 'output', '2021', 'build', 'report.pdf');
  draft = read(draftDir, 2021, true);
  final = read(finalDir, 2014, false);
}, 600_000);

afterAll(() => {
  if (previousTmp === undefined) delete process.env['TMPDIR'];
  else process.env['TMPDIR'] = previousTmp;
  for (const dir of [...dirs, scratch]) if (dir) rmSync(dir, { recursive: true, force: true });
});

const both = (): [string, Built][] => [
  ['the 2021 draft', draft],
  ['the 2014 final build', final],
];

describe('the printed report', () => {
  it('is A4 on every page, tagged, with its title, author, subject, keywords, producer and dates', () => {
    for (const [year, built] of [[2021, draft], [2014, final]] as const) {
      const { fields, pageSizes } = pdfinfo(built.pdf);
      expect(pageSizes).toHaveLength(built.pages);
      for (const [width, height] of pageSizes) {
        expect(Math.abs(width - 595)).toBeLessThanOrEqual(1);
        expect(Math.abs(height - 842)).toBeLessThanOrEqual(1);
      }
      expect(fields.get('Tagged')).toBe('yes');
      expect(fields.get('Title')).toMatch(new RegExp(`^Implementing the Vienna Declaration: Global report ${year}`));
      expect(fields.get('Author')).toBe('United Nations Office on Drugs and Crime, Paris Pact Initiative');
      expect(fields.get('Subject')).toMatch(new RegExp(`^Global report ${year}`));
      expect(fields.get('Keywords')).toBe(`Vienna Declaration; Paris Pact Initiative; UNODC; ${year}`);
      expect(fields.get('Producer')).toBe(`vdr ${version}`);
      // The dates are SOURCE_DATE_EPOCH's, not the clock's.
      expect(fields.get('CreationDate')).toBe(EPOCH_ISO);
      expect(fields.get('ModDate')).toBe(EPOCH_ISO);
    }
  });

  it('says in its catalog that it is in English', async () => {
    for (const [, built] of both()) {
      const document = await loadPdf(readFileSync(built.pdf));
      const lang = document.catalog.get(PDFName.of('Lang'));
      expect(lang instanceof PDFString || lang instanceof PDFHexString ? lang.decodeText() : lang).toBe('en');
      expect(document.catalog.get(PDFName.of('StructTreeRoot'))).toBeDefined();
    }
  });

  it('carries XMP metadata with the PDF/UA identifier, maps its non-standard structure types, and names every link (PDF/UA-1)', async () => {
    for (const [name, built] of both()) {
      const document = await loadPdf(readFileSync(built.pdf));
      const metadata = document.context.lookup(document.catalog.get(PDFName.of('Metadata'))) as PDFRawStream;
      const xmp = Buffer.from(metadata.getContents()).toString('utf8');
      expect(xmp, name).toContain('<pdfuaid:part>1</pdfuaid:part>');
      expect(xmp).toContain('<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Implementing the Vienna Declaration');
      expect(xmp).toContain('<dc:language><rdf:Bag><rdf:li>en</rdf:li></rdf:Bag></dc:language>');
      const tree = document.context.lookup(document.catalog.get(PDFName.of('StructTreeRoot')), PDFDict);
      const roles = document.context.lookup(tree.get(PDFName.of('RoleMap')), PDFDict);
      expect(roles.get(PDFName.of('Strong'))).toBe(PDFName.of('Span'));
      const unnamed: string[] = [];
      document.getPages().forEach((page, index) => {
        const annots = page.node.Annots();
        for (let i = 0; annots && i < annots.size(); i++) {
          const annot = document.context.lookup(annots.get(i), PDFDict);
          const contents = annot.get(PDFName.of('Contents'));
          const text = contents instanceof PDFString || contents instanceof PDFHexString ? contents.decodeText() : '';
          if (annot.get(PDFName.of('Subtype')) === PDFName.of('Link') && text.trim() === '') unnamed.push(`page ${index + 1}`);
        }
      });
      expect(unnamed, `${name}: links without /Contents`).toEqual([]);

      // One Figure per chart, each with its whole text alternative: the title and the description.
      const alts: (string | undefined)[] = [];
      const seen = new Set<PDFDict>();
      const stack: unknown[] = [tree.get(PDFName.of('K'))];
      while (stack.length > 0) {
        const item = stack.pop();
        const node = item === undefined ? undefined : document.context.lookup(item as never);
        if (node instanceof PDFArray) node.asArray().forEach((child) => stack.push(child));
        else if (node instanceof PDFDict && !seen.has(node)) {
          seen.add(node);
          if (node.get(PDFName.of('S')) === PDFName.of('Figure')) {
            const alt = node.get(PDFName.of('Alt'));
            alts.push(alt instanceof PDFString || alt instanceof PDFHexString ? alt.decodeText() : undefined);
          }
          stack.push(node.get(PDFName.of('K')));
        }
      }
      const charts = (built.html.match(/<svg[^>]*role="img"/g) ?? []).length;
      expect(alts.length, name).toBe(charts);
      for (const alt of alts) expect(alt, `${name}: a Figure's /Alt`).toMatch(/\S.*[.:] \S.{40,}/);
    }
  });

  it('passes the PDF/UA-1 checker (print/pdfua.ts): both editions, draft and final', async () => {
    for (const [label, pdf] of [...both().map(([l, b]): [string, string] => [l, b.pdf]), ...otherPdfs]) {
      expect(checkPdfUa(await loadPdf(readFileSync(pdf))), label).toEqual([]);
    }
  });

  it('keeps the space where a line wraps in the tagged text: no two words run together', () => {
    for (const [label, built] of both()) {
      // Each pair of words either side of a line break on the page, run together ("ViennaDeclaration").
      const lines = execFileSync('pdftotext', ['-raw', built.pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
        .split('\n')
        .map((line) => line.trim());
      const joined = new Set<string>();
      for (let i = 0; i + 1 < lines.length; i++) {
        const last = /(\p{L}{2,})$/u.exec(lines[i]!)?.[1];
        const first = /^(\p{L}{2,})/u.exec(lines[i + 1]!)?.[1];
        if (last && first) joined.add(last + first);
      }
      expect(joined.size, label).toBeGreaterThan(300);
      // Charts' labels are one text each, with no space between them; a chart is read by its /Alt.
      const words = new Set(taggedText(built.pdf, ['Figure']).flatMap((text) => text.split(/[^\p{L}]+/u)));
      expect([...joined].filter((word) => words.has(word)), label).toEqual([]);
    }
  });

  it("embeds every font, and they are the report's own Noto fonts", () => {
    for (const [, built] of both()) {
      const fonts = pdffonts(built.pdf);
      expect(fonts.length).toBeGreaterThan(0);
      for (const font of fonts) {
        expect(font, font.name).toMatchObject({ embedded: true });
        expect(font.name).toMatch(/^[A-Z]{6}\+Noto(Sans|Serif)-/);
        expect(font.type).not.toMatch(/Type 3/);
      }
    }
  });

  it('passes qpdf --check', () => {
    for (const [, built] of both()) {
      const check = qpdfCheck(built.pdf);
      expect(check.ok, check.output).toBe(true);
      expect(check.output).toContain('No syntax or stream encoding errors found');
      expect(check.output).not.toMatch(/WARNING/i);
    }
  });

  it('has bookmarks that follow the headings of the contents, in order, at their pages, with their spaces', () => {
    for (const [name, built] of both()) {
      expect(built.contents.length, name).toBeGreaterThan(20);
      let last = -1;
      for (const entry of built.contents) {
        const forms = headingForms(entry);
        const index = built.marks.findIndex((mark, i) => i > last && forms.includes(mark.title));
        expect(index, `${name}: a bookmark for "${forms[0]}"`).toBeGreaterThan(last);
        expect(built.marks[index]?.page, `${name}: the bookmark "${forms[0]}"`).toBe(entry.page);
        last = index;
      }
      // Chromium drops the space where a heading wraps ("the ViennaDeclaration"); the finished PDF has it back.
      expect(built.marks[0]?.title).toBe('Implementing the Vienna Declaration');
    }
  });

  it('links every contents entry to the page of its heading', async () => {
    for (const [name, built] of both()) {
      const document = await loadPdf(readFileSync(built.pdf));
      const named = destinationPages(document);
      const targets: number[] = [];
      for (const number of built.contentsPages) {
        const annots = document.getPage(number - 1).node.Annots();
        for (let i = 0; annots && i < annots.size(); i++) {
          const annot = document.context.lookup(annots.get(i), PDFDict);
          expect(annot.get(PDFName.of('Subtype'))).toBe(PDFName.of('Link'));
          const action = document.context.lookupMaybe(annot.get(PDFName.of('A')), PDFDict);
          const dest = annot.get(PDFName.of('Dest')) ?? action?.get(PDFName.of('D'));
          // A named destination, or an explicit one whose first element is the page.
          const pageOf = (): number | undefined => {
            if (dest instanceof PDFString || dest instanceof PDFHexString) return named.get(dest.decodeText());
            if (dest instanceof PDFName) return named.get(dest.decodeText());
            if (dest instanceof PDFArray) return document.getPages().findIndex((page) => page.ref === dest.get(0)) + 1;
            return undefined;
          };
          const page = pageOf();
          expect(page, `${name}: a link on the contents page ${number} goes nowhere`).toBeDefined();
          targets.push(page!);
        }
      }
      // One link per entry, each to the page the entry gives.
      expect(targets.sort((a, b) => a - b)).toEqual(built.contents.map((e) => e.page).sort((a, b) => a - b));
    }
  });

  it('has no dead link: every link annotation goes to a destination the PDF has, or to a web address', async () => {
    for (const [name, built] of both()) {
      const document = await loadPdf(readFileSync(built.pdf));
      const named = destinationPages(document);
      const dead: string[] = [];
      let internal = 0;
      document.getPages().forEach((page, index) => {
        const annots = page.node.Annots();
        for (let i = 0; annots && i < annots.size(); i++) {
          const annot = document.context.lookup(annots.get(i), PDFDict);
          if (annot.get(PDFName.of('Subtype')) !== PDFName.of('Link')) continue;
          const action = document.context.lookupMaybe(annot.get(PDFName.of('A')), PDFDict);
          if (action?.get(PDFName.of('S')) === PDFName.of('URI')) continue;
          const dest = annot.get(PDFName.of('Dest')) ?? action?.get(PDFName.of('D'));
          const text = dest instanceof PDFString || dest instanceof PDFHexString || dest instanceof PDFName ? dest.decodeText() : undefined;
          const goes = dest instanceof PDFArray ? document.getPages().some((p) => p.ref === dest.get(0)) : text !== undefined && named.has(text);
          internal++;
          if (!goes) dead.push(`page ${index + 1}: ${text ?? String(dest)}`);
        }
      });
      expect(internal, name).toBeGreaterThan(50);
      expect(dead, `${name}: dead links`).toEqual([]);
    }
  });

  it('annotates each link once per line, never piece by piece (which Chromium does or not, print by print)', async () => {
    for (const [name, built] of both()) {
      const document = await loadPdf(readFileSync(built.pdf));
      const pieces: string[] = [];
      let links = 0;
      document.getPages().forEach((page, index) => {
        const annots = page.node.Annots();
        const seen = new Map<string, number[][]>();
        for (let i = 0; annots && i < annots.size(); i++) {
          const annot = document.context.lookup(annots.get(i), PDFDict);
          const dest = annot.get(PDFName.of('Dest'));
          const rect = document.context.lookup(annot.get(PDFName.of('Rect')), PDFArray).asArray().map((n) => Number(n.toString()));
          if (!dest || rect.length !== 4) continue;
          links++;
          const key = `${dest.toString()} ${rect[1]} ${rect[3]}`;
          for (const other of seen.get(key) ?? []) {
            if (Math.abs(other[2]! - rect[0]!) < 0.01 || Math.abs(rect[2]! - other[0]!) < 0.01) pieces.push(`page ${index + 1}: ${dest.toString()}`);
          }
          seen.set(key, [...(seen.get(key) ?? []), rect]);
        }
      });
      expect(links, name).toBeGreaterThan(50);
      expect(pieces, `${name}: links annotated in touching pieces`).toEqual([]);
    }
  });

  it("prints on each contents entry the page where that entry's heading is printed", () => {
    for (const [name, built] of both()) {
      for (const entry of built.contents) {
        const forms = headingForms(entry);
        expect(pagesWith(built, built.contentsPages, (lines) => hasLine(lines, forms)), `${name}: "${forms[0]}" is listed at page ${entry.page}`).toEqual([entry.page]);
      }
    }
  });

  it('prints on each entry of the lists of figures and tables the page of its caption', () => {
    for (const [name, built] of both()) {
      expect(built.figures.length, name).toBeGreaterThan(5);
      expect(built.tables.length, name).toBeGreaterThan(5);
      for (const entry of [...built.figures, ...built.tables]) {
        const caption = `${entry.label}:`;
        expect(pagesWith(built, built.listPages, (lines) => lines.some((line) => line.startsWith(caption))), `${name}: ${entry.label} is listed at page ${entry.page}`).toEqual([entry.page]);
      }
    }
  });

  it('gives each cross-reference the page of the figure, table or chapter it names', () => {
    for (const [name, built] of both()) {
      const captionPage = new Map([...built.figures, ...built.tables].map((e) => [e.label, e.page]));
      const chapterPage = new Map(built.contents.filter((e) => e.number && /^\d+$/.test(e.number)).map((e) => [`Chapter ${e.number}`, e.page]));
      let seen = 0;
      built.lines.forEach((lines, i) => {
        for (const match of lines.join(' ').replace(/\s+/g, ' ').matchAll(/((?:Figure|Table) \d+\.\d+|Chapter \d+) \(p\. (\d+)\)/g)) {
          const [, label = '', page] = match;
          const expected = captionPage.get(label) ?? chapterPage.get(label);
          expect(Number(page), `${name}, page ${i + 1}: ${match[0]}`).toBe(expected);
          seen++;
        }
      });
      expect(seen, name).toBeGreaterThan(10);
      // A reference to something the print leaves out gets no "(p. )".
      expect(built.lines.flat().join('\n')).not.toContain('(p. )');
    }
  });

  it('leaves no heading at the foot of a page, and keeps each figure whole with its caption and source', () => {
    const FOOT = 842 - 24 * (72 / 25.4);
    for (const [name, built] of both()) {
      for (const mark of built.marks) {
        // Chromium's bookmark points a little below the top of the heading's first line.
        const top = 841.92 - mark.top;
        const lines = pageLines(built.pdf, mark.page).filter((l) => l.top >= top - 14 && l.bottom < FOOT && l.bottom - l.top < 80);
        // Skip the heading's own lines, then count what follows it on its page.
        const title = mark.title.replace(/\s+/g, '');
        let read = '';
        let i = 0;
        while (i < lines.length && read.length < title.length && title.startsWith(read + lines[i]!.text.replace(/\s+/g, ''))) read += lines[i++]!.text.replace(/\s+/g, '');
        expect(read, `${name}: the heading "${mark.title}" on page ${mark.page}`).toBe(title);
        // As printed, with a space where it wraps: the bookmark's title is the heading's words.
        expect(lines.slice(0, i).map((l) => l.text).join(' ').replace(/\s+/g, ' ').trim()).toBe(mark.title);
        expect(lines.length - i, `${name}: the heading "${mark.title}" is stranded at the foot of page ${mark.page}`).toBeGreaterThanOrEqual(2);
      }
      for (const entry of built.figures) {
        // The caption opens the figure, and its source closes it, on the same page.
        const lines = built.lines[entry.page - 1] ?? [];
        const at = lines.findIndex((line) => line.startsWith(`${entry.label}:`));
        expect(lines.slice(at + 1).some((line) => line.startsWith('Source:')), `${name}: ${entry.label} is split from its source`).toBe(true);
      }
      for (const entry of built.tables) {
        const lines = built.lines[entry.page - 1] ?? [];
        const at = lines.findIndex((line) => line.startsWith(`${entry.label}:`));
        // A caption, a header row and at least a row (a header can take two lines): never a caption alone.
        expect(lines.length - at - 1, `${name}: ${entry.label}'s caption is stranded`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('leaves no page more than a third empty where text could fill it: a figure or table that does not fit moves past the paragraphs after it', () => {
    // The page's body in pdftotext's units (points from the top): the margins of print/paged.ts.
    const [top, bottom] = [62.36, 841.92 - 68.03];
    for (const [label, built] of both()) {
      const captions = new Map<string, StructureNode>();
      const walk = (node: StructureNode): void => {
        const name = node.type === 'Caption' ? /^(?:Figure|Table) [\dA-Z]+\.\d+/.exec(nodeText(node))?.[0] : undefined;
        if (name) captions.set(name, node);
        node.children.forEach(walk);
      };
      walk(structureTree(built.pdf));
      expect(captions.size, label).toBeGreaterThan(10);
      const header = (page: number): string => pageText(built.pdf, page).trim().split('\n')[0]!.trim();
      for (let page = 2; page < built.pages; page++) {
        // The last page of a chapter or annex may end where its text ends.
        if (header(page) !== header(page + 1)) continue;
        const words = wordHeights(built.pdf, page).filter((w) => w.top > top && w.top + w.height < bottom);
        const empty = (bottom - Math.max(...words.map((w) => w.top + w.height))) / (bottom - top);
        if (empty <= 1 / 3) continue;
        // Left so only by a figure or table too big for the rest of the page, after which its
        // section has no text that could have come up in its place: the next is a heading, another
        // figure or table, or the end.
        const first = built.lines[page]?.[0] ?? '';
        const name = /^(?:Figure|Table) [\dA-Z]+\.\d+/.exec(first)?.[0];
        const where = `${label}: page ${page} is ${Math.round(empty * 100)}% empty, and page ${page + 1} starts "${first}"`;
        expect(name, where).toBeDefined();
        const caption = captions.get(name!);
        expect(caption, where).toBeDefined();
        const block = caption!.parent?.type === 'Table' ? caption!.parent.parent! : caption!.parent!;
        const siblings = block.parent?.children ?? [];
        const next = siblings[siblings.indexOf(block) + 1];
        expect(['P', 'L', 'LI'].includes(next?.type ?? ''), `${where}, and text follows it`).toBe(false);
      }
    }
  });

  it('prints every word at 7 pt or more, the charts\' text too (drawn for the print column, not scaled down to it)', () => {
    for (const [label, built] of both()) {
      const small: string[] = [];
      let turned = 0;
      for (let page = 1; page <= built.pages; page++) {
        for (const w of wordSizes(built.pdf, page)) {
          if (w.turned) turned++;
          // A draft's build stamp is the smallest type, at 7 pt; the boxes' heights are rounded to 0.01 pt.
          if (w.size < 6.95) small.push(`page ${page}: "${w.word}" at ${w.size.toFixed(1)} pt`);
        }
      }
      expect(small, label).toEqual([]);
      // The column titles of the data coverage grid run up the page, and are measured across.
      expect(turned, label).toBeGreaterThan(10);
    }
  });

  it('prints the text at its size: nothing wider than the page makes Chromium shrink every page', () => {
    for (const [name, built] of both()) {
      // The running header is 8 pt in a margin box, which is never scaled; the text is 10.5 pt.
      const page = built.marks.find((m) => m.title.endsWith('Introduction'))?.page ?? 0;
      const words = wordHeights(built.pdf, page);
      const header = words.find((w) => w.top < 50)?.height ?? Number.NaN;
      const heights = words.filter((w) => w.top > 60 && w.top < 760).map((w) => Math.round(w.height * 10) / 10);
      const counts = new Map<number, number>();
      for (const h of heights) counts.set(h, (counts.get(h) ?? 0) + 1);
      const body = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? Number.NaN;
      expect(body / header, `${name}: body text ${body} against the 8 pt header ${header}`).toBeGreaterThan(1.25);
    }
  });
});

/** The images (by object number, from pdfimages -list) drawn on every page of a PDF. */
function imagesOnEveryPage(pdf: string, pages: number): string[] {
  const onPage = new Map<number, Set<string>>();
  for (const line of execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).split('\n').slice(2)) {
    const cells = line.trim().split(/\s+/);
    if (cells.length > 11) onPage.set(Number(cells[0]), new Set([...(onPage.get(Number(cells[0])) ?? []), cells[10]!]));
  }
  return [...(onPage.get(1) ?? [])].filter((object) => Array.from({ length: pages }, (_, i) => onPage.get(i + 1)?.has(object)).every(Boolean));
}

describe('a draft and a final build', () => {
  it('marks every page of a draft, the cover too, with the DRAFT watermark and the build stamp', () => {
    const stamp = /<p class="draft-stamp">([^<]*)<\/p>/.exec(draft.html)?.[1]?.replace(/&amp;/g, '&') ?? '';
    const commit = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: draft.dir, encoding: 'utf8' }).trim();
    expect(stamp).toContain(`Edition 2021, built ${EPOCH_ISO} from commit ${commit}; data fingerprint sha256:`);
    // The watermark is one picture of the word, the same image on every page, and none of its
    // letters is text: pdftotext gives no lone D, R, A, F or T, and the tagged text has no DRAFT.
    expect(imagesOnEveryPage(draft.pdf, draft.pages), 'one watermark image on every page').toHaveLength(1);
    for (let page = 1; page <= draft.pages; page++) {
      expect(pageText(draft.pdf, page, 'raw'), `no watermark letters in the text of page ${page}`).not.toMatch(/^\s*[DRAFT]\s*$/m);
      expect(pageText(draft.pdf, page, 'layout').replace(/\s+/g, ' '), `the stamp on page ${page}`).toContain(stamp);
    }
    // Neither watermark nor stamp nor page numbers are in the tagged text: they are artifacts.
    const tagged = taggedText(draft.pdf).join('\n');
    expect(tagged).not.toMatch(/D\s*R\s*A\s*F\s*T/);
    expect(tagged).not.toContain(stamp);
    expect(tagged).not.toMatch(/Page \d+ of \d+/);
    // The cover has no running header and no page number.
    expect(pageText(draft.pdf, 1)).not.toMatch(/Page 1 of/);
    expect(pageText(draft.pdf, 2)).toMatch(new RegExp(`Page 2 of ${draft.pages}`));
  });

  it('has neither watermark nor stamp in a final build', () => {
    expect(imagesOnEveryPage(final.pdf, final.pages), 'no watermark image').toEqual([]);
    for (let page = 1; page <= final.pages; page++) {
      expect(pageText(final.pdf, page, 'raw').replace(/\s+/g, '')).not.toContain('DRAFT');
      expect(pageText(final.pdf, page)).not.toMatch(/built \d{4}-\d\d-\d\dT|data fingerprint|not for distribution/);
    }
    expect(pageText(final.pdf, 1)).not.toMatch(/Page 1 of/);
  });

  it('gives the same bytes from the same inputs, in another time zone and language', () => {
    // The HTML first, so that a difference says which stage it comes from.
    expect(readFileSync(join(twinPdf, '..', 'report.html'), 'utf8')).toBe(readFileSync(join(draft.dir, 'output/2021/build/report.html'), 'utf8'));
    const first = readFileSync(draft.pdf);
    const second = readFileSync(twinPdf);
    expect(second.length).toBe(first.length);
    expect(second.equals(first)).toBe(true);
  });

  it("leaves no browser profile or Chromium's temporary files behind", () => {
    const left = readdirSync(scratch).filter((name) => /^(vdr-chromium-|vdr-print-|puppeteer|\.org\.chromium|\.com\.google)/.test(name));
    expect(left).toEqual([]);
  });
});

describe('the browser', () => {
  it('exits 3 with how to install Chromium when there is none, and writes nothing', async () => {
    const dir = copyProject('vdr-pdf-nochromium-', false);
    dirs.push(dir);
    const before = process.env['PUPPETEER_EXECUTABLE_PATH'];
    process.env['PUPPETEER_EXECUTABLE_PATH'] = join(dir, 'no-such-chromium');
    try {
      const io = capture();
      expect(await main(['build', '--project', dir], io)).toBe(3);
      expect(io.err).toContain('no-such-chromium');
      expect(io.err).toContain('apt-get install -y chromium');
      expect(io.err).not.toMatch(/\n\s+at /);
      expect(existsSync(join(dir, 'output', '2021', 'build'))).toBe(false);
    } finally {
      if (before === undefined) delete process.env['PUPPETEER_EXECUTABLE_PATH'];
      else process.env['PUPPETEER_EXECUTABLE_PATH'] = before;
    }
  }, 120_000);

  it('refuses every request but the report itself: a remote image never reaches the network', async () => {
    const hits: string[] = [];
    const server: Server = createServer((request, response) => {
      hits.push(request.url ?? '');
      response.end('x');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const local = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Remote</title>
<link rel="stylesheet" href="${local}/style.css"></head>
<body><main><section><h1 id="one">One</h1><p>A remote image: <img src="${local}/image.png" alt="remote"> <img src="https://example.org/logo.png" alt="remote"></p>
<script>fetch(${JSON.stringify(`${local}/fetch`)}).catch(() => undefined)</script></section></main></body></html>`;
      const result = await printPdf(html, {
        metadata: { title: 'Remote', author: 'vdr', subject: 'test', keywords: [], language: 'en', producer: 'vdr', creator: 'vdr', date: new Date(0) },
        layout: { pageNumber: 'Page {page} of {pages}' },
      });
      expect(Buffer.from(result.pdf.subarray(0, 5)).toString()).toBe('%PDF-');
      expect(result.refused).toEqual(expect.arrayContaining([`${local}/style.css`, `${local}/image.png`, 'https://example.org/logo.png']));
      expect(hits).toEqual([]);
      // What a build makes of them: an error each in a final build (which then writes nothing), a warning in a draft.
      const messages = refusedRequests(result.refused, 'content/2021/edition.yaml', 'final');
      expect(messages).toContainEqual({
        file: 'content/2021/edition.yaml',
        severity: 'error',
        ruleId: 'print/remote-resource',
        reason: 'the report asks for a resource outside itself, which the print refused',
        value: 'https://example.org/logo.png',
        fix: 'remove the reference from the chapter, or put the resource in the report itself',
      });
      expect(refusedRequests(result.refused, 'content/2021/edition.yaml', 'draft').map((m) => m.severity)).toEqual(result.refused.map(() => 'warning'));
    } finally {
      server.close();
    }
  }, 120_000);
});
