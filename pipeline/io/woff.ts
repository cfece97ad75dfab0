/**
 * What the fonts' own files say, read without a font library: the tables of a WOFF 1.0 file (the
 * @fontsource packages ship them beside the WOFF2 the HTML embeds), and a cmap table's characters.
 * The charts measure text with them (charts/font-metrics.ts); the HTML picks the faces a report's
 * characters need (html/font-files.ts).
 */
import { inflateSync } from 'node:zlib';

/** The tables of a WOFF 1.0 file, inflated, by tag. */
export function woffTables(buffer: Buffer): Map<string, Buffer> {
  if (buffer.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 file');
  const count = buffer.readUInt16BE(12);
  const tables = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const at = 44 + i * 20;
    const tag = buffer.toString('latin1', at, at + 4);
    const offset = buffer.readUInt32BE(at + 4);
    const compressed = buffer.readUInt32BE(at + 8);
    const original = buffer.readUInt32BE(at + 12);
    const data = buffer.subarray(offset, offset + compressed);
    tables.set(tag, compressed < original ? inflateSync(data) : Buffer.from(data));
  }
  return tables;
}

/** Code point to glyph id, from a cmap table (formats 4 and 12, Unicode subtables). */
export function characterMap(cmap: Buffer): Map<number, number> {
  const glyphs = new Map<number, number>();
  const count = cmap.readUInt16BE(2);
  for (let i = 0; i < count; i++) {
    const platform = cmap.readUInt16BE(4 + i * 8);
    const encoding = cmap.readUInt16BE(6 + i * 8);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const at = cmap.readUInt32BE(8 + i * 8);
    const format = cmap.readUInt16BE(at);
    if (format === 4) {
      const segments = cmap.readUInt16BE(at + 6) / 2;
      const ends = at + 14;
      const starts = ends + segments * 2 + 2;
      const deltas = starts + segments * 2;
      const rangeOffsets = deltas + segments * 2;
      for (let s = 0; s < segments; s++) {
        const end = cmap.readUInt16BE(ends + s * 2);
        const start = cmap.readUInt16BE(starts + s * 2);
        const delta = cmap.readInt16BE(deltas + s * 2);
        const rangeOffset = cmap.readUInt16BE(rangeOffsets + s * 2);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          let glyph: number;
          if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
          else {
            const raw = cmap.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (c - start) * 2);
            glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
          }
          if (glyph !== 0 && !glyphs.has(c)) glyphs.set(c, glyph);
        }
      }
    } else if (format === 12) {
      const groups = cmap.readUInt32BE(at + 12);
      for (let g = 0; g < groups; g++) {
        const start = cmap.readUInt32BE(at + 16 + g * 12);
        const end = cmap.readUInt32BE(at + 20 + g * 12);
        const first = cmap.readUInt32BE(at + 24 + g * 12);
        for (let c = start; c <= end; c++) if (!glyphs.has(c)) glyphs.set(c, first + c - start);
      }
    }
  }
  return glyphs;
}
