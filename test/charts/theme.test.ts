/**
 * The theme's promises: status colours distinct in greyscale, each status with its own shape and
 * label; text widths measured in the report's font, the same in every process.
 */
import { describe, expect, it } from 'vitest';
import { escapeXml, finishSvg, idPrefix } from '../../pipeline/charts/accessible.js';
import { textWidth, vegaTextWidth } from '../../pipeline/charts/font-metrics.js';
import { contrast, COVERAGE_ORDER, luminance, COVERAGE_RULE, COVERAGE_STYLE, INK, inkOn, outlineOf, PROGRAMME_STYLE, NON_PARTNER, STATUS_ORDER, STATUS_STYLE } from '../../pipeline/charts/theme.js';

/** CIE L* of a #rrggbb colour: what is left of it in greyscale. */
function lightness(hex: string): number {
  const y = luminance(hex);
  return y > 0.008856 ? 116 * Math.cbrt(y) - 16 : 903.3 * y;
}

describe('theme', () => {
  it('gives each status a colour at least 9 L* apart from the others, a shape and a label', () => {
    const l = STATUS_ORDER.map((s) => lightness(STATUS_STYLE[s].color)).sort((a, b) => a - b);
    for (let i = 1; i < l.length; i++) expect(l[i]! - l[i - 1]!).toBeGreaterThanOrEqual(9);
    expect(new Set(STATUS_ORDER.map((s) => STATUS_STYLE[s].shape)).size).toBe(STATUS_ORDER.length);
    expect(new Set(STATUS_ORDER.map((s) => STATUS_STYLE[s].label)).size).toBe(STATUS_ORDER.length);
  });

  it('keeps programme colours apart in greyscale, non-partners lightest', () => {
    const l = [PROGRAMME_STYLE['RP ANC'].color, PROGRAMME_STYLE['RP SEE'].color, PROGRAMME_STYLE.none.color, NON_PARTNER.color].map(lightness);
    for (let i = 1; i < l.length; i++) expect(l[i]! - l[i - 1]!).toBeGreaterThanOrEqual(15);
  });

  it('gives every coloured shape an edge of 3:1 on the white page, and every text on a fill 4.5:1 (WCAG 1.4.11, 1.4.3)', () => {
    const fills = [...STATUS_ORDER.map((s) => STATUS_STYLE[s]), ...Object.values(PROGRAMME_STYLE)];
    for (const { color, stroke, label } of fills) {
      // A symbol is drawn with its stroke; a country with its fill's outline.
      expect(contrast(stroke, INK.background), `${label}: symbol's outline`).toBeGreaterThanOrEqual(3);
      const edge = outlineOf(color, stroke);
      expect(Math.max(contrast(color, INK.background), contrast(edge, INK.background)), `${label}: country's edge`).toBeGreaterThanOrEqual(3);
      expect(contrast(inkOn(color), color), `${label}: text on it`).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast(COVERAGE_RULE, INK.background)).toBeGreaterThanOrEqual(3);
    for (const k of COVERAGE_ORDER) expect(contrast(inkOn(COVERAGE_STYLE[k].color), COVERAGE_STYLE[k].color), k).toBeGreaterThanOrEqual(4.5);
    // The sample's light blue alone: 2:1, so outlined.
    expect(contrast(PROGRAMME_STYLE.none.color, INK.background)).toBeLessThan(3);
    expect(outlineOf(PROGRAMME_STYLE.none.color, PROGRAMME_STYLE.none.stroke)).toBe(PROGRAMME_STYLE.none.stroke);
  });

  it('marks coverage cells that share a shade with different letters', () => {
    const byColour = new Map<string, string[]>();
    for (const k of COVERAGE_ORDER) byColour.set(COVERAGE_STYLE[k].color, [...(byColour.get(COVERAGE_STYLE[k].color) ?? []), COVERAGE_STYLE[k].mark]);
    for (const marks of byColour.values()) expect(new Set(marks).size).toBe(marks.length);
  });
});

describe('text widths', () => {
  it('measures Noto Sans, narrower than vega\'s 0.8 em guess, wider for bold', () => {
    const regular = textWidth('Kazakhstan', 10);
    expect(regular).toBeGreaterThan(45);
    expect(regular).toBeLessThan(0.8 * 10 * 10);
    expect(textWidth('Kazakhstan', 10, true)).toBeGreaterThan(regular);
    expect(textWidth('iiii', 10)).toBeLessThan(textWidth('MMMM', 10));
    expect(textWidth('Türkiye', 10)).toBeGreaterThan(0);
    expect(vegaTextWidth({ fontSize: 10, fontWeight: 'bold' }, 'Kazakhstan')).toBe(textWidth('Kazakhstan', 10, true));
  });
});

describe('accessible SVG', () => {
  it('gets a role, a title and a description, and prefixed ids', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" class="marks" width="10" height="10" viewBox="0 0 10 10"><defs><clipPath id="clip1"><rect/></clipPath></defs><g clip-path="url(#clip1)" role="graphics-object" aria-roledescription="group"/></svg>';
    const out = finishSvg(svg, { id: 'fig 1', title: 'A & B', description: '<x>' });
    expect(out).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" class="marks" width="10" height="10" viewBox="0 0 10 10" role="img" aria-labelledby="fig-1-title" aria-describedby="fig-1-desc">' +
        '<title id="fig-1-title">A &amp; B</title><desc id="fig-1-desc">&lt;x&gt;</desc>' +
        '<defs><clipPath id="fig-1-clip1"><rect/></clipPath></defs><g clip-path="url(#fig-1-clip1)"/></svg>',
    );
    expect(idPrefix('1st')).toBe('fig-1st');
    expect(escapeXml('"q"')).toBe('&quot;q&quot;');
  });
});
