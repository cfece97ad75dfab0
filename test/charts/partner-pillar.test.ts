/**
 * The partner brief's small chart (kinds/partner-pillar.ts) on the sample 2021 edition: the rows
 * are the partner's metrics (the figures of metrics.json, unchanged), a series break and a row
 * not reported are drawn as such, a pillar without figures is not asked for, an organization
 * works, Arabic is mirrored, requests are checked, and the charts draw through renderCharts.
 */
import { describe, expect, it } from 'vitest';
import { buildChart, checkChartRequests } from '../../pipeline/charts/build.js';
import { memoryCache, renderCharts, type ChartRequest, type PartnerPillarRequest } from '../../pipeline/charts/index.js';
import { partnerPillarRequests, roundTop, trackOf, PARTNER_PILLAR_SIZE, type PartnerPillarRow } from '../../pipeline/charts/kinds/partner-pillar.js';
import { chartLanguage } from '../../pipeline/charts/language.js';
import { renderChart } from '../../pipeline/charts/render.js';
import type { EntityMetric, Metrics } from '../../pipeline/metrics/types.js';
import type { Language } from '../../pipeline/model.js';
import { realMetrics } from '../content/compile.js';
import { realDataset } from '../metrics/real.js';
import { findAll, parseXml } from './svg.js';

const dataset = realDataset();
const metrics = realMetrics();
const input = (language: Language = 'en', m: Metrics = metrics) => ({ dataset, metrics: m, year: 2021, language: chartLanguage(language) });
const request = (entity: string, pillar: PartnerPillarRequest['pillar'], extra: Partial<PartnerPillarRequest> = {}): PartnerPillarRequest => ({
  id: `p-${entity}-${pillar}`,
  kind: 'partner-pillar',
  title: 'T',
  description: 'D.',
  entity,
  pillar,
  ...extra,
});

const rowsOf = (spec: Record<string, unknown>): PartnerPillarRow[] => (spec['data'] as { values: PartnerPillarRow[] }).values;
const layers = (spec: Record<string, unknown>): Record<string, any>[] => spec['layer'] as Record<string, any>[];

/** The partner's total metrics of a pillar's indicators, in catalogue order, as metrics.json has them. */
function expected(entity: string, pillar: string, m: Metrics = metrics): EntityMetric[] {
  const ids = dataset.indicators.filter((i) => i.pillar === pillar).map((i) => i.id);
  return ids.flatMap((id) => m.entities.filter((e) => e.indicator === id && e.entity === entity && e.sex === 'total'));
}

/** A copy of the metrics with some of one partner's rows changed. */
function withMetrics(change: (m: EntityMetric) => EntityMetric | undefined): Metrics {
  return { ...metrics, entities: metrics.entities.map((m) => change(m) ?? m) };
}

