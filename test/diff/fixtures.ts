/**
 * Hand-made metrics and chapters for the diff tests: every field present, values easy to read;
 * and a draft compared with its published version after a correction of the data and an edit of
 * a chapter, with figures and words shaped like the project's own.
 */
import { diffEditions } from '../../pipeline/diff/index.js';
import type { Side, SideChapter, WhatChanged } from '../../pipeline/diff/types.js';
import type { AggregateMetric, EntityMetric, Metrics } from '../../pipeline/metrics/types.js';
import type { Dataset } from '../../pipeline/model.js';
import { realDataset } from '../metrics/real.js';

/** An entity metric with every field, improved from 10 to 12 unless told. */
export function entity(indicator: string, code: string, fields: Partial<EntityMetric> = {}): EntityMetric {
  return {
    indicator,
    entity: code,
    entity_type: 'country',
    sex: 'total',
    baseline_year: 2014,
    baseline: 10,
    baseline_fallback: false,
    current_year: 2021,
    current: 12,
    current_is_latest_available: false,
    change: 2,
    relative_change: 0.2,
    annualised_change: 0.026,
    status: 'improved',
    target_progress: null,
    previous_year: null,
    previous: null,
    change_since_previous: null,
    baseline_flag: null,
    current_flag: null,
    series_break: null,
    illustrative: true,
    sources: {},
    ...fields,
  };
}

/** An aggregate over all partners (unless told), from 100 to 120. */
export function aggregate(indicator: string, fields: Partial<AggregateMetric> = {}): AggregateMetric {
  return {
    indicator,
    group_type: 'all',
    group: 'all',
    aggregation: 'sum',
    weighting: null,
    baseline_year: 2014,
    baseline: 100,
    baseline_fallback: false,
    baseline_years: { from: 2014, to: 2014 },
    current_year: 2021,
    current: 120,
    current_is_latest_available: false,
    current_years: { from: 2021, to: 2021 },
    current_rule: 'latest-available',
    change: 20,
    relative_change: 0.2,
    annualised_change: 0.026,
    status: 'improved',
    target_progress: null,
    previous: null,
    change_since_previous: null,
    coverage: { expected: 3, with_baseline: 2, with_current: 2, with_both: 2 },
    status_counts: { improved: 2, worsened: 0, unchanged: 0, changed: 0, 'not-comparable': 0, 'no-baseline': 1, 'no-current-data': 0, 'not-reported': 0 },
    members: ['AFG', 'ALB'],
    sources: { baseline: [], current: [], previous: [] },
    ...fields,
  };
}

export function metrics(entities: EntityMetric[], aggregates: AggregateMetric[] = []): Metrics {
  return { edition: { year: 2021, previous: 2014 }, entities, aggregates, scorecard: [] };
}

/** The project's data, with treatment coverage printed to two decimals (as a catalogue may ask). */
export function twoDecimalDataset(): Dataset {
  const real = realDataset();
  return { ...real, indicators: real.indicators.map((i) => (i.id === 'treatment-coverage' ? { ...i, decimals: 2 } : i)) };
}

export const side = (label: string, m: Side['metrics'], chapters: SideChapter[] | null = null): Side => ({
  info: { label, kind: label.includes('@') ? 'published' : 'project', edition: 2021, version: label.includes('@') ? '1.0.0' : null },
  metrics: m,
  chapters,
  notes: [],
});

export const NOTE = 'Compared with the last published version of the 2021 edition, 1.0.0 (published 2026-01-01).';

/** What a draft's build gives: the diff, with the sentence on what it is compared with first. */
export function compared(older: Side, newer: Side): WhatChanged {
  const diff = diffEditions(older, newer);
  diff.notes.unshift(NOTE);
  return { against: 'published', note: NOTE, diff };
}

/** The published figures, and the draft's after three corrections (the figures metrics.json holds). */
export const published = metrics(
  [
    entity('heroin-seizures', 'AFG', { baseline: 3689.1, current: 4380.8, change: 691.7, relative_change: 0.18749830582 }),
    entity('joint-operations', 'PAK', { baseline: 21, current: 26, change: 5, relative_change: 0.238095238095 }),
    entity('treatment-coverage', 'AFG', { baseline: 10.3, current: 14.3, change: 4, relative_change: 0.388349514563 }),
    entity('people-in-treatment', 'AFG', { sex: 'female', current: 1200, change: 200, relative_change: 0.2 }),
  ],
  [
    aggregate('heroin-seizures', { baseline: 56075.6, current: 84921.2, change: 28845.6, relative_change: 0.514405552504 }),
    aggregate('treatment-coverage', { aggregation: 'weighted-mean', baseline: 29.6421736886, current: 41.0605718925, change: 11.4183982039, relative_change: 0.385207857017 }),
    aggregate('joint-operations', { group_type: 'region', group: 'Asia', baseline: 240, current: 257, change: 17, relative_change: 0.0708333333333 }),
  ],
);
export const draft = metrics(
  [
    entity('heroin-seizures', 'AFG', { baseline: 3689.1, current: 5580.8, change: 1891.7, relative_change: 0.512780895069 }),
    entity('joint-operations', 'PAK', { baseline: 21, current: 19, change: -2, relative_change: -0.0952380952381, status: 'worsened' }),
    entity('treatment-coverage', 'AFG', { baseline: 10.3, current: 13.275, change: 2.975, relative_change: 0.288834951456 }),
    entity('people-in-treatment', 'AFG', { sex: 'female', current: 1300, change: 300, relative_change: 0.3 }),
    entity('retired-indicator', 'AFG', { baseline: 0.25, current: 0.5, change: 0.25, relative_change: 1 }),
  ],
  [
    aggregate('heroin-seizures', { baseline: 56075.6, current: 86121.2, change: 30045.6, relative_change: 0.535805234362 }),
    aggregate('treatment-coverage', {
      aggregation: 'weighted-mean',
      baseline: 29.6421736886,
      current: 40.9944129962,
      change: 11.3522393076,
      relative_change: 0.382975939176,
      coverage: { expected: 3, with_baseline: 3, with_current: 2, with_both: 2 },
    }),
    aggregate('joint-operations', { group_type: 'region', group: 'Asia', baseline: 240, current: 250, change: 10, relative_change: 0.0416666666667 }),
  ],
);

/** A chapter as a side has it. */
export const sideChapterOf = (text: string, id = 'pillar-1', title = 'Regional initiatives'): SideChapter => ({ id, title, file: `content/2021/${id}.md`, text });

export const AIMS =
  'The first pillar of the Vienna Declaration aims to strengthen the capacity of the Islamic Republic of Afghanistan and its institutions to combat opiates; to provide support to the most affected transit States; and to continue addressing the gap in evidence for action.';
export const MEETINGS = 'Like the meetings in The Hague in 2013, the Almaty meeting was held in the integrated tri-fold format.';

/** A chapter before and after an edit: one paragraph changed, one removed, one added. */
export function editedChapter(id = 'pillar-1', title = 'Regional initiatives'): { older: string; newer: string } {
  const front = `---\nid: ${id}\ntitle: ${title}\n---`;
  return {
    older: `${[front, '## Aims of the pillar', AIMS, MEETINGS].join('\n\n')}\n`,
    newer: `${[front, '## Aims of the pillar', AIMS.replace('aims to strengthen', 'seeks to build up').replace('continue addressing', 'close'), 'The partners met twice more in 2021, online.'].join('\n\n')}\n`,
  };
}
