/**
 * The partner map's geometry and labels: every partner drawn whole in the main panel or in an
 * inset, in every frame, for the real partners and for partners far from Europe; the small ones
 * kept; insets framed and titled; codes never overlapping and inside their panel; the key and the
 * table naming every partner; the statuses told apart from non-partners.
 */
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { clearMapFrames, clipRing, INSET, MAP_CACHE_DIR, mapFrame, ringArea, SHOWN_WHOLE, type MapFrame, type MapPartner } from '../../pipeline/charts/geometry.js';
import { build, MAP_SIZE, mapName } from '../../pipeline/charts/kinds/partner-map.js';
import { textWidth } from '../../pipeline/charts/font-metrics.js';
import { LABEL_SIZE } from '../../pipeline/charts/map-labels.js';
import { NON_PARTNER, STATUS_STYLE } from '../../pipeline/charts/theme.js';
import type { Country } from '../../pipeline/model.js';
import type { Metrics } from '../../pipeline/metrics/types.js';
import { fixtureContext } from './fixture.js';

const context = fixtureContext();
const input = { dataset: context.dataset, metrics: context.metrics!, year: 2021 };
const { width, height } = MAP_SIZE;
const FOCUSES = ['all', 'RP SEE', 'RP ANC'] as const;
const asPartners = (countries: readonly Pick<Country, 'm49' | 'region' | 'subregion'>[]): MapPartner[] =>
  countries.map((c) => ({ m49: c.m49, region: c.region, subregion: c.subregion }));
const partners = asPartners(context.dataset.reference.countries);

/**
 * Partners shaped like countries.csv rows, far from Europe: the Americas from Canada to Chile,
 * East and South-East Asia, Oceania, with a few European and Central Asian ones.
 */
const FAR_PARTNERS: (MapPartner & { iso3: string })[] = [
  { iso3: 'CAN', m49: '124', region: 'Americas', subregion: 'Northern America' },
  { iso3: 'USA', m49: '840', region: 'Americas', subregion: 'Northern America' },
  { iso3: 'MEX', m49: '484', region: 'Americas', subregion: 'Central America' },
  { iso3: 'COL', m49: '170', region: 'Americas', subregion: 'South America' },
  { iso3: 'BRA', m49: '076', region: 'Americas', subregion: 'South America' },
  { iso3: 'CHL', m49: '152', region: 'Americas', subregion: 'South America' },
  { iso3: 'JPN', m49: '392', region: 'Asia', subregion: 'Eastern Asia' },
  { iso3: 'KOR', m49: '410', region: 'Asia', subregion: 'Eastern Asia' },
  { iso3: 'IDN', m49: '360', region: 'Asia', subregion: 'South-eastern Asia' },
  { iso3: 'PHL', m49: '608', region: 'Asia', subregion: 'South-eastern Asia' },
  { iso3: 'AUS', m49: '036', region: 'Oceania', subregion: 'Australia and New Zealand' },
  { iso3: 'NZL', m49: '554', region: 'Oceania', subregion: 'Australia and New Zealand' },
  { iso3: 'FRA', m49: '250', region: 'Europe', subregion: 'Western Europe' },
  { iso3: 'MLT', m49: '470', region: 'Europe', subregion: 'Southern Europe' },
  { iso3: 'KAZ', m49: '398', region: 'Asia', subregion: 'Central Asia' },
  { iso3: 'AFG', m49: '004', region: 'Asia', subregion: 'Southern Asia' },
];

/** Every point of a shape. */
function pointsOf(geometry: { type: string; coordinates: unknown }): Position[] {
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as Position[][][];
  return polygons.flat(2);
}

/** The area of a shape's outer rings, in square pixels. */
function outerArea(geometry: { type: string; coordinates: unknown }): number {
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as Position[][][];
  return polygons.reduce((sum, rings) => sum + Math.abs(ringArea(rings[0] ?? [])), 0);
}

/**
 * Where each partner is shown whole: the main panel when it shows at least SHOWN_WHOLE of the
 * partner's main polygon, or an inset made for it that shows all of it; with the checks that make
 * "shown" mean something: a shape of some area, every point inside its panel.
 */
