import { describe, expect, it } from 'vitest';
import { lineList, linesByFile, Provenance } from '../../pipeline/content/provenance.js';

describe('provenance', () => {
  it('groups lines by file, sorted and once each', () => {
    expect(
      linesByFile([
        { file: 'data/b.csv', line: 9 },
        { file: 'data/a.csv', line: 3 },
        { file: 'data/b.csv', line: 2 },
        { file: 'data/b.csv', line: 9 },
      ]),
    ).toEqual([
      ['data/a.csv', [3]],
      ['data/b.csv', [2, 9]],
    ]);
  });

  it('shortens runs of three or more lines to a range', () => {
    expect(lineList([3, 9, 14, 15, 16, 20, 21])).toBe('3, 9, 14\u201316, 20, 21');
  });

  it('numbers entries in order of first use, one per figure', () => {
    const provenance = new Provenance();
    const a = provenance.entry('a', () => ({ what: 'A', rows: [] }));
    const b = provenance.entry('b', () => ({ what: 'B', rows: [] }));
    expect(provenance.entry('a', () => ({ what: 'again', rows: [] }))).toBe(a);
    expect([a.number, a.id, b.number, b.id]).toEqual([1, 'source--1', 2, 'source--2']);
  });
});
