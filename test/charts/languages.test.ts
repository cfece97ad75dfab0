/**
 * Charts in the six languages: words from pipeline/i18n/charts/, numbers by Intl for the locale
 * (a Vega format locale per language, Arabic-Indic digits when asked), Arabic mirrored, Chinese
 * measured at 1 em an ideograph, fonts named, and a cache key per language. English output is
 * held byte for byte by golden.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { buildChart } from '../../pipeline/charts/build.js';
import { cacheKey } from '../../pipeline/charts/cache.js';
import { lines } from '../../pipeline/charts/fit.js';
import { textWidth } from '../../pipeline/charts/font-metrics.js';
import { memoryCache, renderCharts, type ChartContext, type ChartRequest } from '../../pipeline/charts/index.js';
import { chartLanguage, numberLocale } from '../../pipeline/charts/language.js';
import { LABEL_SIZE } from '../../pipeline/charts/map-labels.js';
import { legendOrder, themeConfig } from '../../pipeline/charts/theme.js';
import type { Language } from '../../pipeline/model.js';
import { fixtureContext } from './fixture.js';

const context = fixtureContext();
const input = (language: Language, digits: 'latn' | 'arab' = 'latn') => ({
  dataset: context.dataset,
  metrics: context.metrics,
  year: context.edition.year,
  language: chartLanguage(language, digits),
});
/** The edition object as the build hands it over for one language. */
const inLanguage = (language: Language, digits?: 'arab'): ChartContext => ({
  ...context,
  edition: { ...context.edition, language, translations: { [language]: { title: 'T', chapters: 'all', ...(digits ? { digits } : {}) } } },
});
const draw = async (request: ChartRequest, language: Language, digits?: 'arab'): Promise<string> =>
  (await renderCharts([request], inLanguage(language, digits), { workers: 0 }))[0]!.svg;
/** The texts a drawn SVG shows, without the isolates that wrap Arabic ones. */
const texts = (svg: string): string[] => [...svg.matchAll(/<(?:text|tspan)\b[^>]*>([^<]+)/g)].map((m) => m[1]!.replace(/[\u2066-\u2069]/g, ''));

const base = { title: 'T', description: 'D.' };
const statusBars: ChartRequest = { ...base, id: 's', kind: 'status-by-pillar' };
const dumbbell: ChartRequest = { ...base, id: 'b', kind: 'baseline-current', indicator: 'seizures' };
/** A custom chart that prints one number with a thousands separator and a decimal. */
const oneNumber: ChartRequest = {
  ...base,
  id: 'n',
  kind: 'custom',
  spec: { data: { values: [{ v: 1234.5 }] }, mark: 'text', encoding: { text: { field: 'v', type: 'quantitative', format: ',.1f' } } },
};

describe('the Vega format locale, from Intl', () => {
  it('is vega’s own for English, so English specs are unchanged', () => {
    expect(chartLanguage('en').vegaLocale).toBeUndefined();
    expect(themeConfig()).not.toHaveProperty('locale');
  });

  it('reads decimal, thousands, minus and percent from Intl', () => {
    const fr = numberLocale('fr');
    expect(fr).toMatchObject({ decimal: ',', thousands: '\u202f', grouping: [3], percent: '\u00a0%' });
    expect(fr.numerals).toBeUndefined();
    expect(numberLocale('ru')).toMatchObject({ decimal: ',', thousands: '\u00a0' });
    expect(numberLocale('zh')).toMatchObject({ decimal: '.', thousands: ',' });
  });

  it('gives Arabic-Indic numerals when the digits are arab', () => {
    expect(numberLocale('ar-u-nu-arab').numerals).toEqual(['٠', '١', '٢', '٣', '٤', '٥', '٦', '٧', '٨', '٩']);
  });
});

describe('a French chart', () => {
  it('writes its numbers the French way', async () => {
    expect(texts(await draw(oneNumber, 'fr'))).toContain('1\u202f234,5');
  });

  it('writes its words in French, and its table and description too', async () => {
    const built = buildChart(dumbbell, input('fr'));
    expect(JSON.stringify(built.spec)).toContain('Niveau de référence (2014)');
    expect(built.table.columns).toContain('Situation');
    expect(built.describe).toMatch(/^58\u00a0entités\u202f; /);
    const svg = await draw(statusBars, 'fr');
    expect(texts(svg)).toContain('Situation en 2021');
  });
});

