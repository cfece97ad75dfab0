/**
 * The partner map and the other charts in a translated dataset (datasetInLanguage): the Arabic
 * map of the sample draws, its codes inside its panels and its key in several columns however
 * long a name; regions and organizations are named as the language prints them; every text of an
 * Arabic or Chinese chart names only faces the HTML embeds; the map-as-list orders its groups as
 * the chart's legend does.
 */
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { buildChart } from '../../pipeline/charts/build.js';
import { textWidth } from '../../pipeline/charts/font-metrics.js';
import { mapFrame } from '../../pipeline/charts/geometry.js';
import { renderCharts, type ChartContext, type ChartRequest } from '../../pipeline/charts/index.js';
import { keyLayout, MAP_SIZE } from '../../pipeline/charts/kinds/partner-map.js';
import { chartLanguage } from '../../pipeline/charts/language.js';
import { LABEL_SIZE, placeLabels } from '../../pipeline/charts/map-labels.js';
import type { Figure } from '../../pipeline/charts/request.js';
import type { CompiledDocument } from '../../pipeline/content/types.js';
import { datasetInLanguage, regionName, shownAcronym } from '../../pipeline/edition/reference-language.js';
import { fillFigures } from '../../pipeline/html/figure.js';
import { FONT_FAMILIES } from '../../pipeline/html/fonts.js';
import { stringsFor } from '../../pipeline/i18n/index.js';
import type { Language } from '../../pipeline/model.js';
import { fixtureContext, realContext } from './fixture.js';

/** A context in a language, with its dataset translated, as the build hands it to the charts. */
function inLanguage(context: ChartContext, language: Language): ChartContext {
  return {
    ...context,
    dataset: datasetInLanguage(context.dataset, language),
    edition: { ...context.edition, language, translations: { [language]: { title: 'T', chapters: 'all' } } },
  };
}

const base = { title: 'T', description: 'D.' };
/** The sample's map of partners (introduction.md) and its status map of heroin seized (pillar-1.md). */
const partners: ChartRequest = { ...base, id: 'fig-partners', kind: 'partner-map', colorBy: 'programme' };
const heroin: ChartRequest = { ...base, id: 'fig-map-heroin', kind: 'partner-map', colorBy: 'status', indicator: 'heroin-seizures' };

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
type Layer = { data?: { values?: Record<string, unknown>[] }; mark: { type: string }; encoding?: { text?: { field?: string } } };
type MapSpec = { width: number; height: number; layer: Layer[]; usermeta: { insets: { key: string; box: Box }[] } };

