import { createHash } from 'node:crypto';
import { PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';

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

/**
 * Writes the document information (title, author, subject, keywords, producer, dates), the
 * catalog's /Lang, and a trailer /ID derived from the content, so the same inputs give the same
 * bytes. Chromium's own dates and ids are replaced; the tagged structure is kept as it is.
 */
export async function finishPdf(pdf: Uint8Array, metadata: PdfMetadata): Promise<Uint8Array> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
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
  const id = createHash('sha256').update(pdf).update(JSON.stringify({ ...metadata, date: metadata.date.toISOString() })).digest('hex').slice(0, 32);
  document.context.trailerInfo.ID = document.context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
  const bytes = await document.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
  return bytes;
}

/** The document information as pdfinfo would show it (for tests and the manifest). */
export async function readPdfInfo(pdf: Uint8Array): Promise<{ title?: string; language?: string; pages: number }> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  const lang = document.catalog.get(PDFName.of('Lang'));
  const language = lang instanceof PDFString || lang instanceof PDFHexString ? lang.decodeText() : undefined;
  const title = document.getTitle();
  return { ...(title === undefined ? {} : { title }), ...(language === undefined ? {} : { language }), pages: document.getPageCount() };
}
