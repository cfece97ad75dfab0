/**
 * "What changed" in the report's words (diff/present.ts): the faults a reviewer found in a draft,
 * each on figures shaped like the project's own (the comparison of a draft with its published
 * version after a correction of the data): relative changes as bare fractions, unsigned and
 * negative changes, three decimals for a two-decimal indicator, ids instead of titles and names.
 */
import { describe, expect, it } from 'vitest';
import { diffEditions } from '../../pipeline/diff/index.js';
import { presentChanges, type ShownFigure } from '../../pipeline/diff/present.js';
import type { Side, SideChapter, WhatChanged } from '../../pipeline/diff/types.js';
import { en } from '../../pipeline/i18n/index.js';
import type { Dataset } from '../../pipeline/model.js';
import { realDataset } from '../metrics/real.js';
import { aggregate, entity, metrics } from './fixtures.js';

/** The project's data, with treatment coverage printed to two decimals (as a catalogue may ask). */
function dataset(): Dataset {
  const real = realDataset();
  return { ...real, indicators: real.indicators.map((i) => (i.id === 'treatment-coverage' ? { ...i, decimals: 2 } : i)) };
}

const side = (label: string, m: Side['metrics'], chapters: SideChapter[] | null = null): Side => ({
  info: { label, kind: label.includes('@') ? 'published' : 'project', edition: 2021, version: label.includes('@') ? '1.0.0' : null },
  metrics: m,
  chapters,
  notes: [],
});

const NOTE = 'Compared with the last published version of the 2021 edition, 1.0.0 (published 2026-01-01).';

function whatChanged(older: Side, newer: Side): WhatChanged {
  const diff = diffEditions(older, newer);
  diff.notes.unshift(NOTE);
  return { against: 'published', note: NOTE, diff };
}

