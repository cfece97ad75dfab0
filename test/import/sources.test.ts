/**
 * The same figures, sent four ways, import to the same observations: a wide CSV with country
 * names (a former name among them), the same in Windows-1252 with semicolons and decimal commas
 * and names written with other accents and case, a two-sheet workbook with ISO codes, and
 * SDMX-CSV with M49 numbers. Then: a second import changes nothing, a changed figure needs
 * --replace, and the new file is named in datasets.yaml with its kind and a widened window.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { figures, projectsOfFile, runImport, sheet, writeText, writeWorkbook } from './project.js';

const project = projectsOfFile();

/** AFG, TUR, CZE and KAZ in 2009-2011 (2009 is before the window, which widens), with one gap. */
const EXPECTED = [
  'indicator,country,year,value,unit,sex,denominator,flag,missing_reason',
  'homicide-rate,AFG,2009,6.66,rate-per-100k,,,,',
  'homicide-rate,AFG,2010,,rate-per-100k,,,,not-reported',
  'homicide-rate,AFG,2011,4.1,rate-per-100k,,,,',
  'homicide-rate,CZE,2009,0.8,rate-per-100k,,,,',
  'homicide-rate,CZE,2010,0.75,rate-per-100k,,,,',
  'homicide-rate,KAZ,2009,1234.5,rate-per-100k,,,,',
  'homicide-rate,TUR,2009,2.62,rate-per-100k,,,,',
  'homicide-rate,TUR,2011,2.5,rate-per-100k,,,,',
];

const compiled = ['--indicator', 'homicide-rate', '--kind', 'compiled', '--source', 'UNODC, Global Study on Homicide'];

