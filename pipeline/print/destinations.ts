import { ParseSpeeds, PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef, PDFString, PDFHexString, type PDFObject } from 'pdf-lib';

/** The text of a PDF string or name, or undefined for anything else. */
export function pdfText(object: PDFObject | undefined): string | undefined {
  if (object instanceof PDFString || object instanceof PDFHexString) return object.decodeText();
  if (object instanceof PDFName) return object.decodeText();
  return undefined;
}

/**
 * The text of a destination's name. A name is bytes; Chromium writes an element's id there in
 * UTF-8 (#E5#B7#B4 for 巴), which pdf-lib decodes one byte to a character: read back as UTF-8, so
 * that ids in any script (a Chinese or Russian heading's) find their element.
 */
function nameText(name: PDFName): string {
  return Buffer.from(name.decodeText(), 'latin1').toString('utf8');
}

/**
 * Parses a PDF with pdf-lib at full speed: its default yields to the event loop every 100
 * objects, which makes a 2 MB tagged PDF take three times as long.
 */
export function loadPdf(pdf: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
}

/**
 * The 1-based page of every named destination in a PDF. Chromium writes one for each element id
 * that a link in the document points to, so this says on which page each linked heading, figure
 * and table was printed.
 */
export function destinationPages(document: PDFDocument): Map<string, number> {
  return new Map([...destinationPositions(document)].map(([name, at]) => [name, at.page]));
}

/** Where a named destination is: its 1-based page, and its top in PDF units from the page's foot. */
export interface DestinationPosition {
  page: number;
  top: number;
}

/** The page and height on it of every named destination of a PDF. */
export function destinationPositions(document: PDFDocument): Map<string, DestinationPosition> {
  const pageOf = new Map<string, number>();
  document.getPages().forEach((page, index) => pageOf.set(page.ref.toString(), index + 1));
  const found = new Map<string, DestinationPosition>();
  const context = document.context;
  const resolve = <T extends PDFObject>(object: PDFObject | undefined): T | undefined =>
    (object instanceof PDFRef ? context.lookup(object) : object) as T | undefined;

  const record = (name: string | undefined, destination: PDFObject | undefined): void => {
    let target = resolve<PDFObject>(destination);
    if (target instanceof PDFDict) target = resolve(target.get(PDFName.of('D')));
    if (!name || !(target instanceof PDFArray)) return;
    const page = target.get(0);
    const number = page instanceof PDFRef ? pageOf.get(page.toString()) : undefined;
    // [page /XYZ left top zoom]: the top is the fourth entry.
    const top = target.get(3);
    if (number !== undefined) found.set(name, { page: number, top: top instanceof PDFNumber ? top.asNumber() : Number.NaN });
  };

  // PDF 1.1 style: a /Dests dictionary in the catalog.
  const dests = resolve<PDFDict>(document.catalog.get(PDFName.of('Dests')));
  if (dests instanceof PDFDict) for (const [key, value] of dests.entries()) record(nameText(key), value);

  // PDF 1.2 style: the /Names /Dests name tree.
  const names = resolve<PDFDict>(document.catalog.get(PDFName.of('Names')));
  const walk = (node: PDFDict | undefined): void => {
    if (!(node instanceof PDFDict)) return;
    const pairs = resolve<PDFArray>(node.get(PDFName.of('Names')));
    if (pairs instanceof PDFArray) {
      for (let i = 0; i + 1 < pairs.size(); i += 2) record(pdfText(resolve(pairs.get(i))), pairs.get(i + 1));
    }
    const kids = resolve<PDFArray>(node.get(PDFName.of('Kids')));
    if (kids instanceof PDFArray) for (let i = 0; i < kids.size(); i++) walk(resolve<PDFDict>(kids.get(i)));
  };
  if (names instanceof PDFDict) walk(resolve<PDFDict>(names.get(PDFName.of('Dests'))));
  return found;
}