/** The published figures, and the draft's after three corrections (the figures metrics.json holds). */
const published = metrics(
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
const draft = metrics(
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

const rows = (figure: ShownFigure | undefined): string[][] => (figure?.rows ?? []).map((r) => [r.measure, r.before, r.now]);

describe('presentChanges', () => {
  const view = presentChanges(whatChanged(side('2021@1.0.0', published), side('2021 (this build)', draft)), dataset(), en);
  const find = (list: readonly ShownFigure[], indicator: string, entity: string): ShownFigure | undefined => list.find((f) => f.indicator === indicator && f.entity === entity);

  it('names figures by indicator title and entity name, never by id or code', () => {
    expect(view.headline.map((f) => [f.indicator, f.entity])).toEqual([
      ['Heroin seized', 'all partners'],
      ['Treatment coverage among people with opioid use disorders', 'all partners'],
    ]);
    expect(view.others.map((f) => f.entity)).toEqual(['Afghanistan (Islamic Republic of)', 'Afghanistan (Islamic Republic of)', 'Asia', 'Pakistan (Islamic Republic of)', 'Afghanistan (Islamic Republic of), female', 'Afghanistan (Islamic Republic of)']);
    expect(JSON.stringify(view)).not.toMatch(/heroin-seizures|treatment-coverage|joint-operations|"AFG"|"PAK"/);
  });

  it('prints a relative change as a signed percentage, as the report does (+51.4%, not 0.514)', () => {
    expect(rows(find(view.headline, 'Heroin seized', 'all partners'))).toEqual([
      ['Current figure', '84,921.2 kg', '86,121.2 kg'],
      ['Change', '+28,845.6 kg', '+30,045.6 kg'],
      ['Relative change', '+51.4%', '+53.6%'],
    ]);
  });

  it('signs every change, a negative one with its minus, and words the status', () => {
    expect(rows(find(view.others, 'Joint cross-border operations', 'Pakistan (Islamic Republic of)'))).toEqual([
      ['Current figure', '26', '19'],
      ['Change', '+5', '-2'],
      ['Relative change', '+23.8%', '-9.5%'],
      ['Status', 'improved', 'worsened'],
    ]);
  });

  it("prints a two-decimal indicator to two decimals, in its unit, changes in percentage points", () => {
    expect(rows(find(view.headline, 'Treatment coverage among people with opioid use disorders', 'all partners'))).toEqual([
      ['Current figure', '41.06%', '40.99%'],
      ['Change', '+11.42 percentage points', '+11.35 percentage points'],
      ['Relative change', '+38.5%', '+38.3%'],
      ['Coverage', '2 of 3 with both (2 with a baseline, 2 with a current figure)', '2 of 3 with both (3 with a baseline, 2 with a current figure)'],
    ]);
    // Half away from zero, on the decimal the figure is: 13.275 is 13.28.
    expect(rows(find(view.others, 'Treatment coverage among people with opioid use disorders', 'Afghanistan (Islamic Republic of)'))[0]).toEqual(['Current figure', '14.30%', '13.28%']);
  });

  it('says which side lacks a figure, and names an indicator the catalogue no longer has by its id, to the decimals its figures need', () => {
    const gone = view.others.find((f) => f.indicator === 'retired-indicator');
    expect(gone?.kind).toBe('added');
    expect(rows(gone).slice(0, 4)).toEqual([
      ['Baseline', 'none', '0.25'],
      ['Current figure', 'none', '0.5'],
      ['Change', 'none', '+0.25'],
      ['Relative change', 'none', '+100.0%'],
    ]);
  });

  it('sums up with counts printed as the report prints numbers', () => {
    expect(view.notes).toEqual([NOTE]);
    expect(view.summary).toBe('8 figures and 0 paragraphs in 0 chapters differ.');
    expect(view.othersCaption).toBe('6 more figures of countries, organizations, regions and programmes');
    const many = metrics(Array.from({ length: 1200 }, (_, i) => entity('heroin-seizures', `X${String(i).padStart(4, '0')}`)));
    const big = presentChanges(whatChanged(side('2021@1.0.0', metrics([])), side('2021 (this build)', many)), dataset(), en);
    expect(big.summary).toBe('1,200 figures and 0 paragraphs in 0 chapters differ.');
    expect(big.othersNotPrinted).toBe('The other 1,200 figures of countries, organizations, regions and programmes are listed in the HTML report and by vdr diff; they are not printed.');
  });
});

describe('presentChanges on text', () => {
  const before = (text: string): SideChapter => ({ id: 'pillar-1', title: 'Regional initiatives', file: 'content/2021/pillar-1.md', text });
  const aims =
    'The first pillar of the Vienna Declaration aims to strengthen the capacity of the Islamic Republic of Afghanistan and its institutions to combat opiates; to provide support to the most affected transit States; and to continue addressing the gap in evidence for action.';
  const meetings = 'Like the meetings in The Hague in 2013, the Almaty meeting was held in the integrated tri-fold format.';
  const older = ['---\nid: pillar-1\ntitle: Regional initiatives\n---', '## Aims of the pillar', aims, meetings].join('\n\n') + '\n';
  const newer =
    ['---\nid: pillar-1\ntitle: Regional initiatives\n---', '## Aims of the pillar', aims.replace('aims to strengthen', 'seeks to build up').replace('continue addressing', 'close'), 'The partners met twice more in 2021, online.'].join('\n\n') + '\n';
  const view = presentChanges(whatChanged(side('2021@1.0.0', null, [before(older)]), side('2021 (this build)', null, [before(newer)])), dataset(), en);

  it('gives each chapter its title, counts and file, and each paragraph its place', () => {
    expect(view.chapters.map((c) => [c.id, c.title, c.counts, c.file])).toEqual([['pillar-1', 'Regional initiatives', '1 added, 1 removed, 1 changed', 'content/2021/pillar-1.md']]);
    expect(view.chapters[0]!.paragraphs.map((p) => p.place)).toEqual(['Changed, line 8', 'Removed, formerly line 10', 'Added, line 10']);
  });

  it('shortens a changed paragraph to its changed words with some context, and keeps added and removed ones whole', () => {
    const [changed, removed, added] = view.chapters[0]!.paragraphs;
    expect(changed!.words).toEqual([
      { kind: 'same', text: 'The first pillar of the Vienna Declaration' },
      { kind: 'removed', text: 'aims' },
      { kind: 'added', text: 'seeks' },
      { kind: 'same', text: 'to' },
      { kind: 'removed', text: 'strengthen' },
      { kind: 'added', text: 'build up' },
      { kind: 'same', text: 'the capacity of the Islamic Republic of Afghanistan' },
      { kind: 'omitted', words: 9 },
      { kind: 'same', text: 'to the most affected transit States; and to' },
      { kind: 'removed', text: 'continue addressing' },
      { kind: 'added', text: 'close' },
      { kind: 'same', text: 'the gap in evidence for action.' },
    ]);
    expect(added!.words).toEqual([{ kind: 'added', text: 'The partners met twice more in 2021, online.' }]);
    expect(removed!.words).toEqual([{ kind: 'removed', text: meetings }]);
  });

  it('says when nothing was compared, and then has no summary', () => {
    const none = presentChanges({ against: 'nothing', note: 'There is nothing to compare it with.', diff: null }, dataset(), en);
    expect(none).toEqual({ notes: ['There is nothing to compare it with.'], headline: [], others: [], othersCaption: '', othersNotPrinted: '', chapters: [] });
  });
});