describe('the chart of Afghanistan, pillar I', () => {
  const built = buildChart(request('AFG', 'I'), input());
  const rows = rowsOf(built.spec);
  const want = expected('AFG', 'I');

  it('has a row per country indicator of the pillar, with the figures of metrics.json', () => {
    expect(rows.map((r) => r.indicator)).toEqual(['heroin-seizures', 'opium-seizures', 'joint-operations', 'border-liaison-offices']);
    expect(want).toHaveLength(4);
    rows.forEach((r, i) => {
      const m = want[i]!;
      expect([r.baseline_year, r.baseline, r.current_year, r.current, r.change, r.status]).toEqual([m.baseline_year, m.baseline, m.current_year, m.current, m.change, m.status]);
    });
    // The sample's figures, as metrics.json has them.
    expect(rows[0]).toMatchObject({ baseline: 3689.1, current: 4380.8, status: 'improved', figures: '3,689.1 to 4,380.8', state: 'Improved, 2014\u20132021' });
    expect(rows[1]).toMatchObject({ baseline_year: 2013, status: 'changed', state: 'Changed (neutral indicator), 2013\u20132021' });
  });

  it('gives the same figures in its table, with the unit of each', () => {
    expect(built.table.columns).toEqual(['Indicator', 'Unit', 'Baseline year', 'Baseline', 'Current year', 'Current', 'Change', 'Status', 'Series break']);
    expect(built.table.rows).toEqual(want.map((m) => {
      const indicator = dataset.indicators.find((i) => i.id === m.indicator)!;
      const unit = { kg: 'kg', count: 'number', percent: '%', days: 'days' }[indicator.unit as 'kg'];
      const status = chartLanguage('en').status(m.status);
      return [indicator.title, unit, m.baseline_year, m.baseline, m.current_year, m.current, m.change, status, null];
    }));
    expect(built.table.caption).toBe('Baseline and current figures of Afghanistan (Islamic Republic of), Pillar I: Regional initiatives, 2021');
  });

  it('puts each row on its own zero-based track, with the unit in the row name', () => {
    // Heroin: 3,689.1 and 4,380.8 on 0 to 5,000.
    expect(rows[0]!.at_baseline).toBeCloseTo(3689.1 / 5000, 12);
    expect(rows[0]!.at_current).toBeCloseTo(4380.8 / 5000, 12);
    const names = layers(built.spec).length && JSON.stringify((built.spec['encoding'] as any).y.axis.labelExpr);
    expect(names).toContain('Heroin seized (kg)');
    // No baseline (border liaison offices): the current figure alone, not joined.
    expect(rows[3]).toMatchObject({ at_baseline: null, joined: false, tracked: true, figures: '13', state: 'No baseline, 2021' });
    expect(built.describe).toContain('4 indicators, 4 with figures.');
  });

  it('scales a percentage from 0 to 100, and anything else from 0 to a round figure', () => {
    expect(trackOf({ unit: 'percent' }, [58.4, 66.9])).toEqual({ low: 0, top: 100 });
    expect(trackOf({ unit: 'count' }, [0, 3])).toEqual({ low: 0, top: 3 });
    expect([4380.8, 21, 13, 0.9, 99116, 0].map(roundTop)).toEqual([5000, 25, 15, 1, 100000, 1]);
  });

  it('is about 480 pixels wide and 40 a row when drawn, labelled, and vega warns of nothing', async () => {
    const result = await renderChart({ id: 'p', title: 'T', description: 'D.', spec: built.spec });
    expect(result.warnings).toEqual([]);
    const svg = parseXml(result.svg);
    const width = Number(svg.attributes['width']);
    const height = Number(svg.attributes['height']);
    expect(width).toBeLessThanOrEqual(PARTNER_PILLAR_SIZE.width);
    expect(width).toBeGreaterThan(PARTNER_PILLAR_SIZE.width - 20);
    expect(height).toBeGreaterThanOrEqual(4 * PARTNER_PILLAR_SIZE.row);
    expect(height).toBeLessThanOrEqual(4 * PARTNER_PILLAR_SIZE.row + 50);
  });
});

describe('a series break and a figure not reported', () => {
  it('draws a change across a series break as not comparable: no joining line, the figures side by side', () => {
    const broken = withMetrics((m) =>
      m.entity === 'AFG' && m.indicator === 'heroin-seizures' && m.sex === 'total'
        ? { ...m, status: 'not-comparable', series_break: { year: 2019, note: 'border seizures only' } }
        : undefined,
    );
    const built = buildChart(request('AFG', 'I'), input('en', broken));
    const heroin = rowsOf(built.spec)[0]!;
    expect(heroin).toMatchObject({ status: 'not-comparable', joined: false, tracked: true, figures: '3,689.1; 4,380.8', state: 'Series break in 2019: not comparable' });
    expect(built.table.rows[0]![7]).toBe('Not comparable (series break)');
    expect(built.table.rows[0]![8]).toBe('series break in 2019: border seizures only');
    expect(built.describe).toContain('not comparable across a series break: Heroin seized');
    // The joining rule draws only rows whose datum is joined.
    const joins = layers(built.spec).find((l) => l['transform']?.[0]?.filter === 'datum.joined');
    expect(joins?.['mark']).toMatchObject({ type: 'rule' });
  });

  it('writes "Not reported" on a row without any figure, with no track', () => {
    const none = withMetrics((m) =>
      m.entity === 'AFG' && m.indicator === 'opium-seizures' && m.sex === 'total'
        ? { ...m, baseline: null, baseline_year: null, current: null, current_year: null, change: null, status: 'not-reported' }
        : undefined,
    );
    const built = buildChart(request('AFG', 'I'), input('en', none));
    expect(rowsOf(built.spec)[1]).toMatchObject({ tracked: false, joined: false, at_baseline: null, at_current: null, figures: '', state: '', single: 'Not reported' });
    expect(built.describe).toContain('3 with figures; not reported: Opium seized.');
  });
});

