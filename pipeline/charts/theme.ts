/**
 * The one theme of every chart: the report's font, sizes, and colours that a reader with a colour
 * vision deficiency can tell apart and that stay distinct when printed in grey. Colours come from
 * Paul Tol's high-contrast scheme (blue, red, yellow), chosen for their distinct lightness; each
 * palette below lists the CIE L* of its colours so a change can be checked for greyscale.
 * Status is never shown by colour alone: each status also has a shape and a label.
 */
import type { PillarId, PriorityProgramme } from '../model.js';
import { STATUSES, type Status } from '../metrics/types.js';
import type { CoverageWord } from '../i18n/charts/strings.js';
import { chartLanguage, type ChartLanguage } from './language.js';

/** The family the HTML embeds (from @fontsource/noto-sans), then a generic fallback; a language with another script adds its face (language.ts, fontFor). */
export const FONT = 'Noto Sans, sans-serif';

/** English, the language a chart is drawn in when none is given. */
const ENGLISH = chartLanguage('en');

export const FONT_SIZE = { label: 11, title: 12, header: 12, mark: 10 } as const;

/**
 * The most room a chart takes, in CSS pixels, padding included: the print column (A4 less the
 * 18 mm margins of print/paged.ts: 174 mm or 657 px, less the room kept at line ends) and the
 * height a page holds besides the figure's caption and source. Charts are drawn to fit it, so
 * print shows them at their size and the smallest text (FONT_SIZE.mark, 10 px) prints at 7.5 pt;
 * on screen they scale to the column by their viewBox.
 */
export const CHART_BOX = { width: 640, height: 800 } as const;

/** The blank edge of every chart (themeConfig's padding). */
export const PADDING = 8;

/** Text and line greys. */
export const INK = { text: '#333333', muted: '#666666', rule: '#888888', grid: '#e4e4e4', background: '#ffffff' } as const;

/** The relative luminance of a #rrggbb colour (WCAG 2; CIE Y). */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** The contrast ratio of two #rrggbb colours (WCAG 2): 1 to 21. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Text on a coloured fill: white where it has 4.5:1 on it, else the text grey where that has, else black. */
export function inkOn(fill: string): string {
  if (contrast(fill, INK.background) >= 4.5) return INK.background;
  return contrast(fill, INK.text) >= 4.5 ? INK.text : '#000000';
}

/**
 * A filled shape's outline on a white page: a white one (which parts neighbours) where the fill
 * itself has 3:1 against white, else the given darker one, which has (WCAG 1.4.11).
 */
export function outlineOf(fill: string, dark: string): string {
  return contrast(fill, INK.background) >= 3 ? INK.background : dark;
}

/** How a status looks: colour (with its L*), a vega symbol shape and a plain label. */
export interface StatusStyle {
  color: string;
  /** Outline for the lightest fills, so they do not vanish on white. */
  stroke: string;
  shape: string;
  /** The English label (language.ts, `status`, gives it in the chart's language). */
  label: string;
}

/**
 * Status styles, each at least 9 L* from every other (L* 29, 50, 63, 72, 39, 82, 100, 91), so
 * a greyscale print keeps them apart. Shapes: up and down triangles for better and worse, circle
 * for no change, diamond for a change that is neither, a right triangle for a change across a
 * series break, square, cross and stroke for the three ways a comparison is missing.
 */
const STATUS_LOOK: Readonly<Record<Status, Omit<StatusStyle, 'label'>>> = {
  improved: { color: '#004488', stroke: '#004488', shape: 'triangle-up' },
  worsened: { color: '#BB5566', stroke: '#BB5566', shape: 'triangle-down' },
  unchanged: { color: '#999999', stroke: '#777777', shape: 'circle' },
  changed: { color: '#DDAA33', stroke: '#AA7F1A', shape: 'diamond' },
  'not-comparable': { color: '#6B4C9A', stroke: '#6B4C9A', shape: 'triangle-right' },
  'no-baseline': { color: '#CBCBCB', stroke: '#888888', shape: 'square' },
  'no-current-data': { color: '#FFFFFF', stroke: '#666666', shape: 'cross' },
  'not-reported': { color: '#E5E5E5', stroke: '#888888', shape: 'stroke' },
};
export const STATUS_STYLE: Readonly<Record<Status, StatusStyle>> = Object.fromEntries(
  STATUSES.map((s) => [s, { ...STATUS_LOOK[s], label: ENGLISH.status(s) }]),
) as Record<Status, StatusStyle>;

/** Statuses in the order legends and tables list them. */
export const STATUS_ORDER: readonly Status[] = STATUSES;