function whereShown(frame: MapFrame, m49: string): string[] {
  return frame.panels.flatMap((panel) => {
    const shapes = panel.shapes.filter((s) => s.id === m49);
    // The overview is the main 'all' view made small, with the same edges; an inset shows its partners whole.
    const ok = shapes.some((s) => (panel.key === 'main' ? s.shown >= SHOWN_WHOLE : panel.partners.includes(m49) && s.shown >= (panel.key === 'overview' ? SHOWN_WHOLE : 0.99)));
    if (!ok) return [];
    const area = shapes.reduce((sum, s) => sum + outerArea(s.geometry), 0);
    const margin = panel.key === 'main' ? 4 : 0;
    const { x, y, width: w, height: h } = panel.box;
    const inside = shapes.every((s) => pointsOf(s.geometry).every(([px, py]) => px! >= x - margin && px! <= x + w + margin && py! >= y - margin && py! <= y + h + margin));
    return area > 0 && inside ? [panel.key] : [];
  });
}

describe('geometry', () => {
  for (const focus of FOCUSES) {
    it(`shows every partner of the reference data whole, in the main panel or an inset (${focus})`, () => {
      const frame = mapFrame(width, height, focus, partners);
      for (const c of context.dataset.reference.countries) expect(whereShown(frame, c.m49), `${c.name} on the ${focus} map`).not.toEqual([]);
    });
  }

  it('fits Japan in the main panel and gives Canada, the United States and Australia framed insets', () => {
    const frame = mapFrame(width, height, 'all', partners);
    expect(whereShown(frame, '392')).toContain('main');
    expect(frame.panels.map((p) => [p.key, p.partners])).toEqual([
      ['main', []],
      ['Northern America', ['124', '840']],
      ['Australia and New Zealand', ['036']],
    ]);
    expect(frame.height).toBe(height + INSET.gap + INSET.height);
  });

  it('gives a zoomed map an overview of every partner from Europe to East Asia', () => {
    for (const focus of ['RP SEE', 'RP ANC'] as const) {
      const frame = mapFrame(width, height, focus, partners);
      const overview = frame.panels.find((p) => p.key === 'overview')!;
      expect(overview.partners.length, focus).toBe(partners.length - 3);
      expect(frame.panels.map((p) => p.key)).toEqual(['main', 'overview', 'Northern America', 'Australia and New Zealand']);
    }
  });

  it('shows partners far from Europe whole, in insets by region that fit the frame side by side', () => {
    // In the chart's wide frame Indonesia and the Philippines fit the main panel, below China.
    const wide = mapFrame(width, height, 'all', FAR_PARTNERS);
    for (const p of FAR_PARTNERS) expect(whereShown(wide, p.m49), p.iso3).not.toEqual([]);
    expect(wide.panels.map((p) => p.key)).toEqual(['main', 'Americas', 'Australia and New Zealand']);
    // In a taller one (760 by 500) they do not, and get an inset of their own.
    const frame = mapFrame(width, Math.round((width * 500) / 760), 'all', FAR_PARTNERS);
    for (const p of FAR_PARTNERS) expect(whereShown(frame, p.m49), p.iso3).not.toEqual([]);
    const insets = frame.panels.slice(1);
    // The Republic of Korea fits in the main panel beside Japan; Indonesia and the Philippines do not.
    expect(insets.map((p) => p.title)).toEqual(['Americas', 'South-eastern Asia', 'Australia and New Zealand']);
    expect(insets.find((p) => p.key === 'South-eastern Asia')!.partners).toEqual(['360', '608']);
    expect(whereShown(frame, '410')).toEqual(['main']);
    for (const [i, a] of insets.entries()) {
      expect(a.box.x).toBeGreaterThanOrEqual(0);
      expect(a.box.x + a.box.width).toBeLessThanOrEqual(width);
      expect(a.box.y).toBeGreaterThanOrEqual(height);
      for (const b of insets.slice(i + 1)) expect(a.box.x + a.box.width <= b.box.x || b.box.x + b.box.width <= a.box.x, `${a.key} and ${b.key}`).toBe(true);
    }
    for (const focus of ['RP SEE', 'RP ANC'] as const) {
      const zoomed = mapFrame(width, height, focus, FAR_PARTNERS);
      for (const p of FAR_PARTNERS) expect(whereShown(zoomed, p.m49), `${p.iso3} on the ${focus} map`).not.toEqual([]);
    }
  });

  it('keeps the small partners (Malta, Luxembourg) and clips the main panel to its frame', () => {
    const frame = mapFrame(width, height, 'all', partners);
    const main = frame.panels[0]!;
    for (const m49 of ['470', '442']) expect(main.shapes.some((s) => s.id === m49)).toBe(true);
    for (const shape of main.shapes) {
      for (const [x, y] of pointsOf(shape.geometry)) {
        expect(x).toBeGreaterThanOrEqual(-4);
        expect(x).toBeLessThanOrEqual(width + 4);
        expect(y).toBeGreaterThanOrEqual(-4);
        expect(y).toBeLessThanOrEqual(height + 4);
      }
    }
  });

  it('shows Cyprus and Kosovo as the UN does', () => {
    const frame = mapFrame(width, height, 'RP SEE', partners);
    expect(frame.panels[0]!.shapes.filter((s) => s.id === '688').map((s) => s.name).sort()).toEqual(['Kosovo', 'Serbia']);
  });

  it('keeps each frame on disk exactly as computed, and computes it again when the file is damaged', () => {
    rmSync(MAP_CACHE_DIR, { recursive: true, force: true });
    clearMapFrames();
    const computed = JSON.stringify(mapFrame(width, height, 'RP ANC', partners));
    const files = readdirSync(MAP_CACHE_DIR).filter((f) => f.startsWith('RPANC-') && f.endsWith('.json'));
    expect(files).toHaveLength(1);
    clearMapFrames();
    expect(JSON.stringify(mapFrame(width, height, 'RP ANC', partners))).toBe(computed);

    writeFileSync(join(MAP_CACHE_DIR, files[0]!), computed.slice(0, computed.length >> 1));
    clearMapFrames();
    expect(JSON.stringify(mapFrame(width, height, 'RP ANC', partners))).toBe(computed);
    clearMapFrames();
    expect(JSON.stringify(mapFrame(width, height, 'RP ANC', partners))).toBe(computed);
  });

  it('clips a ring to a rectangle', () => {
    const square = [[-5, -5], [5, -5], [5, 5], [-5, 5], [-5, -5]];
    const clipped = clipRing(square, 0, 0, 10, 10);
    expect(Math.abs(ringArea(clipped))).toBe(25);
    expect(clipRing(square, 20, 20, 30, 30)).toEqual([]);
  });
});