/** The map's panels (the main panel's frame is the first layer), its codes, and its inset titles. */
function mapParts(spec: MapSpec): { panels: Box[]; codes: { label: string; x: number; y: number }[]; titles: string[]; key: Record<string, unknown>[] } {
  const ring = (spec.layer[0]!.data!.values![0] as { geometry: { coordinates: number[][][] } }).geometry.coordinates[0]!;
  const xs = ring.map((p) => p[0]!);
  const ys = ring.map((p) => p[1]!);
  const main = { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
  const textOf = (field: string): Layer[] => spec.layer.filter((l) => l.mark.type === 'text' && l.encoding?.text?.field === field);
  return {
    panels: [main, ...spec.usermeta.insets.map((i) => i.box)],
    codes: textOf('label')[0]!.data!.values! as { label: string; x: number; y: number }[],
    titles: (textOf('title')[0]?.data?.values ?? []).map((t) => String(t['title'])),
    key: textOf('name')[0]!.data!.values!,
  };
}

describe('the Arabic partner map of the sample', () => {
  const context = inLanguage(realContext(), 'ar');
  const input = { dataset: context.dataset, metrics: context.metrics!, year: 2021, language: chartLanguage('ar') };

  it('draws, coloured by programme and by status, without error', async () => {
    const figures = await renderCharts([partners, heroin], context, { workers: 0 });
    expect(figures.map((f) => f.svg.startsWith('<svg'))).toEqual([true, true]);
  });

  for (const request of [partners, heroin]) {
    it(`keeps every code of ${request.id} inside a panel, and the chart inside its box`, () => {
      const spec = buildChart(request, input).spec as unknown as MapSpec;
      const { panels, codes } = mapParts(spec);
      expect(panels[0]!.height).toBeGreaterThan(100);
      expect(codes.length).toBeGreaterThan(40);
      for (const code of codes) {
        const w = textWidth(code.label, LABEL_SIZE) / 2;
        const inside = panels.some((p) => code.x - w >= p.x && code.x + w <= p.x + p.width && code.y - LABEL_SIZE / 2 >= p.y && code.y + LABEL_SIZE / 2 <= p.y + p.height);
        expect(inside, `${code.label} at ${code.x}, ${code.y}`).toBe(true);
      }
      expect(spec.width).toBe(MAP_SIZE.width);
      expect(spec.height).toBeLessThanOrEqual(782);
    });
  }

  it('names its insets’ regions in Arabic', () => {
    const { titles } = mapParts(buildChart(partners, input).spec as unknown as MapSpec);
    expect(titles.length).toBeGreaterThan(0);
    // Each inset's title keeps its region's name whole where the full title is too wide.
    expect(titles).toContain(regionName(context.dataset.reference, 'Northern America'));
    expect(titles.join(' ')).not.toMatch(/[A-Za-z]{4}/);
  });

  it('breaks the United Kingdom’s full name over two lines of its key rather than stacking the key in one column', () => {
    const spec = buildChart(partners, input).spec as unknown as MapSpec;
    const xs = new Set(mapParts(spec).key.map((k) => k['nameX']));
    expect(xs.size).toBeGreaterThanOrEqual(3);
  });
});

describe('the key of codes', () => {
  it('keeps as many columns as the widest name allows, and at least three', () => {
    const short = keyLayout(['Albania', 'Austria', 'Belgium', 'Croatia'], 25, 622);
    expect(short.columns).toBe(4);
    expect(short.entries.every((e) => e.name.length === 1)).toBe(true);
    const long = keyLayout(['A', 'B', 'United Kingdom of Great Britain and Northern Ireland and a good deal more', 'D', 'E', 'F'], 25, 622);
    expect(long.columns).toBe(3);
    expect(long.entries[2]!.name).toHaveLength(2);
    // Each entry stays whole in one column: six entries, seven lines, three to a column.
    expect(long.linesPerColumn).toBe(3);
    expect(long.entries.map((e) => [e.column, e.line])).toEqual([[0, 0], [0, 1], [1, 0], [1, 2], [2, 0], [2, 1]]);
  });
});

describe('a map asked for a panel with no room', () => {
  it('says so rather than failing deep inside', () => {
    expect(() => placeLabels([], { x0: 0, y0: 0, x1: 622, y1: -149 })).toThrow(/Map labels need a panel/);
    expect(() => mapFrame(622, -149, 'all', [])).toThrow(/at least 1 x 1 pixels, but was asked for 622 x -149/);
  });
});

describe('the other charts in Arabic', () => {
  const context = inLanguage(realContext(), 'ar');
  it('draw, each kind', async () => {
    const requests: ChartRequest[] = [
      { ...base, id: 'ewg', kind: 'ewg-timeline' },
      { ...base, id: 'pillars', kind: 'status-by-pillar' },
      { ...base, id: 'dumbbell', kind: 'baseline-current', indicator: 'heroin-seizures' },
      { ...base, id: 'series', kind: 'time-series', indicator: 'heroin-seizures' },
      { ...base, id: 'grid', kind: 'coverage-grid' },
    ];
    const figures = await renderCharts(requests, context, { workers: 0 });
    expect(figures.map((f) => f.svg.startsWith('<svg'))).toEqual(requests.map(() => true));
  });
});

describe('organizations in a translated dataset', () => {
  const context = inLanguage(fixtureContext(), 'ru');
  const input = { dataset: context.dataset, metrics: context.metrics!, year: 2021, language: chartLanguage('ru') };
  const shown = context.dataset.reference.organizations.slice(0, 5).filter((o) => o.local_acronym !== undefined);

  it('are named by the acronym the language prints, in the chart and its table', () => {
    expect(shown.length).toBeGreaterThan(0);
    for (const request of [
      { ...base, id: 's', kind: 'time-series', indicator: 'alerts' },
      { ...base, id: 'b', kind: 'baseline-current', indicator: 'alerts' },
    ] as ChartRequest[]) {
      const built = buildChart(request, input);
      const cells = built.table.rows.map((r) => r[0]);
      for (const o of shown) {
        expect(cells).toContain(shownAcronym(o));
        expect(cells).not.toContain(o.acronym);
        expect(JSON.stringify(built.spec)).toContain(shownAcronym(o));
      }
    }
  });
});

describe('the fonts of an Arabic or Chinese chart', () => {
  const embedded = new Set(FONT_FAMILIES.split(',').map((f) => f.replace(/"/g, '').trim()));
  for (const language of ['ar', 'zh'] as const) {
    it(`name in ${language} only faces the HTML embeds, on every text`, async () => {
      const context = inLanguage(realContext(), language);
      const [map, bars] = await renderCharts([heroin, { ...base, id: 'p', kind: 'status-by-pillar' }], context, { workers: 0 });
      for (const svg of [map!.svg, bars!.svg]) {
        const texts = [...svg.matchAll(/<text\b[^>]*>/g)].map((m) => m[0]);
        expect(texts.length).toBeGreaterThan(5);
        for (const text of texts) {
          const family = /font-family="([^"]*)"/.exec(text)?.[1];
          expect(family, text).toBeDefined();
          const faces = family!.split(',').map((f) => f.replace(/["']/g, '').trim()).filter((f) => f !== 'sans-serif');
          expect(faces[0]).toBe('Noto Sans');
          expect(faces.every((f) => embedded.has(f)), family).toBe(true);
          expect(faces).toContain(language === 'ar' ? 'Noto Sans Arabic' : 'Noto Sans SC');
        }
      }
    });
  }
});

describe('the map as a list', () => {
  /** The list fillFigures writes for a status map's table, in a language. */
  const listed = (language: Language): string[] => {
    const words = chartLanguage(language);
    const strings = stringsFor(language);
    const status = (s: Parameters<typeof words.status>[0]): string => words.status(s);
    const rows = [
      ['A', 'AAA', null, status('not-reported'), 'x', 'y'],
      ['B', 'BBB', null, status('worsened'), 'x', 'y'],
      ['C', 'CCC', null, status('improved'), 'x', 'y'],
      ['D', 'DDD', null, status('no-baseline'), 'x', 'y'],
    ];
    const figure = { id: 'm', kind: 'partner-map', svg: '<svg></svg>', source: 's', table: { caption: 'c', columns: ['a', 'b', 'c', 'd', 'e', 'f'], rows } } as unknown as Figure;
    const node: Element = { type: 'element', tagName: 'figure', properties: {}, children: [], data: { vdrFigure: 'm' } as Element['data'] };
    const tree: Root = { type: 'root', children: [node] };
    const document = { edition: { language, translations: { [language]: { title: 'T', chapters: 'all' } } }, figures: [{ id: 'm', label: 'Figure 1', title: 'T' }] } as unknown as CompiledDocument;
    fillFigures(tree, document, new Map([['m', figure]]), strings);
    return [...toHtml(tree).matchAll(/<dt>([^<]*)<\/dt>/g)].map((m) => m[1]!);
  };

  for (const language of ['en', 'fr', 'ar', 'zh'] as const) {
    it(`lists the groups in the legend’s order in ${language}`, () => {
      const words = chartLanguage(language);
      const order = (['improved', 'worsened', 'no-baseline', 'not-reported'] as const).map((s) => words.status(s));
      const groups = listed(language);
      expect(groups).toHaveLength(4);
      groups.forEach((group, i) => expect(group).toContain(order[i]));
    });
  }
});
