/**
 * A checker for the PDF/UA-1 (ISO 14289-1) rules that can be decided from a PDF's objects alone,
 * named by the Matterhorn Protocol 1.1 checkpoints and failure conditions they test. veraPDF,
 * the reference validator, needs Java and cannot be installed here; this covers the
 * machine-checkable part of the checkpoints below. What needs a person (is the alternative text
 * right, is the reading order logical, are the headings the right ones) it does not judge.
 *
 * - 01 Real content tagged: every text, path, image, shading and XObject a page paints is either
 *   marked content with an MCID that the parent tree maps to a structure element, or inside an
 *   /Artifact sequence (01-005); no artifact inside tagged content (01-003) nor tagged content
 *   inside an artifact (01-004); /MarkInfo /Marked true and no /Suspects true (01-007).
 * - 06 Metadata: an XMP stream in the catalog (06-001) with pdfuaid:part 1 (06-002) and a
 *   dc:title (06-003).
 * - 07 Dictionary: /ViewerPreferences /DisplayDocTitle true (07-001, 07-002).
 * - 11 Natural language: the catalog's /Lang is a well-formed BCP 47 tag (11-001; 11-002 to
 *   11-006 follow from it), and so is every structure element's /Lang (11).
 * - 13 Graphics: every Figure has /Alt or /ActualText (13-004).
 * - 14 Headings: numbered headings start at H1 (14-002) and skip no level going down (14-003);
 *   H and Hn are not mixed (14-007); no element holds two H (14-006).
 * - 15 Tables: every TH has a /Scope when no cell of its table uses /Headers (15-003); and (15)
 *   the table structure of ISO 32000-1, table 337, that headers are read through (TR in Table,
 *   THead, TBody or TFoot; TH and TD in TR), every /Headers id naming a TH.
 * - 16 Lists (16): L holds only LI, L and Caption; LI holds only Lbl and LBody, no content of its
 *   own; /ListNumbering, where given, is one of the names ISO 32000-1 defines.
 * - 28 Annotations: a link annotation is a kid of a Link element (28-011) and has /Contents
 *   (28-012); any other annotation but a widget, printer's mark or popup is in an Annot element
 *   (28-002); a page with annotations has /Tabs /S (28-008, 28-009).
 * - 31 Fonts (31): every font the pages and their forms use is embedded (FontFile, FontFile2 or
 *   FontFile3), has a ToUnicode map or a standard encoding, so its glyphs map to text, and a
 *   TrueType CIDFont has a /CIDToGIDMap.
 */
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFBool, PDFDict, PDFName, PDFNumber, PDFRawStream, PDFRef, type PDFDocument, type PDFObject } from 'pdf-lib';
import { parseContent } from './content-stream.js';
import { pdfText } from './destinations.js';
import { kidsOf, parentTreeSlots, structureElements, structureRoot, type StructureElement } from './structure.js';

/** One failure: the Matterhorn failure condition, where in the PDF, and what is wrong. */
export interface PdfUaFailure {
  /** The failure condition, such as "13-004"; the checkpoint alone ("16") where the test is the checkpoint's, not one condition's. */
  condition: string;
  /** Such as "page 12", or "Figure (structure element 381 0 R)". */
  where: string;
  message: string;
}

const name = (object: PDFObject | undefined): string | undefined => (object instanceof PDFName ? object.decodeText() : undefined);

/** The standard type each structure element stands for: its own, or what the RoleMap maps it to. */
function standardTypes(document: PDFDocument): (element: StructureElement) => string {
  const roleMap = document.context.lookupMaybe(structureRoot(document)?.get(PDFName.of('RoleMap')), PDFDict);
  return (element) => {
    let type = element.type;
    for (let hops = 0; hops < 8 && roleMap; hops++) {
      const mapped = name(roleMap.get(PDFName.of(type)));
      if (mapped === undefined || mapped === type) break;
      type = mapped;
    }
    return type;
  };
}

