import { createHash } from 'node:crypto';
import { deflateSync, inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFRef, PDFString, type PDFObject } from 'pdf-lib';
import { markArtifacts } from './content-stream.js';
import { pdfText } from './destinations.js';
import { addListBodies, structureElements, structureRoot } from './structure.js';

/** What the PDF says about itself. */
export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** BCP 47 language tag, such as en. */
  language: string;
  /** Such as "vdr 0.1.0". */
  producer: string;
  creator: string;
  /** Creation and modification date: from SOURCE_DATE_EPOCH or the inputs, never the clock. */
  date: Date;
}

/** What finishing needs to know beyond the metadata. */
export interface FinishOptions {
  /**
   * The report's headings as the reader sees them (optional). Chromium's bookmarks drop the
   * space where a heading wraps ("Implementing the ViennaDeclaration"); each bookmark that
   * matches a heading but for spaces gets the heading's own words.
   */
  headings?: string[];
  /**
   * What each link target is, by its id (optional): "Figure 3.2: Heroin seized", a heading's
   * text. Each link annotation to it gets it as its /Contents, which a screen reader says for the
   * link (PDF/UA-1, 7.18.5).
   */
  targets?: Map<string, string>;
}

/** Thirty-two hex digits that the saved file carries in its /ID until the real one is known. */
const ID_PLACEHOLDER = '0'.repeat(32);

const squash = (text: string): string => text.replace(/\s+/g, '');

/** Gives each bookmark whose title lost its spaces the heading's own words; returns how many. */
function repairOutline(document: PDFDocument, headings: string[]): number {
  const proper = new Map<string, string>();
  for (const heading of headings) {
    const text = heading.replace(/\s+/g, ' ').trim();
    if (text) proper.set(squash(text), text);
  }
  const context = document.context;
  const outlines = context.lookupMaybe(document.catalog.get(PDFName.of('Outlines')), PDFDict);
  let repaired = 0;
  const seen = new Set<PDFDict>();
  const walk = (first: PDFObject | undefined): void => {
    let item = context.lookupMaybe(first, PDFDict);
    while (item && !seen.has(item)) {
      seen.add(item);
      const title = pdfText(item.get(PDFName.of('Title')));
      const better = title === undefined ? undefined : proper.get(squash(title));
      if (title !== undefined && better !== undefined && better !== title) {
        item.set(PDFName.of('Title'), PDFHexString.fromText(better));
        repaired++;
      }
      walk(item.get(PDFName.of('First')));
      item = context.lookupMaybe(item.get(PDFName.of('Next')), PDFDict);
    }
  };
  if (outlines) walk(outlines.get(PDFName.of('First')));
  return repaired;
}

/**
 * Renumbers the tagged structure's element ids. Chromium names each element after its DOM node
 * id ("node00000214"), which shifts from one run to the next with work the renderer did before,
 * and whose order among a table's cells can differ too; numbered in document order (the structure
 * tree walked depth first) instead, the same document gets the same ids. Table cells' /Headers
 * are rewritten with them, and the /IDTree that maps ids to elements is written again as one
 * sorted list (its former nodes removed, so that no old id is left in the file).
 */
function renumberStructureIds(document: PDFDocument): void {
  const context = document.context;
  const ID = PDFName.of('ID');
  const idOf = (dict: PDFDict): string | undefined => pdfText(dict.get(ID));
  // In document order; an element outside the tree (none is expected) after them, by its old number.
  const inTree: { ref: PDFRef; dict: PDFDict }[] = structureElements(document);
  const reached = new Set(inTree.map(({ dict }) => dict));
  const order = (id: string): number => Number(/\d+/.exec(id)?.[0] ?? Number.NaN);
  const outside = context
    .enumerateIndirectObjects()
    .filter((entry): entry is [PDFRef, PDFDict] => entry[1] instanceof PDFDict && entry[1].get(PDFName.of('Type')) === PDFName.of('StructElem') && !reached.has(entry[1]))
    .map(([ref, dict]) => ({ ref, dict }))
    .sort((a, b) => order(idOf(a.dict) ?? '') - order(idOf(b.dict) ?? ''));
  const elements = [...inTree, ...outside].filter(({ dict }) => idOf(dict) !== undefined);
  if (elements.length === 0) return;
  const renamed = new Map<string, string>();
  for (const { dict } of elements) {
    const id = idOf(dict)!;
    if (!renamed.has(id)) renamed.set(id, `node${String(renamed.size + 1).padStart(8, '0')}`);
  }
  const rename = (object: PDFObject | undefined): PDFString | undefined => {
    const id = pdfText(object);
    const to = id === undefined ? undefined : renamed.get(id);
    return to === undefined ? undefined : PDFString.of(to);
  };
  const named = new Map<string, PDFRef>();
  for (const { ref, dict } of elements) {
    const to = renamed.get(idOf(dict)!)!;
    dict.set(ID, PDFString.of(to));
    if (!named.has(to)) named.set(to, ref);
  }
  // Table cells name their header cells by id, in /Headers among their attributes.
  for (const { dict } of [...inTree, ...outside]) {
    const attributes = context.lookup(dict.get(PDFName.of('A')));
    const owners = attributes instanceof PDFArray ? attributes.asArray().map((a) => context.lookup(a)) : [attributes];
    for (const owner of owners) {
      const headers = owner instanceof PDFDict ? context.lookupMaybe(owner.get(PDFName.of('Headers')), PDFArray) : undefined;
      for (let i = 0; headers && i < headers.size(); i++) {
        const to = rename(headers.get(i));
        if (to) headers.set(i, to);
      }
    }
  }
  // The id tree: its root holds the whole sorted list (the numbers are zero-padded, so text order is number order).
  const tree = context.lookupMaybe(structureRoot(document)?.get(PDFName.of('IDTree')), PDFDict);
  if (!tree) return;
  const removeKids = (node: PDFDict): void => {
    const kids = context.lookupMaybe(node.get(PDFName.of('Kids')), PDFArray);
    for (let i = 0; kids && i < kids.size(); i++) {
      const kid = kids.get(i);
      const dict = context.lookupMaybe(kid, PDFDict);
      if (dict) removeKids(dict);
      if (kid instanceof PDFRef) context.delete(kid);
    }
  };
  removeKids(tree);
  tree.delete(PDFName.of('Kids'));
  tree.delete(PDFName.of('Limits'));
  const names = context.obj([]);
  for (const [id, ref] of [...named].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    names.push(PDFString.of(id));
    names.push(ref);
  }
  tree.set(PDFName.of('Names'), names);
}

