/**
 * The font files behind the report's @font-face rules: read from the @fontsource packages,
 * subset with subset-font (harfbuzz's hb-subset, which keeps the layout tables, so that Arabic
 * letters still join and marks still sit), and asked which characters they hold (their cmap,
 * read from the package's WOFF copy of the same face). Each answer is kept for the process:
 * the same file and characters give the same bytes, once.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { characterMap, woffTables } from '../io/woff.js';

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
 * The characters a WOFF (1.0) file maps to glyphs, from its cmap table (io/woff.ts).
 *
 * @param specifier
 *   The .woff file, as for packageFile.
 */
export function woffCharacters(specifier: string): ReadonlySet<number> {
  let found = cmaps.get(specifier);
  if (!found) cmaps.set(specifier, (found = new Set(characterMap(woffTables(packageFile(specifier)).get('cmap')!).keys())));
  return found;
}

