/**
 * Projects and source files for the import tests: a new project (vdr init) with three indicators
 * (a rate per 100,000 outside the pillars, a percentage, a count organizations report), and
 * helpers that write CSV files in an encoding and XLSX workbooks with exceljs.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import ExcelJS from 'exceljs';
import { main, type Io } from '../../pipeline/cli.js';
import { initProject } from '../../pipeline/init/index.js';

export const INDICATORS = `- id: homicide-rate
  pillar: context
  title: Intentional homicide victims per 100,000 population
  definition: Victims of intentional homicide in the calendar year, per 100,000 population.
  unit: rate-per-100k
  reported_by: country
  direction: lower-is-better
  aggregation: median
  baseline_year: 2019
  bounds: { min: 0 }
  source: UNODC, Global Study on Homicide
- id: mla-answered
  pillar: II
  title: Mutual legal assistance requests answered
  definition: Share of the requests answered within the year, in percent.
  unit: percent
  reported_by: country
  direction: higher-is-better
  aggregation: median
  baseline_year: 2019
  bounds: { min: 0, max: 100 }
  decimals: 1
  source: Partners
- id: centre-operations
  pillar: I
  title: Operations coordinated by regional centres
  definition: International operations a partner organization coordinated in the year.
  unit: count
  reported_by: organization
  direction: higher-is-better
  aggregation: sum
  baseline_year: 2019
  bounds: { min: 0 }
  source: Partners
`;

const UNITS = '- id: rate-per-100k\n  name: rate per 100,000 population\n  symbol: per 100,000\n  change: difference\n  decimals: 1\n';

/** A new project with the three indicators, in a fresh temporary directory. */
export function newProject(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'vdr-import-')), 'project');
  const made = initProject(dir, { year: 2021 });
  if (!made.ok) throw new Error(made.reason);
  const replaceList = (file: string, entries: string): void => {
    const path = join(dir, file);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^\[\]\n/m, entries));
  };
  replaceList('data/units.yaml', UNITS);
  replaceList('data/indicators.yaml', INDICATORS);
  return dir;
}

/** A maker of new projects for one test file; they are removed after it. */
export function projectsOfFile(): () => string {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) rmSync(dirname(dir), { recursive: true, force: true });
  });
  return () => {
    const dir = newProject();
    made.push(dir);
    return dir;
  };
}

/** Writes a text file in an encoding: utf8, utf8-bom, utf16le (with BOM) or latin1 (Windows-1252 for these texts). */
export function writeText(path: string, text: string, encoding: 'utf8' | 'utf8-bom' | 'utf16le' | 'latin1' = 'utf8'): string {
  const bytes =
    encoding === 'utf8-bom'
      ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])
      : encoding === 'utf16le'
        ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
        : Buffer.from(text, encoding);
  writeFileSync(path, bytes);
  return path;
}

/** Writes a workbook whose sheets `fill` makes. */
export async function writeWorkbook(path: string, fill: (book: ExcelJS.Workbook) => void): Promise<string> {
  const book = new ExcelJS.Workbook();
  fill(book);
  await book.xlsx.writeFile(path);
  return path;
}

/** Adds a sheet with these rows (cells given as values exceljs writes as they are). */
export function sheet(book: ExcelJS.Workbook, name: string, rows: unknown[][]): ExcelJS.Worksheet {
  const ws = book.addWorksheet(name);
  for (const row of rows) ws.addRow(row);
  return ws;
}

export interface Run {
  exit: number;
  out: string;
  err: string;
  /** The --json result, when asked for. */
  json?: { ok: boolean; added: number; unchanged: number; changed: unknown[]; messages: { file: string; place?: { line: number; column: number }; severity: string; ruleId: string; value?: string; reason: string }[] };
}

/** Runs vdr import in the project with these arguments (and --json unless `text`). */
export async function runImport(dir: string, args: string[], text = false): Promise<Run> {
  const io: Io & { out: string; err: string } = { out: '', err: '', stdout: (t) => void (io.out += t), stderr: (t) => void (io.err += t) };
  const exit = await main(['import', ...args, '--project', dir, ...(text ? [] : ['--json'])], io);
  return { exit, out: io.out, err: io.err, ...(text || io.out === '' ? {} : { json: JSON.parse(io.out) as NonNullable<Run['json']> }) };
}

/** The observations a project has in a file, without the columns that say where they came from. */
export function figures(dir: string, file = 'data/observations/homicide-rate.csv'): string[] {
  return readFileSync(join(dir, file), 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.split(',').slice(0, 9).join(','));
}