/**
 * Writes the document information (title, author, subject, keywords, producer, dates), the
 * catalog's /Lang, the bookmarks' titles, structure ids that do not depend on the run, and a trailer /ID that is a hash of the finished file,
 * so the same inputs give the same bytes. Chromium's own dates (the clock's) are replaced; the
 * tagged structure is kept as it is.
 *
 * @param document
 *   Chromium's PDF, parsed (with loadPdf).
 */
export async function finishPdf(document: PDFDocument, metadata: PdfMetadata, options: FinishOptions = {}): Promise<Uint8Array> {
  document.setTitle(metadata.title, { showInWindowTitleBar: true });
  document.setAuthor(metadata.author);
  document.setSubject(metadata.subject);
  // One string, separated by semicolons: pdf-lib would join the list with spaces, running multi-word keywords together.
  document.setKeywords([metadata.keywords.join('; ')]);
  document.setProducer(metadata.producer);
  document.setCreator(metadata.creator);
  document.setCreationDate(metadata.date);
  document.setModificationDate(metadata.date);
  document.setLanguage(metadata.language);
  if (options.headings) repairOutline(document, options.headings);
  describeLinks(document, options.targets ?? new Map());
  mapRoles(document);
  addListBodies(document);
  markPageArtifacts(document);
  document.catalog.set(PDFName.of('Metadata'), document.context.register(xmpStream(document, metadata)));
  renumberStructureIds(document);
  document.context.trailerInfo.ID = document.context.obj([PDFHexString.of(ID_PLACEHOLDER), PDFHexString.of(ID_PLACEHOLDER)]);
  // pdf-lib yields to the event loop every 50 objects by default; a print has tens of thousands.
  const bytes = await document.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false, objectsPerTick: Infinity });
  return withContentId(bytes);
}

/** Replaces the placeholder /ID in the trailer with the first 128 bits of the file's sha256. */
function withContentId(bytes: Uint8Array): Uint8Array {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const id = Buffer.from(createHash('sha256').update(buffer).digest('hex').slice(0, 32).toUpperCase());
  const marker = Buffer.from(`<${ID_PLACEHOLDER}>`);
  let at = buffer.lastIndexOf('trailer');
  for (let n = 0; n < 2; n++) {
    at = buffer.indexOf(marker, at);
    if (at < 0) throw new Error('the finished PDF has no /ID placeholder in its trailer');
    id.copy(buffer, at + 1);
    at += marker.length;
  }
  return bytes;
}

/** The structure types of PDF 1.7 (ISO 32000-1, 14.8.4); PDF/UA-1 allows others only through the RoleMap. */
const STANDARD_TYPES = new Set(
  'Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form'.split(' '),
);

/** Types Chromium takes from HTML that PDF 1.7 does not have, and the standard type each stands for. */
const INLINE_TYPES = new Set(['Strong', 'Em', 'Mark', 'Sub', 'Sup', 'Small', 'B', 'I', 'U', 'S', 'Abbr', 'Time', 'Data', 'Cite', 'Dfn', 'Kbd', 'Samp', 'Var']);

/**
 * Adds a RoleMap to the structure tree for every structure type it uses that PDF 1.7 does not
 * define (Chromium tags <strong> as Strong): inline ones map to Span, any other to Div.
 *
 * @returns
 *   The types mapped.
 */
