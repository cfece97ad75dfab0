/**
 * `vdr briefs` on a copy of the project (pipeline/briefs/build.ts): a country of RP ANC and an
 * organization, HTML and PDF, judged by the report's PDF checks (PDF/UA, fonts embedded and
 * shipped, qpdf); a draft marked, a final not; an unknown partner refused with a suggestion and
 * nothing written; a run that fails leaves the earlier briefs as they were; --verify adds the
 * figures to confirm and writes each partner's packet.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../../pipeline/cli.js';
import ExcelJS from 'exceljs';
import { publishedMetrics, verificationList } from '../../pipeline/briefs/verify.js';
import { checkPdfUa } from '../../pipeline/print/pdfua.js';
import { openProject } from '../../pipeline/project/index.js';
import { prepare } from '../../pipeline/project/prepare.js';
import type { ProjectPaths } from '../../pipeline/project/index.js';
import { pdffonts, pdfinfo, qpdfCheck } from '../print/tools.js';
import { copyProject, removeProject } from '../publish/helpers.js';

const capture = (): Io & { out: string; err: string } => {
  const io = { out: '', err: '', stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
};

const run = async (project: ProjectPaths, ...args: string[]): Promise<{ code: number; out: string; err: string }> => {
  const io = capture();
  const code = await main(['briefs', '--project', project.root, '--edition', '2021', ...args], io);
  return { code, out: io.out, err: io.err };
};

describe('vdr briefs', () => {
  let project: ProjectPaths;
  let dir: string;
  const previous = process.env['SOURCE_DATE_EPOCH'];

  beforeAll(async () => {
    process.env['SOURCE_DATE_EPOCH'] = '1767225600';
    project = copyProject('vdr-briefs-');
    dir = join(project.outputDir, '2021', 'briefs');
    const made = await run(project, '--partner', 'AFG', '--partner', 'CARICC');
    expect(made.code, made.err).toBe(0);
  }, 300_000);

  afterAll(() => {
    if (previous === undefined) delete process.env['SOURCE_DATE_EPOCH'];
    else process.env['SOURCE_DATE_EPOCH'] = previous;
    removeProject(project);
  });

  it('writes each partner’s brief as HTML and PDF, and nothing else', () => {
    expect(readdirSync(dir).sort()).toEqual(['AFG.html', 'AFG.pdf', 'CARICC.html', 'CARICC.pdf']);
  });

  it.each(['AFG', 'CARICC'])('prints %s’s brief as a tagged A4 PDF that passes the PDF/UA checks and qpdf, its fonts vdr’s own, embedded', async (code) => {
    const pdf = join(dir, `${code}.pdf`);
    const { fields, pageSizes } = pdfinfo(pdf);
    expect(fields.get('Tagged')).toBe('yes');
    expect(fields.get('Title')).toMatch(/partner brief/);
    expect(pageSizes[0]!.map(Math.round)).toEqual([595, 842]);
    const fonts = pdffonts(pdf);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
    expect(fonts.filter((f) => !/\+Noto/.test(f.name))).toEqual([]);
    expect(qpdfCheck(pdf).ok).toBe(true);
    expect(checkPdfUa(await PDFDocument.load(readFileSync(pdf), { updateMetadata: false }))).toEqual([]);
  });

  it('marks a draft as one, and a final brief not', async () => {
    expect(readFileSync(join(dir, 'AFG.html'), 'utf8')).toMatch(/<body class="brief draft"/);
    const final = await run(project, '--partner', 'AFG', '--final', '--html-only');
    expect(final.code, final.err).toBe(0);
    expect(readdirSync(dir)).toEqual(['AFG.html']);
    expect(readFileSync(join(dir, 'AFG.html'), 'utf8')).not.toMatch(/<body class="brief draft"|<section class="draft-banner"/);
  }, 120_000);

  it('with --verify, lists in each brief the figures new or changed since the 2014 edition, and writes each partner’s packet', async () => {
    const made = await run(project, '--partner', 'AFG', '--partner', 'CARICC', '--verify', '--html-only');
    expect(made.code, made.err).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['AFG.html', 'CARICC.html', 'verify-2021-AFG.xlsx', 'verify-2021-CARICC.xlsx']);
    const html = readFileSync(join(dir, 'AFG.html'), 'utf8');
    expect(html).toContain('Please confirm or correct each in the workbook verify-2021-AFG.xlsx');
    expect(html).toContain('Compared with the 2014 edition.');
    // One row per figure the verification list gives, each linked to its line as the brief's other figures.
    const project2021 = openProject(project, { edition: 2021 });
    const metrics = prepare(project2021).metrics!;
    const listed = verificationList('AFG', metrics, publishedMetrics(project2021, metrics)).listed;
    expect(listed.length).toBeGreaterThan(0);
    const start = html.indexOf('id="brief-verification-table"');
    const table = html.slice(start, html.indexOf('</table>', start));
    expect([...table.matchAll(/<tr><th scope="row">/g)]).toHaveLength(listed.length);
    const packet = new ExcelJS.Workbook();
    await packet.xlsx.load(readFileSync(join(dir, 'verify-2021-AFG.xlsx')) as unknown as ArrayBuffer);
    expect(packet.worksheets.map((sheet) => sheet.name)).toContain('Figures');
  }, 120_000);

  it('refuses an unknown partner, suggesting the code meant, and writes nothing', async () => {
    const before = readFileSync(join(dir, 'AFG.html'));
    const refused = await run(project, '--partner', 'AFH', '--html-only');
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/^vdr briefs: no partner country or organization has the code AFH \(did you mean AF.\?\)/);
    expect(readFileSync(join(dir, 'AFG.html'))).toEqual(before);
  });

  it('stops on a data error, writing nothing and keeping the earlier briefs', async () => {
    const before = readFileSync(join(dir, 'AFG.html'));
    const file = join(project.root, 'data', 'observations', 'pillar-1.csv');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/\n(heroin-seizures,AFG,2021,)[^,]*/, '\n$1lots'));
    try {
      const failed = await run(project, '--partner', 'AFG', '--html-only');
      expect(failed.code).toBe(1);
      expect(failed.err).toContain('data/observations/pillar-1.csv:');
      expect(failed.err).toContain('Nothing was written.');
      expect(readFileSync(join(dir, 'AFG.html'))).toEqual(before);
      expect(existsSync(join(dir, 'AFG.pdf'))).toBe(false);
    } finally {
      writeFileSync(file, text);
    }
  }, 120_000);
});