/**
 * A vega-lite scale that draws each status label in its colour (domain in STATUS_ORDER).
 *
 * @param statuses
 *   The statuses shown (optional; default: all, in STATUS_ORDER).
 * @param channel
 *   What the range gives (optional; default: 'color').
 * @param language
 *   The language of the labels (optional; default: English).
 */
export function statusScale(statuses: readonly Status[] = STATUS_ORDER, channel: 'color' | 'shape' | 'stroke' = 'color', language: ChartLanguage = ENGLISH): {
  domain: string[];
  range: string[];
} {
  const pick = (s: Status): string =>
    channel === 'color' ? STATUS_STYLE[s].color : channel === 'stroke' ? STATUS_STYLE[s].stroke : STATUS_STYLE[s].shape;
  return { domain: statuses.map((s) => language.status(s)), range: statuses.map(pick) };
}

/**
 * Priority programme colours on the map (L* 29, 50, 75); non-partners lightest (L* 97, with a
 * faint border), so they stay apart from the palest statuses a partner can have ('not-reported',
 * L* 91, and 'no-current-data', white with a dark border).
 */
export const PROGRAMME_STYLE: Readonly<Record<PriorityProgramme, { color: string; stroke: string; label: string }>> = {
  'RP ANC': { color: '#004488', stroke: '#004488', label: ENGLISH.words.programmes['RP ANC'] },
  'RP SEE': { color: '#BB5566', stroke: '#BB5566', label: ENGLISH.words.programmes['RP SEE'] },
  // Light (2:1 on white): outlined in a darker blue (4.7:1).
  none: { color: '#99BBDD', stroke: '#4A77A8', label: ENGLISH.words.programmes.none },
};
/** Countries outside the partnership; `label` is English (the chart's language has `words.nonPartner`). */
export const NON_PARTNER = { color: '#F6F6F6', stroke: '#D2D2D2', label: ENGLISH.words.nonPartner } as const;

/** One colour per pillar (L* 29, 50, 72, 0): rows of their own, so colour is a second cue only. */
export const PILLAR_COLOR: Readonly<Record<PillarId, string>> = {
  I: '#004488',
  II: '#BB5566',
  III: '#DDAA33',
  IV: '#222222',
};

/**
 * Data coverage cells: colour (L* 29, 62, 75, 100, 100, 93) plus a mark in the cell, so the
 * white and grey cells differ by their mark, not only by a shade. Marks and labels are the
 * chart language's (coverageStyle); COVERAGE_STYLE has the English ones.
 */
export type Coverage = CoverageWord;
const COVERAGE_COLOR: Readonly<Record<Coverage, string>> = {
  reported: '#004488',
  estimate: '#6699CC',
  provisional: '#99BBDD',
  missing: '#FFFFFF',
  'not-applicable': '#FFFFFF',
  'no-data': '#EBEBEB',
};

/** The coverage cells' colours, marks and legend labels in a language. */
export function coverageStyle(language: ChartLanguage = ENGLISH): Readonly<Record<Coverage, { color: string; mark: string; label: string }>> {
  const { legend, marks } = language.words.coverageGrid;
  const mark: Record<Coverage, string> = { reported: '', estimate: marks.estimate, provisional: marks.provisional, missing: marks.missing, 'not-applicable': marks.notApplicable, 'no-data': '' };
  return Object.fromEntries(COVERAGE_ORDER.map((k) => [k, { color: COVERAGE_COLOR[k], mark: mark[k], label: legend[k] }])) as Record<Coverage, { color: string; mark: string; label: string }>;
}
export const COVERAGE_ORDER: readonly Coverage[] = ['reported', 'estimate', 'provisional', 'missing', 'not-applicable', 'no-data'];
export const COVERAGE_STYLE = coverageStyle();
/** The lines between coverage cells: 3:1 on white, so every cell, the lightest too, has a visible edge. */
export const COVERAGE_RULE = '#949494';

/** A qualitative palette for series that carry no meaning in their colour (Tol bright). */
export const CATEGORY = ['#4477AA', '#EE6677', '#228833', '#CCBB44', '#66CCEE', '#AA3377', '#BBBBBB'] as const;

/** The pixels from a legend symbol's box to its label (vega-lite's default labelOffset). */
const LEGEND_LABEL_GAP = 4;

/**
 * The legend settings that put each label left of its symbol, for a right-to-left chart: the
 * label is anchored at its right end, as far left of the symbol's box as a left-to-right label
 * stands right of it. vega sizes the box as max(ceil(sqrt(symbolSize) + strokeWidth), label size).
 *
 * @param symbolSize
 *   The legend's symbol size (optional; default: vega's 100).
 */
