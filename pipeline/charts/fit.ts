/**
 * Sizes that make a chart fit CHART_BOX (theme.ts): the plot gets the room its labels, legend
 * and notes leave, measured with the report font's own widths (font-metrics.ts), so no chart is
 * wider than the print column whatever the names in the data.
 */
import { textWidth } from './font-metrics.js';
import { CHART_BOX, FONT_SIZE, PADDING } from './theme.js';

/** The room inside a chart's padding, less a pixel each side that vega may round up. */
export const INNER = { width: CHART_BOX.width - 2 * PADDING - 2, height: CHART_BOX.height - 2 * PADDING - 2 } as const;

/** The width of the widest of some texts, in pixels. */
export function widest(texts: Iterable<string>, fontSize: number, bold = false): number {
  let width = 0;
  for (const text of texts) width = Math.max(width, textWidth(text, fontSize, bold));
  return Math.ceil(width);
}

/** A legend entry's symbol with the gap to its label, and the gap between legend columns (vega-lite's defaults, rounded up). */
const LEGEND_SYMBOL = 24;
const LEGEND_GAP = 10;

/**
 * How many columns a legend of these labels takes in a width: as many as fit, at most one per
 * label. Each column is as wide as its widest entry (vega's gridAlign "each").
 */
export function legendColumns(labels: readonly string[], width: number = INNER.width, fontSize: number = FONT_SIZE.label): number {
  const entries = labels.map((label) => LEGEND_SYMBOL + textWidth(label, fontSize));
  for (let columns = labels.length; columns > 1; columns--) {
    let total = -LEGEND_GAP;
    for (let column = 0; column < columns; column++) total += LEGEND_GAP + Math.max(...entries.filter((_, i) => i % columns === column));
    if (total <= width) return columns;
  }
  return 1;
}

/** The width a legend of these labels takes in `columns` columns, each as wide as its widest entry. */
export function legendWidth(labels: readonly string[], columns: number, fontSize: number = FONT_SIZE.label): number {
  const entries = labels.map((label) => LEGEND_SYMBOL + textWidth(label, fontSize));
  let total = -LEGEND_GAP;
  for (let column = 0; column < Math.max(1, columns); column++) total += LEGEND_GAP + Math.max(0, ...entries.filter((_, i) => i % columns === column));
  return Math.ceil(total);
}

/** The height a legend takes above or below a chart: its title's lines, its rows, and the offset from the plot. */
export function legendHeight(entries: number, columns: number, titleLines = 1): number {
  return titleLines * 16 + 4 + Math.ceil(entries / columns) * 17 + 18;
}

/** A row height that fits `rows` rows in `room` pixels, between `least` and `most`. */
export function rowStep(rows: number, room: number, least: number, most: number): number {
  return Math.max(least, Math.min(most, Math.floor(room / Math.max(1, rows))));
}

/** Characters a line may break before or after with no space: CJK ideographs, kana and CJK punctuation. */
const CJK = /[\u2e80-\u2fdf\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u;
/** CJK punctuation that may not begin a line. */
const NO_LINE_START = /^[\u3001\u3002\uff0c\uff0e\uff1a\uff1b\uff01\uff1f\uff09\u300d\u300f\u3011]/u;

/**
 * The pieces a text may break between, each with what joins it to the one before: words at
 * spaces, and, in Chinese, every ideograph (punctuation stays with the character before it).
 */
function pieces(text: string): { glue: string; text: string }[] {
  const out: { glue: string; text: string }[] = [];
  text.split(' ').forEach((word, w) => {
    if (!CJK.test(word)) {
      out.push({ glue: w === 0 ? '' : ' ', text: word });
      return;
    }
    let run = '';
    let first = true;
    const flush = (): void => {
      if (run) out.push({ glue: first ? (w === 0 ? '' : ' ') : '', text: run });
      if (run) first = false;
      run = '';
    };
    for (const char of word) {
      if (CJK.test(char) && !NO_LINE_START.test(char)) flush();
      run += char;
    }
    flush();
  });
  return out;
}

/**
 * A text broken into lines no wider than `width` pixels at a font size: at spaces, and between
 * CJK characters; past `most` lines, the last ends in an ellipsis. A word wider than the width
 * keeps a line of its own.
 */
export function lines(text: string, width: number, fontSize: number, most = 2, bold = false): string[] {
  const out: string[] = [];
  for (const piece of pieces(text)) {
    const last = out[out.length - 1];
    if (last !== undefined && textWidth(`${last}${piece.glue}${piece.text}`, fontSize, bold) <= width) out[out.length - 1] = `${last}${piece.glue}${piece.text}`;
    else out.push(piece.text);
  }
  if (out.length <= most) return out;
  const kept = out.slice(0, most);
  kept[most - 1] = `${kept[most - 1]}\u2026`;
  return kept;
}
