/** Reading the editions: checked against their schema, oldest first, a year that disagrees with its folder located. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Message } from '../../pipeline/diagnostics/message.js';
import { loadEditions, pickEdition, previousEdition } from '../../pipeline/edition/load.js';
import { resolveProject } from '../../pipeline/project/index.js';
import { SchemaRegistry } from '../../pipeline/schema/registry.js';
import { ROOT } from '../metrics/real.js';

const registry = SchemaRegistry.load(join(ROOT, 'schemas'));
const root = mkdtempSync(join(tmpdir(), 'vdr-editions-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function edition(year: string, text: string): void {
  mkdirSync(join(root, 'content', year), { recursive: true });
  writeFileSync(join(root, 'content', year, 'edition.yaml'), text);
}

describe('loadEditions', () => {
  edition('2016', 'year: 2016\ntitle: Implementing the Vienna Declaration\nlanguage: en\nstatus: baseline\nchapters: [introduction.md]\n');
  edition('2019', 'year: 2018\ntitle: Implementing the Vienna Declaration\nlanguage: en\nstatus: progress\nchapters: [introduction.md]\n');
  edition('2020', 'year: 2020\ntitle: Implementing the Vienna Declaration\nlanguage: en\nstatus: progress\nprevious: 2016\nchapters: [introduction.md]\n');
  edition('2021', 'year: 2021\ntitle: Implementing the Vienna Declaration\nlanguage: en\nstatus: progress\nprevious: 2017\nchapters: [introduction.md]\n');
  edition('2022', 'year: 2022\ntitle: Implementing the Vienna Declaration\nlanguage: en\nstatus: progress\nprevious: 2022\nchapters: [introduction.md]\n');
  mkdirSync(join(root, 'content', 'drafts'), { recursive: true });

  it('reads every content/<year>/edition.yaml oldest first, and locates a year that is not its folder', () => {
    const messages: Message[] = [];
    const editions = loadEditions(resolveProject(root), registry, messages);
    expect(editions.map((e) => [e.year, e.file, e.dir])).toEqual([
      [2016, 'content/2016/edition.yaml', 'content/2016'],
      [2020, 'content/2020/edition.yaml', 'content/2020'],
      [2021, 'content/2021/edition.yaml', 'content/2021'],
      [2022, 'content/2022/edition.yaml', 'content/2022'],
    ]);
    expect(messages).toEqual([
      {
        file: 'content/2019/edition.yaml',
        place: { line: 1, column: 7 },
        severity: 'error',
        ruleId: 'edition/year',
        reason: 'year says 2018, but the edition sits in content/2019/',
        value: '2018',
        fix: 'write year: 2019, or move the edition to content/2018/',
      },
      {
        file: 'content/2021/edition.yaml',
        place: { line: 5, column: 11 },
        severity: 'error',
        ruleId: 'edition/previous-missing',
        reason: 'previous names the 2017 edition, which the project does not have (there is no content/2017/edition.yaml)',
        value: '2017',
        fix: 'write previous: with one of the earlier editions (2016, 2019, 2020), or leave it out to compare with the newest earlier one',
      },
      {
        file: 'content/2022/edition.yaml',
        place: { line: 5, column: 11 },
        severity: 'error',
        ruleId: 'edition/previous-not-earlier',
        reason: 'previous must name an edition before 2022',
        value: '2022',
        fix: 'write previous: with one of the earlier editions (2016, 2019, 2020, 2021), or leave it out to compare with the newest earlier one',
      },
    ]);
    expect(pickEdition(editions)).toMatchObject({ year: 2022 });
    expect(previousEdition(editions, editions[1]!)).toBe(2016);
    expect(previousEdition(editions, { ...editions[1]!, previous: undefined } as never)).toBe(2016);
    expect(pickEdition([], 2020)).toBe('the project has no edition: add content/<year>/edition.yaml');
  });
});

describe('an edition in several languages', () => {
  const other = mkdtempSync(join(tmpdir(), 'vdr-editions-languages-'));
  afterAll(() => rmSync(other, { recursive: true, force: true }));

  it('names its chapters and not its source language under translations:, each problem at its line', () => {
    mkdirSync(join(other, 'content', '2021'), { recursive: true });
    writeFileSync(
      join(other, 'content', '2021', 'edition.yaml'),
      [
        'year: 2021',
        'title: Implementing the Vienna Declaration',
        'language: en',
        'status: baseline',
        'chapters: [introduction.md, pillar-1.md]',
        'translations:',
        '  fr:',
        '    title: Mise en œuvre de la Déclaration de Vienne',
        '    chapters: [introduction.md, pilier-1.md]',
        '  en:',
        '    title: Implementing the Vienna Declaration',
        '    chapters: all',
        '',
      ].join('\n'),
    );
    const messages: Message[] = [];
    const [loaded] = loadEditions(resolveProject(other), registry, messages);
    expect(messages.map((m) => `${m.place?.line}:${m.place?.column} ${m.ruleId} ${m.value}`)).toEqual([
      '9:33 translation/unknown-chapter pilier-1.md',
      '11:5 translation/source-language en',
    ]);
    expect(loaded?.translations?.fr?.chapters).toEqual(['introduction.md', 'pilier-1.md']);
  });
});
