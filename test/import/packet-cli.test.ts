/**
 * `vdr import --packet FILE` through `main` (pipeline/cli.ts, import/packet.ts), on a copy of the
 * project: AFG's packet as `vdr briefs --verify` makes it (packetWorkbook of verificationList,
 * compared with what publishedMetrics picks), filled in with exceljs as a partner would, read back
 * with exactly its correction and the figure left blank; a damaged packet located cell by cell
 * (exit 1); a packet read against another edition, or with errors in the data; a packet of a partner the project does not have; --packet with --indicator (exit 2); a
 * file that is not there (exit 3); the --json shape; and nothing written to the data.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../../pipeline/cli.js';
import { PACKET_WORDS as W } from '../../pipeline/briefs/packet-words.js';
import { packetFile, packetWorkbook } from '../../pipeline/briefs/packet-workbook.js';
import { publishedMetrics, verificationList, type Verification } from '../../pipeline/briefs/verify.js';
import { openProject, type ProjectPaths } from '../../pipeline/project/index.js';
import { prepare } from '../../pipeline/project/prepare.js';
import { copyProject, removeProject, snapshot } from '../publish/helpers.js';

const EPOCH = 1767225600; // 2026-01-01T00:00:00Z
const FILE = packetFile('AFG', 2021);

interface Run {
  code: number;
  out: string;
  err: string;
}

const run = async (project: ProjectPaths, ...args: string[]): Promise<Run> => {
  const io: Io & { out: string; err: string } = { out: '', err: '', stdout: (t) => void (io.out += t), stderr: (t) => void (io.err += t) };
  const code = await main(['import', '--project', project.root, ...args], io);
  return { code, out: io.out, err: io.err };
};

/** The Figures sheet: the column of each header, and the row of each figure (by indicator, figure and sex). */
interface Sheet {
  ws: ExcelJS.Worksheet;
  column: (header: string) => number;
  rowOf: (indicator: string, figure: string, sex?: string) => number;
  first: number;
  last: number;
}

function figuresSheet(book: ExcelJS.Workbook): Sheet {
  const ws = book.getWorksheet(W.sheets.figures)!;
  let header = 0;
  ws.eachRow((row, line) => {
    if (header === 0 && row.getCell(1).value === W.columns.partner) header = line;
  });
  const headers = (ws.getRow(header).values as unknown[]).map((v) => (typeof v === 'string' ? v : ''));
  const column = (name: string): number => {
    const at = headers.indexOf(name);
    if (at < 1) throw new Error(`no column ${name}`);
    return at;
  };
  const last = ws.rowCount;
  const rowOf = (indicator: string, figure: string, sex = 'total'): number => {
    for (let r = header + 1; r <= last; r++) {
      const cell = (name: string): unknown => ws.getCell(r, column(name)).value;
      if (cell(W.columns.indicator) === indicator && cell(W.columns.figure) === figure && cell(W.columns.sex) === sex) return r;
    }
    throw new Error(`no row of ${indicator} ${figure} ${sex}`);
  };
  return { ws, column, rowOf, first: header + 1, last };
}

