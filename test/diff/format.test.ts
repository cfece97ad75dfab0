import { describe, expect, it } from 'vitest';
import { diffEditions, formatDiff } from '../../pipeline/diff/index.js';
import type { Side } from '../../pipeline/diff/types.js';
import { aggregate, entity, metrics } from './fixtures.js';

const chapterText = (...paragraphs: string[]): string => `---\nid: pillar-1\ntitle: Regional initiatives\n---\n\n${paragraphs.join('\n\n')}\n`;

const older: Side = {
  info: { label: '2021@1.0.0 (published 2026-01-01)', kind: 'published', edition: 2021, version: '1.0.0' },
  metrics: metrics([entity('heroin-seizures', 'AFG'), entity('heroin-seizures', 'TJK')], [aggregate('heroin-seizures')]),
  chapters: [{ id: 'pillar-1', title: 'Regional initiatives', file: 'content/2021/pillar-1.md', text: chapterText('Seizures rose in every country of the region.', 'Removed paragraph.') }],
  notes: [],
};

const newer: Side = {
  info: { label: '2021 (this build)', kind: 'project', edition: 2021, version: null },
  metrics: metrics(
    [entity('heroin-seizures', 'AFG', { current: 15, change: 5, relative_change: 0.5 }), entity('heroin-seizures', 'KAZ', { baseline: null, change: null, relative_change: null, status: 'no-baseline' })],
    [aggregate('heroin-seizures', { coverage: { expected: 3, with_baseline: 2, with_current: 3, with_both: 2 } })],
  ),
  chapters: [
    { id: 'pillar-1', title: 'Regional initiatives', file: 'content/2021/pillar-1.md', text: chapterText('Seizures fell in every country of the region.', 'A table:\n\n| a | b |\n| --- | --- |\n| 1 | 2 |') },
  ],
  notes: [],
};

describe('formatDiff', () => {
  it('prints the figures per indicator, the text per chapter and a summary', () => {
    expect(formatDiff(diffEditions(older, newer))).toBe(`What changed from 2021@1.0.0 (published 2026-01-01) to 2021 (this build)

Figures (2 changed, 1 added, 1 removed)
  heroin-seizures
    all partners: coverage 2 of 3 (baseline 2, current 2) -> 2 of 3 (baseline 2, current 3)
    AFG: current 12 -> 15; change 2 -> 5; relative change 0.2 -> 0.5
    KAZ: new (baseline n/a; current 12; change n/a; relative change n/a; status no-baseline)
    TJK: gone (baseline 10; current 12; change 2; relative change 0.2; status improved)

Text (paragraphs: 1 changed, 2 added, 1 removed)
  pillar-1, Regional initiatives (content/2021/pillar-1.md)
    changed, line 6 -> 6: Seizures [-rose-] {+fell+} in every country of the region.
    removed, line 8: Removed paragraph.
    added, line 8: A table:
    added, line 10: | a | b |
      | --- | --- |
      | 1 | 2 |

Summary: 2 figures changed, 1 added, 1 removed; 1 paragraph changed, 2 added, 1 removed in 1 chapter.
`);
  });

  it('gives the same JSON for the same sides, and says when nothing changed', () => {
    const diff = diffEditions(older, older);
    expect(JSON.parse(JSON.stringify(diff))).toEqual(diff);
    expect(diff.summary).toEqual({
      figures: { changed: 0, added: 0, removed: 0 },
      paragraphs: { changed: 0, added: 0, removed: 0 },
      chapters: { changed: 0, added: 0, removed: 0 },
    });
    expect(formatDiff(diff)).toBe(`What changed from 2021@1.0.0 (published 2026-01-01) to 2021@1.0.0 (published 2026-01-01)

Figures (0 changed, 0 added, 0 removed)
  No figure changed.

Text (paragraphs: 0 changed, 0 added, 0 removed)
  No paragraph changed.

Summary: nothing changed.
`);
  });

  it('notes what could not be compared, and two different editions', () => {
    const bare: Side = { info: { label: 'output/2014/build', kind: 'directory', edition: 2014, version: null }, metrics: older.metrics, chapters: null, notes: ['output/2014/build has no content sources (source/content/<year>/), so its text is not compared.'] };
    const diff = diffEditions(bare, newer);
    expect(diff.notes).toEqual([
      'output/2014/build has no content sources (source/content/<year>/), so its text is not compared.',
      'These are two editions (2014 and 2021): their current figures are of different years, so most figures differ.',
    ]);
    expect(diff.text).toEqual([]);
    expect(formatDiff(diff).split('\n').slice(0, 3)).toEqual([
      'What changed from output/2014/build to 2021 (this build)',
      '  output/2014/build has no content sources (source/content/<year>/), so its text is not compared.',
      '  These are two editions (2014 and 2021): their current figures are of different years, so most figures differ.',
    ]);
  });
});
