import { describe, expect, it } from 'vitest';
import { alignBlocks, dice, lcs } from '../../pipeline/diff/align.js';
import { chapterBlocks } from '../../pipeline/diff/blocks.js';
import { diffChapters } from '../../pipeline/diff/text.js';
import type { SideChapter } from '../../pipeline/diff/types.js';
import { formatWordDiff, wordDiff } from '../../pipeline/diff/words.js';

const lines = (...text: string[]): string => `${text.join('\n')}\n`;

const older = lines(
  '---', //                                                            1
  'id: pillar-1',
  'title: Regional initiatives',
  '---',
  '',
  '## Aims', //                                                        6
  '',
  'The first pillar concerns regional initiatives.', //                8
  '',
  'Seizures rose in the baseline year across the region and beyond.', // 10
  '',
  'This paragraph will be removed from the chapter.', //               12
  '',
  '- Almaty, June 2015;', //                                          14
  '- Lyon, November 2016.',
  '',
  '::chart[Heroin seized]{#fig-heroin kind=baseline-current indicator=heroin-seizures}', // 17
);

const newer = lines(
  '---',
  'id: pillar-1',
  'title: Regional initiatives',
  '---',
  '',
  '## Aims',
  '',
  'The first pillar concerns regional initiatives.',
  '',
  'Seizures rose sharply in the baseline year across the region and beyond.', // 10
  '',
  '- Almaty, June 2015;', //                                          12
  '- Lyon, November 2016;',
  '- Tehran, December 2017.', //                                      14
  '',
  'A new paragraph on joint operations.', //                           16
  '',
  '::chart[Heroin seized]{#fig-heroin kind=baseline-current indicator=heroin-seizures}',
);

const chapter = (text: string, file: string): SideChapter => {
  const meta = chapterBlocks(text);
  return { id: meta.id ?? 'x', title: meta.title ?? 'x', file, text };
};

describe('chapterBlocks', () => {
  it('cuts a chapter into top-level blocks with their lines, lists into items, and reads the front matter', () => {
    const cut = chapterBlocks(older);
    expect(cut).toMatchObject({ id: 'pillar-1', title: 'Regional initiatives' });
    expect(cut.blocks.map((b) => [b.line, b.text])).toEqual([
      [1, '---\nid: pillar-1\ntitle: Regional initiatives\n---'],
      [6, '## Aims'],
      [8, 'The first pillar concerns regional initiatives.'],
      [10, 'Seizures rose in the baseline year across the region and beyond.'],
      [12, 'This paragraph will be removed from the chapter.'],
      [14, '- Almaty, June 2015;'],
      [15, '- Lyon, November 2016.'],
      [17, '::chart[Heroin seized]{#fig-heroin kind=baseline-current indicator=heroin-seizures}'],
    ]);
  });

  it('keeps a table, a block quote and a container directive whole, and ignores a byte order mark', () => {
    const text = lines('\uFEFFIntro.', '', '| a | b |', '| --- | --- |', '| 1 | 2 |', '', '> quoted', '> more', '', ':::vega-lite[T]{#fig-x}', '```json', '{}', '```', ':::');
    expect(chapterBlocks(text).blocks.map((b) => [b.line, b.key])).toEqual([
      [1, 'Intro.'],
      [3, '| a | b | | --- | --- | | 1 | 2 |'],
      [7, '> quoted > more'],
      [10, ':::vega-lite[T]{#fig-x} ```json {} ``` :::'],
    ]);
  });
});

describe('alignment', () => {
  it('measures likeness by word bigrams (Dice)', () => {
    expect(dice('a b c d', 'a b c d')).toBe(1);
    expect(dice('a b c d', 'w x y z')).toBe(0);
    expect(dice('Seizures rose in the year', 'Seizures rose sharply in the year')).toBeCloseTo((2 * 3) / (4 + 5), 10);
    expect(dice('', '')).toBe(1);
    expect(dice('Aims', 'aims')).toBe(1);
  });

  it('finds the longest common subsequence', () => {
    expect(lcs(['a', 'b', 'c', 'd'], ['a', 'c', 'x', 'd'])).toEqual([
      [0, 0],
      [2, 1],
      [3, 3],
    ]);
    expect(lcs([], ['a'])).toEqual([]);
  });

  it('pairs a removed and an added block that read alike as one change, in order', () => {
    const a = chapterBlocks(lines('Alpha one two three four.', '', 'Beta five six seven eight.', '', 'Gamma.')).blocks;
    const b = chapterBlocks(lines('Alpha one two three four five.', '', 'Something else entirely here.', '', 'Gamma.')).blocks;
    expect(alignBlocks(a, b).map((s) => s.kind)).toEqual(['changed', 'removed', 'added', 'same']);
  });
});

