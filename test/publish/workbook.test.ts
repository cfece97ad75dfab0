/**
 * report-data.xlsx: opened with exceljs, every figure of every indicator sheet and of the
 * aggregates equals metrics.json's (the 2021 edition of the project's data); every table sheet
 * holds one named table under a short heading, with no merged cell; text that looks like a
 * formula stays text; two writes, a second apart and in another time zone, are byte-identical.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { realMetrics } from '../content/compile.js';
import { realDataset } from '../metrics/real.js';
import { en } from '../../pipeline/i18n/index.js';
import { COUNTING_RULE_IDS } from '../../pipeline/metrics/rules.js';
import { STATUSES, type Metrics } from '../../pipeline/metrics/types.js';
import type { Dataset } from '../../pipeline/model.js';
import { reportWorkbook, workbookEn, type WorkbookInput } from '../../pipeline/publish/workbook.js';
import { SHEET_NAME_MAX, WorkbookNames } from '../../pipeline/publish/workbook-names.js';

const EPOCH = 1767225600; // 2026-01-01T00:00:00Z

function input(dataset: Dataset = realDataset(), metrics: Metrics = realMetrics()): WorkbookInput {
  return { edition: { year: 2021, title: 'Implementing the Vienna Declaration', version: '1.0.0', date: '2026-01-01' }, epoch: EPOCH, dataset, metrics };
}

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

/** A sheet's one table: its name, header row number, headers and data rows (cell values by header). */
interface ReadTable {
  name: string;
  headerRow: number;
  headers: string[];
  rows: Map<string, unknown>[];
}

function tableOf(ws: ExcelJS.Worksheet): ReadTable {
  const tables = ws.getTables() as unknown as { table: { name: string; tableRef: string; columns: { name: string }[] } }[];
  expect(tables, `sheet ${ws.name} has one table`).toHaveLength(1);
  const { name, tableRef, columns } = tables[0]!.table;
  const [, first, last] = /^A(\d+):[A-Z]+(\d+)$/.exec(tableRef)!;
  const headerRow = Number(first);
  const headers = columns.map((c) => c.name);
  const rows: Map<string, unknown>[] = [];
  for (let r = headerRow + 1; r <= Number(last); r++) {
    rows.push(new Map(headers.map((h, c) => [h, ws.getCell(r, c + 1).value ?? null])));
  }
  return { name, headerRow, headers, rows };
}

/** The text of every part of the zip whose name matches. */
async function parts(bytes: Uint8Array, pattern: RegExp): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const found = new Map<string, string>();
  for (const file of Object.values(zip.files)) if (pattern.test(file.name)) found.set(file.name, await file.async('string'));
  return found;
}