export function mapRoles(document: PDFDocument): string[] {
  const root = structureRoot(document);
  if (!root) return [];
  const used = new Set(structureElements(document).map((element) => element.type));
  const extra = [...used].filter((type) => !STANDARD_TYPES.has(type)).sort();
  if (extra.length === 0) return [];
  const context = document.context;
  const roleMap = context.lookupMaybe(root.get(PDFName.of('RoleMap')), PDFDict) ?? context.obj({});
  for (const type of extra) roleMap.set(PDFName.of(type), PDFName.of(INLINE_TYPES.has(type) ? 'Span' : 'Div'));
  root.set(PDFName.of('RoleMap'), roleMap);
  return extra;
}

/**
 * Gives every link annotation a /Contents: the web address of an external link, the target's
 * words (from `targets`) or its page for an internal one.
 *
 * @returns
 *   How many links were described.
 */
export function describeLinks(document: PDFDocument, targets: Map<string, string>): number {
  const context = document.context;
  const pages = new Map(document.getPages().map((page, index) => [page.ref.toString(), index + 1]));
  let described = 0;
  for (const page of document.getPages()) {
    const annots = page.node.Annots();
    for (let i = 0; annots && i < annots.size(); i++) {
      const annot = context.lookupMaybe(annots.get(i), PDFDict);
      if (!annot || annot.get(PDFName.of('Subtype')) !== PDFName.of('Link') || annot.has(PDFName.of('Contents'))) continue;
      const action = context.lookupMaybe(annot.get(PDFName.of('A')), PDFDict);
      const uri = pdfText(action?.get(PDFName.of('URI')));
      const dest = annot.get(PDFName.of('Dest')) ?? action?.get(PDFName.of('D'));
      let words: string | undefined;
      if (uri !== undefined) words = uri;
      else if (dest instanceof PDFArray) words = `page ${pages.get(dest.get(0)?.toString() ?? '') ?? ''}`.trim();
      else {
        const id = dest instanceof PDFName ? dest.decodeText() : pdfText(dest);
        words = id === undefined ? undefined : (targets.get(id) ?? id);
      }
      if (words === undefined || words === '') continue;
      annot.set(PDFName.of('Contents'), PDFHexString.fromText(words));
      described++;
    }
  }
  return described;
}

/**
 * Marks what each page paints outside the tagged content as artifacts (running heads, page
 * numbers, a draft's stamp, backgrounds and rules; see markArtifacts), in every content stream
 * that is Flate-compressed or not compressed, and compresses it again.
 *
 * @returns
 *   How many artifact sequences were added.
 */
export function markPageArtifacts(document: PDFDocument): number {
  const context = document.context;
  let marked = 0;
  for (const page of document.getPages()) {
    const contents = page.node.get(PDFName.of('Contents'));
    const resolved = context.lookup(contents);
    const refs = resolved instanceof PDFArray ? resolved.asArray() : [contents];
    for (const ref of refs) {
      const stream = context.lookup(ref);
      if (!(ref instanceof PDFRef) || !(stream instanceof PDFRawStream)) continue;
      const filter = stream.dict.get(PDFName.of('Filter'));
      const flate = filter === PDFName.of('FlateDecode') || (filter instanceof PDFArray && filter.size() === 1 && filter.get(0) === PDFName.of('FlateDecode'));
      if (filter !== undefined && !flate) continue;
      const result = markArtifacts(flate ? inflateSync(stream.contents) : stream.contents);
      if (result.marked === 0) continue;
      marked += result.marked;
      const bytes = flate ? new Uint8Array(deflateSync(result.bytes)) : result.bytes;
      const dict = stream.dict.clone(context);
      dict.set(PDFName.of('Length'), context.obj(bytes.length));
      dict.delete(PDFName.of('DecodeParms'));
      context.assign(ref, PDFRawStream.of(dict, bytes));
    }
  }
  return marked;
}

/** Text for XML: the five characters XML reserves, escaped. */
const xml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/**
 * The XMP metadata stream (uncompressed, as PDF/UA and PDF/A readers expect): the same title,
 * author, subject, keywords, language, tools and dates as the document information, and the
 * PDF/UA identification (pdfuaid:part 1).
 */
function xmpStream(document: PDFDocument, metadata: PdfMetadata): PDFRawStream {
  const date = metadata.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const packet = `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(metadata.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>${xml(metadata.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xml(metadata.subject)}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>${xml(metadata.language)}</rdf:li></rdf:Bag></dc:language>
   <pdf:Keywords>${xml(metadata.keywords.join('; '))}</pdf:Keywords>
   <pdf:Producer>${xml(metadata.producer)}</pdf:Producer>
   <xmp:CreatorTool>${xml(metadata.creator)}</xmp:CreatorTool>
   <xmp:CreateDate>${date}</xmp:CreateDate>
   <xmp:ModifyDate>${date}</xmp:ModifyDate>
   <xmp:MetadataDate>${date}</xmp:MetadataDate>
   <pdfuaid:part>1</pdfuaid:part>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
  const bytes = new TextEncoder().encode(packet);
  return PDFRawStream.of(document.context.obj({ Type: 'Metadata', Subtype: 'XML', Length: bytes.length }), bytes);
}
