/**
 * Verification packets: AFG's figures of the 2021 edition against an earlier "published" edition
 * made by changing a few of them (new, changed and unchanged right, with the published figures);
 * the packet workbook opened with exceljs (its figures equal metrics.json's, formula-like text
 * stays text, two writes byte-identical); a returned packet with a correction, a value that is not
 * a number, an edited key cell and an added row read back with the right list and places.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realDataset } from '../metrics/real.js';
import { computeMetrics } from '../../pipeline/metrics/index.js';
import type { EntityMetric, Metrics } from '../../pipeline/metrics/types.js';
import type { Dataset } from '../../pipeline/model.js';
import { formatLocation } from '../../pipeline/diagnostics/format.js';
import { publishedMetrics, verificationList, type EarlierEdition, type PartnerFigure } from '../../pipeline/briefs/verify.js';
import type { Project } from '../../pipeline/project/index.js';
import { packetFile, packetWorkbook, type PacketInput } from '../../pipeline/briefs/packet-workbook.js';
import { PACKET_WORDS as W } from '../../pipeline/briefs/packet-words.js';
import { formatReturnedPacket, readReturnedPacket } from '../../pipeline/import/verification.js';

const EPOCH = 1767225600; // 2026-01-01T00:00:00Z

let dataset: Dataset;
let metrics: Metrics;
let earlier: EarlierEdition;
const dir = mkdtempSync(join(tmpdir(), 'vdr-packet-'));

/** The earlier edition: AFG's figures as "published" before a few were revised. */
function publishedBefore(now: Metrics): Metrics {
  const edit = (m: EntityMetric): EntityMetric | undefined => {
    if (m.entity !== 'AFG') return m;
    switch (m.indicator) {
      case 'heroin-seizures': // the same baseline year, another value: changed
        return { ...m, baseline: 3600 };
      case 'opium-seizures': // the current figure was of 2020: the 2021 figure is new
        return m.sex === 'total' ? { ...m, current_year: 2020, current: 90000 } : m;
      case 'joint-operations': // not in the earlier edition: both figures new
        return undefined;
      case 'treatment-coverage': // the same value, no longer provisional: changed
        return { ...m, current_flag: null };
      case 'border-liaison-offices': // a baseline published then, gone now: changed
        return { ...m, baseline_year: 2014, baseline: 10 };
      default:
        return m;
    }
  };
  return { ...now, entities: now.entities.map(edit).filter((m): m is EntityMetric => m !== undefined) };
}

