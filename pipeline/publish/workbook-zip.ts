/**
 * An XLSX file packed the same way every time. exceljs zips its parts with JSZip, which dates
 * every entry with the clock; here the parts are packed again in exceljs's order, each dated
 * with the publication's date (UTC, so the time zone does not matter), without directory entries
 * (Excel writes none), deflated at a fixed level. The same parts therefore give the same bytes.
 *
 * The links of the contents sheet are added here as links within the workbook (a `hyperlink`
 * with a `location` and no relationship, as Excel writes them), since exceljs writes them as
 * external links.
 */
import JSZip from 'jszip';
import type { InternalLink } from './workbook-render.js';

/** The earliest date a zip entry can carry (DOS dates start in 1980). */
const ZIP_EPOCH = Date.UTC(1980, 0, 1);

/** Text escaped for an XML attribute. */
function attribute(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&apos;');
}

/** The elements a worksheet's schema places after `hyperlinks`, in order (ECMA-376, CT_Worksheet). */
const FOLLOWING = ['printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

/**
 * A sheet's XML with its links within the workbook: a `hyperlinks` element before the first
 * element the schema of a worksheet places after it (pageMargins, as exceljs writes a sheet).
 */
export function withInternalLinks(xml: string, links: readonly InternalLink[]): string {
  if (links.length === 0) return xml;
  if (xml.includes('<hyperlinks>')) throw new Error('the sheet already has links; vdr adds links within the workbook only to sheets exceljs gave none');
  const at = Math.min(...FOLLOWING.map((tag) => xml.indexOf(`<${tag}`)).filter((i) => i >= 0));
  if (!Number.isFinite(at)) throw new Error('the sheet has no element to place its links before (a change in exceljs?)');
  const elements = links.map((link) => `<hyperlink ref="${attribute(link.ref)}" location="${attribute(link.location)}"/>`);
  return `${xml.slice(0, at)}<hyperlinks>${elements.join('')}</hyperlinks>${xml.slice(at)}`;
}

/**
 * The zip packed again, byte-reproducibly.
 *
 * @param bytes
 *   The zip as exceljs wrote it.
 * @param date
 *   The date every entry carries (the publication's; dates before 1980 become 1980-01-01).
 * @param links
 *   (optional) Links within the workbook to add to their sheets (default: none).
 */
export async function repack(bytes: Uint8Array, date: Date, links: readonly InternalLink[] = []): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(bytes);
  const packed = new JSZip();
  const entryDate = new Date(Math.max(date.getTime(), ZIP_EPOCH));
  const byPart = new Map<string, InternalLink[]>();
  for (const link of links) byPart.set(link.part, [...(byPart.get(link.part) ?? []), link]);
  for (const file of Object.values(source.files)) {
    if (file.dir) continue;
    const own = byPart.get(file.name);
    const content: Uint8Array | string = own ? withInternalLinks(await file.async('string'), own) : await file.async('uint8array');
    packed.file(file.name, content, { date: entryDate, createFolders: false });
    byPart.delete(file.name);
  }
  if (byPart.size > 0) throw new Error(`links were given for parts the workbook does not have: ${[...byPart.keys()].join(', ')}`);
  return packed.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}
