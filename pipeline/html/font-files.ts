/**
 * The font files behind the report's @font-face rules: read from the @fontsource packages,
 * subset with subset-font (harfbuzz's hb-subset, which keeps the layout tables, so that Arabic
 * letters still join and marks still sit), and asked which characters they hold (their cmap,
 * read from the package's WOFF copy of the same face). Each answer is kept for the process:
 * the same file and characters give the same bytes, once.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';

const require = createRequire(import.meta.url);

/** subset-font's one function (the package has no types of its own). */
const subsetFont = require('subset-font') as (font: Buffer, text: string, options: { targetFormat: 'woff2' }) => Promise<Buffer>;

const files = new Map<string, Buffer>();
const subsets = new Map<string, Promise<Buffer>>();
const cmaps = new Map<string, ReadonlySet<number>>();

/**
 * A file of an installed package, read once.
 *
 * @param specifier
 *   Such as "@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2".
 */
export function packageFile(specifier: string): Buffer {
  let data = files.get(specifier);
  if (!data) files.set(specifier, (data = readFileSync(require.resolve(specifier))));
  return data;
}

/**
 * A WOFF2 font cut down to the glyphs of some characters (with every glyph their shaping can
 * reach: joining forms, ligatures, marks).
 *
 * @param specifier
 *   The WOFF2 file, as for packageFile.
 * @param characters
 *   The characters to keep.
 */
export function subsetWoff2(specifier: string, characters: string): Promise<Buffer> {
  const key = `${specifier}\u0000${characters}`;
  let found = subsets.get(key);
  if (!found) {
    found = subsetFont(packageFile(specifier), characters, { targetFormat: 'woff2' });
    subsets.set(key, found);
    // A failure is the caller's to report; the next call tries again.
    found.catch(() => subsets.delete(key));
  }
  return found;
}

/**
 * The characters a WOFF (1.0) file maps to glyphs, from its cmap table (format 12, else 4).
 *
 * @param specifier
 *   The .woff file, as for packageFile.
 */
export function woffCharacters(specifier: string): ReadonlySet<number> {
  let found = cmaps.get(specifier);
  if (!found) cmaps.set(specifier, (found = readCmap(woffTable(packageFile(specifier), 'cmap'))));
  return found;
}

/** A table of a WOFF 1.0 file, uncompressed. */
function woffTable(woff: Buffer, tag: string): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 file');
  const count = woff.readUInt16BE(12);
  for (let i = 0; i < count; i++) {
    const entry = 44 + i * 20;
    if (woff.toString('latin1', entry, entry + 4) !== tag) continue;
    const offset = woff.readUInt32BE(entry + 4);
    const compressed = woff.readUInt32BE(entry + 8);
    const length = woff.readUInt32BE(entry + 12);
    const data = woff.subarray(offset, offset + compressed);
    return compressed < length ? inflateSync(data) : data;
  }
  throw new Error(`the font has no ${tag} table`);
}

/** The code points a cmap table maps to a glyph other than .notdef. */
function readCmap(cmap: Buffer): Set<number> {
  const records = Array.from({ length: cmap.readUInt16BE(2) }, (_, i) => ({
    platform: cmap.readUInt16BE(4 + i * 8),
    encoding: cmap.readUInt16BE(6 + i * 8),
    offset: cmap.readUInt32BE(8 + i * 8),
  }));
  const pick = (platform: number, encoding: number): number | undefined => records.find((r) => r.platform === platform && r.encoding === encoding)?.offset;
  const out = new Set<number>();
  const full = pick(3, 10) ?? pick(0, 4);
  if (full !== undefined && cmap.readUInt16BE(full) === 12) {
    const groups = cmap.readUInt32BE(full + 12);
    for (let g = 0; g < groups; g++) {
      const at = full + 16 + g * 12;
      const [start, end, glyph] = [cmap.readUInt32BE(at), cmap.readUInt32BE(at + 4), cmap.readUInt32BE(at + 8)];
      for (let c = start; c <= end; c++) if (glyph + (c - start) !== 0) out.add(c);
    }
    return out;
  }
  const basic = pick(3, 1) ?? pick(0, 3);
  if (basic === undefined || cmap.readUInt16BE(basic) !== 4) throw new Error('the font has no Unicode cmap of format 4 or 12');
  const segments = cmap.readUInt16BE(basic + 6) / 2;
  const ends = basic + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const [end, start] = [cmap.readUInt16BE(ends + s * 2), cmap.readUInt16BE(starts + s * 2)];
    const delta = cmap.readInt16BE(deltas + s * 2);
    const rangeOffset = cmap.readUInt16BE(rangeOffsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      // The glyph is the code plus delta, or, through idRangeOffset, a looked-up index (0: none) plus delta.
      const index = rangeOffset === 0 ? c : cmap.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (c - start) * 2);
      if ((rangeOffset === 0 || index !== 0) && (index + delta) % 65536 !== 0) out.add(c);
    }
  }
  return out;
}