describe('an Arabic chart', () => {
  const built = buildChart(statusBars, input('ar'));
  const spec = built.spec as { encoding: { y: { axis: Record<string, unknown> } }; layer: { encoding: { x?: { scale?: Record<string, unknown> } } }[] };

  it('puts the category axis and its labels on the right, and grows its bars from there', () => {
    expect(spec.encoding.y.axis['orient']).toBe('right');
    expect(spec.layer[0]!.encoding.x!.scale!['reverse']).toBe(true);
  });

  it('anchors the legend right, each label left of its symbol, the first entry rightmost', () => {
    const legend = (themeConfig(chartLanguage('ar'))['legend'] as Record<string, unknown>);
    expect(legend).toMatchObject({ labelAlign: 'right', titleAnchor: 'end', layout: { top: { anchor: 'end' } } });
    expect(legend['labelOffset']).toBeLessThan(0);
    expect(legendOrder(['a', 'b', 'c'], 3, chartLanguage('ar')).values).toEqual(['c', 'b', 'a']);
    // A last row that is not full is filled out on its left, so its entries stand at the right.
    expect(legendOrder(['a', 'b', 'c'], 2, chartLanguage('ar')).values).toEqual(['b', 'a', '\u200b', 'c']);
    expect(legendOrder(['a', 'b', 'c'], 2)).toEqual({});
  });

  it('draws labels right of the plot, anchored at their end in the legend, in Arabic words, isolated right to left', async () => {
    const svg = await draw(statusBars, 'ar');
    expect(svg).toMatch(/^<svg [^>]*direction="ltr"/);
    expect(svg).toContain('font-family="Noto Sans, Noto Sans Arabic, sans-serif"');
    expect(texts(svg)).toContain('الحالة في عام 2021');
    expect(svg).toContain('\u2067الحالة في عام 2021\u2069');
    const width = (buildChart(statusBars, input('ar')).spec as { width: number }).width;
    // The y axis stands at the plot's right edge.
    expect(svg).toMatch(new RegExp(`class="mark-group role-axis"><g transform="translate\\(${width}\\.5,0\\.5\\)"`));
    expect(svg).toMatch(/role-legend-label"[^>]*><text text-anchor="end"/);
  });

  it('keeps time running left to right', () => {
    const timeline = buildChart({ ...base, id: 'e', kind: 'ewg-timeline' }, input('ar')).spec as { encoding: { x: { scale: Record<string, unknown> }; y: { axis: Record<string, unknown> } } };
    expect(timeline.encoding.x.scale['reverse']).toBeUndefined();
    expect(timeline.encoding.y.axis['orient']).toBe('right');
  });

  it('writes Arabic-Indic digits when the edition asks for them', async () => {
    const svg = await draw(statusBars, 'ar', 'arab');
    expect(texts(svg)).toContain('الحالة في عام ٢٠٢١');
    expect(texts(svg).some((t) => /^[٠-٩]+$/.test(t))).toBe(true);
    expect(texts(svg).some((t) => /[0-9]/.test(t) && !/[A-Za-z]/.test(t))).toBe(false);
  });
});

describe('text widths beyond Latin', () => {
  it('measures CJK ideographs at 1 em, Arabic from its font, bidi marks at 0, Latin as before', () => {
    expect(textWidth('中文', 10)).toBeCloseTo(20.8, 1);
    const arabic = textWidth('الحالة', 10);
    expect(arabic).toBeGreaterThan(15);
    expect(arabic).toBeLessThan(6 * 0.6 * 10);
    expect(textWidth('\u2067a\u2069', 10)).toBe(textWidth('a', 10));
    expect(textWidth('Improved', 11)).toBe(52.56);
  });

  it('breaks Chinese between ideographs, not only at spaces', () => {
    const broken = lines('按优先方案分列的伙伴国家数据覆盖情况', 60, 10, 4);
    expect(broken.length).toBeGreaterThan(1);
    for (const line of broken) expect(textWidth(line, 10)).toBeLessThanOrEqual(60);
  });
});

describe('a Chinese map', () => {
  const built = buildChart({ ...base, id: 'm', kind: 'partner-map', colorBy: 'status', indicator: 'seizures' }, input('zh'));
  const layers = (built.spec as { layer: { data?: { values?: Record<string, unknown>[] }; mark: { type: string; fontSize?: number } }[] }).layer;

  it('names its fonts and writes its words in Chinese', () => {
    const config = built.spec['config'] as { font: string };
    expect(config.font).toBe('Noto Sans, Noto Sans SC, sans-serif');
    expect(built.source).toContain('本地图所示边界和名称');
  });

  it('places its codes without overlap', () => {
    const codes = layers.find((l) => l.mark.type === 'text' && l.data?.values?.[0]?.['label'] !== undefined)!.data!.values!;
    const boxes = codes.map((c) => {
      const w = textWidth(String(c['label']), LABEL_SIZE);
      return { x0: Number(c['x']) - w / 2, x1: Number(c['x']) + w / 2, y0: Number(c['y']) - LABEL_SIZE / 2, y1: Number(c['y']) + LABEL_SIZE / 2 };
    });
    expect(boxes.length).toBeGreaterThan(20);
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false)));
  });

  it('keeps each name of its key inside its column', () => {
    const key = layers.filter((l) => l.data?.values?.[0]?.['nameX'] !== undefined)[0]!.data!.values!;
    const starts = [...new Set(key.map((k) => Number(k['x'])))].sort((a, b) => a - b);
    for (const k of key) {
      const next = starts.find((x) => x > Number(k['x'])) ?? Infinity;
      expect(Number(k['nameX']) + textWidth(String(k['name']), 10)).toBeLessThan(next);
    }
  });
});

describe('the cache', () => {
  it('keys each language and digits apart', async () => {
    const task = { id: 'x', title: 'T', description: 'D', spec: {} };
    const keys = [task, { ...task, language: 'fr' as const }, { ...task, language: 'ar' as const, dir: 'rtl' as const }, { ...task, language: 'ar' as const, digits: 'arab' as const, dir: 'rtl' as const }].map(cacheKey);
    expect(new Set(keys).size).toBe(4);
    const cache = memoryCache();
    await renderCharts([statusBars], inLanguage('en'), { workers: 0, cache });
    await renderCharts([statusBars], inLanguage('fr'), { workers: 0, cache });
    expect(cache.entries.size).toBe(2);
  });
});