describe('report-data.xlsx of the 2021 edition', () => {
  let bytes: Uint8Array;
  let book: ExcelJS.Workbook;
  const metrics = realMetrics();
  const dataset = realDataset();

  beforeAll(async () => {
    bytes = await reportWorkbook(input());
    book = await open(bytes);
  }, 60_000);

  it('has a cover, contents, notes, one sheet per indicator and the aggregates, in that order', () => {
    const names = book.worksheets.map((ws) => ws.name);
    expect(names).toEqual(['Cover', 'Contents', 'Notes', ...dataset.indicators.map((i) => i.id), 'Aggregates']);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(SHEET_NAME_MAX);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    }
  });

  it('says on the cover what the edition is, that the figures are illustrative, that no licence is set, whom to ask and how to cite', () => {
    const text = book.getWorksheet('Cover')!.getColumn(1).values.filter((v): v is string => typeof v === 'string');
    expect(text[0]).toBe('Implementing the Vienna Declaration');
    expect(text).toContain('1.0.0');
    expect(text).toContain('2026-01-01');
    expect(text).toContain(en.illustrativeNote);
    expect(text.some((t) => t.startsWith('No licence has been set'))).toBe(true);
    expect(text.some((t) => t.includes('Paris Pact Coordination Unit'))).toBe(true);
    expect(text).toContain('UNODC, Implementing the Vienna Declaration, 2021 edition, version 1.0.0: report-data.xlsx');
  });

  it('lists every other sheet in the contents, each linked to within the workbook', async () => {
    const contents = tableOf(book.getWorksheet('Contents')!);
    const listed = contents.rows.map((row) => row.get('Sheet'));
    expect(listed).toEqual(book.worksheets.map((ws) => ws.name).filter((name) => name !== 'Contents'));
    const xml = (await parts(bytes, /^xl\/worksheets\/sheet2\.xml$/)).get('xl/worksheets/sheet2.xml')!;
    const links = [...xml.matchAll(/<hyperlink ref="A(\d+)" location="([^"]+)"\/>/g)].map((m) => [Number(m[1]), m[2]!.replaceAll('&apos;', "'")]);
    expect(links).toEqual(listed.map((name, i) => [contents.headerRow + 1 + i, `'${String(name)}'!A1`]));
    // No link goes out of the workbook.
    const rels = await parts(bytes, /_rels\/.*\.rels$/);
    for (const text of rels.values()) expect(text).not.toMatch(/hyperlink/);
  });

  it('explains the flags, reasons, statuses and counting rules in the words of the methodology annex', () => {
    const notes = tableOf(book.getWorksheet('Notes')!);
    const meanings = notes.rows.map((row) => row.get('Meaning'));
    for (const id of COUNTING_RULE_IDS) expect(meanings).toContain(en.methodology.countingRules[id].text);
    const terms = notes.rows.map((row) => row.get('Term'));
    for (const status of STATUSES) expect(terms).toContain(en.statuses[status]);
    for (const flag of ['estimate', 'provisional', 'break'] as const) expect(terms).toContain(en.flags[flag]);
    for (const reason of ['not reported', 'not applicable', 'confidential', 'not collected']) expect(terms).toContain(reason);
  });

  it('gives every indicator sheet the figures of metrics.json and of the observations, row by row', () => {
    for (const indicator of dataset.indicators) {
      const ws = book.getWorksheet(indicator.id)!;
      const table = tableOf(ws);
      const expected = metrics.entities.filter((m) => m.indicator === indicator.id);
      expect(table.rows).toHaveLength(expected.length);
      const unit = indicator.unit === 'kg' ? 'kilograms' : indicator.unit === 'percent' ? 'percentage' : indicator.unit === 'count' ? 'number' : indicator.unit;
      const years = table.headers.filter((h) => /^\d{4} \(/.test(h));
      expected.forEach((m, i) => {
        const row = table.rows[i]!;
        const at = `${indicator.id}, row ${i + 1}`;
        expect(row.get('Code'), at).toBe(m.entity);
        if (row.has('Sex')) expect(row.get('Sex'), at).toBe(m.sex);
        expect(row.get('Baseline year'), at).toBe(m.baseline_year);
        expect(row.get(`Baseline (${unit})`), at).toBe(m.baseline);
        expect(row.get('Current year'), at).toBe(m.current_year);
        expect(row.get(`Current (${unit})`), at).toBe(m.current);
        expect(row.get(`Change (${indicator.unit === 'percent' ? 'percentage points' : unit})`), at).toBe(m.change);
        expect(row.get('Relative change (%)'), at).toBe(m.relative_change);
        expect(row.get('Status'), at).toBe(en.statuses[m.status]);
        for (const header of years) {
          const year = Number(header.slice(0, 4));
          const observation = dataset.observations.find((o) => o.indicator === indicator.id && o.country === m.entity && o.sex === m.sex && o.year === year);
          expect(row.get(header), `${at}, ${year}`).toBe(observation?.value ?? null);
        }
      });
      // Years with data only, up to the edition year.
      for (const header of years) expect(Number(header.slice(0, 4))).toBeLessThanOrEqual(2021);
    }
  });

  it('gives the aggregates of metrics.json, one row per indicator and group', () => {
    const table = tableOf(book.getWorksheet('Aggregates')!);
    expect(table.rows).toHaveLength(metrics.aggregates.length);
    metrics.aggregates.forEach((a, i) => {
      const row = table.rows[i]!;
      const at = `${a.indicator}, ${a.group}`;
      expect(row.get('Indicator code'), at).toBe(a.indicator);
      expect(row.get('Group'), at).toBe(a.group_type === 'all' ? en.allPartners : a.group);
      expect(row.get('Baseline year'), at).toBe(a.baseline_year);
      expect(row.get('Baseline'), at).toBe(a.baseline);
      expect(row.get('Baseline figures from (year)'), at).toBe(a.baseline_years?.from ?? null);
      expect(row.get('Current'), at).toBe(a.current);
      expect(row.get('Current figures to (year)'), at).toBe(a.current_years?.to ?? null);
      expect(row.get('Change'), at).toBe(a.change);
      expect(row.get('Relative change (%)'), at).toBe(a.relative_change);
      expect(row.get('Status'), at).toBe(en.statuses[a.status]);
      expect(row.get('Expected to report (number)'), at).toBe(a.coverage.expected);
      expect(row.get('With a baseline (number)'), at).toBe(a.coverage.with_baseline);
      expect(row.get('With a current figure (number)'), at).toBe(a.coverage.with_current);
      expect(row.get('With both: balanced set (number)'), at).toBe(a.coverage.with_both);
      for (const status of STATUSES) expect(row.get(`Status ${en.statuses[status]} (number)`), at).toBe(a.status_counts[status]);
    });
  });

  it('writes numbers as numbers with their indicator’s decimals, and missing figures as empty cells', () => {
    const ws = book.getWorksheet('heroin-seizures')!;
    const { headerRow, headers } = tableOf(ws);
    const column = (header: string): number => headers.indexOf(header) + 1;
    const cell = ws.getCell(headerRow + 1, column('Baseline (kilograms)'));
    expect(typeof cell.value).toBe('number');
    expect(cell.numFmt).toBe('#,##0.0');
    expect(ws.getCell(headerRow + 1, column('Relative change (%)')).numFmt).toBe('+0.0%;-0.0%;0.0%');
    expect(ws.getCell(headerRow + 1, column('Baseline year')).numFmt).toBe('0');
    // Nowhere a figure written as text, nor a missing figure written as 0 or n/a.
    for (const sheet of book.worksheets.slice(3)) {
      const table = tableOf(sheet);
      for (const row of table.rows) {
        for (const [header, value] of row) {
          if (/\(|year$|^Baseline$|^Current$|^Change$/.test(header) && !/^Relative|^Unit/.test(header)) expect(typeof value === 'number' || value === null, `${sheet.name}: ${header}`).toBe(true);
          expect(value).not.toBe('n/a');
        }
      }
    }
    const missing = metrics.entities.find((m) => m.indicator === 'heroin-seizures' && m.baseline === null)!;
    const row = tableOf(ws).rows.find((r) => r.get('Code') === missing.entity)!;
    expect(row.get('Baseline (kilograms)')).toBeNull();
  });

  it('starts each table after a short heading, with a title in A1, no blank row, no merged cell, a frozen header row and set widths', async () => {
    const names = new Set<string>();
    for (const ws of book.worksheets.slice(1)) {
      const table = tableOf(ws);
      names.add(table.name.toLowerCase());
      expect(table.headerRow, ws.name).toBeLessThanOrEqual(5);
      expect(typeof ws.getCell('A1').value, ws.name).toBe('string');
      for (let r = 1; r <= table.headerRow + table.rows.length; r++) {
        expect(ws.getRow(r).cellCount > 0 && ws.getRow(r).actualCellCount > 0, `${ws.name}: row ${r}`).toBe(true);
      }
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: table.headerRow });
      for (let c = 1; c <= table.headers.length; c++) expect(ws.getColumn(c).width, `${ws.name}: column ${c}`).toBeGreaterThan(0);
      expect((ws.model as unknown as { merges: string[] }).merges).toEqual([]);
    }
    expect(names.size).toBe(book.worksheets.length - 1);
    for (const [name, xml] of await parts(bytes, /^xl\/worksheets\/.*\.xml$/)) expect(xml, name).not.toMatch(/<mergeCell/);
  });

  it('dates the document with the publication date, never the clock', async () => {
    const core = (await parts(bytes, /^docProps\/core\.xml$/)).get('docProps/core.xml')!;
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:modified>');
    const zip = await JSZip.loadAsync(bytes);
    for (const file of Object.values(zip.files)) expect(file.date.toISOString(), file.name).toBe('2026-01-01T00:00:00.000Z');
  });

  it('gives the same bytes when written again a second later in another time zone', async () => {
    const zone = process.env['TZ'];
    await new Promise((resolve) => setTimeout(resolve, 1100));
    process.env['TZ'] = 'Pacific/Kiritimati';
    try {
      expect(new Date(EPOCH * 1000).getHours()).toBe(14);
      const again = await reportWorkbook(input());
      expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    } finally {
      if (zone === undefined) delete process.env['TZ'];
      else process.env['TZ'] = zone;
    }
  }, 60_000);
});

