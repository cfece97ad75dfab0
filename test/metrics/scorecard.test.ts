import { describe, expect, it } from 'vitest';
import { computeMetrics, type StatusCounts } from '../../pipeline/metrics/index.js';
import { sample } from './fixtures.js';

const counts = (fields: Partial<StatusCounts>): StatusCounts => ({
  improved: 0, worsened: 0, unchanged: 0, changed: 0, 'not-comparable': 0, 'no-baseline': 0, 'no-current-data': 0, 'not-reported': 0, ...fields,
});

describe('pillar scorecard', () => {
  const { scorecard } = computeMetrics(sample(), { year: 2021, previous: 2014 });

  it('lists every pillar in order, counting the statuses of all totals of its indicators', () => {
    expect(scorecard.map((p) => [p.pillar, p.indicators])).toEqual([['I', 3], ['II', 1], ['III', 0], ['IV', 2]]);
    // seized: SRB has no baseline; opium: CAN, FRA and SRB have no row at all; ops: INTERPOL gave a missing reason only
    expect(scorecard[0]!.status_counts).toEqual(counts({ improved: 3, unchanged: 4, changed: 2, 'no-baseline': 1, 'no-current-data': 1, 'not-reported': 4 }));
    expect(scorecard[1]!.status_counts).toEqual(counts({ improved: 3, unchanged: 1, 'not-reported': 2 }));
    expect(scorecard[2]).toEqual({ pillar: 'III', indicators: 0, status_counts: counts({}), by_indicator: [] });
    // wait: 2 improved, 1 worsened, 1 unchanged, 2 without a row; treated (totals only): 1 improved, 5 without a total
    expect(scorecard[3]!.status_counts).toEqual(counts({ improved: 3, worsened: 1, unchanged: 1, 'not-reported': 7 }));
  });

  it("gives each indicator's all-partners status and coverage", () => {
    expect(scorecard[0]!.by_indicator).toEqual([
      { indicator: 'seized', status: 'improved', coverage: { expected: 6, with_baseline: 5, with_current: 5, with_both: 4 } },
      { indicator: 'opium', status: 'changed', coverage: { expected: 6, with_baseline: 3, with_current: 3, with_both: 3 } },
      { indicator: 'ops', status: 'improved', coverage: { expected: 3, with_baseline: 2, with_current: 2, with_both: 2 } },
    ]);
  });
});
