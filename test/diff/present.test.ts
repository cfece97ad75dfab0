/**
 * "What changed" in the report's words (diff/present.ts): the faults a reviewer found in a draft,
 * each on figures shaped like the project's own (the comparison of a draft with its published
 * version after a correction of the data): relative changes as bare fractions, unsigned and
 * negative changes, three decimals for a two-decimal indicator, ids instead of titles and names.
 */
import { describe, expect, it } from 'vitest';
import { presentChanges, type ShownFigure } from '../../pipeline/diff/present.js';
import { en } from '../../pipeline/i18n/index.js';
import { compared, draft, editedChapter, entity, MEETINGS, metrics, NOTE, published, side, sideChapterOf, twoDecimalDataset } from './fixtures.js';

const rows = (figure: ShownFigure | undefined): string[][] => (figure?.rows ?? []).map((r) => [r.measure, r.before, r.now]);

describe('presentChanges', () => {
  const view = presentChanges(compared(side('2021@1.0.0', published), side('2021 (this build)', draft)), twoDecimalDataset(), en);
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
    const big = presentChanges(compared(side('2021@1.0.0', metrics([])), side('2021 (this build)', many)), twoDecimalDataset(), en);
    expect(big.summary).toBe('1,200 figures and 0 paragraphs in 0 chapters differ.');
    expect(big.othersNotPrinted).toBe('The other 1,200 figures of countries, organizations, regions and programmes are listed in the HTML report and by vdr diff; they are not printed.');
  });
});

describe('presentChanges on text', () => {
  const { older, newer } = editedChapter();
  const view = presentChanges(compared(side('2021@1.0.0', null, [sideChapterOf(older)]), side('2021 (this build)', null, [sideChapterOf(newer)])), twoDecimalDataset(), en);

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
    expect(removed!.words).toEqual([{ kind: 'removed', text: MEETINGS }]);
  });

  it('says when nothing was compared, and then has no summary', () => {
    const none = presentChanges({ against: 'nothing', note: 'There is nothing to compare it with.', diff: null }, twoDecimalDataset(), en);
    expect(none).toEqual({ notes: ['There is nothing to compare it with.'], headline: [], others: [], othersCaption: '', othersNotPrinted: '', chapters: [] });
  });
});
