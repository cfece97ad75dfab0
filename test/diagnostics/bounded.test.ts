/**
 * Bounded messages: past a cap per kind and file, one summary counts the rest, so a huge file of
 * bad rows is reported in a few lines and little memory, with the true number of problems.
 */
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkProject } from '../../pipeline/check.js';
import { formatMessage, formatReport } from '../../pipeline/diagnostics/format.js';
import { countProblems, message, MessageList, MESSAGES_PER_KIND, type Message } from '../../pipeline/diagnostics/message.js';
import { DATA_FILE_LIMIT } from '../../pipeline/io/read.js';
import { openProject } from '../../pipeline/project/index.js';
import { copyProject, removeProject, root } from '../publish/helpers.js';

const problem = (file: string, line: number, ruleId = 'cell/number'): Message =>
  message({ file, place: { line, column: 3 } }, { ruleId, reason: 'value must be a number', fix: 'write a number' }, { value: `x${line}` });

describe('MessageList', () => {
  it('keeps the first problems of a kind in a file, then one summary at the first left out', () => {
    const list = new MessageList(3);
    for (let line = 1; line <= 10; line++) list.push(problem('a.csv', line));
    list.push(problem('b.csv', 1), problem('a.csv', 11, 'cell/integer'));
    expect(list.map((m) => `${m.file}:${m.place?.line} ${m.ruleId} ${m.count ?? ''}`)).toEqual([
      'a.csv:1 cell/number ',
      'a.csv:2 cell/number ',
      'a.csv:3 cell/number ',
      'a.csv:4 cell/number 7',
      'b.csv:1 cell/number ',
      'a.csv:11 cell/integer ',
    ]);
    expect(countProblems(list)).toEqual({ errors: 12, warnings: 0 });
    expect(formatMessage(list[3]!)).toBe(
      'a.csv:4:3: error: value must be a number, found "x4" (and 6 more problems of this kind from here on in this file, not listed one by one). Fix: write a number. [cell/number]',
    );
    expect(formatReport(list, 2).split('\n').at(-1)).toBe('12 errors and 0 warnings in 2 files (2 checked).');
  });

  it('adds the count of a summary from another list (a worker\'s) to its own', () => {
    const worker = new MessageList(2);
    for (let line = 1; line <= 5; line++) worker.push(problem('a.csv', line));
    const all = new MessageList(2);
    all.push(...worker);
    expect(all.map((m) => m.count ?? 1)).toEqual([1, 1, 3]);
    expect(countProblems(all).errors).toBe(5);
  });

  it('gives plain arrays from filter and map', () => {
    const list = new MessageList();
    list.push(problem('a.csv', 1));
    expect(list.filter(() => true)).not.toBeInstanceOf(MessageList);
  });
});

describe('a large file of bad rows', () => {
  const project = copyProject('vdr-bounded-');
  afterAll(() => removeProject(project));
  const file = join(project.root, 'data/observations/pillar-1.csv');
  const header = readFileSync(join(root, 'data/observations/pillar-1.csv'), 'utf8').split('\n')[0]!;

  it('is reported kind by kind with the true count', () => {
    const rows = 2000;
    writeFileSync(file, `${header}\n${'border-liaison-offices,AFG,20x2,nine,count,,,,,src,\n'.repeat(rows)}`);
    const messages = checkProject(openProject(project)).messages.filter((m) => m.file === 'data/observations/pillar-1.csv');
    expect(messages.length).toBe(2 * (MESSAGES_PER_KIND + 1));
    expect(countProblems(messages).errors).toBe(2 * rows);
    expect(messages.filter((m) => m.count !== undefined).map((m) => [m.ruleId, m.place?.line, m.count])).toEqual([
      ['cell/integer', MESSAGES_PER_KIND + 2, rows - MESSAGES_PER_KIND],
      ['cell/number', MESSAGES_PER_KIND + 2, rows - MESSAGES_PER_KIND],
    ]);
  });

  it('is refused past the size limit without being read', () => {
    writeFileSync(file, `${header}\n${'x'.repeat(DATA_FILE_LIMIT)}`);
    const messages = checkProject(openProject(project)).messages.filter((m) => m.file === 'data/observations/pillar-1.csv');
    expect(messages).toEqual([
      expect.objectContaining({ ruleId: 'file/too-large', reason: 'the file is 128.1 MB, larger than the 128 MB vdr reads for a file of this kind' }),
    ]);
    rmSync(file);
    copyFileSync(join(root, 'data/observations/pillar-1.csv'), file);
  });
});