describe('a partner with no figures in a pillar', () => {
  // A country whose figures of pillar II are all missing.
  const empty = withMetrics((m) =>
    m.entity === 'AFG' && dataset.indicators.find((i) => i.id === m.indicator)?.pillar === 'II'
      ? { ...m, baseline: null, baseline_year: null, current: null, current_year: null, change: null, status: 'not-reported' }
      : undefined,
  );

  it('gets no chart of that pillar: the brief says in words that nothing was reported', () => {
    const asked = partnerPillarRequests('AFG', input('en', empty));
    expect(asked.map((r) => r.pillar)).toEqual(['I', 'III', 'IV']);
    expect(partnerPillarRequests('AFG', input()).map((r) => r.pillar)).toEqual(['I', 'II', 'III', 'IV']);
  });

  it('still draws every row as not reported when asked for', () => {
    const built = buildChart(request('AFG', 'II'), input('en', empty));
    expect(rowsOf(built.spec).every((r) => !r.tracked && r.single === 'Not reported')).toBe(true);
    expect(built.describe).toContain('4 indicators, 0 with figures; not reported:');
  });

  it('says so when the partner is expected to report no indicator of the pillar (an organization and pillar II)', () => {
    const built = buildChart(request('CARICC', 'II'), input());
    expect(built.table.rows).toEqual([]);
    expect(JSON.stringify(built.spec)).toContain('This partner is expected to report no indicator of this pillar');
    expect(built.describe).toBe('This partner is expected to report no indicator of this pillar (Pillar II: Illicit financial flows).');
  });
});

describe('an organization', () => {
  it('has a chart for each pillar it reports in, with the figures of metrics.json', () => {
    const asked = partnerPillarRequests('CARICC', input());
    expect(asked.map((r) => [r.id, r.pillar])).toEqual([
      ['brief-CARICC-pillar-I', 'I'],
      ['brief-CARICC-pillar-III', 'III'],
    ]);
    expect(asked[0]!.title).toBe('Baseline and current figures of CARICC, Pillar I: Regional initiatives');
    for (const r of asked) {
      const rows = rowsOf(buildChart(r, input()).spec);
      const want = expected('CARICC', r.pillar);
      expect(rows.map((x) => [x.indicator, x.baseline, x.current, x.current_year, x.status])).toEqual(want.map((m) => [m.indicator, m.baseline, m.current, m.current_year, m.status]));
    }
    // Its latest figure of precursor alerts is from 2020: the row says so.
    const alerts = rowsOf(buildChart(asked[1]!, input()).spec)[0]!;
    expect(alerts.state).toBe('Worsened, 2014\u20132020');
  });
});

