/**
 * The CSV of the report's figures and tables (pipeline/data-out/csv.ts) and its data: URL
 * (data-url.ts): the layout, RFC 4180 quoting, formula-safe text, plain numbers, the places of
 * the observations in one cell, where each block's records are, and a URL that decodes to the
 * CSV exactly.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { BOM, DATA_COLUMNS, dataCsv, kindCell, sourcesCell } from '../../pipeline/data-out/csv.js';
import { csvDataUrl } from '../../pipeline/data-out/data-url.js';
import { plainRow } from '../../pipeline/data-out/rows.js';

const hostile = plainRow({
  entity: 'AFG',
  entityName: '=HYPERLINK("http://example.org","x")',
  indicatorTitle: 'Seizures, "heroin"\nand morphine',
  measure: 'baseline',
  year: '2014',
  value: -1234.5,
  category: '+1 more',
  status: 'improved',
  flag: 'estimate',
  sources: [
    { file: 'data/observations/pillar-2.csv', line: 40 },
    { file: 'data/observations/pillar-1.csv', line: 57 },
    { file: 'data/observations/pillar-1.csv', line: 12 },
    { file: 'data/observations/pillar-1.csv', line: 57 },
  ],
});

describe('dataCsv', () => {
  const { text, ranges } = dataCsv(
    [
      { id: 'fig-a', rows: [hostile, plainRow({ measure: 'count', value: 0.1 + 0.2 })] },
      { id: 'tab-b', rows: [plainRow({ measure: 'meeting', value: 3, sources: [{ file: 'data/reference/ewg-meetings.csv' }] })] },
    ],
    { 'data/observations/pillar-1.csv': 'illustrative', 'data/observations/pillar-2.csv': 'reported' },
  );
  const records = parse(text) as string[][];

  it('writes one header and one record per row, every record as wide as the header', () => {
    expect(records[0]).toEqual([...DATA_COLUMNS]);
    expect(records).toHaveLength(4);
    for (const record of records) expect(record).toHaveLength(DATA_COLUMNS.length);
    expect(text.endsWith('\n')).toBe(true);
    expect(text.includes('\r')).toBe(false);
  });

  it('quotes as RFC 4180 and never lets a text run as a formula', () => {
    const row = Object.fromEntries(DATA_COLUMNS.map((c, i) => [c, records[1]![i]]));
    expect(row).toMatchObject({
      figure: 'fig-a',
      entity: 'AFG',
      entity_name: `'=HYPERLINK("http://example.org","x")`,
      indicator_title: 'Seizures, "heroin"\nand morphine',
      category: "'+1 more",
      status: 'improved',
      flag: 'estimate',
    });
  });

  it('says what each row\'s figures are, from the kinds of the files it came from; nothing for reference data', () => {
    const kind = DATA_COLUMNS.indexOf('kind');
    expect(records.slice(1).map((r) => r[kind])).toEqual(['illustrative reported', '', '']);
    expect(kindCell([{ file: 'data/x.csv', line: 1 }], { 'data/x.csv': 'compiled' })).toBe('compiled');
  });

  it('writes numbers as computed, in plain digits with a dot', () => {
    expect(records[1]![DATA_COLUMNS.indexOf('value')]).toBe('-1234.5');
    expect(records[2]![DATA_COLUMNS.indexOf('value')]).toBe(String(0.1 + 0.2));
    expect(records[2]![DATA_COLUMNS.indexOf('entity')]).toBe('');
  });

  it('gives each file once with its lines in order, and a reference file alone', () => {
    expect(records[1]![DATA_COLUMNS.indexOf('sources')]).toBe('data/observations/pillar-1.csv:12;57 data/observations/pillar-2.csv:40');
    expect(records[3]![DATA_COLUMNS.indexOf('sources')]).toBe('data/reference/ewg-meetings.csv');
    expect(sourcesCell([])).toBe('');
  });

  it('says where each block is among the records', () => {
    expect(ranges).toEqual(
      new Map([
        ['fig-a', { from: 1, to: 3 }],
        ['tab-b', { from: 3, to: 4 }],
      ]),
    );
    expect(records.slice(1, 3).every((r) => r[0] === 'fig-a')).toBe(true);
  });
});

describe('csvDataUrl', () => {
  const { text } = dataCsv([{ id: 'fig-a', rows: [hostile, plainRow({ measure: 'coverage', entityName: "Türkiye & 中国 #1 100% People's", category: '<b>' })] }]);
  const url = csvDataUrl(text);

  it('decodes to the CSV after a byte order mark', () => {
    expect(url.startsWith('data:text/csv;charset=utf-8,%EF%BB%BF')).toBe(true);
    expect(decodeURIComponent(url.slice(url.indexOf(',') + 1))).toBe(BOM + text);
  });

  it('holds no ASCII character a URL or an HTML attribute must escape, and letters of other scripts as they are', () => {
    expect(url.replace(/[^\x00-\x7f]/gu, '')).toMatch(/^[A-Za-z0-9\-_.~!$()*+,;=:@/?%]+$/);
    expect(url).toContain('Türkiye%20%26%20中国%20%231%20100%25%20People%27s');
    expect(csvDataUrl('\u00a0\u4e2d\u0085\ufdd0\ufffe')).toBe('data:text/csv;charset=utf-8,%EF%BB%BF\u00a0\u4e2d%C2%85%EF%B7%90%EF%BF%BE');
  });
});