export function rtlLegendLabels(symbolSize = 100): { labelAlign: 'right'; labelOffset: number } {
  const box = Math.max(Math.ceil(Math.sqrt(symbolSize) + 1), FONT_SIZE.label);
  return { labelAlign: 'right', labelOffset: -(box + LEGEND_LABEL_GAP) };
}

/**
 * The order to give a horizontal legend's entries in a right-to-left chart: each row of
 * `columns` entries reversed, so the first stands at the right; a last row that is not full is
 * filled out on its left with blank entries (values no scale knows, drawn as nothing), so its
 * entries stand at the right too. As legend properties to spread: `values`, or none for a
 * left-to-right chart (the scale's own order).
 *
 * @param labels
 *   The entries, in reading order.
 * @param columns
 *   Entries per row (optional; default: all in one row).
 * @param language
 *   The chart's language (optional; default: English).
 */
export function legendOrder(labels: readonly string[], columns: number = labels.length, language: ChartLanguage = ENGLISH): { values?: string[] } {
  if (!language.rtl || labels.length === 0) return {};
  const across = Math.max(1, Math.min(columns, labels.length));
  const rows: string[][] = [];
  for (let i = 0; i < labels.length; i += across) rows.push(labels.slice(i, i + across));
  const last = rows[rows.length - 1]!;
  const blanks = rows.length > 1 ? across - last.length : 0;
  rows[rows.length - 1] = [...last, ...Array.from({ length: blanks }, (_, i) => '\u200b'.repeat(i + 1))];
  return { values: rows.flatMap((row) => [...row].reverse()) };
}

/**
 * The vega-lite `config` every chart gets.
 *
 * @param language
 *   The chart's language (optional; default: English): its fonts, its Vega format locale, and,
 *   right to left, legends anchored right with labels left of their symbols.
 */
export function themeConfig(language: ChartLanguage = ENGLISH): Record<string, unknown> {
  const font = language.font;
  const text = { font, fontSize: FONT_SIZE.mark, color: INK.text };
  const rtl = language.rtl;
  return {
    ...(language.vegaLocale ? { locale: language.vegaLocale } : {}),
    background: INK.background,
    padding: PADDING,
    font,
    // role="img" on the SVG makes its children presentational; per-mark ARIA would only add bytes.
    aria: false,
    view: { stroke: null },
    axis: {
      labelFont: font,
      titleFont: font,
      labelFontSize: FONT_SIZE.label,
      titleFontSize: FONT_SIZE.title,
      titleFontWeight: 'normal',
      labelColor: INK.text,
      titleColor: INK.text,
      domainColor: INK.rule,
      tickColor: INK.rule,
      gridColor: INK.grid,
      labelLimit: 320,
      titlePadding: 8,
    },
    legend: {
      labelFont: font,
      titleFont: font,
      labelFontSize: FONT_SIZE.label,
      titleFontSize: FONT_SIZE.title,
      titleFontWeight: 'normal',
      labelColor: INK.text,
      titleColor: INK.text,
      labelLimit: 360,
      titleLimit: CHART_BOX.width - 2 * PADDING,
      symbolStrokeWidth: 1,
      ...(rtl ? { ...rtlLegendLabels(), titleAnchor: 'end', layout: { top: { anchor: 'end' }, bottom: { anchor: 'end' } } } : {}),
    },
    header: {
      labelFont: font,
      titleFont: font,
      labelFontSize: FONT_SIZE.header,
      titleFontSize: FONT_SIZE.header,
      labelColor: INK.text,
      labelLimit: 320,
    },
    title: { font, fontSize: 14, fontWeight: 'bold', color: INK.text, anchor: rtl ? 'end' : 'start' },
    text,
    range: { category: [...CATEGORY] },
    point: { size: 60 },
    line: { strokeWidth: 2 },
  };
}

/** Pixels between a category axis's names and the plot. */
export const LABEL_GAP = 8;

/**
 * A category axis whose labels are names that may wrap over lines (the names given by category):
 * no line or ticks, the labels' full width, and their lines' height.
 *
 * @param names
 *   Each category's label, by its value (an array of lines where a name wraps).
 */
export function namesAxis(names: Readonly<Record<string, string | readonly string[]>>): Record<string, unknown> {
  return { domain: false, ticks: false, labelPadding: LABEL_GAP, labelLimit: 0, labelLineHeight: FONT_SIZE.label + 2, labelExpr: `${JSON.stringify(names)}[datum.value]` };
}
