/**
 * `npm run bench`: every stage of vdr, each beside a reference measured in the same run.
 *
 * 1. validation of 1,000,000 observation rows, against a raw csv-parse pass over the same files;
 *    the metrics of that data;
 * 2. the sample editions (2014, 2021): a cold build stage by stage, and a rebuild with nothing changed;
 * 3. the large case (58 partners, 76 indicators, 10 years, 64 charts, 200 pages): a cold build,
 *    against a raw puppeteer print of the same final HTML (launch, load, one page.pdf), and
 *    pagedjs-cli's print of it when that is installed;
 * 4. 60 charts with maps: cold on the worker pool, cached, and in one thread;
 * 5. content compilation, against a bare unified pass over the same chapters;
 * 6. a chapter edit in `vdr preview` until the browser shows it;
 * and the peak memory of the whole process tree, Chromium included (proportional set size), part by part.
 * Figures are medians of BENCH_RUNS runs (default 3); output/bench/bench.json holds them all.
 * `npm run bench` runs Node with the option bin/vdr.js runs it with (--v8-pool-size=1).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { makeLargeCase } from './large-case.js';
import { makeLargeReport } from './large-report.js';
import { sampleTreeMemory, type Peak } from './tree-memory.js';

const root = resolve(import.meta.dirname, '..', '..');
if (!process.execArgv.includes('--v8-pool-size=1')) console.warn('Run the benchmark with npm run bench: it runs Node as bin/vdr.js does (--v8-pool-size=1).');
const runs = Number(process.env['BENCH_RUNS'] ?? 3);

/** The compiled pipeline, as `vdr` runs it (npm run bench compiles it first). */
async function shipped<T>(module: string): Promise<T> {
  return (await import(pathToFileURL(join(root, 'dist', module)).href)) as T;
}
const { openProject, resolveProject } = await shipped<typeof import('../../pipeline/project/index.js')>('project/index.js');
const { prepare } = await shipped<typeof import('../../pipeline/project/prepare.js')>('project/prepare.js');
const { validateProject } = await shipped<typeof import('../../pipeline/validate/index.js')>('validate/index.js');
const { SchemaRegistry } = await shipped<typeof import('../../pipeline/schema/registry.js')>('schema/registry.js');
const { computeMetrics } = await shipped<typeof import('../../pipeline/metrics/index.js')>('metrics/index.js');
const { build } = await shipped<typeof import('../../pipeline/build.js')>('build.js');
const { benchCharts } = await shipped<typeof import('../../pipeline/bench/charts.js')>('bench/charts.js');
type BenchResult = import('../../pipeline/bench/charts.js').BenchResult;
const { benchContent } = await shipped<typeof import('../../pipeline/bench/content.js')>('bench/content.js');
const { launchBrowser } = await shipped<typeof import('../../pipeline/print/browser.js')>('print/browser.js');
const { measurePreviewEdit } = await shipped<typeof import('../../pipeline/bench/preview.js')>('bench/preview.js');
const { median } = await shipped<typeof import('../../pipeline/metrics/combine.js')>('metrics/combine.js');
const { secondsSince: seconds } = await shipped<typeof import('../../pipeline/io/timing.js')>('io/timing.js');

async function time(work: () => unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return seconds(start);
}

/** Median seconds per stage over several cold builds (caches and earlier output removed). */
async function coldBuilds(projectRoot: string, edition: number, count: number): Promise<{ total: number; stages: Record<string, number> }> {
  const totals: number[] = [];
  const stages = new Map<string, number[]>();
  for (let i = 0; i < count; i++) {
    rmSync(join(projectRoot, 'output'), { recursive: true, force: true });
    const start = process.hrtime.bigint();
    const outcome = await build(openProject(projectRoot, { edition }), {});
    totals.push(seconds(start));
    if (!outcome.outputDir) throw new Error(`the build of ${projectRoot} failed: ${outcome.refusal?.reason ?? `${outcome.messages.length} messages`}`);
    for (const [stage, s] of outcome.timings) stages.set(stage, [...(stages.get(stage) ?? []), s]);
  }
  return { total: median(totals), stages: Object.fromEntries([...stages].map(([k, v]) => [k, median(v)])) };
}

/** A raw print of an HTML file: launch Chromium, load it, one page.pdf, close. */
async function rawPrint(file: string): Promise<number> {
  return time(async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.browser.newPage();
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: 300_000 });
      // The same options as the PDF stage's own print, so that the two compare fairly.
      await page.pdf({ printBackground: true, preferCSSPageSize: true, tagged: true, outline: true, timeout: 300_000 });
    } finally {
      await browser.close();
    }
  });
}

