/**
 * The partner map's geometry and labels: every partner found in world-atlas, the small ones kept,
 * the far ones named, shapes inside the frame, names never overlapping and inside their country.
 */
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clearMapFrames, clipRing, MAP_CACHE_DIR, mapFrame, ringArea } from '../../pipeline/charts/geometry.js';
import { build, MAP_SIZE, mapName } from '../../pipeline/charts/kinds/partner-map.js';
import { textWidth } from '../../pipeline/charts/font-metrics.js';
import { LABEL_SIZE } from '../../pipeline/charts/map-labels.js';
import { fixtureContext } from './fixture.js';

const context = fixtureContext();
const input = { dataset: context.dataset, metrics: context.metrics!, year: 2021 };
const { width, height } = MAP_SIZE;

describe('geometry', () => {
  it('has a shape for every partner country, by M49 code', () => {
    const frame = mapFrame(width, height, 'all');
    const ids = new Set(frame.shapes.map((s) => s.id));
    const far = ['AUS', 'CAN', 'USA'];
    for (const c of context.dataset.reference.countries) if (!far.includes(c.iso3)) expect(ids.has(c.m49), c.name).toBe(true);
  });

  it('keeps the small partners (Malta, Luxembourg) and clips everything to the frame', () => {
    const frame = mapFrame(width, height, 'all');
    for (const m49 of ['470', '442']) expect(frame.shapes.some((s) => s.id === m49)).toBe(true);
    for (const shape of frame.shapes) {
      const polygons = shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates;
      for (const ring of polygons.flat()) {
        for (const [x, y] of ring as [number, number][]) {
          expect(x).toBeGreaterThanOrEqual(-4);
          expect(x).toBeLessThanOrEqual(width + 4);
          expect(y).toBeGreaterThanOrEqual(-4);
          expect(y).toBeLessThanOrEqual(height + 4);
        }
      }
    }
  });

  it('shows Cyprus and Kosovo as the UN does', () => {
    const frame = mapFrame(width, height, 'RP SEE');
    expect(frame.shapes.filter((s) => s.id === '688').map((s) => s.name).sort()).toEqual(['Kosovo', 'Serbia']);
  });

  it('keeps each frame on disk exactly as computed, and computes it again when the file is damaged', () => {
    rmSync(MAP_CACHE_DIR, { recursive: true, force: true });
    clearMapFrames();
    const computed = JSON.stringify(mapFrame(width, height, 'RP ANC'));
    const files = readdirSync(MAP_CACHE_DIR).filter((f) => f.startsWith('RPANC-') && f.endsWith('.json'));
    expect(files).toHaveLength(1);
    clearMapFrames();
    expect(JSON.stringify(mapFrame(width, height, 'RP ANC'))).toBe(computed);

    writeFileSync(join(MAP_CACHE_DIR, files[0]!), computed.slice(0, computed.length >> 1));
    clearMapFrames();
    expect(JSON.stringify(mapFrame(width, height, 'RP ANC'))).toBe(computed);
    clearMapFrames();
    expect(JSON.stringify(mapFrame(width, height, 'RP ANC'))).toBe(computed);
  });

  it('clips a ring to a rectangle', () => {
    const square = [[-5, -5], [5, -5], [5, 5], [-5, 5], [-5, -5]];
    const clipped = clipRing(square, 0, 0, 10, 10);
    expect(Math.abs(ringArea(clipped))).toBe(25);
    expect(clipRing(square, 20, 20, 30, 30)).toEqual([]);
  });
});

describe('partner map', () => {
  it('places names that do not overlap, inside the frame', () => {
    for (const focus of ['all', 'RP SEE', 'RP ANC'] as const) {
      const built = build({ id: 'm', kind: 'partner-map', title: 'M', description: 'M.', focus, colorBy: 'status', indicator: 'seizures' }, input);
      const layers = built.spec['layer'] as { mark: { type: string }; data: { values?: { x: number; y: number; label: string }[] } }[];
      const labels = layers.find((l) => l.mark.type === 'text')!.data.values!;
      expect(labels.length, focus).toBeGreaterThan(8);
      const boxes = labels.map((l) => {
        const w = textWidth(l.label, LABEL_SIZE);
        const cy = l.y + 11; // SYMBOL_GAP
        return { x0: l.x - w / 2, x1: l.x + w / 2, y0: cy - LABEL_SIZE / 2, y1: cy + LABEL_SIZE / 2, label: l.label };
      });
      for (const [i, a] of boxes.entries()) {
        expect(a.x0).toBeGreaterThan(0);
        expect(a.x1).toBeLessThan(width);
        for (const b of boxes.slice(i + 1)) {
          const overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
          expect(overlap, `${a.label} and ${b.label}`).toBe(false);
        }
      }
    }
  });

  it('shortens names on the map only', () => {
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