describe('in Arabic', () => {
  const built = buildChart(request('AFG', 'I'), input('ar'));
  const track = layers(built.spec)[0]!;

  it('is mirrored: names on the right, tracks growing from the right, words left of them', () => {
    expect((built.spec['encoding'] as any).y.axis.orient).toBe('right');
    const range = track['encoding'].x.scale.range as [number, number];
    expect(range[0]).toBeGreaterThan(range[1]);
    const width = built.spec['width'] as number;
    expect(range[0]).toBe(width);
    const words = layers(built.spec).filter((l) => l['mark'].type === 'text' && l['encoding'].x.value !== undefined);
    for (const l of words) {
      expect(l['mark'].align).toBe('right');
      expect(l['encoding'].x.value).toBeLessThan(range[1]);
    }
  });

  it('keeps the years in time order, and its words are Arabic', () => {
    const heroin = rowsOf(built.spec)[0]!;
    expect(heroin.state).toBe('تحسّن، 2014\u20132021');
    expect(heroin.figures).toBe('من 3,689.1 إلى 4,380.8');
    expect(built.table.columns[0]).toBe('المؤشر');
  });

  it('draws through renderCharts: direction kept left to right, Arabic text isolated', async () => {
    const [figure] = await renderCharts([request('AFG', 'I', { id: 'ar-afg' })], { dataset, metrics, edition: { year: 2021, previous: 2014, language: 'ar' } }, { workers: 0 });
    expect(figure!.svg).toContain('direction="ltr"');
    expect(figure!.svg).toContain('\u2067خط الأساس\u2069');
  });
});

describe('in the six languages', () => {
  it('builds in each, with its own words, and fits 480 pixels, key included', async () => {
    const keys = new Set<string>();
    for (const language of ['en', 'fr', 'es', 'ru', 'zh', 'ar'] as const) {
      // Pillar I of Afghanistan has four statuses: the widest key.
      const built = buildChart(request('AFG', 'I'), input(language));
      expect(built.table.rows).toHaveLength(4);
      keys.add(chartLanguage(language).words.partnerPillar.keyBaseline);
      expect(built.describe).toBeTruthy();
      const result = await renderChart({ id: 'p', title: 'T', description: 'D.', spec: built.spec });
      expect(result.warnings).toEqual([]);
      expect(Number(parseXml(result.svg).attributes['width'])).toBeLessThanOrEqual(PARTNER_PILLAR_SIZE.width);
    }
    expect(keys.size).toBe(6);
  });
});

describe('requests', () => {
  it('name an unknown partner or pillar as an error at its place', () => {
    const at = { file: 'briefs/AFG', place: { line: 1, column: 1 } };
    const bad: ChartRequest[] = [request('AFX', 'I', { id: 'a', at }), request('AFG', 'V' as never, { id: 'b', at })];
    const messages = checkChartRequests(bad, { dataset, edition: { year: 2021 } });
    expect(messages.map((m) => [m.ruleId, m.value, m.file])).toEqual([
      ['chart/unknown-entity', 'AFX', 'briefs/AFG'],
      ['chart/unknown-pillar', 'V', 'briefs/AFG'],
    ]);
    expect(messages[0]!.reason).toContain('did you mean AFG');
  });

  it('are drawn by renderCharts on the worker pool, and come from its cache the second time', async () => {
    const requests = partnerPillarRequests('AFG', input());
    const context = { dataset, metrics, edition: { year: 2021, previous: 2014 } };
    const cache = memoryCache();
    const figures = await renderCharts(requests, context, { workers: 1, cache });
    expect(figures.map((f) => [f.id, f.kind, f.cached])).toEqual(requests.map((r) => [r.id, 'partner-pillar', false]));
    for (const f of figures) {
      const svg = parseXml(f.svg);
      expect(svg.attributes['role']).toBe('img');
      expect(findAll(svg, (e) => e.name === 'title')[0]!.text).toBe(f.title.replace(/&/g, '&amp;'));
      expect(f.table.rows.length).toBeGreaterThan(0);
    }
    const again = await renderCharts(requests, context, { workers: 1, cache });
    expect(again.every((f) => f.cached)).toBe(true);
    expect(again.map((f) => f.svg)).toEqual(figures.map((f) => f.svg));
  });
});
