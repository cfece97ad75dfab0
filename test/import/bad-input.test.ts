/**
 * Bad sources, each made by the test: every problem a located message (file:line:column, or
 * file[Sheet] with the row and column of the cell), exit 1 (2 for a usage problem), and nothing
 * written: data/datasets.yaml as it was and no observations file.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newProject, runImport, sheet, writeText, writeWorkbook } from './project.js';

let dir: string;
let source: string;
beforeAll(() => {
  dir = newProject();
  source = join(dir, '..', 'sources');
  mkdirSync(source);
});
afterAll(() => rmSync(dirname(dir), { recursive: true, force: true }));

interface Case {
  name: string;
  /** Writes the source and gives the arguments after FILE (default: --indicator homicide-rate). */
  make: () => Promise<{ file: string; args?: string[] }> | { file: string; args?: string[] };
  /** Each message as `ruleId line:column` (or `ruleId -` without a place), in order. */
  expected: string[];
  exit?: 1 | 2;
}

const csv = (name: string, text: string, encoding: Parameters<typeof writeText>[2] = 'utf8') => () => ({ file: writeText(join(source, name), text, encoding) });
const xlsx = (name: string, fill: (book: ExcelJS.Workbook) => void, args?: string[]) => async () => ({ file: await writeWorkbook(join(source, name), fill), ...(args ? { args } : {}) });