/** pagedjs-cli's print of the same HTML, when it is installed; undefined otherwise. */
function pagedjsPrint(file: string, out: string): number | undefined {
  const local = join(root, 'node_modules', '.bin', 'pagedjs-cli');
  const command = existsSync(local) ? local : 'pagedjs-cli';
  try {
    execFileSync(command, ['--version'], { stdio: 'ignore' });
  } catch {
    return undefined;
  }
  const start = process.hrtime.bigint();
  execFileSync(command, [file, '-o', out], { stdio: 'ignore', env: { ...process.env, PUPPETEER_EXECUTABLE_PATH: process.env['PUPPETEER_EXECUTABLE_PATH'] ?? '/usr/bin/chromium' } });
  return seconds(start);
}

const fmt = (n: number | undefined, digits = 3): string => (n === undefined ? '-' : n.toFixed(digits));

async function main(): Promise<void> {
  const outDir = join(root, 'output', 'bench');
  mkdirSync(outDir, { recursive: true });
  const memory = sampleTreeMemory();
  const rows: string[][] = [['stage', 'median', 'reference', 'ratio', 'goal']];
  const row = (...cells: string[]): void => void rows.push(cells);
  // The peak memory of each part of the run, Chromium included (see tree-memory.ts).
  const memoryByStage: Record<string, Peak> = {};
  // Each part starts from a collected heap (npm run bench exposes gc), so that it is not charged
  // with what the previous part left behind.
  const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  const RAW_PRINT = 'raw print of the large report';
  const lap = async (stage: string): Promise<void> => {
    memoryByStage[stage] = (await memory.lap()).stage;
    collect();
    await memory.lap();
  };

  // 1. Validation and metrics of a million rows.
  console.log('Generating the 1,000,000-row case...');
  const large = await makeLargeCase(root, join(outDir, 'large-case'));
  const raw: number[] = [];
  const validate: number[] = [];
  const metrics: number[] = [];
  let threads = 1;
  for (let i = 0; i < runs; i++) {
    raw.push(await time(() => {
      for (const file of large.observationFiles) parse(readFileSync(file, 'utf8'));
    }));
    let result: ReturnType<typeof validateProject> | undefined;
    validate.push(await time(() => {
      const paths = resolveProject(large.root);
      result = validateProject(paths, SchemaRegistry.load(paths.schemasDir));
    }));
    threads = result?.threads ?? 1;
    const dataset = result?.dataset;
    if (!dataset) throw new Error(`the large case should validate cleanly, but gave ${result?.messages.length} messages`);
    result = undefined;
    metrics.push(await time(() => computeMetrics(dataset, { year: 2021, previous: 2014 })));
  }
  await lap('validate and metrics, 1,000,000 rows');
  rmSync(large.root, { recursive: true, force: true });
  const validateOverRaw = median(validate) / median(raw);
  row(`validate ${large.rows.toLocaleString('en')} rows (${threads} threads)`, `${fmt(median(validate))} s`, `${fmt(median(raw))} s raw csv-parse`, fmt(validateOverRaw, 2), '<= 1.30');
  row(`metrics ${large.rows.toLocaleString('en')} rows`, `${fmt(median(metrics))} s`, '', '', '');

  // 2. The sample editions.
  console.log('Building the sample editions...');
  const sample = join(outDir, 'sample');
  rmSync(sample, { recursive: true, force: true });
  for (const part of ['data', 'schemas', 'content']) cpSync(join(root, part), join(sample, part), { recursive: true });
  const sampleBuilds: Record<string, { total: number; stages: Record<string, number> }> = {};
  for (const edition of [2014, 2021]) {
    mkdirSync(sample, { recursive: true });
    sampleBuilds[edition] = await coldBuilds(sample, edition, runs);
    row(`build ${edition} (cold)`, `${fmt(sampleBuilds[edition]!.total)} s`, '', '', '');
  }
  const noop: number[] = [];
  for (let i = 0; i < runs; i++) noop.push(await time(() => build(openProject(sample, { edition: 2021 }), {})));
  await lap('sample editions');
  row('rebuild, nothing changed', `${fmt(median(noop))} s`, '', '', '<= 0.5 s');

  // 3. The large case report.
  console.log('Building the large report...');
  const report = await makeLargeReport(root, join(outDir, 'large-report'));
  const largeBuild = await coldBuilds(report.root, 2021, runs);
  await lap('large report build');
  const html = join(report.root, 'output', '2021', 'build', 'report.html');
  const rawPrints: number[] = [];
  for (let i = 0; i < runs; i++) rawPrints.push(await rawPrint(html));
  await lap(RAW_PRINT);
  const rawPrintS = median(rawPrints);
  const pdfStage = largeBuild.stages['pdf'] ?? Number.NaN;
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(report.root, 'output', '2021', 'build', 'report.pdf')]).toString())?.[1]);
  const pagedjs = pagedjsPrint(html, join(outDir, 'pagedjs.pdf'));
  row(`large report build (${pages} pages, ${report.charts} charts)`, `${fmt(largeBuild.total)} s`, `${fmt(rawPrintS)} s raw print`, fmt(largeBuild.total / rawPrintS, 2), '<= 1.50');
  row('  of which the PDF stage', `${fmt(pdfStage)} s`, `${fmt(rawPrintS)} s raw print`, fmt(pdfStage / rawPrintS, 2), '<= 1.50');
  for (const [stage, s] of Object.entries(largeBuild.stages)) if (stage !== 'pdf') row(`  ${stage}`, `${fmt(s)} s`, '', '', '');
  row('pagedjs-cli print', pagedjs === undefined ? 'not installed (skipped)' : `${fmt(pagedjs)} s`, '', '', '');

  // 4. Charts.
  console.log('Drawing charts...');
  const context = prepare(openProject(sample, { edition: 2021 }));
  if (!context.dataset || !context.metrics) throw new Error('the sample project should prepare cleanly');
  const chartRuns: BenchResult[] = [];
  for (let i = 0; i < runs; i++) chartRuns.push(await benchCharts({ dataset: context.dataset, metrics: context.metrics, edition: { year: 2021, previous: 2014 } }, { count: 60 }));
  const chartTimes = ['singleThread', 'firstStart', 'cold', 'cached', 'prestarted'] as const;
  const charts = { ...chartRuns[0]!, ...Object.fromEntries(chartTimes.map((k) => [k, median(chartRuns.map((r) => r[k]))])) };
  row(`${charts.charts} charts, ${charts.maps} maps, cold on ${charts.workers} workers`, `${fmt(charts.cold / 1000)} s`, `${fmt(charts.singleThread / 1000)} s one thread`, fmt(charts.cold / charts.singleThread, 2), '<= 1.5 s');
  row('  first start (no code cache yet)', `${fmt(charts.firstStart / 1000)} s`, '', '', '');
  row('  prestarted workers, cold', `${fmt(charts.prestarted / 1000)} s`, '', '', '');
  row('  cached', `${fmt(charts.cached / 1000)} s`, '', '', '');

  // 5. Content.
  const edition = context.edition!;
  const content = benchContent({ root: sample, edition, dataset: context.dataset, metrics: context.metrics }, { runs: Math.max(runs, 3) });
  row('content 2021 (warm)', `${fmt(content.compile / 1000)} s`, `${fmt(content.reference / 1000)} s bare unified`, fmt(content.compile / content.reference, 2), '');

  // 6. Preview.
  console.log('Measuring the preview...');
  const preview = await measurePreviewEdit(resolveProject(sample), { edition: 2021, runs: Math.max(runs, 5) });
  row('preview: chapter edit to page', `${fmt(preview.median, 0)} ms`, '', '', '<= 300 ms');

  await lap('charts, content, preview');
  const peak = await memory.stop();
  const rawPrintPeak = memoryByStage[RAW_PRINT]!;
  row('peak memory, whole process tree (PSS)', `${fmt(peak.pss, 0)} MiB`, `${fmt(rawPrintPeak.pss, 0)} MiB raw print`, fmt(peak.pss / rawPrintPeak.pss, 2), '<= 1024 MiB');
  for (const [stage, at] of Object.entries(memoryByStage)) row(`  ${stage}`, `${fmt(at.pss, 0)} MiB`, `${fmt(at.rss, 0)} MiB RSS sum`, '', '');

  const figures = {
    runs,
    total_over_raw_print: largeBuild.total / rawPrintS,
    validate_over_raw_parse: validateOverRaw,
    charts_wall_s: charts.cold / 1000,
    noop_rebuild_s: median(noop),
    preview_edit_ms: preview.median,
    peak_tree_mib: peak.pss,
    detail: {
      validate: { rows: large.rows, threads, validate_s: median(validate), raw_parse_s: median(raw), metrics_s: median(metrics) },
      sample_builds: sampleBuilds,
      large_report: { pages, charts: report.charts, indicators: report.indicators, rows: report.rows, build: largeBuild, raw_print_s: rawPrintS, pdf_over_raw_print: pdfStage / rawPrintS, pagedjs_s: pagedjs ?? null },
      charts: { ...charts, runs: chartRuns },
      content,
      preview,
      memory: { peak_pss_mib: peak.pss, peak_rss_sum_mib: peak.rss, raw_print_pss_mib: rawPrintPeak.pss, by_stage: memoryByStage },
    },
  };
  writeFileSync(join(outDir, 'bench.json'), `${JSON.stringify(figures, null, 2)}\n`);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
  console.log(`Wrote output/bench/bench.json (${runs} runs each).`);
}

await main();