describe('text that looks like a formula', () => {
  it('is written as text and read back as the same string, never as a formula', async () => {
    const real = realDataset();
    const planted = {
      title: '=HYPERLINK("http://example.org/","click")',
      country: '+1',
      organization: '@SUM(1,2)',
      note: '=1+2',
      note2: '-2+3',
    };
    const afg = real.observations.findIndex((o) => o.indicator === 'heroin-seizures' && o.country === 'AFG' && o.year === 2016 && o.sex === 'total');
    const alb = real.observations.findIndex((o) => o.indicator === 'opium-seizures' && o.country === 'IRN' && o.sex === 'total');
    expect(afg).toBeGreaterThanOrEqual(0);
    expect(alb).toBeGreaterThanOrEqual(0);
    const observations = real.observations.map((o, i) => (i === afg ? { ...o, note: planted.note } : i === alb ? { ...o, note: planted.note2 } : o));
    const dataset: Dataset = {
      ...real,
      observations,
      indicators: real.indicators.map((i) => (i.id === 'joint-operations' ? { ...i, title: planted.title } : i)),
      reference: {
        ...real.reference,
        countries: real.reference.countries.map((c) => (c.iso3 === 'AFG' ? { ...c, name: planted.country } : c)),
        countryNames: real.reference.countryNames.filter((n) => n.iso3 !== 'AFG'),
        organizations: real.reference.organizations.map((o, i) => (i === 0 ? { ...o, name: planted.organization } : o)),
      },
    };
    // Names, titles and notes do not change a figure: the metrics are the real data's.
    const bytes = await reportWorkbook(input(dataset, realMetrics()));
    const book = await open(bytes);

    const heroin = tableOf(book.getWorksheet('heroin-seizures')!);
    const afgRow = heroin.rows.find((r) => r.get('Code') === 'AFG')!;
    expect(afgRow.get('Name')).toBe(planted.country);
    expect(afgRow.get('Notes')).toBe(`${planted.note} (2016)`);
    const opium = tableOf(book.getWorksheet('opium-seizures')!);
    expect(opium.rows.find((r) => r.get('Code') === 'IRN')!.get('Notes')).toMatch(/^-2\+3 \(\d{4}\)$/);
    const joint = book.getWorksheet('joint-operations')!;
    expect(joint.getCell('A1').value).toBe(`${planted.title} (number)`);
    const aggregates = tableOf(book.getWorksheet('Aggregates')!);
    expect(aggregates.rows.find((r) => r.get('Indicator code') === 'joint-operations')!.get('Indicator')).toBe(planted.title);
    const organization = real.reference.organizations[0]!.acronym;
    const orgSheets = real.indicators.filter((i) => i.reported_by === 'organization').map((i) => tableOf(book.getWorksheet(i.id)!));
    const orgNames = orgSheets.flatMap((t) => t.rows.filter((r) => r.get('Code') === organization).map((r) => r.get('Name')));
    for (const name of orgNames) expect(name).toBe(planted.organization);

    // In the sheets' XML: no formula anywhere, and each planted text a shared string.
    const sheets = await parts(bytes, /^xl\/worksheets\/sheet\d+\.xml$/);
    for (const [name, xml] of sheets) expect(xml, name).not.toMatch(/<f[ >]/);
    const shared = (await parts(bytes, /^xl\/sharedStrings\.xml$/)).get('xl/sharedStrings.xml')!;
    expect(shared).toContain('<t>+1</t>');
    expect(shared).toContain('<t>=1+2 (2016)</t>');
    expect(shared).toContain('@SUM(1,2)');
    expect(shared).toContain('=HYPERLINK(&quot;http://example.org/&quot;,&quot;click&quot;)');
    // exceljs reads each back as a string cell, not a formula.
    const cell = book.getWorksheet('heroin-seizures')!.getCell(heroin.headerRow + 1 + heroin.rows.indexOf(afgRow), heroin.headers.indexOf('Name') + 1);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
  }, 60_000);
});