describe('diffChapters', () => {
  it('reports paragraphs added, removed and changed, with their lines on each side', () => {
    expect(diffChapters([chapter(older, 'content/2014/pillar-1.md')], [chapter(newer, 'content/2021/pillar-1.md')])).toEqual([
      {
        id: 'pillar-1',
        title: 'Regional initiatives',
        kind: 'changed',
        old_file: 'content/2014/pillar-1.md',
        new_file: 'content/2021/pillar-1.md',
        paragraphs: [
          {
            kind: 'changed',
            old_line: 10,
            new_line: 10,
            old_text: 'Seizures rose in the baseline year across the region and beyond.',
            new_text: 'Seizures rose sharply in the baseline year across the region and beyond.',
            similarity: 0.86,
          },
          { kind: 'removed', old_line: 12, text: 'This paragraph will be removed from the chapter.' },
          { kind: 'changed', old_line: 15, new_line: 13, old_text: '- Lyon, November 2016.', new_text: '- Lyon, November 2016;', similarity: 1 },
          { kind: 'added', new_line: 14, text: '- Tehran, December 2017.' },
          { kind: 'added', new_line: 16, text: 'A new paragraph on joint operations.' },
        ],
      },
    ]);
  });

  it('matches chapters by id, not file name, and reports whole chapters added and removed', () => {
    const renamed = chapter(older, 'content/2021/regional.md');
    const gone = chapter(lines('---', 'id: annex', 'title: Annex', '---', '', 'Old annex.'), 'content/2014/annex.md');
    const added = chapter(lines('---', 'id: methods', 'title: Methods', '---', '', '# Methods', '', 'How.'), 'content/2021/methods.md');
    expect(diffChapters([chapter(older, 'content/2014/pillar-1.md'), gone], [added, renamed])).toEqual([
      {
        id: 'methods',
        title: 'Methods',
        kind: 'added',
        old_file: null,
        new_file: 'content/2021/methods.md',
        paragraphs: [
          { kind: 'added', new_line: 1, text: '---\nid: methods\ntitle: Methods\n---' },
          { kind: 'added', new_line: 6, text: '# Methods' },
          { kind: 'added', new_line: 8, text: 'How.' },
        ],
      },
      {
        id: 'annex',
        title: 'Annex',
        kind: 'removed',
        old_file: 'content/2014/annex.md',
        new_file: null,
        paragraphs: [
          { kind: 'removed', old_line: 1, text: '---\nid: annex\ntitle: Annex\n---' },
          { kind: 'removed', old_line: 6, text: 'Old annex.' },
        ],
      },
    ]);
  });

  it('ignores changes of white space and line wrapping', () => {
    const wrapped = older.replace('Seizures rose in the baseline year across', 'Seizures rose in the\nbaseline year   across');
    expect(diffChapters([chapter(older, 'a.md')], [chapter(wrapped, 'a.md')])).toEqual([]);
  });
});

describe('word diff', () => {
  it('shows the words removed and added, with a few words of context', () => {
    expect(wordDiff('a b c d', 'a x c d e')).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'removed', text: 'b' },
      { kind: 'added', text: 'x' },
      { kind: 'same', text: 'c d' },
      { kind: 'added', text: 'e' },
    ]);
    const long = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen';
    expect(formatWordDiff(long, long.replace('eight', 'EIGHT'), 3)).toBe('... five six seven [-eight-] {+EIGHT+} nine ten eleven ...');
    expect(formatWordDiff('The total rose.', 'The total fell.')).toBe('The total [-rose.-] {+fell.+}');
  });
});
