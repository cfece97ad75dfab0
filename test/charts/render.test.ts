/**
 * A smoke test per chart kind: the SVG parses, is labelled (role="img", <title>, <desc>,
 * aria-labelledby and aria-describedby pointing at them), prefixes its ids, and has the marks
 * expected; vega warns about nothing. Then the table behind each figure.
 */
import { describe, expect, it } from 'vitest';
import { buildChart } from '../../pipeline/charts/build.js';
import { renderCharts, type ChartRequest, type Figure } from '../../pipeline/charts/index.js';
import { renderChart } from '../../pipeline/charts/render.js';
import { GOLDEN_CASES } from './cases.js';
import { fixtureContext } from './fixture.js';
import { findAll, markItems, parseXml, type XmlElement } from './svg.js';

const context = fixtureContext();
const input = { dataset: context.dataset, metrics: context.metrics!, year: 2021 };

function checkLabelled(figure: Pick<Figure, 'id' | 'svg' | 'title' | 'description'>): XmlElement {
  const svg = parseXml(figure.svg);
  expect(svg.name).toBe('svg');
  expect(svg.attributes['role']).toBe('img');
  const title = svg.children[0]!;
  const desc = svg.children[1]!;
  expect(title.name).toBe('title');
  expect(desc.name).toBe('desc');
  expect(svg.attributes['aria-labelledby']).toBe(title.attributes['id']);
  expect(svg.attributes['aria-describedby']).toBe(desc.attributes['id']);
  expect(title.text).toBe(figure.title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
  expect(desc.text.length).toBeGreaterThan(0);
  for (const e of findAll(svg, (x) => x.attributes['id'] !== undefined)) expect(e.attributes['id']!.startsWith(`${figure.id}-`)).toBe(true);
  return svg;
}

async function render(request: ChartRequest): Promise<{ svg: XmlElement; warnings: string[]; built: ReturnType<typeof buildChart> }> {
  const built = buildChart(request, input);
  const result = await renderChart({ id: request.id, title: request.title, description: request.description, spec: built.spec });
  return { svg: checkLabelled({ id: request.id, svg: result.svg, title: request.title, description: request.description }), warnings: result.warnings, built };
}

const rows = (built: ReturnType<typeof buildChart>): number => built.table.rows.length;

describe('each kind renders a labelled SVG with the marks expected', () => {
  it('baseline-current: a symbol per figure, a rule per entity with both', async () => {
    const { svg, warnings, built } = await render(GOLDEN_CASES['baseline-current']!);
    expect(warnings).toEqual([]);
    const figures = built.table.rows.reduce((n, r) => n + (r[2] !== null ? 1 : 0) + (r[4] !== null ? 1 : 0), 0);
    const both = built.table.rows.filter((r) => r[2] !== null && r[4] !== null).length;
    expect(markItems(svg, 'symbol')).toHaveLength(figures);
    expect(markItems(svg, 'rule')).toHaveLength(both);
    expect(markItems(svg, 'text')).toHaveLength(rows(built));
  });

  it('time-series: a panel per entity, a line in each', async () => {
    const { svg, warnings, built } = await render(GOLDEN_CASES['time-series']!);
    expect(warnings).toEqual([]);
    expect(markItems(svg, 'line')).toHaveLength(rows(built));
    const headers = findAll(svg, (e) => e.attributes['class'] === 'mark-group role-title');
    expect(headers).toHaveLength(rows(built));
  });

  it('status-by-pillar: a segment per non-zero count', async () => {
    const { svg, warnings, built } = await render(GOLDEN_CASES['status-by-pillar']!);
    expect(warnings).toEqual([]);
    const segments = built.table.rows.reduce((n, r) => n + r.slice(1, -1).filter((c) => typeof c === 'number' && c > 0).length, 0);
    expect(markItems(svg, 'rect')).toHaveLength(segments);
  });

  it('partner-map: a path per country shape and frame, a text per code, title and key entry', async () => {
    const { svg, warnings, built } = await render(GOLDEN_CASES['partner-map']!);
    expect(warnings).toEqual([]);
    const shapes = (built.spec['datasets'] as { shapes: unknown[] }).shapes.length;
    const insets = (built.spec['usermeta'] as { insets: unknown[] }).insets.length;
    expect(insets).toBe(2);
    // Every country shape, the main panel's frame and each inset's.
    expect(markItems(svg, 'shape')).toHaveLength(shapes + 1 + insets);
    expect(shapes).toBeGreaterThan(80);
    const layers = built.spec['layer'] as { mark: { type: string }; data: { values?: Record<string, unknown>[] } }[];
    const codes = layers.filter((l) => l.mark.type === 'text').flatMap((l) => l.data.values ?? []).filter((v) => typeof v['label'] === 'string').length;
    const partners = context.dataset.reference.countries.length;
    // Codes on the map, inset titles, the key's title, and a code and a name per partner in the key.
    expect(markItems(svg, 'text')).toHaveLength(codes + insets + 1 + 2 * partners);
    const column = built.table.columns.indexOf('Code shown on the map');
    expect(built.table.rows.filter((r) => r[column] === 'yes').length).toBeGreaterThan(partners * 0.75);
  });

  it('partner-map by status: a status symbol on every partner', async () => {
    const { svg, warnings, built } = await render(GOLDEN_CASES['partner-map-status-see']!);
    expect(warnings).toEqual([]);
    const layers = built.spec['layer'] as { mark: { type: string; shape?: string; stroke?: string }; data: { values?: { iso3: string }[] } }[];
    const status = layers.filter((l) => l.mark.type === 'point' && l.mark.shape !== undefined && l.mark.stroke === undefined).flatMap((l) => l.data.values ?? []);
    expect(new Set(status.map((v) => v.iso3)).size).toBe(context.dataset.reference.countries.length);
    const tiny = markItems(svg, 'symbol').filter((e) => e.attributes['stroke'] === '#333333').length;
    expect(markItems(svg, 'symbol').length - tiny).toBe(status.length);
  });

  it('coverage-grid: a cell per country and indicator', async () => {
    const { svg, warnings, built } = await render(GOLDEN_CASES['coverage-grid']!);
    expect(warnings).toEqual([]);
    expect(markItems(svg, 'rect')).toHaveLength(rows(built) * (built.table.columns.length - 1));
  });

  it('ewg-timeline: a symbol and a number per meeting and pillar', async () => {
    const { svg, warnings } = await render(GOLDEN_CASES['ewg-timeline']!);
    expect(warnings).toEqual([]);
    const pairs = context.dataset.reference.ewgMeetings.filter((m) => m.year <= 2021).reduce((n, m) => n + m.pillars.length, 0);
    expect(markItems(svg, 'symbol')).toHaveLength(pairs);
    expect(markItems(svg, 'text')).toHaveLength(pairs);
  });

  it('custom: bars from the named dataset, and the table read from them', async () => {
    const [figure] = await renderCharts([GOLDEN_CASES['custom']!], context, { workers: 0 });
    const svg = checkLabelled(figure!);
    const programmes = context.metrics!.aggregates.filter((a) => a.indicator === 'seizures' && a.group_type === 'programme').length;
    expect(markItems(svg, 'rect')).toHaveLength(programmes);
    expect(figure!.table.columns).toEqual(expect.arrayContaining(['group', 'current']));
    expect(figure!.table.rows).toHaveLength(programmes);
  });
});

describe('figures', () => {
  it('come back in request order, with tables, sources, and descriptions that say more', async () => {
    const requests = Object.values(GOLDEN_CASES);
    const figures = await renderCharts(requests, context, { workers: 0 });
    expect(figures.map((f) => f.id)).toEqual(requests.map((r) => r.id));
    for (const [i, figure] of figures.entries()) {
      expect(figure.table.columns.length).toBeGreaterThan(0);
      expect(figure.table.rows.length).toBeGreaterThan(0);
      for (const row of figure.table.rows) expect(row).toHaveLength(figure.table.columns.length);
      expect(figure.source.length).toBeGreaterThan(0);
      expect(figure.description.startsWith(requests[i]!.description)).toBe(true);
    }
  });

  it('name the partners drawn in insets in the description, and every partner in the table', async () => {
    const [map] = await renderCharts([GOLDEN_CASES['partner-map']!], context, { workers: 0 });
    expect(map!.description).toContain('framed insets at other scales: Northern America (Canada and United States of America) and Australia and New Zealand (Australia)');
    const column = map!.table.columns.indexOf('Drawn in');
    const inInsets = map!.table.rows.filter((r) => String(r[column]).startsWith('inset ')).map((r) => r[0]);
    expect(inInsets).toEqual(['Australia', 'Canada', 'United States of America']);
    expect(map!.table.rows).toHaveLength(context.dataset.reference.countries.length);
  });

  it('escape markup in titles and descriptions', async () => {
    const request: ChartRequest = { id: 'esc', kind: 'ewg-timeline', title: 'EWGs <2012 & after>', description: 'Say "hi" & <bye>.' };
    const [figure] = await renderCharts([request], context, { workers: 0 });
    checkLabelled(figure!);
    expect(figure!.svg).toContain('EWGs &lt;2012 &amp; after&gt;');
  });
});
