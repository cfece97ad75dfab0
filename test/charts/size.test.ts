/**
 * Every kind of chart is drawn for the print column (theme.ts CHART_BOX), so print shows it at
 * its size and its smallest text prints at 7.5 pt: on the fixture data and on the sample as it
 * ships (58 partners with their long names, 17 country indicators), no chart is wider or taller
 * than the box, and no text is smaller than 10 px.
 */
import { describe, expect, it } from 'vitest';
import { buildChart } from '../../pipeline/charts/build.js';
import { renderChart } from '../../pipeline/charts/render.js';
import { CHART_BOX, FONT_SIZE } from '../../pipeline/charts/theme.js';
import type { ChartContext, ChartRequest } from '../../pipeline/charts/index.js';
import { GOLDEN_CASES } from './cases.js';
import { computeMetrics } from '../../pipeline/metrics/index.js';
import { fixtureContext, fixtureDataset, realContext } from './fixture.js';

/** The sample's indicators in place of the fixture's, for the cases that name one the data has not. */
const REAL_INDICATOR: Record<string, string> = { seizures: 'heroin-seizures', coverage: 'treatment-coverage', opium: 'opium-seizures', alerts: 'precursor-alerts' };

async function drawn(context: ChartContext, request: ChartRequest): Promise<{ width: number; height: number; fonts: number[] }> {
  const wanted = 'indicator' in request ? request.indicator : undefined;
  if (wanted && !context.dataset.indicators.some((i) => i.id === wanted)) request = { ...request, indicator: REAL_INDICATOR[wanted] ?? wanted } as typeof request;
  const built = buildChart(request, { dataset: context.dataset, metrics: context.metrics!, year: context.edition.year });
  const { svg } = await renderChart({ id: request.id, title: request.title, description: request.description, spec: built.spec });
  const size = (attribute: string): number => Number(new RegExp(`^<svg[^>]*\\s${attribute}="([\\d.]+)"`).exec(svg)?.[1]);
  return { width: size('width'), height: size('height'), fonts: [...svg.matchAll(/font-size="([\d.]+)px"/g)].map((m) => Number(m[1])) };
}

const fixture = fixtureContext();

async function expectFits(context: ChartContext, request: ChartRequest): Promise<void> {
  const { width, height, fonts } = await drawn(context, request);
  const name = `${request.kind} ${'indicator' in request ? request.indicator : ''}`;
  expect(width, `${name}: width`).toBeLessThanOrEqual(CHART_BOX.width);
  expect(height, `${name}: height`).toBeLessThanOrEqual(CHART_BOX.height);
  expect(fonts.length, name).toBeGreaterThan(0);
  expect(Math.min(...fonts), `${name}: smallest text`).toBeGreaterThanOrEqual(FONT_SIZE.mark);
}

describe('charts fit the print column', () => {
  const sample = realContext();
  for (const [label, context] of [['fixture data', fixture], ['the sample', sample]] as const) {
    for (const [name, request] of Object.entries(GOLDEN_CASES)) it(`${name} on ${label}`, () => expectFits(context, request));
  }

  it('every indicator of the sample, as a dumbbell, as panels over time, and on a map by status', async () => {
    for (const indicator of sample.dataset.indicators) {
      const base = { id: 'f', title: 'T', description: 'D.', indicator: indicator.id };
      await expectFits(sample, { ...base, kind: 'baseline-current' });
      // Sixteen panels of partners, or every organization.
      const entities = indicator.reported_by === 'country' ? { entities: sample.dataset.reference.countries.slice(0, 16).map((c) => c.iso3) } : {};
      await expectFits(sample, { ...base, kind: 'time-series', ...entities });
      await expectFits(sample, { ...base, kind: 'partner-map', colorBy: 'status' });
    }
    for (const pillar of sample.dataset.reference.pillars) await expectFits(sample, { id: 'f', title: 'T', description: 'D.', kind: 'status-by-pillar', pillar: pillar.id });
  });

  it('names as long as the UN\'s longest, and series breaks, still fit', async () => {
    // The fixture with the longest official names in place of the first partners' and a break in every fifth series.
    const LONG = ['United Kingdom of Great Britain and Northern Ireland', 'Venezuela (Bolivarian Republic of)', "Lao People's Democratic Republic", 'Micronesia (Federated States of)'];
    const base = fixtureDataset();
    const countries = base.reference.countries.map((c, i) => (i < LONG.length ? { ...c, name: LONG[i]! } : c));
    const observations = base.observations.map((o, i) => (i % 5 === 0 && o.value !== undefined && o.year === 2018 ? { ...o, flag: 'break' as const } : o));
    const dataset = { ...base, observations, reference: { ...base.reference, countries } };
    const context: ChartContext = { dataset, metrics: computeMetrics(dataset, { year: 2021, previous: 2014 }), edition: { year: 2021, previous: 2014 } };
    expect(context.metrics!.entities.some((m) => m.status === 'not-comparable')).toBe(true);
    const entities = { entities: countries.slice(0, 12).map((c) => c.iso3) };
    for (const request of Object.values(GOLDEN_CASES)) await expectFits(context, 'indicator' in request && request.kind === 'time-series' && request.indicator === 'seizures' ? { ...request, ...entities } : request);
  });
});