type Layer = { mark: { type: string }; data: { values?: Record<string, unknown>[]; name?: string } };
const layersOf = (spec: Record<string, unknown>): Layer[] => spec['layer'] as Layer[];

describe('partner map', () => {
  for (const focus of FOCUSES) {
    for (const colorBy of ['programme', 'status'] as const) {
      it(`marks, codes and keys every partner, codes not overlapping (${focus}, by ${colorBy})`, () => {
        const built = build({ id: 'm', kind: 'partner-map', title: 'M', description: 'M.', focus, colorBy, ...(colorBy === 'status' ? { indicator: 'seizures' } : {}) }, input);
        const countries = context.dataset.reference.countries;
        // The table: every partner, each drawn somewhere.
        const where = built.table.columns.indexOf('Drawn in');
        expect(built.table.rows).toHaveLength(countries.length);
        for (const row of built.table.rows) expect(row[where], String(row[0])).toMatch(/^(main map|overview|inset .+)$/);
        // The key: every code, with its name.
        const texts = layersOf(built.spec).filter((l) => l.mark.type === 'text').flatMap((l) => l.data.values ?? []);
        for (const c of countries) expect(texts.some((t) => t['code'] === c.iso3 && t['name'] === mapName(c.name)), c.iso3).toBe(true);
        // Codes, not names, on the map; none overlapping, each inside the frame.
        const labels = texts.filter((t) => typeof t['label'] === 'string') as { label: string; x: number; y: number }[];
        // (Most: the map is drawn for the print column, where a few of Europe's smallest partners are named by the key alone.)
        expect(labels.length).toBeGreaterThan(countries.length * 0.7);
        for (const l of labels) expect(l.label).toMatch(/^[A-Z]{3}$/);
        const boxes = labels.map((l) => {
          const w = textWidth(l.label, LABEL_SIZE);
          return { x0: l.x - w / 2, x1: l.x + w / 2, y0: l.y - LABEL_SIZE / 2, y1: l.y + LABEL_SIZE / 2, label: l.label };
        });
        for (const [i, a] of boxes.entries()) {
          expect(a.x0).toBeGreaterThan(0);
          expect(a.x1).toBeLessThan(width);
          for (const b of boxes.slice(i + 1)) {
            const overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
            expect(overlap, `${a.label} and ${b.label}`).toBe(false);
          }
        }
        // Every partner in the legend: the categories of the shapes are the legend's.
        const shapes = (built.spec['datasets'] as { shapes: { category: string; properties: { name: string } }[] }).shapes;
        const legend = (layersOf(built.spec)[1] as unknown as { encoding: { fill: { scale: { domain: string[] } } } }).encoding.fill.scale.domain;
        for (const c of countries) {
          const category = shapes.find((s) => s.properties.name === c.name)?.category;
          expect(legend, c.name).toContain(category);
        }
      });
    }
  }

  it('frames and titles each inset, and says in the description what each holds', () => {
    const built = build({ id: 'm', kind: 'partner-map', title: 'M', description: 'M.', focus: 'RP ANC' }, input);
    const layers = layersOf(built.spec);
    const frames = layers.find((l) => l.mark.type === 'geoshape' && l.data.values?.some((v) => (v['properties'] as { panel?: string }).panel === 'overview'));
    expect(frames?.data.values?.map((v) => (v['properties'] as { panel: string }).panel)).toEqual(['overview', 'Northern America', 'Australia and New Zealand']);
    const titles = layers.flatMap((l) => l.data.values ?? []).map((v) => v['title']).filter((t) => typeof t === 'string');
    expect(titles).toEqual(expect.arrayContaining(['Overview: Europe to East Asia', 'Inset: Northern America', 'Inset: Australia and New Zealand']));
    expect(built.describe).toContain('Northern America (Canada and United States of America)');
    expect(built.describe).toContain('Australia and New Zealand (Australia)');
  });

  it('draws partners that have not reported, or whose figures cross a series break, apart from non-partners', () => {
    const metrics: Metrics = {
      ...context.metrics!,
      entities: context.metrics!.entities.map((m) =>
        m.indicator !== 'seizures' ? m : m.entity === 'JPN' || m.entity === 'AUS' ? { ...m, status: 'not-reported' } : m.entity === 'FRA' ? { ...m, status: 'not-comparable' } : m,
      ),
    };
    const built = build({ id: 'm', kind: 'partner-map', title: 'M', description: 'M.', colorBy: 'status', indicator: 'seizures' }, { ...input, metrics });
    const shapes = (built.spec['datasets'] as { shapes: { category: string; properties: { name: string } }[] }).shapes;
    expect(shapes.find((s) => s.properties.name === 'Japan')!.category).toBe(STATUS_STYLE['not-reported'].label);
    expect(shapes.find((s) => s.properties.name === 'Australia')!.category).toBe(STATUS_STYLE['not-reported'].label);
    expect(shapes.find((s) => s.properties.name === 'France')!.category).toBe(STATUS_STYLE['not-comparable'].label);
    const fill = (layersOf(built.spec)[1] as unknown as { encoding: { fill: { scale: { domain: string[]; range: string[] } }; stroke: { scale: { range: string[] } } } }).encoding;
    const colour = (label: string): string => fill.fill.scale.range[fill.fill.scale.domain.indexOf(label)]!;
    const stroke = (label: string): string => fill.stroke.scale.range[fill.fill.scale.domain.indexOf(label)]!;
    expect(colour(STATUS_STYLE['not-reported'].label)).toBe(STATUS_STYLE['not-reported'].color);
    expect(colour(STATUS_STYLE['not-comparable'].label)).toBe(STATUS_STYLE['not-comparable'].color);
    expect(colour(NON_PARTNER.label)).not.toBe(STATUS_STYLE['not-reported'].color);
    expect(stroke(STATUS_STYLE['not-reported'].label)).not.toBe(stroke(NON_PARTNER.label));
    // Each carries its own symbol, from the theme.
    const symbols = layersOf(built.spec).filter((l) => l.mark.type === 'point' && (l.mark as { shape?: string }).shape);
    expect(symbols.find((l) => (l.mark as { shape?: string }).shape === STATUS_STYLE['not-reported'].shape)?.data.values?.map((v) => v['iso3']).sort()).toEqual(['AUS', 'JPN']);
    expect(symbols.find((l) => (l.mark as { shape?: string }).shape === STATUS_STYLE['not-comparable'].shape)?.data.values?.map((v) => v['iso3'])).toEqual(['FRA']);
  });

  it('shortens names in the key only', () => {
    expect(mapName('Iran (Islamic Republic of)')).toBe('Iran');
    expect(mapName('Turkey')).toBe('Turkey');
    const built = build({ id: 'm', kind: 'partner-map', title: 'M', description: 'M.' }, input);
    expect(built.table.rows.map((r) => r[0])).toContain('Iran (Islamic Republic of)');
  });

  it('greys non-partners and lists every category in the legend', () => {
    const built = build({ id: 'm', kind: 'partner-map', title: 'M', description: 'M.' }, input);
    const shapes = (built.spec['datasets'] as { shapes: { category: string; properties: { name: string } }[] }).shapes;
    expect(shapes.find((s) => s.properties.name === 'Egypt')!.category).toBe('Not a partner');
    expect(shapes.find((s) => s.properties.name === 'Afghanistan (Islamic Republic of)')!.category).toBe('RP ANC priority country');
    expect(built.source).toContain('do not imply official endorsement or acceptance by the United Nations');
  });
});