beforeAll(() => {
  dataset = realDataset();
  metrics = computeMetrics(dataset, { year: 2021, previous: 2014 });
  earlier = { against: 'published', note: 'Compared with the last published version of the 2021 edition, 1.0.0.', metrics: publishedBefore(metrics) };
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const find = (figures: readonly PartnerFigure[], indicator: string, role: 'baseline' | 'current', sex = 'total'): PartnerFigure | undefined =>
  figures.find((f) => f.indicator === indicator && f.role === role && f.sex === sex);

describe('verificationList', () => {
  it('marks every figure new when there is no earlier edition, and says so', () => {
    const v = verificationList('AFG', metrics);
    const afg = metrics.entities.filter((m) => m.entity === 'AFG');
    const withValue = afg.filter((m) => m.baseline !== null).length + afg.filter((m) => m.current !== null).length;
    expect(v.against).toBe('nothing');
    expect(v.note).toMatch(/no earlier published edition/);
    expect(v.figures).toHaveLength(withValue);
    expect(v.figures.every((f) => f.kind === 'new' && f.previous === null)).toBe(true);
    expect(v.listed).toEqual(v.figures);
    expect(v.changes).toEqual([]);
  });

  it('tells new, changed and unchanged figures apart, with the published figures', () => {
    const v = verificationList('AFG', metrics, earlier);
    expect(v.against).toBe('published');
    expect(find(v.figures, 'heroin-seizures', 'baseline')).toMatchObject({ kind: 'changed', year: 2014, value: 3689.1, previous: { year: 2014, value: 3600, flag: 'estimate' } });
    expect(find(v.figures, 'heroin-seizures', 'current')).toMatchObject({ kind: 'unchanged', value: 4380.8, source: { file: 'data/observations/pillar-1.csv', line: 288 } });
    expect(find(v.figures, 'opium-seizures', 'current')).toMatchObject({ kind: 'new', year: 2021, value: 99116, previous: { year: 2020, value: 90000 } });
    expect(find(v.figures, 'opium-seizures', 'baseline')?.kind).toBe('unchanged');
    expect(find(v.figures, 'joint-operations', 'baseline')).toMatchObject({ kind: 'new', previous: null });
    expect(find(v.figures, 'joint-operations', 'current')).toMatchObject({ kind: 'new', previous: null });
    expect(find(v.figures, 'treatment-coverage', 'current')).toMatchObject({ kind: 'changed', flag: 'provisional', previous: { value: 14.3, flag: null } });
    expect(find(v.figures, 'border-liaison-offices', 'baseline')).toMatchObject({ kind: 'changed', year: null, value: null, source: null, previous: { year: 2014, value: 10 } });
    const listed = v.listed.map((f) => `${f.indicator} ${f.role}`);
    expect(listed).toEqual([
      'heroin-seizures baseline',
      'opium-seizures current',
      'joint-operations baseline',
      'joint-operations current',
      'border-liaison-offices baseline',
      'treatment-coverage current',
    ]);
    // Every other figure is as published; the report's own comparison names the same metrics.
    expect(v.figures.filter((f) => f.kind === 'unchanged')).toHaveLength(v.figures.length - listed.length);
    expect(new Set(v.changes.map((c) => c.indicator))).toEqual(new Set(['heroin-seizures', 'opium-seizures', 'joint-operations', 'border-liaison-offices']));
  });

  it('compares with nothing when no edition was published before, and says why', () => {
    const project = { root: dir, outputDir: join(dir, 'output') } as unknown as Project;
    const comparison = publishedMetrics(project, { ...metrics, edition: { year: 2021, previous: null } });
    expect(comparison).toEqual({ against: 'nothing', note: 'The 2021 edition has not been published yet, and there is no previous edition, so there is nothing to compare it with. Every figure is therefore marked new.' });
    const v = verificationList('AFG', metrics, comparison);
    expect(v.note).toBe(comparison.note);
    expect(v.figures.every((f) => f.kind === 'new')).toBe(true);
  });

  it('lists nothing for a partner without figures', () => {
    const v = verificationList('NOPE', metrics, earlier);
    expect(v.figures).toEqual([]);
  });
});

function input(v = verificationList('AFG', metrics, earlier), data: Dataset = dataset): PacketInput {
  return { verification: v, dataset: data, edition: { year: 2021, title: 'Implementing the Vienna Declaration', version: null, date: '2026-01-01' }, epoch: EPOCH };
}

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

/** The Figures sheet's table: its header row number and its rows as maps from header to value. */
function figuresTable(ws: ExcelJS.Worksheet): { headerRow: number; headers: string[]; rows: Map<string, unknown>[] } {
  const tables = ws.getTables() as unknown as { table: { tableRef: string; columns: { name: string }[] } }[];
  expect(tables).toHaveLength(1);
  const { tableRef, columns } = tables[0]!.table;
  const [, first, last] = /^A(\d+):[A-Z]+(\d+)$/.exec(tableRef)!;
  const headers = columns.map((c) => c.name);
  const rows: Map<string, unknown>[] = [];
  for (let r = Number(first) + 1; r <= Number(last); r++) rows.push(new Map(headers.map((h, c) => [h, ws.getCell(r, c + 1).value ?? null])));
  return { headerRow: Number(first), headers, rows };
}

describe('packetWorkbook', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await packetWorkbook(input());
  });

  it('is named by edition and partner', () => {
    expect(packetFile('AFG', 2021)).toBe('verify-2021-AFG.xlsx');
    expect(packetFile('EU/EC', 2021)).toBe('verify-2021-EU-EC.xlsx');
  });

  it('has a cover that names the partner, the edition, the draft and how to return it', async () => {
    const wb = await open(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Cover', 'Contents', 'Figures', 'Notes']);
    const cover = wb.getWorksheet('Cover')!;
    const text: string[] = [];
    cover.eachRow((row) => text.push(String(row.getCell(1).value)));
    expect(text[0]).toBe('Implementing the Vienna Declaration: figures of Afghanistan (Islamic Republic of) to verify');
    expect(text).toContain('Afghanistan (Islamic Republic of), AFG');
    expect(text).toContain('2021 edition');
    expect(text).toContain(W.cover.draft);
    expect(text).toContain('2026-01-01');
    expect(text).toContain(W.cover.returning);
    expect(text).toContain(earlier.note);
  });

  it('holds every figure of the partner as metrics.json has it, with its line, its standing and empty columns to fill', async () => {
    const wb = await open(bytes);
    const { headers, rows } = figuresTable(wb.getWorksheet('Figures')!);
    expect(headers.slice(-4)).toEqual([W.columns.confirmed, W.columns.corrected, W.columns.comment, W.columns.check]);
    const v = verificationList('AFG', metrics, earlier);
    expect(rows).toHaveLength(v.figures.length);
    const byKey = new Map(metrics.entities.filter((m) => m.entity === 'AFG').map((m) => [`${m.indicator}|${m.sex}`, m]));
    for (const row of rows) {
      const m = byKey.get(`${String(row.get('Indicator'))}|${String(row.get('Sex'))}`)!;
      const role = row.get('Figure') as 'baseline' | 'current';
      const figure = find(v.figures, m.indicator, role, m.sex)!;
      expect(row.get('Partner')).toBe('AFG');
      expect(row.get('Value held'), `${m.indicator} ${role}`).toBe(role === 'baseline' ? m.baseline : m.current);
      expect(row.get('Year')).toBe(role === 'baseline' ? m.baseline_year : m.current_year);
      const source = m.sources[role];
      expect(row.get('Source (file:line)')).toBe(source ? `${source.file}:${source.line}` : null);
      expect(row.get('Since last published')).toBe(figure.kind);
      expect(row.get('Published value')).toBe(figure.previous?.value ?? null);
      expect(row.get('Published year')).toBe(figure.previous?.year ?? null);
      for (const fill of [W.columns.confirmed, W.columns.corrected, W.columns.comment]) expect(row.get(fill)).toBeNull();
      expect(row.get(W.columns.check)).toMatch(/^[0-9a-f]{12}$/);
    }
    const heroin = rows.find((r) => r.get('Indicator') === 'heroin-seizures' && r.get('Figure') === 'baseline')!;
    expect(heroin.get('Flag')).toBe('estimate');
    expect(heroin.get('Unit')).toBe('kilograms');
  });

  it('is byte-identical when written twice', async () => {
    const again = await packetWorkbook(input());
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it('keeps text that looks like a formula as text', async () => {
    const data = { ...dataset, indicators: dataset.indicators.map((i) => (i.id === 'heroin-seizures' ? { ...i, title: '=HYPERLINK("http://example.com","x")' } : i)) };
    const wb = await open(await packetWorkbook(input(undefined, data)));
    const { rows } = figuresTable(wb.getWorksheet('Figures')!);
    expect(rows.find((r) => r.get('Indicator') === 'heroin-seizures')!.get('Indicator title')).toBe('=HYPERLINK("http://example.com","x")');
    const zip = await JSZip.loadAsync(await packetWorkbook(input(undefined, data)));
    for (const file of Object.values(zip.files).filter((f) => /worksheets\/sheet\d+\.xml$/.test(f.name))) expect(await file.async('string')).not.toContain('<f>');
  });

  it('says so for a partner without figures, and reads back clean', async () => {
    const none = verificationList('NOPE', metrics);
    const packet = await packetWorkbook(input(none));
    const { rows } = figuresTable((await open(packet)).getWorksheet('Figures')!);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.get('Indicator title')).toBe(W.none);
    const path = join(dir, 'none.xlsx');
    writeFileSync(path, packet);
    const back = await readReturnedPacket(path, { sent: none });
    expect(back).toMatchObject({ ok: true, partner: 'NOPE', rows: 0, corrections: [], unconfirmed: [] });
  });
});

describe('readReturnedPacket', () => {
  const file = 'verify-2021-AFG.xlsx';
  let path: string;
  /** The row of a figure in the returned sheet. */
  let rowOf: (indicator: string, figure: string) => number;
  let extraRow: number;

  beforeAll(async () => {
    const wb = await open(await packetWorkbook(input()));
    const ws = wb.getWorksheet('Figures')!;
    const { headerRow, rows } = figuresTable(ws);
    rowOf = (indicator, figure) => headerRow + 1 + rows.findIndex((r) => r.get('Indicator') === indicator && r.get('Figure') === figure && r.get('Sex') === 'total');
    // Every figure confirmed, but for what the partner says about four of them.
    for (let r = headerRow + 1; r <= headerRow + rows.length; r++) ws.getCell(r, 14).value = 'yes';
    const heroin = rowOf('heroin-seizures', 'baseline');
    ws.getCell(heroin, 14).value = 'no';
    ws.getCell(heroin, 15).value = 3700;
    ws.getCell(heroin, 16).value = 'Revised by the ministry in 2022';
    const opium = rowOf('opium-seizures', 'current');
    ws.getCell(opium, 14).value = 'no';
    ws.getCell(opium, 15).value = '99,000 kg';
    ws.getCell(rowOf('asset-cases', 'current'), 14).value = null;
    const deaths = rowOf('drug-induced-deaths', 'current');
    ws.getCell(deaths, 14).value = 'No';
    ws.getCell(deaths, 16).value = 'Not our figure';
    ws.getCell(rowOf('joint-operations', 'current'), 6).value = 2020;
    extraRow = headerRow + rows.length + 1;
    ws.getCell(extraRow, 1).value = 'AFG';
    ws.getCell(extraRow, 2).value = 'heroin-seizures';
    ws.getCell(extraRow, 15).value = 12;
    path = join(dir, file);
    writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
  });

  it('lists each correction and each figure not confirmed, and every problem at its cell', async () => {
    const sent = verificationList('AFG', metrics, earlier);
    const back = await readReturnedPacket(path, { shown: file, sent });
    expect(back.ok).toBe(false);
    expect(back.partner).toBe('AFG');
    expect(back.corrections).toEqual([
      { indicator: 'heroin-seizures', entity: 'AFG', sex: 'total', figure: 'baseline', year: 2014, held: 3689.1, corrected: 3700, comment: 'Revised by the ministry in 2022', at: { file: `${file}[Figures]`, place: { line: rowOf('heroin-seizures', 'baseline'), column: 15 } } },
    ]);
    expect(back.unconfirmed.map((u) => [u.indicator, u.figure, u.answer, u.comment])).toEqual([
      ['opium-seizures', 'current', 'no', null],
      ['asset-cases', 'current', 'blank', null],
      ['drug-induced-deaths', 'current', 'no', 'Not our figure'],
    ]);
    // Every row but the edited one is read; all but the four answered otherwise are confirmed.
    expect(back.rows).toBe(sent.figures.length - 1);
    expect(back.confirmed).toBe(sent.figures.length - 5);
    const problems = back.messages.map((m) => `${formatLocation(m)} ${m.ruleId}`).sort();
    expect(problems).toEqual(
      [
        `${file}[Figures]!O${rowOf('opium-seizures', 'current')} packet/corrected-not-number`,
        `${file}[Figures]!F${rowOf('joint-operations', 'current')} packet/edited-key`,
        `${file}[Figures]!A${extraRow} packet/added-row`,
      ].sort(),
    );
    const edited = back.messages.find((m) => m.ruleId === 'packet/edited-key')!;
    expect(edited.reason).toContain('"2021"');
    expect(edited.value).toBe('2020');
  });

  it('makes the packet sent for the partner its rows name, and prints the list', async () => {
    const asked: string[] = [];
    const back = await readReturnedPacket(path, { shown: file, sent: (partner) => (asked.push(partner), verificationList(partner, metrics, earlier)) });
    expect(asked).toEqual(['AFG']);
    expect(back.messages.map((m) => m.ruleId)).toContain('packet/edited-key');
    const text = formatReturnedPacket(back);
    expect(text).toContain(`${file}: ${back.rows} figures of AFG: ${back.confirmed} confirmed, 1 corrected, 3 not confirmed.`);
    expect(text).toContain('  corrected AFG heroin-seizures baseline 2014: 3689.1 -> 3700 ("Revised by the ministry in 2022")');
    expect(text).toContain('  not confirmed AFG asset-cases current 2021: 40 (no answer)');
  });

  it('without the packet sent, points at the edited row’s check code', async () => {
    const back = await readReturnedPacket(path, { shown: file });
    const problems = back.messages.map((m) => `${formatLocation(m)} ${m.ruleId}`).sort();
    expect(problems).toEqual(
      [
        `${file}[Figures]!O${rowOf('opium-seizures', 'current')} packet/corrected-not-number`,
        `${file}[Figures]!Q${rowOf('joint-operations', 'current')} packet/edited-key`,
        `${file}[Figures]!A${extraRow} packet/added-row`,
      ].sort(),
    );
    expect(back.corrections).toHaveLength(1);
  });

  it('names every other problem of a returned packet at its row', async () => {
    const wb = await open(await packetWorkbook(input()));
    const ws = wb.getWorksheet('Figures')!;
    const { headerRow, rows } = figuresTable(ws);
    const first = headerRow + 1;
    for (let r = first; r <= headerRow + rows.length; r++) ws.getCell(r, 14).value = 'yes';
    ws.getCell(first, 14).value = 'maybe';
    ws.getCell(first + 1, 15).value = 5;
    const copy = (from: number, to: number): void => {
      for (let c = 1; c <= 17; c++) ws.getCell(to, c).value = ws.getCell(from, c).value;
    };
    const repeated = headerRow + rows.length + 1;
    copy(first + 2, repeated);
    const unknown = repeated + 1;
    copy(first + 3, unknown);
    ws.getCell(unknown, 17).value = '000000000000';
    const returned = join(dir, 'verify-2021-AFG-problems.xlsx');
    writeFileSync(returned, Buffer.from(await wb.xlsx.writeBuffer()));
    const back = await readReturnedPacket(returned, { shown: file, sent: verificationList('AFG', metrics, earlier) });
    const rowOfRule = (rule: string): number[] => back.messages.filter((m) => m.ruleId === rule).map((m) => Number(/!(?:[A-Z]+)(\d+)$/.exec(formatLocation(m))?.[1]));
    expect(rowOfRule('packet/confirmed')).toEqual([first]);
    expect(rowOfRule('packet/confirmed-and-corrected')).toEqual([first + 1]);
    expect(rowOfRule('packet/repeated-row')).toEqual([repeated]);
    expect(rowOfRule('packet/unknown-row')).toEqual([unknown]);
    // The packet sent is recorded under another partner than the one its rows name.
    const other = await readReturnedPacket(returned, { shown: file, sent: { ...verificationList('AFG', metrics, earlier), partner: 'ALB' } });
    expect(other.messages.map((m) => m.ruleId)).toContain('packet/other-partner');
  });

  it('says which figure is gone when a row was deleted, and names an edited row once, not also as gone', async () => {
    const wb = await open(await packetWorkbook(input()));
    const ws = wb.getWorksheet('Figures')!;
    const { headerRow, rows } = figuresTable(ws);
    for (let r = headerRow + 1; r <= headerRow + rows.length; r++) ws.getCell(r, 14).value = 'yes';
    const gone = rows[0]!;
    ws.spliceRows(headerRow + 1, 1);
    ws.getCell(headerRow + 1, 6).value = 1999;
    const returned = join(dir, 'verify-2021-AFG-deleted.xlsx');
    writeFileSync(returned, Buffer.from(await wb.xlsx.writeBuffer()));
    const back = await readReturnedPacket(returned, { shown: file, sent: verificationList('AFG', metrics, earlier) });
    const missing = back.messages.filter((m) => m.ruleId === 'packet/missing-rows');
    expect(missing).toHaveLength(1);
    expect(missing[0]!.reason).toBe(`1 figure the packet sent is not in the workbook (the first: ${gone.get('Indicator')} ${gone.get('Sex')} ${gone.get('Figure')} ${gone.get('Year')})`);
    expect(back.messages.filter((m) => m.ruleId === 'packet/edited-key')).toHaveLength(1);
  });

  it('says when the figures sheet has no header row, or a column is missing from it', async () => {
    const bare = new ExcelJS.Workbook();
    bare.addWorksheet('Figures').getCell('A1').value = 'x';
    const noHeader = join(dir, 'no-header.xlsx');
    writeFileSync(noHeader, Buffer.from(await bare.xlsx.writeBuffer()));
    expect((await readReturnedPacket(noHeader, { shown: 'no-header.xlsx' })).messages.map((m) => m.ruleId)).toEqual(['packet/no-header']);
    const wb = await open(await packetWorkbook(input()));
    const ws = wb.getWorksheet('Figures')!;
    const { headerRow } = figuresTable(ws);
    ws.getCell(headerRow, 16).value = null;
    const noComment = join(dir, 'no-comment.xlsx');
    writeFileSync(noComment, Buffer.from(await wb.xlsx.writeBuffer()));
    const back = await readReturnedPacket(noComment, { shown: 'no-comment.xlsx' });
    expect(back.ok).toBe(false);
    expect(back.messages.map((m) => m.ruleId)).toContain('packet/missing-column');
  });

  it('says when the workbook is not a packet', async () => {
    const other = join(dir, 'other.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Data').getCell('A1').value = 'x';
    writeFileSync(other, Buffer.from(await wb.xlsx.writeBuffer()));
    const back = await readReturnedPacket(other, { shown: 'other.xlsx' });
    expect(back.ok).toBe(false);
    expect(back.messages.map((m) => m.ruleId)).toEqual(['packet/no-figures-sheet']);
  });
});
