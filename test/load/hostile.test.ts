/**
 * Text cells that would run as formulas in a spreadsheet, or hold invisible characters that change
 * what a reader sees: refused at their cell by validate, and neutralised in every CSV vdr writes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkProject } from '../../pipeline/check.js';
import { observationsCsv } from '../../pipeline/import/write.js';
import { formulaLike, hostileText, spreadsheetSafe } from '../../pipeline/load/hostile.js';
import { openProject } from '../../pipeline/project/index.js';
import { copyProject, removeProject } from '../publish/helpers.js';

describe('hostileText', () => {
  it('finds formula starts, but not signed numbers', () => {
    expect(['=1+1', '+SUM(A1)', '-cmd', '@SUM(A1)', '\tx', '- see annex'].map(formulaLike)).toEqual([true, true, true, true, true, true]);
    expect(['-12.5', '+3', '-1e3', '-5%', 'a=b', 'down 5%', ''].map(formulaLike)).toEqual([false, false, false, false, false, false, false]);
  });

  it('names the hidden character and where it is', () => {
    expect(hostileText('abc\u202Eexe.jpg')).toEqual({ index: 3, text: expect.objectContaining({ ruleId: 'cell/hidden-character', reason: expect.stringContaining('U+202E RIGHT-TO-LEFT OVERRIDE') }) });
    expect(hostileText('a\u0000b')?.text.reason).toContain('U+0000 NULL');
    expect(hostileText('a\u0007b')?.text.reason).toContain('U+0007 a control character');
    expect(hostileText('Côte d’Ivoire, العربية, 中文')).toBeUndefined();
  });

  it('makes text safe for a spreadsheet with an apostrophe, leaving numbers and plain text', () => {
    expect(['=HYPERLINK("http://x")', '-12.5', 'Afghanistan'].map(spreadsheetSafe)).toEqual(['\'=HYPERLINK("http://x")', '-12.5', 'Afghanistan']);
    const csv = observationsCsv([{ indicator: 'a', country: 'AFG', year: 2020, value: -3, unit: 'count', source: '@SUM(1)', note: '=1+1' } as never]);
    expect(csv.split('\n')[1]).toBe("a,AFG,2020,-3,count,,,,,'@SUM(1),'=1+1");
  });
});

describe('validate', () => {
  const project = copyProject('vdr-hostile-cells-');
  afterAll(() => removeProject(project));

  it('refuses a formula or a hidden character in a text cell, at the cell (or the character)', () => {
    const file = join(project.root, 'data/observations/pillar-1.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    const [header, first, second] = lines as [string, string, string];
    const withNote = (row: string, note: string): string => row.replace(/,[^,]*$/, `,${note}`);
    writeFileSync(file, [header, withNote(first, '=HYPERLINK(A1)'), withNote(second, 'fine\u202Eexe.jpg'), ...lines.slice(3)].join('\n'));
    const messages = checkProject(openProject(project)).messages.filter((m) => m.ruleId.startsWith('cell/formula') || m.ruleId.startsWith('cell/hidden'));
    const noteColumn = first.length - first.split(',').at(-1)!.length + 1;
    expect(messages.map((m) => `${m.file}:${m.place?.line}:${m.place?.column} ${m.ruleId}`)).toEqual([
      `data/observations/pillar-1.csv:2:${noteColumn} cell/formula`,
      `data/observations/pillar-1.csv:3:${second.length - second.split(',').at(-1)!.length + 1 + 4} cell/hidden-character`,
    ]);
    expect(messages[0]!.reason).toBe('the text starts with =, so a spreadsheet opening the published data would run it as a formula');
  });
});
