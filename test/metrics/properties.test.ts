/** Invariants of the metrics over generated data (fast-check). */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare } from '../../pipeline/metrics/comparison.js';
import { computeMetrics } from '../../pipeline/metrics/index.js';
import { derived } from '../../pipeline/metrics/precision.js';
import { directionSign } from '../../pipeline/metrics/status.js';
import type { Dataset, Indicator } from '../../pipeline/model.js';
import { badNumbers, COUNTRIES, expectCoherentCoverage, dataset, indicator, ORGANIZATIONS, rows, type Row } from './fixtures.js';

const figure = fc.oneof(
  fc.constant(0),
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
);
const direction = fc.constantFrom('higher-is-better' as const, 'lower-is-better' as const, 'neutral' as const);
const tolerance = fc.option(fc.constantFrom(0, 0.02, 0.05, 0.1, 1), { nil: undefined });
const year = fc.integer({ min: 2010, max: 2021 });

describe('status', () => {
  it('agrees with the sign of the change times the direction', () => {
    fc.assert(
      fc.property(figure, figure, year, year, direction, tolerance, (b, c, by, cy, dir, t) => {
        const ind = { direction: dir, ...(t === undefined ? {} : { tolerance: t }) };
        const { status, change, relative_change } = compare(ind, { value: b, year: by }, { value: c, year: cy });
        const signed = (change ?? 0) * directionSign(dir);
        const within = change === 0 || (relative_change !== null && Math.abs(relative_change) <= (t ?? 0));
        expect(status).toBe(within ? 'unchanged' : dir === 'neutral' ? 'changed' : signed > 0 ? 'improved' : 'worsened');
        if (status === 'improved') expect(signed).toBeGreaterThan(0);
        if (status === 'worsened') expect(signed).toBeLessThan(0);
        // Undefined from a baseline of 0, or when the ratio overflows (a baseline such as 5e-324).
        expect(relative_change === null).toBe(b === 0 || !Number.isFinite((change ?? 0) / Math.abs(b)));
      }),
    );
  });

  it('never worsens when a lower-is-better figure falls or a higher-is-better one rises', () => {
    fc.assert(
      fc.property(figure, fc.double({ min: 0, max: 1e5, noNaN: true }), tolerance, (b, d, t) => {
        const ind = (dir: Indicator['direction']) => ({ direction: dir, ...(t === undefined ? {} : { tolerance: t }) });
        expect(compare(ind('higher-is-better'), { value: b, year: 2014 }, { value: b + d, year: 2021 }).status).not.toBe('worsened');
        expect(compare(ind('lower-is-better'), { value: b, year: 2014 }, { value: b - d, year: 2021 }).status).not.toBe('worsened');
      }),
    );
  });
});

describe('derived', () => {
  it('is idempotent and finite', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const once = derived(x);
        expect(once).not.toBeNull();
        expect(derived(once!)).toBe(once);
      }),
    );
  });
});

