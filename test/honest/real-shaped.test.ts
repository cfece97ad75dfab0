/**
 * Issue 15 end to end, on data shaped like real figures: a wide table with partners by name, far
 * from Europe and near, with a gap, a partner that stopped, a 760 to 79 fall, and most partners
 * with no row at all. vdr validate asks about the fall and the stop at their rows; once the
 * fall is flagged as a known series break and the stop written down, the report says what each
 * number covers: the years and reporters behind the aggregate, the break instead of a success,
 * the partners that reported nothing, every partner on the map, and the hand-typed number and
 * the contradicted "fell" in the chapter.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../../pipeline/cli.js';
import { projectsOfFile, runImport, writeText } from '../import/project.js';

interface Said {
  exit: number;
  messages: { file: string; place?: { line: number; column: number }; ruleId: string; reason: string }[];
}

async function run(args: string[]): Promise<Said> {
  const io: Io & { out: string; err: string } = { out: '', err: '', stdout: (t) => void (io.out += t), stderr: (t) => void (io.err += t) };
  const exit = await main([...args, '--json'], io);
  const parsed = JSON.parse(io.out) as { messages?: Said['messages'] };
  return { exit, messages: parsed.messages ?? [] };
}

const INDICATOR = `- id: seizure-cases
  pillar: I
  title: Drug seizure cases
  definition: Drug seizure cases recorded by law enforcement in the calendar year.
  unit: count
  reported_by: country
  direction: higher-is-better
  aggregation: sum
  baseline_year: 2017
  bounds: { min: 0 }
  source: National authorities
`;

const TABLE = [
  'Country,2017,2018,2019,2020,2021',
  'United States of America,1200,1300,,1350,1400',
  'Canada,300,310,320,330,',
  'Japan,90,95,100,98,99',
  'Australia,150,155,,,',
  'Afghanistan,757,760,79,81,80',
  'Türkiye,500,520,540,560,580',
  'Iran (Islamic Republic of),410,420,430,440,450',
  '',
].join('\n');

const CHAPTER = `---
id: introduction
title: Introduction
---

Seizure cases :trend{indicator=seizure-cases} from :metric{indicator=seizure-cases field=baseline} to :metric{indicator=seizure-cases field=current}.

In Afghanistan the change was :metric{indicator=seizure-cases entity=AFG field=relative_change}, :metric{indicator=seizure-cases entity=AFG field=status}.

In Japan cases fell to :metric{indicator=seizure-cases entity=JPN field=current}, and about 1,250 officers took part.

::indicator-table[Drug seizure cases by partner]{#tab-cases indicator=seizure-cases}

::chart[Drug seizure cases: status by partner]{#fig-cases kind=partner-map colorBy=status indicator=seizure-cases}
`;

const newProject = projectsOfFile();

describe('a report on real-shaped figures', () => {
  let dir = '';
  let before: Said;
  let after: Said;
  let build: Said;
  let html = '';

  beforeAll(async () => {
    dir = newProject();
    writeFileSync(join(dir, 'data/indicators.yaml'), INDICATOR);
    const source = writeText(join(dir, '..', 'cases.csv'), TABLE);
    const imported = await runImport(dir, [source, '--indicator', 'seizure-cases', '--kind', 'reported', '--source', 'National authorities']);
    expect(imported.exit, JSON.stringify(imported.json?.messages)).toBe(0);
    before = await run(['validate', '--project', dir]);

    // The data manager confirms the fall as a change in coverage, and writes down the years Australia did not report.
    const file = join(dir, 'data/observations/seizure-cases.csv');
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    const header = lines[0]!.split(',');
    const fixed = lines.map((line) => {
      const cells = line.split(',');
      if (cells[header.indexOf('country')] === 'AFG' && cells[header.indexOf('year')] === '2019') {
        cells[header.indexOf('flag')] = 'break';
        cells[header.indexOf('note')] = 'from 2019 border seizures only';
      }
      return cells.join(',');
    });
    for (const year of [2019, 2020, 2021]) {
      const cells = header.map((column) => ({ indicator: 'seizure-cases', country: 'AUS', year: String(year), missing_reason: 'not-reported' })[column] ?? '');
      fixed.push(cells.join(','));
    }
    writeFileSync(file, `${fixed.join('\n')}\n`);
    after = await run(['validate', '--project', dir]);

    writeFileSync(join(dir, 'content/2021/introduction.md'), CHAPTER);
    build = await run(['build', '--project', dir, '--html-only']);
    html = readFileSync(join(dir, 'output/2021/build/report.html'), 'utf8');
  }, 240_000);

  it('asks about the fall and the stop at their rows, and not once they are explained', () => {
    const rules = before.messages.map((m) => `${m.ruleId} ${m.reason.slice(0, 3)}`);
    expect(rules).toEqual(expect.arrayContaining(['observation/jump AFG', 'observation/stopped AUS']));
    const jump = before.messages.find((m) => m.ruleId === 'observation/jump')!;
    expect(jump.file).toBe('data/observations/seizure-cases.csv');
    expect(jump.reason).toContain('760');
    expect(after.messages).toEqual([]);
  });

  it('says which years and how many partners the aggregate draws on', () => {
    expect(build.exit).toBe(0);
    // Australia's latest figure is from 2018 and Canada's from 2020; six of the 58 partners have
    // both figures (Afghanistan's change crosses the break). Each note is said once per paragraph.
    expect(html).toMatch(/<a class="metric"[^>]*>2,650 \(6 of 58 partner countries\)<\/a> to <a class="metric"[^>]*>3,014 \(2021 or latest available, 2018–2021\)<\/a>/);
  });

  it('prints the change across the break with its note, as not comparable', () => {
    expect(html).toMatch(/-89\.4% \(series break in 2019: from 2019 border seizures only\)/);
    expect(html).toMatch(/>not comparable \(series break\)<\/a>/);
  });

  it('names the partners that reported nothing, and draws every partner on the map', () => {
    expect(html).toMatch(/Not reported \(no figure up to 2021\): [^<]*Kazakhstan/);
    for (const name of ['United States of America', 'Canada', 'Japan', 'Australia']) expect(html).toContain(name);
    expect(html).toContain('Inset: Northern America');
  });

  it('warns of the number typed by hand and of the "fell" the figures contradict, at their places', () => {
    const warnings = build.messages.map((m) => `${m.file}:${m.place?.line} ${m.ruleId}`);
    expect(warnings).toEqual(expect.arrayContaining(['content/2021/introduction.md:10 content/typed-number', 'content/2021/introduction.md:10 content/direction-contradicted']));
  });
});
