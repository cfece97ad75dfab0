/**
 * The import's rules that take a project in a particular state: figures read with a warning (a
 * footnote mark, an SDMX status vdr has no flag for) and kept in the note; a name two partners
 * share; a figure another file holds; a project whose own data has errors; another import running.
 */
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectsOfFile, runImport, sheet, writeText, writeWorkbook } from './project.js';

const project = projectsOfFile();
const rules = (run: Awaited<ReturnType<typeof runImport>>): string[] => (run.json?.messages ?? []).map((m) => `${m.severity} ${m.ruleId} ${m.place ? `${m.place.line}:${m.place.column}` : '-'}`);

describe('figures read with a warning', () => {
  it('reads a footnote mark off a number and an SDMX status vdr has no flag for, keeping both in the note', async () => {
    const dir = project();
    const wide = writeText(join(dir, '..', 'marks.csv'), 'Country,2019,2020\nAfghanistan,6.2*,5.9 b\n');
    const run = await runImport(dir, [wide, '--indicator', 'homicide-rate']);
    expect(run.exit).toBe(0);
    expect(rules(run)).toEqual(['warning import/footnote 2:13', 'warning import/footnote 2:18']);
    const written = readFileSync(join(dir, 'data/observations/homicide-rate.csv'), 'utf8');
    expect(written).toContain('homicide-rate,AFG,2019,6.2,rate-per-100k,,,,,marks.csv,imported from marks.csv:2:13; footnote *\n');
    expect(written).toContain('homicide-rate,AFG,2020,5.9,rate-per-100k,,,,,marks.csv,imported from marks.csv:2:18; footnote b\n');

    const sdmx = writeText(join(dir, '..', 'status.csv'), 'REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS\nKAZ,2019,5.04,B\nKAZ,2020,4.9,E\n');
    const status = await runImport(dir, [sdmx, '--indicator', 'homicide-rate']);
    expect(rules(status)).toEqual(['warning import/sdmx-status-noted 2:15']);
    const after = readFileSync(join(dir, 'data/observations/homicide-rate.csv'), 'utf8');
    expect(after).toContain('homicide-rate,KAZ,2019,5.04,rate-per-100k,,,,,status.csv,imported from status.csv:2:10; OBS_STATUS B: a break in the series\n');
    expect(after).toContain('homicide-rate,KAZ,2020,4.9,rate-per-100k,,,estimate,,status.csv,imported from status.csv:3:10\n');
  });
});

describe('hostile text in a source', () => {
  it('refuses a hidden character at the partner\'s cell, and writes a formula-like note so that no spreadsheet runs it', async () => {
    const dir = project();
    const hidden = writeText(join(dir, '..', 'hidden.csv'), 'country,year,value,note\nAFG,2019,6.2,fine\u202Eexe.jpg\n');
    const refused = await runImport(dir, [hidden, '--indicator', 'homicide-rate']);
    expect(refused.exit).toBe(1);
    expect(rules(refused)).toEqual(['error cell/hidden-character 2:14']);
    const formula = writeText(join(dir, '..', 'formula.csv'), 'country,year,value,source\nAFG,2019,6.2,x\n');
    const run = await runImport(dir, [formula, '--indicator', 'homicide-rate', '--source', '=HYPERLINK(A1)']);
    expect(run.exit).toBe(0);
    expect(readFileSync(join(dir, 'data/observations/homicide-rate.csv'), 'utf8')).toContain(",'=HYPERLINK(A1),imported from formula.csv:2:");
  });
});

describe('messages about a workbook', () => {
  it('name the cell as a spreadsheet does: book.xlsx[Sheet]!B2', async () => {
    const dir = project();
    const book = await writeWorkbook(join(dir, '..', 'book.xlsx'), (b) => void sheet(b, 'Data', [['Country', 2019, 2020], ['Afghanistan', '6.2', 5.9]]));
    const run = await runImport(dir, [book, '--indicator', 'homicide-rate'], true);
    expect(run.exit).toBe(1);
    expect(run.err).toContain(`${book}[Data]!B2: error: the cell holds a number stored as text`);
  });
});

describe('the project as it is', () => {
  it('refuses a name two partners share, naming both', async () => {
    const dir = project();
    appendFileSync(join(dir, 'data/reference/country-names.csv'), 'GRC,Macedonia,2030\nMKD,Macedonia,2031\n');
    const file = writeText(join(dir, '..', 'ambiguous.csv'), 'Country,2019\nMacedonia,1.1\n');
    const run = await runImport(dir, [file, '--indicator', 'homicide-rate']);
    expect(rules(run)).toEqual(['error import/ambiguous-entity 2:1']);
    expect(run.json?.messages[0]?.reason).toBe('the name fits more than one partner: GRC, MKD');
  });

  it('refuses a figure that another observations file holds', async () => {
    const dir = project();
    const file = writeText(join(dir, '..', 'first.csv'), 'Country,2019\nAfghanistan,6.2\n');
    expect((await runImport(dir, [file, '--indicator', 'homicide-rate'])).exit).toBe(0);
    const run = await runImport(dir, [file, '--indicator', 'homicide-rate', '--into', 'data/observations/again.csv']);
    expect(rules(run)).toEqual(['error import/in-other-file 2:13']);
    expect(run.json?.messages[0]?.reason).toBe('homicide-rate, AFG, 2019 is already in data/observations/homicide-rate.csv:2, and a figure lives in one file only');
  });

  it('imports nothing into a project whose own data has errors', async () => {
    const dir = project();
    writeFileSync(join(dir, 'data/indicators.yaml'), readFileSync(join(dir, 'data/indicators.yaml'), 'utf8').replace('unit: percent', 'unit: percents'));
    const file = writeText(join(dir, '..', 'ok.csv'), 'Country,2019\nAfghanistan,6.2\n');
    const run = await runImport(dir, [file, '--indicator', 'homicide-rate']);
    expect(run.exit).toBe(1);
    expect(rules(run)).toContain('error import/project-errors -');
    expect(rules(run).some((r) => r.startsWith('error indicator/unknown-unit '))).toBe(true);
  });

  it('waits for another import or publication: refuses while one holds the lock, and writes nothing', async () => {
    const dir = project();
    mkdirSync(join(dir, 'output'), { recursive: true });
    writeFileSync(join(dir, 'output/.import.lock'), String(process.pid));
    const file = writeText(join(dir, '..', 'ok.csv'), 'Country,2019\nAfghanistan,6.2\n');
    const run = await runImport(dir, [file, '--indicator', 'homicide-rate']);
    expect(run.exit).toBe(1);
    expect(rules(run)).toEqual(['error import/locked -']);
    expect(readFileSync(join(dir, 'data/datasets.yaml'), 'utf8')).toContain('observations: []');
  });
});