/** A generated dataset: three indicators of random rules, rows for random entities and years. */
const generated: fc.Arbitrary<Dataset> = fc
  .record({
    rules: fc.tuple(
      fc.record({
        direction,
        tolerance,
        aggregation: fc.constantFrom('sum' as const, 'weighted-mean' as const, 'median' as const),
        baseline_year: fc.integer({ min: 2012, max: 2016 }),
        fallback: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
        target: fc.option(figure, { nil: undefined }),
      }),
      fc.constantFrom('sum' as const, 'median' as const),
    ),
    raw: fc.array(
      fc.record({
        which: fc.constantFrom('a', 'b', 'org'),
        entity: fc.nat({ max: 5 }),
        year,
        value: fc.option(figure, { nil: null }),
        sex: fc.constantFrom('total' as const, 'total' as const, 'female' as const, 'male' as const),
        denominator: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }),
        flag: fc.option(fc.constantFrom('estimate' as const, 'provisional' as const), { nil: undefined }),
      }),
      { maxLength: 150 },
    ),
  })
  .map(({ rules: [r, orgRule], raw }) => {
    const a = indicator('a', {
      direction: r.direction,
      aggregation: r.aggregation,
      baseline_year: r.baseline_year,
      ...(r.tolerance === undefined ? {} : { tolerance: r.tolerance }),
      ...(r.fallback === undefined ? {} : { baseline_fallback_years: r.fallback }),
      ...(r.target === undefined ? {} : { target: { value: r.target, year: 2021 } }),
    });
    const b = indicator('b', { pillar: 'II', direction: 'lower-is-better', aggregation: 'weighted-mean', tolerance: 0.02 });
    const org = indicator('org', { reported_by: 'organization', aggregation: orgRule });
    const seen = new Set<string>();
    const list: Row[] = [];
    for (const x of raw) {
      const entity = x.which === 'org' ? ORGANIZATIONS[x.entity % ORGANIZATIONS.length]!.acronym : COUNTRIES[x.entity]!.iso3;
      const key = `${x.which}/${entity}/${x.year}/${x.sex}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const extra = {
        sex: x.sex,
        ...(x.denominator === undefined || x.value === null ? {} : { denominator: x.denominator }),
        ...(x.flag === undefined || x.value === null ? {} : { flag: x.flag }),
      };
      list.push([x.which, entity, x.year, x.value, extra]);
    }
    return dataset([a, b, org], rows(list));
  });

const schema = JSON.parse(readFileSync(new URL('../../schemas/metrics.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

describe('computeMetrics over generated data', () => {
  it('holds no undefined figure, keeps coverage within the expected count, and is valid', () => {
    fc.assert(
      fc.property(generated, year, fc.option(year, { nil: undefined }), (ds, y, previous) => {
        const m = computeMetrics(ds, previous === undefined ? { year: y } : { year: y, previous });
        expect(badNumbers(m)).toEqual([]);
        expect(validate(m)).toBe(true);
        for (const a of m.aggregates) {
          expectCoherentCoverage(a);
          expect(a.baseline === null).toBe(a.coverage.with_both === 0);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('chooses figures by the rules: years, flags and the balanced set', () => {
    fc.assert(
      fc.property(generated, year, (ds, y) => {
        const m = computeMetrics(ds, { year: y });
        const byId = new Map(ds.indicators.map((i) => [i.id, i]));
        for (const e of m.entities) {
          const ind = byId.get(e.indicator)!;
          const k = ind.baseline_fallback_years ?? 0;
          if (e.baseline_year !== null) {
            expect(Math.abs(e.baseline_year - ind.baseline_year)).toBeLessThanOrEqual(k);
            expect(e.baseline_fallback).toBe(e.baseline_year !== ind.baseline_year);
            expect(e.baseline_year).toBeLessThanOrEqual(y);
          } else {
            expect(e.baseline_fallback).toBe(false);
          }
          if (e.current_year !== null) {
            expect(e.current_year).toBeLessThanOrEqual(y);
            expect(e.current_is_latest_available).toBe(e.current_year < y);
          }
          if (e.baseline_year !== null && e.current_year !== null) {
            // After the baseline, or the baseline itself in its own edition.
            expect(e.current_year > e.baseline_year || (e.current_year === y && e.baseline_year === y)).toBe(true);
          }
          expect(e.change === null).toBe(e.baseline === null || e.current === null);
          expect(e.relative_change === null).toBe(e.change === null || !Number.isFinite(e.change / Math.abs(e.baseline!)));
        }
        for (const a of m.aggregates) {
          const ind = byId.get(a.indicator)!;
          if (a.baseline === null || a.current === null) continue;
          const members = m.entities.filter((e) => e.indicator === a.indicator && e.sex === 'total' && a.members.includes(e.entity));
          for (const [agg, pick] of [[a.baseline, 'baseline'], [a.current, 'current']] as const) {
            const values = members.map((e) => e[pick]!);
            const lo = Math.min(...values);
            const hi = Math.max(...values);
            if (ind.aggregation === 'sum') expect(agg).toBe(derived(values.reduce((s, v) => s + v, 0)));
            // Means and medians stay between the smallest and the largest member (up to rounding).
            else expect(agg >= lo - 1e-9 * Math.abs(lo) - 1e-9 && agg <= hi + 1e-9 * Math.abs(hi) + 1e-9).toBe(true);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('does not depend on the order of the observations', () => {
    fc.assert(
      fc.property(generated, year, (ds, y) => {
        const reversed = { ...ds, observations: [...ds.observations].reverse() };
        expect(computeMetrics(reversed, { year: y, previous: 2014 })).toEqual(computeMetrics(ds, { year: y, previous: 2014 }));
      }),
      { numRuns: 50 },
    );
  });
});