describe('vdr import --packet', () => {
  let project: ProjectPaths;
  let sent: Verification;
  let packet: Uint8Array;
  /** Writes the packet, filled in by `fill`, as FILE in a folder of its own; returns its path. */
  let returned: (name: string, fill: (sheet: Sheet) => void) => Promise<string>;

  beforeAll(async () => {
    project = copyProject('vdr-packet-cli-');
    const opened = openProject(project, { edition: 2021 });
    const { dataset, metrics, edition } = prepare(opened);
    if (!dataset || !metrics || !edition) throw new Error('the sample 2021 edition does not prepare');
    sent = verificationList('AFG', metrics, publishedMetrics(opened, metrics));
    packet = await packetWorkbook({ verification: sent, dataset, edition: { year: 2021, title: edition.title, version: null, date: '2026-01-01' }, epoch: EPOCH });
    returned = async (name, fill) => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(Buffer.from(packet) as unknown as ArrayBuffer);
      fill(figuresSheet(book));
      const path = join(project.root, name);
      writeFileSync(path, Buffer.from(await book.xlsx.writeBuffer()));
      return path;
    };
  }, 120_000);

  afterAll(() => removeProject(project));

  /** Every figure confirmed but heroin's baseline (corrected, with a note) and asset cases' current figure (left blank). */
  const answered = (sheet: Sheet): { corrected: number; blank: number } => {
    const { ws, column, rowOf, first, last } = sheet;
    for (let r = first; r <= last; r++) ws.getCell(r, column(W.columns.confirmed)).value = 'yes';
    const corrected = rowOf('heroin-seizures', 'baseline');
    ws.getCell(corrected, column(W.columns.confirmed)).value = 'no';
    ws.getCell(corrected, column(W.columns.corrected)).value = 3700;
    ws.getCell(corrected, column(W.columns.comment)).value = 'Revised by the ministry in 2022';
    const blank = rowOf('asset-cases', 'current');
    ws.getCell(blank, column(W.columns.confirmed)).value = null;
    return { corrected, blank };
  };

  it('lists exactly the correction and the figure left blank, says it wrote nothing, and writes nothing', async () => {
    let rows = { corrected: 0, blank: 0 };
    const path = await returned(FILE, (sheet) => (rows = answered(sheet)));
    const before = snapshot(join(project.root, 'data'));
    const result = await run(project, '--packet', path);
    expect(result.code, result.err).toBe(0);
    expect(result.err).toBe('');
    const heroin = sent.figures.find((f) => f.indicator === 'heroin-seizures' && f.role === 'baseline' && f.sex === 'total')!;
    const assets = sent.figures.find((f) => f.indicator === 'asset-cases' && f.role === 'current' && f.sex === 'total')!;
    const lines = result.out.trimEnd().split('\n');
    expect(lines).toEqual([
      `${path}: ${sent.figures.length} figures of AFG (Afghanistan (Islamic Republic of)): ${sent.figures.length - 2} confirmed, 1 corrected, 1 not confirmed.`,
      `  corrected AFG heroin-seizures baseline ${heroin.year}: ${heroin.value} -> 3700 ("Revised by the ministry in 2022")`,
      `  not confirmed AFG asset-cases current ${assets.year}: ${assets.value} (no answer)`,
      expect.stringMatching(/^Nothing was written: each correction is for a data manager to check and apply/),
    ]);
    expect(rows.corrected).toBeGreaterThan(0);
    expect(snapshot(join(project.root, 'data'))).toEqual(before);
  }, 120_000);

  it('gives the result as JSON', async () => {
    let rows = { corrected: 0, blank: 0 };
    const path = await returned(FILE, (sheet) => (rows = answered(sheet)));
    const result = await run(project, '--packet', path, '--json');
    expect(result.code, result.err).toBe(0);
    const json = JSON.parse(result.out) as Record<string, unknown>;
    const heroin = sent.figures.find((f) => f.indicator === 'heroin-seizures' && f.role === 'baseline' && f.sex === 'total')!;
    expect(json).toEqual({
      ok: true,
      exit: 0,
      written: false,
      file: path,
      edition: 2021,
      partner: { code: 'AFG', name: 'Afghanistan (Islamic Republic of)' },
      checked: 'edition',
      note: null,
      rows: sent.figures.length,
      confirmed: sent.figures.length - 2,
      corrections: [
        { indicator: 'heroin-seizures', entity: 'AFG', sex: 'total', figure: 'baseline', year: heroin.year, held: heroin.value, corrected: 3700, comment: 'Revised by the ministry in 2022', cell: `${path}[Figures]!O${rows.corrected}` },
      ],
      unconfirmed: [expect.objectContaining({ indicator: 'asset-cases', figure: 'current', answer: 'blank', comment: null, cell: `${path}[Figures]!N${rows.blank}` })],
      errors: 0,
      warnings: 0,
      messages: [],
    });
  }, 120_000);

  it('locates every problem of a damaged packet at its cell, and exits 1', async () => {
    let at = { opium: 0, joint: 0, extra: 0 };
    const path = await returned('damaged.xlsx', (sheet) => {
      answered(sheet);
      const { ws, column, rowOf, last } = sheet;
      at = { opium: rowOf('opium-seizures', 'current'), joint: rowOf('joint-operations', 'current'), extra: last + 1 };
      ws.getCell(at.opium, column(W.columns.confirmed)).value = 'no';
      ws.getCell(at.opium, column(W.columns.corrected)).value = '99,000 kg';
      ws.getCell(at.joint, column(W.columns.year)).value = 2020;
      ws.getCell(at.extra, column(W.columns.partner)).value = 'AFG';
      ws.getCell(at.extra, column(W.columns.indicator)).value = 'heroin-seizures';
      ws.getCell(at.extra, column(W.columns.corrected)).value = 12;
    });
    const result = await run(project, '--packet', path);
    expect(result.code).toBe(1);
    const shown = `${path}[Figures]`;
    for (const place of [`${shown}!O${at.opium}`, `${shown}!F${at.joint}`, `${shown}!A${at.extra}`]) expect(result.err).toContain(place);
    expect(result.err).toMatch(/a corrected value must be a number/);
    expect(result.err).toMatch(/"Year" was edited since the packet was sent \(it held "2021"\)/);
    expect(result.err).toMatch(/this row is not one the packet sent \(it has no check code\)/);
    // The list still holds what could be read, and says nothing was written.
    expect(result.out).toContain('  corrected AFG heroin-seizures baseline');
    expect(result.out).toMatch(/Nothing was written.*The packet has problems \(above\)/);

    const json = JSON.parse((await run(project, '--packet', path, '--json')).out) as { ok: boolean; exit: number; errors: number; messages: { ruleId: string; file: string; place?: { line: number; column: number } }[] };
    // The edited row is named once, at its cell: its figure is not also reported missing.
    expect(json).toMatchObject({ ok: false, exit: 1, errors: 3 });
    expect(json.messages.map((m) => [m.ruleId, m.place?.line ?? null]).sort()).toEqual(
      [
        ['packet/added-row', at.extra],
        ['packet/corrected-not-number', at.opium],
        ['packet/edited-key', at.joint],
      ].sort(),
    );
  }, 120_000);

  it('read against another edition, says which rows are not its figures, and still lists their answers', async () => {
    const path = await returned(FILE, (sheet) => void answered(sheet));
    const result = await run(project, '--packet', path, '--edition', '2014', '--json');
    expect(result.code).toBe(1);
    const json = JSON.parse(result.out) as { edition: number; corrections: { indicator: string }[]; messages: { ruleId: string; reason: string }[] };
    expect(json.edition).toBe(2014);
    expect(json.corrections.map((c) => c.indicator)).toEqual(['heroin-seizures']);
    const stale = json.messages.filter((m) => m.ruleId === 'packet/not-in-edition');
    expect(stale.length).toBeGreaterThan(0);
    expect(stale[0]!.reason).toMatch(/the data changed since the packet was sent, or the packet is of another edition/);
  }, 120_000);

  it('with errors in the data, checks each row against its own check code only, and says so', async () => {
    const broken = copyProject('vdr-packet-cli-broken-');
    try {
      appendFileSync(join(broken.root, 'data', 'observations', 'pillar-1.csv'), 'border-liaison-offices,ZZZ,2013,9,count,,,,,illustrative (vdr sample generator),\n');
      const path = join(broken.root, FILE);
      writeFileSync(path, readFileSync(await returned(FILE, (sheet) => void answered(sheet))));
      const result = await run(broken, '--packet', path);
      expect(result.code, result.err).toBe(0);
      expect(result.err).toMatch(/^The project's data has 1 error \(vdr validate lists it\), so each row was checked against its own check code only, not against the figures of the 2021 edition\.\n$/);
      expect(result.out).toContain('1 corrected, 1 not confirmed.');
    } finally {
      removeProject(broken);
    }
  }, 120_000);

  it('says when the rows are of a partner the project does not have', async () => {
    const path = await returned('stranger.xlsx', ({ ws, column, first, last }) => {
      for (let r = first; r <= last; r++) ws.getCell(r, column(W.columns.partner)).value = 'AFX';
    });
    const result = await run(project, '--packet', path, '--json');
    expect(result.code).toBe(1);
    const json = JSON.parse(result.out) as { checked: string; messages: { ruleId: string; value?: string; reason: string }[] };
    expect(json.checked).toBe('check-codes');
    const stranger = json.messages.find((m) => m.ruleId === 'packet/unknown-partner')!;
    expect(stranger.value).toBe('AFX');
    expect(stranger.reason).toMatch(/did you mean AFG\?/);
  }, 120_000);

  it('refuses --indicator and the options that write with --packet (exit 2), before reading anything', async () => {
    const both = await run(project, '--packet', FILE, '--indicator', 'heroin-seizures');
    expect(both.code).toBe(2);
    expect(both.err).toBe('vdr import: --indicator is not wanted with --packet: each row of a packet names its indicator.\n');
    const writing = await run(project, '--packet', FILE, '--replace', 'other.csv');
    expect(writing.code).toBe(2);
    expect(writing.err).toContain('--packet takes the one file to read, found also "other.csv"');
    expect(writing.err).toContain('--replace is not for --packet, which writes nothing');
    const edition = await run(project, 'homicide.xlsx', '--indicator', 'heroin-seizures', '--edition', '2021');
    expect(edition.code).toBe(2);
    expect(edition.err).toContain('--edition is for --packet only');
    const hint = await run(project, FILE);
    expect(hint.code).toBe(2);
    expect(hint.err).toContain(`a returned verification packet is read with vdr import --packet ${FILE}`);
  });

  it('exits 3 when the packet cannot be read', async () => {
    const result = await run(project, '--packet', join(project.root, 'nowhere.xlsx'));
    expect(result.code).toBe(3);
    expect(result.err).toMatch(/nowhere\.xlsx.*does not exist/);
    expect(result.err).toContain('Nothing was written.');
    expect(result.out).toBe('');
  }, 120_000);

  it('says in its help what --packet does and that it writes nothing', async () => {
    const help = await run(project, '--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('vdr import --packet FILE [--edition YEAR] [--project DIR] [--json]');
    expect(help.out).toMatch(/It writes nothing: a correction is for a data\s+manager to check and apply/);
  });
});