const PAINTING = new Set(['Tj', 'TJ', "'", '"', 'S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'sh', 'Do', 'BI']);

/** 01: what each page paints is tagged (with an MCID its parent tree knows) or an artifact, never both. */
function checkContent(document: PDFDocument, failures: PdfUaFailure[]): void {
  const context = document.context;
  const slots = parentTreeSlots(document);
  const markInfo = context.lookupMaybe(document.catalog.get(PDFName.of('MarkInfo')), PDFDict);
  if (markInfo?.get(PDFName.of('Marked')) !== PDFBool.True) failures.push({ condition: '01-007', where: 'catalog', message: '/MarkInfo does not say /Marked true' });
  if (markInfo?.get(PDFName.of('Suspects')) === PDFBool.True) failures.push({ condition: '01-007', where: 'catalog', message: '/MarkInfo says /Suspects true' });
  document.getPages().forEach((page, index) => {
    const where = `page ${index + 1}`;
    const key = page.node.get(PDFName.of('StructParents'));
    const slot = key instanceof PDFNumber ? slots.get(key.asNumber()) : undefined;
    const parents = slot ? context.lookupMaybe(slot.holder.get(slot.index), PDFArray) : undefined;
    const contents = context.lookup(page.node.get(PDFName.of('Contents')));
    const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => context.lookup(ref)) : [contents];
    const counts = { untagged: 0, artifactInTagged: 0, taggedInArtifact: 0, unknownMcid: 0 };
    for (const stream of streams) {
      if (!(stream instanceof PDFRawStream)) continue;
      const filter = name(stream.dict.get(PDFName.of('Filter')));
      let bytes: Uint8Array;
      try {
        bytes = filter === 'FlateDecode' ? inflateSync(stream.contents) : stream.contents;
      } catch {
        failures.push({ condition: '01-005', where, message: 'a content stream could not be decompressed, so its content cannot be checked' });
        continue;
      }
      const stack: ('artifact' | 'tagged' | 'other')[] = [];
      for (const operation of parseContent(bytes)) {
        const { operator, operands } = operation;
        if (operator === 'BMC' || operator === 'BDC') {
          const tag = operands[0];
          const mcid = operator === 'BDC' ? /\/MCID\s+(\d+)/.exec(operands[1] ?? '')?.[1] : undefined;
          const kind = tag === '/Artifact' ? 'artifact' : mcid !== undefined ? 'tagged' : 'other';
          if (kind === 'artifact' && stack.includes('tagged')) counts.artifactInTagged++;
          if (kind === 'tagged' && stack.includes('artifact')) counts.taggedInArtifact++;
          if (kind === 'tagged' && !(parents && parents.size() > Number(mcid) && context.lookupMaybe(parents.get(Number(mcid)), PDFDict))) counts.unknownMcid++;
          stack.push(kind);
        } else if (operator === 'EMC') stack.pop();
        else if (PAINTING.has(operator) && !stack.includes('artifact') && !stack.includes('tagged')) counts.untagged++;
      }
    }
    if (counts.untagged > 0) failures.push({ condition: '01-005', where, message: `${counts.untagged} painting operators are neither tagged nor marked as artifacts` });
    if (counts.artifactInTagged > 0) failures.push({ condition: '01-003', where, message: `${counts.artifactInTagged} artifacts inside tagged content` });
    if (counts.taggedInArtifact > 0) failures.push({ condition: '01-004', where, message: `${counts.taggedInArtifact} tagged sequences inside an artifact` });
    if (counts.unknownMcid > 0) failures.push({ condition: '01-005', where, message: `${counts.unknownMcid} tagged sequences whose MCID the parent tree does not map to a structure element` });
  });
}

/** 06 and 07: the XMP metadata with the PDF/UA identifier and a title; the title shown in the window. */
function checkMetadata(document: PDFDocument, failures: PdfUaFailure[]): void {
  const context = document.context;
  const stream = context.lookup(document.catalog.get(PDFName.of('Metadata')));
  if (!(stream instanceof PDFRawStream)) failures.push({ condition: '06-001', where: 'catalog', message: 'no XMP metadata stream' });
  else {
    const filter = name(stream.dict.get(PDFName.of('Filter')));
    const xmp = new TextDecoder().decode(filter === 'FlateDecode' ? inflateSync(stream.contents) : stream.contents);
    if (!/<pdfuaid:part>\s*1\s*<\/pdfuaid:part>|pdfuaid:part=["']1["']/.test(xmp)) failures.push({ condition: '06-002', where: 'XMP metadata', message: 'no pdfuaid:part 1' });
    if (!/<dc:title>[\s\S]*?<rdf:li[^>]*>\s*[^<\s][^<]*<\/rdf:li>[\s\S]*?<\/dc:title>/.test(xmp)) failures.push({ condition: '06-003', where: 'XMP metadata', message: 'no dc:title' });
  }
  const preferences = context.lookupMaybe(document.catalog.get(PDFName.of('ViewerPreferences')), PDFDict);
  const display = preferences?.get(PDFName.of('DisplayDocTitle'));
  if (display === undefined) failures.push({ condition: '07-001', where: 'catalog', message: 'no /ViewerPreferences /DisplayDocTitle' });
  else if (display !== PDFBool.True) failures.push({ condition: '07-002', where: 'catalog', message: '/DisplayDocTitle is not true' });
}

/** Whether a language tag is well-formed BCP 47. */
function wellFormedLanguage(tag: string): boolean {
  try {
    return tag.trim() !== '' && Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

const describe = (element: StructureElement): string => `${element.type} (structure element ${element.ref.toString()})`;

/** 11, 13, 14, 15, 16: the structure elements. */
function checkStructure(document: PDFDocument, failures: PdfUaFailure[]): void {
  const context = document.context;
  const language = pdfText(document.catalog.get(PDFName.of('Lang')));
  if (language === undefined || !wellFormedLanguage(language)) {
    failures.push({ condition: '11-001', where: 'catalog', message: language === undefined ? 'no /Lang' : `/Lang "${language}" is not a language tag` });
  }
  if (!structureRoot(document)) {
    failures.push({ condition: '01-005', where: 'catalog', message: 'no structure tree: nothing is tagged' });
    return;
  }
  const typeOf = standardTypes(document);
  const elements = structureElements(document);
  const headings: StructureElement[] = [];
  const thIds = new Set<string>();
  const usesHeaders = new Set<StructureElement>();
  const tableOf = (element: StructureElement): StructureElement | undefined => {
    let at = element.parent;
    while (at && typeOf(at) !== 'Table') at = at.parent;
    return at;
  };
  const attribute = (element: StructureElement, key: string): PDFObject | undefined => {
    const attributes = context.lookup(element.dict.get(PDFName.of('A')));
    const owners = attributes instanceof PDFArray ? attributes.asArray().map((a) => context.lookup(a)) : [attributes];
    for (const owner of owners) {
      const value = owner instanceof PDFDict ? owner.get(PDFName.of(key)) : undefined;
      if (value !== undefined) return context.lookup(value);
    }
    return undefined;
  };
  for (const element of elements) {
    const type = typeOf(element);
    const parentType = element.parent ? typeOf(element.parent) : undefined;
    const where = describe(element);
    const lang = pdfText(element.dict.get(PDFName.of('Lang')));
    if (lang !== undefined && lang !== '' && !wellFormedLanguage(lang)) failures.push({ condition: '11', where, message: `/Lang "${lang}" is not a language tag` });
    if (type === 'Figure') {
      const alt = pdfText(element.dict.get(PDFName.of('Alt'))) ?? pdfText(element.dict.get(PDFName.of('ActualText')));
      if (!alt || alt.trim() === '') failures.push({ condition: '13-004', where, message: 'a Figure without /Alt or /ActualText' });
    }
    if (/^H[1-6]?$/.test(type)) headings.push(element);
    if (type === 'TR' && !['Table', 'THead', 'TBody', 'TFoot'].includes(parentType ?? '')) failures.push({ condition: '15', where, message: `a table row in ${parentType ?? 'the root'}, not in Table, THead, TBody or TFoot` });
    if ((type === 'TH' || type === 'TD') && parentType !== 'TR') failures.push({ condition: '15', where, message: `a table cell in ${parentType ?? 'the root'}, not in TR` });
    if (['THead', 'TBody', 'TFoot'].includes(type) && parentType !== 'Table') failures.push({ condition: '15', where, message: `${type} in ${parentType ?? 'the root'}, not in Table` });
    if (type === 'TH') {
      const id = pdfText(element.dict.get(PDFName.of('ID')));
      if (id !== undefined) thIds.add(id);
    }
    if ((type === 'TH' || type === 'TD') && attribute(element, 'Headers') !== undefined) {
      const table = tableOf(element);
      if (table) usesHeaders.add(table);
    }
    if (type === 'L') {
      const numbering = name(attribute(element, 'ListNumbering'));
      const known = ['None', 'Disc', 'Circle', 'Square', 'Decimal', 'UpperRoman', 'LowerRoman', 'UpperAlpha', 'LowerAlpha'];
      if (numbering !== undefined && !known.includes(numbering)) failures.push({ condition: '16', where, message: `/ListNumbering /${numbering} is not one ISO 32000-1 defines` });
    }
    if (parentType === 'L' && !['LI', 'L', 'Caption'].includes(type)) failures.push({ condition: '16', where, message: `${type} directly in a list (L holds LI, L and Caption)` });
    if (parentType === 'LI' && !['Lbl', 'LBody'].includes(type)) failures.push({ condition: '16', where, message: `${type} directly in a list item (LI holds Lbl and LBody)` });
    if (type === 'LI') {
      const marked = kidsOf(context, element.dict).some((kid) => !(context.lookup(kid) instanceof PDFDict && context.lookupMaybe(kid, PDFDict)?.has(PDFName.of('S'))));
      if (marked) failures.push({ condition: '16', where, message: 'content directly in a list item, not in Lbl or LBody' });
    }
  }
  for (const element of elements) {
    const type = typeOf(element);
    if (type === 'TH' && !(tableOf(element) && usesHeaders.has(tableOf(element)!)) && name(attribute(element, 'Scope')) === undefined) {
      failures.push({ condition: '15-003', where: describe(element), message: 'a header cell without /Scope in a table whose cells do not name their headers' });
    }
    const headers = attribute(element, 'Headers');
    if ((type === 'TD' || type === 'TH') && headers instanceof PDFArray) {
      for (const id of headers.asArray().map((h) => pdfText(context.lookup(h)))) {
        if (id !== undefined && !thIds.has(id)) failures.push({ condition: '15', where: describe(element), message: `/Headers names "${id}", which is no header cell` });
      }
    }
  }
  // 14: headings in document order.
  const numbered = headings.filter((h) => typeOf(h) !== 'H');
  const plain = headings.filter((h) => typeOf(h) === 'H');
  if (numbered.length > 0 && plain.length > 0) failures.push({ condition: '14-007', where: describe(plain[0]!), message: 'both H and numbered headings (H1 to H6) are used' });
  let level = 0;
  for (const heading of numbered) {
    const next = Number(typeOf(heading).slice(1));
    if (level === 0 && next !== 1) failures.push({ condition: '14-002', where: describe(heading), message: `the first heading is ${typeOf(heading)}, not H1` });
    else if (next > level + 1 && level > 0) failures.push({ condition: '14-003', where: describe(heading), message: `${typeOf(heading)} follows H${level}: a level is skipped` });
    level = next;
  }
  const plainParents = new Map<StructureElement | undefined, number>();
  for (const heading of plain) plainParents.set(heading.parent, (plainParents.get(heading.parent) ?? 0) + 1);
  for (const [parent, count] of plainParents) {
    if (count > 1) failures.push({ condition: '14-006', where: parent ? describe(parent) : 'the structure root', message: `${count} H elements in one element` });
  }
}

/** 28: annotations in the structure, described, and the pages' tab order. */
function checkAnnotations(document: PDFDocument, failures: PdfUaFailure[], typeOf: (element: StructureElement) => string): void {
  const context = document.context;
  const slots = parentTreeSlots(document);
  const elementsByRef = new Map(structureElements(document).map((element) => [element.ref.toString(), element]));
  document.getPages().forEach((page, index) => {
    const where = `page ${index + 1}`;
    const annots = page.node.Annots();
    if (!annots || annots.size() === 0) return;
    const tabs = name(page.node.get(PDFName.of('Tabs')));
    if (tabs === undefined) failures.push({ condition: '28-008', where, message: 'a page with annotations has no /Tabs' });
    else if (tabs !== 'S') failures.push({ condition: '28-009', where, message: `/Tabs is /${tabs}, not /S` });
    for (let i = 0; i < annots.size(); i++) {
      const annot = context.lookupMaybe(annots.get(i), PDFDict);
      const subtype = name(annot?.get(PDFName.of('Subtype')));
      if (!annot || subtype === 'Widget' || subtype === 'PrinterMark' || subtype === 'Popup') continue;
      const key = annot.get(PDFName.of('StructParent'));
      const slot = key instanceof PDFNumber ? slots.get(key.asNumber()) : undefined;
      const parentRef = slot?.holder.get(slot.index);
      const parent = parentRef instanceof PDFRef ? elementsByRef.get(parentRef.toString()) : undefined;
      const parentType = parent ? typeOf(parent) : undefined;
      if (subtype === 'Link') {
        if (parentType !== 'Link') failures.push({ condition: '28-011', where, message: `a link annotation ${parent ? `in ${parentType}` : 'outside the structure'}, not in a Link element` });
        const contents = pdfText(annot.get(PDFName.of('Contents')));
        if (!contents || contents.trim() === '') failures.push({ condition: '28-012', where, message: 'a link annotation without /Contents' });
      } else if (parentType !== 'Annot') failures.push({ condition: '28-002', where, message: `a ${subtype ?? 'untyped'} annotation not in an Annot element` });
    }
  });
}

const STANDARD_ENCODINGS = new Set(['WinAnsiEncoding', 'MacRomanEncoding', 'StandardEncoding', 'MacExpertEncoding']);

/** 31: every font the pages and their forms use is embedded and maps its glyphs to text. */
function checkFonts(document: PDFDocument, failures: PdfUaFailure[]): void {
  const context = document.context;
  const checked = new Set<string>();
  const seenResources = new Set<PDFDict>();
  const visit = (resources: PDFDict | undefined, where: string): void => {
    if (!resources || seenResources.has(resources)) return;
    seenResources.add(resources);
    const fonts = context.lookupMaybe(resources.get(PDFName.of('Font')), PDFDict);
    for (const [key, ref] of fonts?.entries() ?? []) {
      const id = ref instanceof PDFRef ? ref.toString() : `${where}/${key.decodeText()}`;
      if (checked.has(id)) continue;
      checked.add(id);
      const font = context.lookupMaybe(ref, PDFDict);
      if (!font) continue;
      const label = `font ${pdfText(font.get(PDFName.of('BaseFont'))) ?? key.decodeText()} (${where})`;
      const subtype = name(font.get(PDFName.of('Subtype')));
      if (subtype === 'Type3') continue;
      const descendant = subtype === 'Type0' ? context.lookupMaybe(context.lookupMaybe(font.get(PDFName.of('DescendantFonts')), PDFArray)?.get(0), PDFDict) : font;
      const descriptor = context.lookupMaybe(descendant?.get(PDFName.of('FontDescriptor')), PDFDict);
      if (!descriptor || !['FontFile', 'FontFile2', 'FontFile3'].some((file) => descriptor.has(PDFName.of(file)))) failures.push({ condition: '31', where: label, message: 'the font program is not embedded' });
      if (name(descendant?.get(PDFName.of('Subtype'))) === 'CIDFontType2' && !descendant?.has(PDFName.of('CIDToGIDMap'))) failures.push({ condition: '31', where: label, message: 'a TrueType CIDFont without /CIDToGIDMap' });
      const encoding = font.get(PDFName.of('Encoding'));
      const standard = subtype !== 'Type0' && STANDARD_ENCODINGS.has(name(encoding) ?? name(context.lookupMaybe(encoding, PDFDict)?.get(PDFName.of('BaseEncoding'))) ?? '');
      if (!font.has(PDFName.of('ToUnicode')) && !standard) failures.push({ condition: '31', where: label, message: 'no ToUnicode map and no standard encoding: its glyphs do not map to text' });
    }
    const xobjects = context.lookupMaybe(resources.get(PDFName.of('XObject')), PDFDict);
    for (const [, ref] of xobjects?.entries() ?? []) {
      const xobject = context.lookup(ref);
      if (xobject instanceof PDFRawStream && name(xobject.dict.get(PDFName.of('Subtype'))) === 'Form') visit(context.lookupMaybe(xobject.dict.get(PDFName.of('Resources')), PDFDict), where);
    }
  };
  document.getPages().forEach((page, index) => visit(page.node.Resources(), `page ${index + 1}`));
}

/**
 * Checks a PDF against the machine-checkable PDF/UA-1 rules listed at the top of this file.
 *
 * @returns
 *   Every failure found, in the order of the checkpoints; none for a conforming file.
 */
export function checkPdfUa(document: PDFDocument): PdfUaFailure[] {
  const failures: PdfUaFailure[] = [];
  checkContent(document, failures);
  checkMetadata(document, failures);
  checkStructure(document, failures);
  checkAnnotations(document, failures, standardTypes(document));
  checkFonts(document, failures);
  return failures.sort((a, b) => (a.condition < b.condition ? -1 : a.condition > b.condition ? 1 : 0));
}
