/**
 * Text widths in the report's font, measured from the font files themselves. Vega lays out labels,
 * legends and titles by text width; without a canvas it guesses 0.8 em a character, far wider than
 * Noto Sans (about 0.55 em), so gaps open where the real text is shorter. We read each glyph's
 * advance width from the @fontsource WOFF files (the same fonts the HTML embeds), so the layout
 * matches what the reader sees, with no canvas and the same numbers in every process.
 * A character Noto Sans lacks is measured as the browser draws it, in the face the chart names
 * next (language.ts): Arabic from @fontsource/noto-sans-arabic's own file; CJK ideographs,
 * kana and full-width forms at 1 em, as every CJK face sets them (so Noto Sans SC's hundred
 * subset files need not be read); bidi controls and zero-width characters at 0.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { characterMap, woffTables } from '../io/woff.js';

/** Advance widths in em, by code point; and the width of anything not in the table. */
export interface FontMetrics {
  advances: ReadonlyMap<number, number>;
  fallback: number;
}

/**
 * The subsets read for each weight: Latin, then Latin Extended (names such as Türkiye), then
 * Cyrillic and Greek. A character takes its width from the first subset that has it, so adding
 * subsets after the Latin ones changes no Latin width.
 */
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek'] as const;

/** Characters drawn with no width: bidi marks and isolates, zero-width spaces and joiners, the Arabic letter mark. */
const ZERO_WIDTH = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u;

/** CJK ideographs, radicals, kana, CJK punctuation and full-width forms: 1 em in every CJK face. */
const FULL_WIDTH = /[\u2e80-\u2fdf\u3000-\u30ff\u3100-\u312f\u3190-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3134f}]/u;

/** A little room for kerning differences and fallback fonts, so nothing clips. */
const SAFETY = 1.04;

/** Advance widths in em of every mapped code point of one WOFF file. */
export function readAdvances(buffer: Buffer): Map<number, number> {
  const tables = woffTables(buffer);
  const head = tables.get('head');
  const hhea = tables.get('hhea');
  const hmtx = tables.get('hmtx');
  const cmap = tables.get('cmap');
  if (!head || !hhea || !hmtx || !cmap) throw new Error('the font lacks a head, hhea, hmtx or cmap table');
  const unitsPerEm = head.readUInt16BE(18);
  const metricsCount = hhea.readUInt16BE(34);
  const advances = new Map<number, number>();
  for (const [codePoint, glyph] of characterMap(cmap)) {
    const index = Math.min(glyph, metricsCount - 1);
    advances.set(codePoint, hmtx.readUInt16BE(index * 4) / unitsPerEm);
  }
  return advances;
}

const require = createRequire(import.meta.url);
const loaded = new Map<string, FontMetrics>();

/**
 * The metrics of Noto Sans at a weight, read once per process.
 *
 * @param weight
 *   400 or 700 (bold).
 */
export function notoSans(weight: 400 | 700): FontMetrics {
  const key = String(weight);
  const cached = loaded.get(key);
  if (cached) return cached;
  const advances = new Map<number, number>();
  for (const subset of SUBSETS) {
    const file = require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`);
    for (const [codePoint, width] of readAdvances(readFileSync(file))) if (!advances.has(codePoint)) advances.set(codePoint, width);
  }
  const metrics = { advances, fallback: 0.6 };
  loaded.set(key, metrics);
  return metrics;
}

/**
 * The metrics of Noto Sans Arabic at a weight (its Arabic subset), read once per process, when
 * the first character Noto Sans lacks is measured.
 *
 * @param weight
 *   400 or 700 (bold).
 */
export function notoSansArabic(weight: 400 | 700): FontMetrics {
  const key = `arabic ${weight}`;
  const cached = loaded.get(key);
  if (cached) return cached;
  const file = require.resolve(`@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-${weight}-normal.woff`);
  const metrics = { advances: readAdvances(readFileSync(file)), fallback: 0.6 };
  loaded.set(key, metrics);
  return metrics;
}

/** The width in em of one character Noto Sans lacks, as the next face draws it. */
function otherWidth(char: string, codePoint: number, weight: 400 | 700, fallback: number): number {
  if (ZERO_WIDTH.test(char)) return 0;
  // The narrow no-break space (French thousands) is not in the subsets: as wide as a thin space.
  if (codePoint === 0x202f) return notoSans(weight).advances.get(0x2009) ?? 0.17;
  if (FULL_WIDTH.test(char)) return 1;
  return notoSansArabic(weight).advances.get(codePoint) ?? fallback;
}

/**
 * The width in pixels of one line of text.
 *
 * @param text
 *   The text.
 * @param fontSize
 *   Its size in pixels.
 * @param bold
 *   Whether it is set bold (optional; default: false).
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  const weight = bold ? 700 : 400;
  const { advances, fallback } = notoSans(weight);
  let em = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    em += advances.get(codePoint) ?? otherWidth(char, codePoint, weight, fallback);
  }
  return Math.ceil(em * fontSize * SAFETY * 100) / 100;
}

/** What vega passes to its text width function: a text mark item. */
interface TextItem {
  fontSize?: number | string;
  fontWeight?: number | string;
  limit?: number;
}

/** Whether a vega fontWeight means a bold face. */
export function isBold(weight: number | string | undefined): boolean {
  if (weight === undefined) return false;
  if (typeof weight === 'number') return weight >= 600;
  return weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
}

/**
 * A drop-in for vega's `textMetrics.width(item, text)`. Like vega's own, it is the width the text
 * is drawn at: no more than the item's limit, where vega cuts the text with an ellipsis (vega's
 * cutting measures with this function too, and gets the same answer below the limit).
 */
export function vegaTextWidth(item: TextItem, text: unknown): number {
  const size = item.fontSize === undefined ? 11 : Number(item.fontSize) || 0;
  const line = text === null || text === undefined ? '' : String(text).trim();
  const width = textWidth(line, size, isBold(item.fontWeight));
  return item.limit !== undefined && item.limit > 0 ? Math.min(width, item.limit) : width;
}