describe('sheet and table names', () => {
  it('are cut to 31 characters, cleaned of forbidden characters and numbered when taken', () => {
    const names = new WorkbookNames();
    expect(names.sheet('a-very-long-indicator-identifier-beyond-the-limit')).toBe('a-very-long-indicator-identifie');
    expect(names.sheet('a-very-long-indicator-identifier-beyond-the-limit')).toBe('a-very-long-indicator-identif-2');
    expect(names.sheet('what? [a]/b:c*d\\e')).toBe('what- -a--b-c-d-e');
    expect(names.sheet("'quoted'")).toBe('quoted');
    expect(names.sheet('Cover')).toBe('Cover');
    expect(names.sheet('cover')).toBe('cover-2');
    expect(names.sheet('History')).toBe('History-2');
    expect(names.table('heroin-seizures')).toBe('heroin_seizures');
    expect(names.table('heroin seizures')).toBe('heroin_seizures_2');
    expect(names.table('A1')).toBe('Table_A1');
    expect(names.table('R1C1')).toBe('Table_R1C1');
    expect(names.table('2021-data')).toBe('Table_2021_data');
  });

  it('the English words name the four fixed sheets', () => {
    expect(workbookEn.sheets).toEqual({ cover: 'Cover', contents: 'Contents', notes: 'Notes', aggregates: 'Aggregates' });
  });
});
