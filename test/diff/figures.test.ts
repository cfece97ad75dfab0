import { describe, expect, it } from 'vitest';
import { diffFigures } from '../../pipeline/diff/figures.js';
import { aggregate, entity, metrics } from './fixtures.js';

describe('diffFigures', () => {
  it('reports nothing for the same figures, whatever else differs (sources, flags, annualised change)', () => {
    const a = metrics([entity('heroin-seizures', 'AFG')], [aggregate('heroin-seizures')]);
    const b = metrics([entity('heroin-seizures', 'AFG', { sources: { current: { file: 'x.csv', line: 9 } }, current_flag: 'estimate', annualised_change: 0.5 })], [aggregate('heroin-seizures', { members: ['AFG'] })]);
    expect(diffFigures(a, b)).toEqual([]);
  });

  it('reports the fields that differ, old and new; figures added and removed; sorted by indicator, aggregates first', () => {
    const older = metrics(
      [
        entity('heroin-seizures', 'AFG'),
        entity('heroin-seizures', 'AFG', { sex: 'female', current: 3 }),
        entity('heroin-seizures', 'TJK'),
        entity('opium-seizures', 'ALB', { current: null, change: null, relative_change: null, status: 'no-current-data' }),
      ],
      [aggregate('heroin-seizures'), aggregate('heroin-seizures', { group_type: 'region', group: 'Asia' }), aggregate('opium-seizures')],
    );
    const newer = metrics(
      [
        entity('heroin-seizures', 'AFG', { current: 15, change: 5, relative_change: 0.5 }),
        entity('heroin-seizures', 'AFG', { sex: 'female', current: 3 }),
        entity('heroin-seizures', 'KAZ', { baseline: null, change: null, relative_change: null, status: 'no-baseline' }),
        entity('opium-seizures', 'ALB'),
      ],
      [
        aggregate('heroin-seizures', { coverage: { expected: 3, with_baseline: 2, with_current: 3, with_both: 2 } }),
        aggregate('heroin-seizures', { group_type: 'region', group: 'Asia', status: 'worsened' }),
        aggregate('heroin-seizures', { group_type: 'programme', group: 'RP ANC' }),
        aggregate('opium-seizures'),
      ],
    );
    expect(diffFigures(older, newer)).toEqual([
      {
        indicator: 'heroin-seizures',
        scope: 'aggregate',
        group_type: 'all',
        group: 'all',
        label: 'all partners',
        kind: 'changed',
        fields: [{ field: 'coverage', old: { expected: 3, with_baseline: 2, with_current: 2, with_both: 2 }, new: { expected: 3, with_baseline: 2, with_current: 3, with_both: 2 } }],
      },
      {
        indicator: 'heroin-seizures',
        scope: 'aggregate',
        group_type: 'region',
        group: 'Asia',
        label: 'region Asia',
        kind: 'changed',
        fields: [{ field: 'status', old: 'improved', new: 'worsened' }],
      },
      {
        indicator: 'heroin-seizures',
        scope: 'aggregate',
        group_type: 'programme',
        group: 'RP ANC',
        label: 'programme RP ANC',
        kind: 'added',
        fields: [
          { field: 'baseline', new: 100 },
          { field: 'current', new: 120 },
          { field: 'change', new: 20 },
          { field: 'relative_change', new: 0.2 },
          { field: 'status', new: 'improved' },
          { field: 'coverage', new: { expected: 3, with_baseline: 2, with_current: 2, with_both: 2 } },
        ],
      },
      {
        indicator: 'heroin-seizures',
        scope: 'entity',
        entity: 'AFG',
        label: 'AFG',
        kind: 'changed',
        fields: [
          { field: 'current', old: 12, new: 15 },
          { field: 'change', old: 2, new: 5 },
          { field: 'relative_change', old: 0.2, new: 0.5 },
        ],
      },
      {
        indicator: 'heroin-seizures',
        scope: 'entity',
        entity: 'KAZ',
        label: 'KAZ',
        kind: 'added',
        fields: [
          { field: 'baseline', new: null },
          { field: 'current', new: 12 },
          { field: 'change', new: null },
          { field: 'relative_change', new: null },
          { field: 'status', new: 'no-baseline' },
        ],
      },
      {
        indicator: 'heroin-seizures',
        scope: 'entity',
        entity: 'TJK',
        label: 'TJK',
        kind: 'removed',
        fields: [
          { field: 'baseline', old: 10 },
          { field: 'current', old: 12 },
          { field: 'change', old: 2 },
          { field: 'relative_change', old: 0.2 },
          { field: 'status', old: 'improved' },
        ],
      },
      {
        indicator: 'opium-seizures',
        scope: 'entity',
        entity: 'ALB',
        label: 'ALB',
        kind: 'changed',
        fields: [
          { field: 'current', old: null, new: 12 },
          { field: 'change', old: null, new: 2 },
          { field: 'relative_change', old: null, new: 0.2 },
          { field: 'status', old: 'no-current-data', new: 'improved' },
        ],
      },
    ]);
  });

  it('keeps disaggregations apart and names them', () => {
    const older = metrics([entity('people-in-treatment', 'AFG', { sex: 'female', current: 3 }), entity('people-in-treatment', 'AFG', { sex: 'male', current: 4 })]);
    const newer = metrics([entity('people-in-treatment', 'AFG', { sex: 'male', current: 4 }), entity('people-in-treatment', 'AFG', { sex: 'female', current: 5 })]);
    expect(diffFigures(older, newer)).toEqual([
      { indicator: 'people-in-treatment', scope: 'entity', entity: 'AFG', sex: 'female', label: 'AFG female', kind: 'changed', fields: [{ field: 'current', old: 3, new: 5 }] },
    ]);
  });
});
