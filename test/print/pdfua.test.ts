/**
 * The PDF/UA-1 checker (print/pdfua.ts) on a small report printed by the real print stage: what
 * Chromium gives fails it where it should (untagged page numbers, list items without LBody, no
 * XMP, a chart's name and links' descriptions missing); the finished PDF passes; and each failure condition it tests is found again when the
 * finished PDF is broken on purpose, one thing at a time.
 */
import { deflateSync, inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, StandardFonts, type PDFObject } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type PrintBrowser } from '../../pipeline/print/browser.js';
import { loadPdf } from '../../pipeline/print/destinations.js';
import { basePageCss, keepLineEndSpaces } from '../../pipeline/print/paged.js';
import { printPdf } from '../../pipeline/print/pdf.js';
import { checkPdfUa } from '../../pipeline/print/pdfua.js';
import { structureElements } from '../../pipeline/print/structure.js';

const HTML = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Small report</title>
<style>body{font-family:sans-serif}</style></head><body><main>
<section><h1 id="one">Implementing the Vienna Declaration</h1>
<p>The <strong>baseline</strong> is the first year with figures; see <a href="#two">the next chapter</a> and
<a href="https://www.unodc.org/">UNODC</a>. A sentence long enough to wrap across the column more than once, so that
the spaces at the ends of its lines are what the tagged text must keep between the words.</p>
<ul><li>Heroin seized</li><li><p>Opium seized</p><ul><li>Within RP ANC</li></ul></li></ul>
<ol><li>First</li><li>Second</li></ol></section>
<section><h2 id="two">Pillar I</h2>
<figure><svg role="img" aria-labelledby="t1" width="200" height="100" viewBox="0 0 200 100"><title id="t1">Heroin seized, 2010-2014</title><rect x="10" y="10" width="50" height="80" fill="#1f77b4"/></svg>
<figcaption>Figure 1.1: Heroin seized</figcaption></figure>
<table><caption>Table 1.1: Partners</caption><thead><tr><th scope="col">Partner</th><th scope="col">Seized (kg)</th></tr></thead>
<tbody><tr><th scope="row">Afghanistan</th><td>1,000</td></tr><tr><th scope="row">Pakistan</th><td>2,000</td></tr></tbody></table>
</section></main></body></html>`;

const METADATA = {
  title: 'Small report',
  author: 'UNODC',
  subject: 'A test',
  keywords: ['test'],
  language: 'en',
  producer: 'vdr test',
  creator: 'vdr test',
  date: new Date(Date.UTC(2026, 0, 1)),
};

let finished: Uint8Array;
let chromium: Uint8Array;
let browser: PrintBrowser;

beforeAll(async () => {
  finished = (await printPdf(HTML, { metadata: METADATA, layout: { pageNumber: 'Page {page} of {pages}' } })).pdf;
  // The same page as Chromium prints it, with the same page numbers in the margin, and nothing done afterwards.
  browser = await launchBrowser({ offline: true });
  const page = await browser.browser.newPage();
  await page.setContent(HTML.replace('</style>', `${basePageCss({ pageNumber: 'Page {page} of {pages}' })}</style>`));
  chromium = await page.pdf({ tagged: true, preferCSSPageSize: true, printBackground: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

const conditions = async (pdf: Uint8Array | PDFDocument): Promise<string[]> =>
  [...new Set(checkPdfUa(pdf instanceof PDFDocument ? pdf : await loadPdf(pdf)).map((failure) => failure.condition))].sort();

/** The finished PDF, parsed afresh, to break one thing in. */
const copy = (): Promise<PDFDocument> => loadPdf(finished);

const elementsOf = (document: PDFDocument, type: string): PDFDict[] => structureElements(document).filter((e) => e.type === type).map((e) => e.dict);

function firstLinkAnnotation(document: PDFDocument): PDFDict {
  for (const page of document.getPages()) {
    const annots = page.node.Annots();
    for (let i = 0; annots && i < annots.size(); i++) {
      const annot = document.context.lookupMaybe(annots.get(i), PDFDict);
      if (annot?.get(PDFName.of('Subtype')) === PDFName.of('Link')) return annot;
    }
  }
  throw new Error('no link annotation');
}

/** Rewrites page 1's content stream. */
function editContent(document: PDFDocument, edit: (text: string) => string): void {
  const page = document.getPages()[0]!;
  const ref = page.node.get(PDFName.of('Contents')) as PDFObject;
  const stream = document.context.lookup(ref) as PDFRawStream;
  const text = edit(Buffer.from(inflateSync(stream.contents)).toString('latin1'));
  const bytes = new Uint8Array(deflateSync(Buffer.from(text, 'latin1')));
  const dict = stream.dict.clone(document.context);
  dict.set(PDFName.of('Length'), document.context.obj(bytes.length));
  document.context.assign(ref as never, PDFRawStream.of(dict, bytes));
}

describe('the PDF/UA-1 checker', () => {
  it('finds what Chromium leaves undone: untagged page numbers, no XMP, a chart without its name, list items without LBody, links without /Contents', async () => {
    expect(await conditions(chromium)).toEqual(['01-005', '06-001', '13-004', '16', '28-012']);
  });

  it('passes the PDF the print stage finishes', async () => {
    expect(checkPdfUa(await loadPdf(finished))).toEqual([]);
  });

  it('finds a figure without alternative text (13-004)', async () => {
    const document = await copy();
    const figures = elementsOf(document, 'Figure');
    expect(figures.length).toBe(1);
    figures[0]!.delete(PDFName.of('Alt'));
    expect(await conditions(document)).toEqual(['13-004']);
  });

  it('finds headings that do not start at H1 (14-002), skip a level (14-003), or mix H and Hn (14-007)', async () => {
    let document = await copy();
    elementsOf(document, 'H1')[0]!.set(PDFName.of('S'), PDFName.of('H2'));
    expect(await conditions(document)).toEqual(['14-002']);
    document = await copy();
    elementsOf(document, 'H2')[0]!.set(PDFName.of('S'), PDFName.of('H3'));
    expect(await conditions(document)).toEqual(['14-003']);
    document = await copy();
    elementsOf(document, 'H2')[0]!.set(PDFName.of('S'), PDFName.of('H'));
    expect(await conditions(document)).toEqual(['14-007']);
  });

  it('finds a header cell without scope (15-003) and a cell outside a row (15)', async () => {
    // Chromium gives both: header cells' scope, and each cell's /Headers. Without the /Headers, a scope is needed.
    let document = await copy();
    for (const cell of [...elementsOf(document, 'TH'), ...elementsOf(document, 'TD')]) {
      const attributes = document.context.lookup(cell.get(PDFName.of('A')));
      const owners = attributes instanceof PDFArray ? attributes.asArray().map((a) => document.context.lookup(a)) : [attributes];
      for (const owner of owners) if (owner instanceof PDFDict) owner.delete(PDFName.of('Headers'));
    }
    expect(await conditions(document)).toEqual([]);
    const th = elementsOf(document, 'TH')[0]!;
    const attributes = document.context.lookup(th.get(PDFName.of('A')));
    const owners = attributes instanceof PDFArray ? attributes.asArray().map((a) => document.context.lookup(a)) : [attributes];
    for (const owner of owners) if (owner instanceof PDFDict) owner.delete(PDFName.of('Scope'));
    expect(await conditions(document)).toEqual(['15-003']);
    document = await copy();
    elementsOf(document, 'TR')[0]!.set(PDFName.of('S'), PDFName.of('Div'));
    expect(await conditions(document)).toContain('15');
  });

  it('finds list content outside LBody (16)', async () => {
    const document = await copy();
    elementsOf(document, 'LBody')[0]!.set(PDFName.of('S'), PDFName.of('P'));
    expect(await conditions(document)).toEqual(['16']);
  });

  it('finds a link without /Contents (28-012), outside a Link element (28-011), and a page without /Tabs /S (28-008, 28-009)', async () => {
    let document = await copy();
    firstLinkAnnotation(document).delete(PDFName.of('Contents'));
    expect(await conditions(document)).toEqual(['28-012']);
    document = await copy();
    for (const link of elementsOf(document, 'Link')) link.set(PDFName.of('S'), PDFName.of('Span'));
    expect(await conditions(document)).toEqual(['28-011']);
    document = await copy();
    document.getPages()[0]!.node.delete(PDFName.of('Tabs'));
    expect(await conditions(document)).toEqual(['28-008']);
    document.getPages()[0]!.node.set(PDFName.of('Tabs'), PDFName.of('R'));
    expect(await conditions(document)).toEqual(['28-009']);
  });

  it('finds missing metadata (06-001), language (11-001), window title (07-002) and a suspect tree (01-007)', async () => {
    const document = await copy();
    document.catalog.delete(PDFName.of('Metadata'));
    document.catalog.delete(PDFName.of('Lang'));
    document.context.lookup(document.catalog.get(PDFName.of('ViewerPreferences')), PDFDict).set(PDFName.of('DisplayDocTitle'), document.context.obj(false));
    document.context.lookup(document.catalog.get(PDFName.of('MarkInfo')), PDFDict).set(PDFName.of('Suspects'), document.context.obj(true));
    expect(await conditions(document)).toEqual(['01-007', '06-001', '07-002', '11-001']);
  });

  it('finds an artifact inside tagged content (01-003), tagged content inside an artifact (01-004), and paint outside both (01-005)', async () => {
    let document = await copy();
    editContent(document, (text) => text.replace(/(\/\w+ <<\s*\/MCID \d+\s*>>\s*BDC)/, '$1\n/Artifact BMC\nEMC'));
    expect(await conditions(document)).toEqual(['01-003']);
    document = await copy();
    editContent(document, (text) => text.replace(/\/Artifact BMC/, '/Artifact BMC\n/P <</MCID 0 >>BDC\nEMC'));
    expect(await conditions(document)).toEqual(['01-004']);
    document = await copy();
    editContent(document, (text) => `${text}\n0 0 10 10 re f\n`);
    expect(await conditions(document)).toEqual(['01-005']);
  });

  it('finds a font that is not embedded (31)', async () => {
    const document = await copy();
    const page = document.getPages()[0]!;
    page.drawText('x', { font: await document.embedFont(StandardFonts.Helvetica), size: 1 });
    // pdf-lib writes the font and the text when it saves; the text is untagged too.
    expect(await conditions(await document.save())).toEqual(['01-005', '31']);
  });
});

describe('keeping the spaces where lines wrap', () => {
  it('changes no text a reader sees: the same words and spaces before and after, whatever the markup', async () => {
    const page = await browser.browser.newPage();
    await page.setContent(`<!DOCTYPE html><html lang="en"><body>
      <p>
        A paragraph   with runs of   spaces,
        newlines, <em>inline <strong>nested</strong> words</em> and a <span style="display:inline-block">box</span> inside.
      </p>
      <ul><li> Item text <ul><li> nested item </li></ul> after the nested list </li></ul>
      <p>Line one<br>
         line two</p>
      <p>Kept <del><span style="position:absolute;width:1px;height:1px;overflow:hidden">deleted: </span>old</del> <ins>new</ins> words.</p>
      <table><tr><td> cell </td><td>
        other cell</td></tr></table>
      <pre>  pre   formatted
   text</pre>
    </body></html>`);
    const seen = (): Promise<string> => page.evaluate(() => document.body.innerText);
    const before = await seen();
    expect(await keepLineEndSpaces(page)).toBeGreaterThan(0);
    expect(await seen()).toBe(before);
    // And the text is written as it is seen: no runs of spaces or newlines left outside the pre.
    const texts = await page.evaluate(() => Array.from(document.querySelectorAll('p, li, td'), (element) => element.textContent ?? ''));
    for (const text of texts) expect(text).not.toMatch(/ {2}|\n/);
    await page.close();
  });
});