const CASES: Case[] = [
  // Reading the file
  { name: 'bytes of no encoding vdr reads', make: () => ({ file: (writeFileSync(join(source, 'bytes.csv'), Buffer.from([0x43, 0x0a, 0x41, 0x81, 0x0a])), join(source, 'bytes.csv')) }), expected: ['import/encoding 2:2'] },
  { name: 'cells separated in two ways', make: csv('separators.csv', 'Country;2019,2020\nAfghanistan;1\nTurkey,3,4\n'), expected: ['import/delimiter 1:1'] },
  { name: 'a quote that never closes', make: csv('quote.csv', 'Country,2019\n"Afghanistan,6.2\nTurkey,2.5\n'), expected: ['import/unclosed-quote 2:1'] },
  { name: 'text after a closing quote', make: csv('after-quote.csv', 'Country,2019\n"Afghan"istan,6.2\n'), expected: ['import/unknown-entity 2:1', 'import/text-after-quote 2:9'] },
  { name: 'an empty file', make: csv('empty.csv', '\n\n'), expected: ['import/empty-file -'] },
  { name: 'a file that does not exist', make: () => ({ file: join(source, 'none.csv') }), expected: ['import/no-file -'], exit: 2 },

  // Workbooks
  { name: 'a workbook that is not one', make: () => ({ file: writeText(join(source, 'broken.xlsx'), 'not a workbook') }), expected: ['import/workbook -'] },
  { name: 'a hidden sheet', make: xlsx('hidden.xlsx', (b) => { sheet(b, 'Data', [['Country', 2019], ['Afghanistan', 6.2]]); sheet(b, 'Old', [['Country', 2019], ['Turkey', 2.5]]).state = 'hidden'; }), expected: ['import/hidden-sheet -'] },
  { name: 'an empty sheet', make: xlsx('empty-sheet.xlsx', (b) => { sheet(b, 'Data', [['Country', 2019], ['Afghanistan', 6.2]]); sheet(b, 'Notes', []); }), expected: ['import/empty-sheet 1:1'] },
  { name: 'a sheet --sheet names that the workbook lacks', make: xlsx('sheets.xlsx', (b) => void sheet(b, 'Data', [['Country', 2019], ['Afghanistan', 6.2]]), ['--indicator', 'homicide-rate', '--sheet', 'Dta']), expected: ['import/unknown-sheet -'] },
  {
    name: 'merged header cells',
    make: xlsx('merged.xlsx', (b) => {
      const ws = sheet(b, 'Data', [['Country', 'Years', null], ['', 2019, 2020], ['Afghanistan', 6.2, 5.9]]);
      ws.mergeCells('B1:C1');
    }),
    expected: ['import/shape 1:1', 'import/merged-cells 1:2'],
  },
  {
    name: 'formulas without a saved result, and with an error',
    make: xlsx('formulas.xlsx', (b) => {
      const ws = sheet(b, 'Data', [['Country', 2019, 2020], ['Afghanistan', 6.2, null], ['Turkey', 2.5, null]]);
      ws.getCell('C2').value = { formula: 'B2*2' } as ExcelJS.CellFormulaValue;
      ws.getCell('C3').value = { formula: 'B3/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
    }),
    expected: ['import/formula-without-result 2:3', 'import/formula-error 3:3'],
  },
  { name: 'numbers stored as text', make: xlsx('text-numbers.xlsx', (b) => void sheet(b, 'Data', [['Country', 2019], ['Afghanistan', '6.2']])), expected: ['import/number-as-text 2:2'] },
  {
    name: 'dates as years, and a date as a figure',
    make: xlsx('dates.xlsx', (b) => {
      sheet(b, 'Data', [['Country', 'Year', 'Value'], ['Afghanistan', new Date(Date.UTC(1905, 6, 7)), 6.2], ['Turkey', 2019, new Date(Date.UTC(2019, 0, 1))]]);
    }),
    expected: ['import/date-as-year 2:2', 'import/date-as-value 3:3'],
  },
  {
    name: 'a percent format on a rate',
    make: xlsx('percent.xlsx', (b) => {
      const ws = sheet(b, 'Data', [['Country', 2019], ['Afghanistan', 0.062]]);
      ws.getCell('B2').numFmt = '0.0%';
    }),
    expected: ['import/percent-format 2:2'],
  },

  // The table's shape
  { name: 'a header of neither shape', make: csv('shape.csv', 'Country,Figure\nAfghanistan,6.2\n'), expected: ['import/shape 1:1'] },
  { name: 'a wide table with a column that is not a year', make: csv('notes.csv', 'Country,2019,Notes\nAfghanistan,6.2,checked\n'), expected: ['import/year-column 1:14'] },
  { name: 'a wide table that starts with a year', make: csv('year-first.csv', '2019,Country\n6.2,Afghanistan\n'), expected: ['import/no-entity-column 1:1'] },
  { name: 'a long table without its value column', make: () => ({ file: writeText(join(source, 'long.csv'), 'country,year,figures\nAfghanistan,2019,6.2\n'), args: ['--indicator', 'homicide-rate', '--shape', 'long'] }), expected: ['import/missing-column 1:1', 'import/unknown-column 1:14'] },
  { name: 'a column the header names twice', make: csv('repeated.csv', 'Country,2019,2019\nAfghanistan,6.2,6.3\n'), expected: ['import/repeated-column 1:14', 'import/listed-twice 2:17'] },
  { name: 'cells beyond the header', make: csv('extra.csv', 'Country,2019\nAfghanistan,6.2,7\n'), expected: ['import/extra-cells 2:17'] },
  { name: 'a header and no figures', make: csv('header.csv', 'Country,2019\nAfghanistan,\n'), expected: ['import/no-figures -'] },

  // SDMX-CSV
  {
    name: 'SDMX-CSV that is not one annual series in units',
    make: csv(
      'sdmx.csv',
      [
        'FREQ,INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS,UNIT_MULT,ACTION',
        'Q,VC_IHR,4,2019-Q1,6.2,A,0,I',
        'A,VC_IHR,4,2019,6.2,A,3,I',
        'A,VC_IHR,792,2019,2.5,Z,0,I',
        'A,VC_OTHER,792,2020,2.5,A,0,D',
        '',
      ].join('\n'),
    ),
    expected: ['import/sdmx-series 1:6', 'import/sdmx-frequency 2:1', 'import/sdmx-period 2:12', 'import/sdmx-multiplier 3:23', 'import/sdmx-status 4:23', 'import/sdmx-action 5:29'],
  },

  // Values
  {
    name: 'values no rule reads',
    make: csv('values.csv', 'Country,2019,2020,2021\nAfghanistan,six,"1,234",12%\n'),
    expected: ['import/not-a-number 2:13', 'import/ambiguous-number 2:17', 'import/percent-sign 2:25'],
  },
  { name: 'decimals written both ways', make: csv('mixed.csv', 'Country,2019,2020\nAfghanistan,6.2,"5,9"\n'), expected: ['import/mixed-decimals -', 'import/not-a-number 2:17'] },
  {
    name: 'a long table: a figure and a reason, a year that is not one, a sex and a flag vdr does not read',
    make: csv('long-bad.csv', 'country,year,value,missing_reason,sex,flag\nAfghanistan,2019,6.2,not-reported,,\nTurkey,20x9,2.5,,,\nKazakhstan,2019,1.1,,X,\nCzechia,2019,0.8,,,guess\n'),
    expected: ['import/value-and-reason 2:22', 'import/not-a-year 3:8', 'import/unknown-code 4:22', 'import/unknown-code 5:20'],
  },

  // Names and codes
  {
    name: 'names that fit no partner, a country that is not one, and a row without a name',
    make: csv('names.csv', 'Country,2019\nAfganistan,6.2\nBrazil,20.1\n,3.3\n'),
    expected: ['import/unknown-entity 2:1', 'import/not-a-partner 3:1', 'import/empty-entity 4:1'],
  },
  { name: 'a name and a code that disagree', make: csv('disagree.csv', 'country,iso3,year,value\nAfghanistan,TUR,2019,6.2\n'), expected: ['import/entities-disagree 2:13'] },
  { name: 'an organization for a country indicator', make: csv('organization.csv', 'Country,2019\nCARICC,6.2\n'), expected: ['import/wrong-entity-kind 2:1'] },
  { name: 'a country listed twice', make: csv('twice.csv', 'Country,2019\nTurkey,2.5\nTürkiye,2.6\n'), expected: ['import/listed-twice 3:9'] },

  // The command
  { name: 'an indicator the catalogue lacks', make: () => ({ file: writeText(join(source, 'ok.csv'), 'Country,2019\nAfghanistan,6.2\n'), args: ['--indicator', 'homicide-rates'] }), expected: ['import/unknown-indicator -'], exit: 2 },
  { name: 'a file outside data/observations/', make: () => ({ file: join(source, 'ok.csv'), args: ['--indicator', 'homicide-rate', '--into', 'data/x.csv'] }), expected: ['import/into -'], exit: 2 },
  { name: 'compiled figures without their source', make: () => ({ file: join(source, 'ok.csv'), args: ['--indicator', 'homicide-rate', '--kind', 'compiled'] }), expected: ['import/compiled-source -'], exit: 2 },
];

describe('bad sources', () => {
  it.each(CASES)('$name', async (c) => {
    const datasets = readFileSync(join(dir, 'data/datasets.yaml'), 'utf8');
    const { file, args } = await c.make();
    const run = await runImport(dir, [file, ...(args ?? ['--indicator', 'homicide-rate'])]);
    const found = (run.json?.messages ?? []).filter((m) => m.severity === 'error' || m.ruleId === 'import/footnote').map((m) => `${m.ruleId} ${m.place ? `${m.place.line}:${m.place.column}` : '-'}`);
    expect(found, JSON.stringify(run.json?.messages.map((m) => m.reason))).toEqual(c.expected);
    expect(run.exit).toBe(c.exit ?? 1);
    expect(readFileSync(join(dir, 'data/datasets.yaml'), 'utf8')).toBe(datasets);
    expect(existsSync(join(dir, 'data/observations'))).toBe(false);
  });
});