describe('one set of figures, sent four ways', () => {
  it('imports a wide CSV of names, a former name among them', async () => {
    const dir = project();
    const file = writeText(join(dir, '..', 'wide.csv'), 'Country,2009,2010,2011\nAfghanistan,6.66,..,4.1\nTurkey,2.62,,2.5\nCzech Republic,0.8,0.75,\nKazakhstan,"1,234.5",,\n');
    const run = await runImport(dir, [file, ...compiled]);
    expect(run.json?.messages).toEqual([]);
    expect(run.exit).toBe(0);
    expect(run.json).toMatchObject({ ok: true, added: 8, unchanged: 0, changed: [] });
    expect(figures(dir)).toEqual(EXPECTED);
    const datasets = readFileSync(join(dir, 'data/datasets.yaml'), 'utf8');
    expect(datasets).toContain('  first: 2009\n');
    expect(datasets).toContain('observations:\n  - path: observations/homicide-rate.csv\n    pillar: context\n    kind: compiled\n    source: UNODC, Global Study on Homicide\n');
    expect(datasets).toContain('# The years observations may have');
    expect(readFileSync(join(dir, 'data/observations/homicide-rate.csv'), 'utf8')).toContain(',"UNODC, Global Study on Homicide",imported from wide.csv:2:13\n');

    // The same file again changes nothing; a changed figure is refused, then written with --replace.
    expect((await runImport(dir, [file, '--indicator', 'homicide-rate'])).json).toMatchObject({ ok: true, added: 0, unchanged: 8 });
    const changed = writeText(join(dir, '..', 'changed.csv'), 'Country,2009\nAfghanistan,6.7\n');
    const refused = await runImport(dir, [changed, '--indicator', 'homicide-rate']);
    expect(refused.exit).toBe(1);
    expect(refused.json?.messages.map((m) => [m.ruleId, m.place?.line, m.place?.column, m.reason])).toEqual([
      ['import/changed-figure', 2, 13, 'homicide-rate, AFG, 2009 is 6.66 in data/observations/homicide-rate.csv:2, and the file says 6.7'],
    ]);
    expect(figures(dir)).toEqual(EXPECTED);
    const text = await runImport(dir, [changed, '--indicator', 'homicide-rate', '--replace'], true);
    expect(text.exit).toBe(0);
    expect(text.out).toContain('1 changed, 0 unchanged.\n  AFG 2009: 6.66 -> 6.7\n');
    expect(figures(dir)[1]).toBe('homicide-rate,AFG,2009,6.7,rate-per-100k,,,,');
  });

  it('imports the same from Windows-1252 with semicolons, decimal commas and other accents and case', async () => {
    const dir = project();
    const file = writeText(join(dir, '..', 'wide-1252.csv'), 'Pays;2009;2010;2011\r\nAFGHANISTAN;6,66;-;4,1\r\nTürkiye;2,62;;2,5\r\nczechia;0,8;0,75;\r\nKazakhstan;1 234,5;;\r\n', 'latin1');
    const run = await runImport(dir, [file, ...compiled], true);
    expect(run.out).toContain('Imported into data/observations/homicide-rate.csv from a wide table, Windows-1252, cells separated by semicolons: 8 added');
    expect(figures(dir)).toEqual(EXPECTED);
  });

  it('imports the same from a two-sheet workbook of codes, and from UTF-16', async () => {
    const dir = project();
    const book = await writeWorkbook(join(dir, '..', 'homicide.xlsx'), (b) => {
      sheet(b, '2009-2010', [['ISO3', 2009, 2010], ['AFG', 6.66, '..'], ['TUR', 2.62, null], ['CZE', 0.8, 0.75], ['KAZ', 1234.5, null]]);
      sheet(b, '2011', [['iso2', 'year', 'value'], ['AF', 2011, 4.1], ['TR', 2011, 2.5]]);
    });
    const run = await runImport(dir, [book, ...compiled]);
    expect(run.json?.messages).toEqual([]);
    expect(figures(dir)).toEqual(EXPECTED);
    expect(readFileSync(join(dir, 'data/observations/homicide-rate.csv'), 'utf8')).toContain('imported from homicide.xlsx[2011]!C2\n');

    const other = project();
    const utf16 = writeText(join(other, '..', 'wide-16.txt'), 'Country\t2009\t2010\t2011\nAfghanistan\t6.66\t..\t4.1\nTurkey\t2.62\t\t2.5\nCzechia\t0.8\t0.75\t\nKazakhstan\t1234.5\t\t\n', 'utf16le');
    expect((await runImport(other, [utf16, ...compiled])).exit).toBe(0);
    expect(figures(other)).toEqual(EXPECTED);
  });

  it('imports the same from SDMX-CSV, with M49 numbers and observation status', async () => {
    const dir = project();
    const rows = [
      'DATAFLOW,FREQ,INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS,UNIT_MULT',
      'UNODC:DF_HOMICIDE(1.0),A,VC_IHR_PSRC,4,2009,6.66,A,0',
      'UNODC:DF_HOMICIDE(1.0),A,VC_IHR_PSRC,4,2010,,M,0',
      'UNODC:DF_HOMICIDE(1.0),A,VC_IHR_PSRC,004,2011,4.1,A,0',
      'UNODC:DF_HOMICIDE(1.0),A,VC_IHR_PSRC,792,2009,2.62,,0',
      'UNODC:DF_HOMICIDE(1.0),A,VC_IHR_PSRC,792,2011,2.5,A,0',
      'UNODC:DF_HOMICIDE(1.0),A,VC_IHR_PSRC,203,2009,0.8,A,0',
      'UNODC:DF_HOMICIDE(1.0),A,VC_IHR_PSRC,203,2010,0.75,A,0',
      'UNODC:DF_HOMICIDE(1.0),A,VC_IHR_PSRC,398,2009,1234.5,A,0',
    ];
    const file = writeText(join(dir, '..', 'homicide-sdmx.csv'), `${rows.join('\n')}\n`);
    const run = await runImport(dir, [file, ...compiled], true);
    expect(run.out).toContain('from a SDMX-CSV table');
    expect(figures(dir)).toEqual(EXPECTED);
  });

  it('checks but writes nothing in a dry run', async () => {
    const dir = project();
    const file = writeText(join(dir, '..', 'wide.csv'), 'Country,2019\nAfghanistan,6.66\n');
    const before = readFileSync(join(dir, 'data/datasets.yaml'), 'utf8');
    const run = await runImport(dir, [file, '--indicator', 'homicide-rate', '--dry-run'], true);
    expect(run.out).toContain('Would import (dry run, nothing written) into data/observations/homicide-rate.csv');
    expect(existsSync(join(dir, 'data/observations/homicide-rate.csv'))).toBe(false);
    expect(readFileSync(join(dir, 'data/datasets.yaml'), 'utf8')).toBe(before);
  });
});
