/**
 * `npm run bench`: every stage of vdr, each beside a reference measured in the same run.
 *
 * 1. validation of 1,000,000 observation rows, against a raw csv-parse pass over the same files;
 *    the metrics of that data;
 * 2. the sample editions (2014, 2021): a cold build stage by stage, and a rebuild with nothing changed;
 *    then the 2021 final build in English as a whole `vdr build` process, cold and after an edit
 *    of one chapter; the same edition in all its six languages, cold, against the English one
 *    (six_languages_over_one); and the English build against whole processes printing the same
 *    final HTML: a raw Chromium print
 *    (raw-print.mjs: launch, load, one tagged page.pdf), WeasyPrint and pagedjs-cli (each skipped
 *    with a message where absent; scripts/setup.sh installs both);
 * 3. the large case (58 partners, 76 indicators, 10 years, 64 charts, 200 pages): a cold build,
 *    against a raw print of the same final HTML in this process;
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
import { rawPrint } from './raw-print.mjs';
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
const { measurePreviewEdit } = await shipped<typeof import('../../pipeline/bench/preview.js')>('bench/preview.js');
const { median } = await shipped<typeof import('../../pipeline/metrics/combine.js')>('metrics/combine.js');
const { secondsSince: seconds } = await shipped<typeof import('../../pipeline/io/timing.js')>('io/timing.js');

async function time(work: () => unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return seconds(start);
}

/** Median seconds per stage over several cold builds (caches and earlier output removed), of the edition's source language. */
async function coldBuilds(projectRoot: string, edition: number, count: number): Promise<{ total: number; stages: Record<string, number> }> {
  const totals: number[] = [];
  const stages = new Map<string, number[]>();
  for (let i = 0; i < count; i++) {
    rmSync(join(projectRoot, 'output'), { recursive: true, force: true });
    const start = process.hrtime.bigint();
    const opened = openProject(projectRoot, { edition });
    const picked = opened.edition();
    const outcome = await build(opened, typeof picked === 'string' ? {} : { language: picked.language });
    totals.push(seconds(start));
    if (!outcome.outputDir) throw new Error(`the build of ${projectRoot} failed: ${outcome.refusal?.reason ?? `${outcome.messages.length} messages`}`);
    for (const [stage, s] of outcome.timings) stages.set(stage, [...(stages.get(stage) ?? []), s]);
  }
  return { total: median(totals), stages: Object.fromEntries([...stages].map(([k, v]) => [k, median(v)])) };
}

/** Seconds a whole process takes, or undefined when its program is not installed (spawn fails with ENOENT). */
function processSeconds(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): number | undefined {
  const start = process.hrtime.bigint();
  try {
    execFileSync(command, args, { stdio: 'ignore', env });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Error(`${command} ${args.join(' ')} failed: ${(error as Error).message.split('\n')[0]}`);
  }
  return seconds(start);
}

/** The ratios of issues 18, 19 and 21 and their goals (at most), under their keys in bench.json. */
const GOALS = {
  six_languages_over_one: 3.5,
  briefs_over_report: 1.0,
  build_over_weasyprint: 0.8,
  build_over_pagedjs: 0.8,
  total_over_raw_print: 1.3,
  sample_over_raw_print: 1.3,
  edit_rebuild_over_raw_print: 1.05,
  charts_pool_over_one_thread: 0.75,
  peak_over_raw_print: 1.1,
} as const;
const goal = (key: keyof typeof GOALS): string => `<= ${GOALS[key].toFixed(2)}`;

/** The other printers the sample is printed with, as whole processes: the command and its arguments for an HTML file and a PDF. */
const PRINTERS: { name: string; key: string; goal?: keyof typeof GOALS; command: string; args: (html: string, pdf: string) => string[]; env?: NodeJS.ProcessEnv }[] = [
  { name: 'raw Chromium print', key: 'raw_print', command: process.execPath, args: (html, pdf) => ['--v8-pool-size=1', join(root, 'test', 'bench', 'raw-print.mjs'), html, pdf] },
  { name: 'WeasyPrint', key: 'weasyprint', goal: 'build_over_weasyprint', command: 'weasyprint', args: (html, pdf) => [html, pdf] },
  {
    name: 'pagedjs-cli',
    key: 'pagedjs',
    goal: 'build_over_pagedjs',
    command: join(root, 'test', 'bench', 'tools', 'node_modules', '.bin', 'pagedjs-cli'),
    // Debian's Chromium; as root it needs --no-sandbox, as vdr's own launch does.
    args: (html, pdf) => [html, '-o', pdf, ...(process.getuid?.() === 0 ? ['--browserArgs', '--no-sandbox'] : [])],
    env: { ...process.env, PUPPETEER_EXECUTABLE_PATH: process.env['PUPPETEER_EXECUTABLE_PATH'] ?? '/usr/bin/chromium' },
  },
];

/** `vdr build` (or another verb) as a whole process, as a user runs it; its seconds. */
function vdrBuild(projectRoot: string, args: string[], verb = 'build'): number {
  const seconds = processSeconds(process.execPath, ['--v8-pool-size=1', join(root, 'bin', 'vdr.js'), verb, '--project', projectRoot, ...args]);
  if (seconds === undefined) throw new Error('node could not be started');
  return seconds;
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
  row('rebuild, nothing changed', `${fmt(median(noop))} s`, '', '', '<= 0.5 s');

  // The 2021 final build as whole processes, cold and after a chapter edit, beside the other
  // printers on the same final HTML, taken in turn so that the machine's load falls on all alike.
  console.log('Printing the sample with vdr and the other printers...');
  const sampleHtml = join(outDir, 'sample-2021.html');
  const chapter = join(sample, 'content', '2021', 'introduction.md');
  const original = readFileSync(chapter, 'utf8');
  const wholes: Record<string, number[]> = { build: [], six: [], briefs: [], edit: [] };
  const english = ['--edition', '2021', '--final', '--language', 'en'];
  const skipped = new Set<string>();
  for (let i = 0; i < runs; i++) {
    rmSync(join(sample, 'output'), { recursive: true, force: true });
    writeFileSync(chapter, original);
    wholes['build']!.push(vdrBuild(sample, english));
    cpSync(join(sample, 'output', '2021', 'build', 'report.html'), sampleHtml);
    // The same edition in its six languages, also cold: one validation and metrics, charts per language from one pool, prints in one browser.
    rmSync(join(sample, 'output'), { recursive: true, force: true });
    wholes['six']!.push(vdrBuild(sample, ['--edition', '2021', '--final']));
    if (!existsSync(join(sample, 'output', '2021', 'build', 'report.ar.pdf'))) throw new Error('the six-language build of the sample made no report.ar.pdf: run vdr build --final on the sample to see why');
    // Every partner's brief, HTML and PDF, also cold: its charts from one pool, its prints in one browser.
    rmSync(join(sample, 'output'), { recursive: true, force: true });
    wholes['briefs']!.push(vdrBuild(sample, ['--edition', '2021', '--final'], 'briefs'));
    if (!existsSync(join(sample, 'output', '2021', 'briefs', 'AFG.pdf'))) throw new Error('vdr briefs made no AFG.pdf for the sample: run vdr briefs --final on the sample to see why');
    // One sentence more in one chapter (another each run): a build that must compile and print again, its charts cached.
    writeFileSync(chapter, `${original.trimEnd()}\n\n${'This sentence was added by the benchmark. '.repeat(i + 1).trim()}\n`);
    wholes['edit']!.push(vdrBuild(sample, english));
    for (const printer of PRINTERS) {
      if (skipped.has(printer.key)) continue;
      const took = processSeconds(printer.command, printer.args(sampleHtml, join(outDir, `sample-${printer.key}.pdf`)), printer.env);
      if (took === undefined) skipped.add(printer.key);
      else (wholes[printer.key] ??= []).push(took);
    }
  }
  writeFileSync(chapter, original);
  await lap('sample editions');
  const whole = (key: string): number | undefined => (wholes[key] && wholes[key]!.length > 0 ? median(wholes[key]!) : undefined);
  const sampleBuild = whole('build')!;
  const sampleRaw = whole('raw_print')!;
  const ratio = (a: number | undefined, b: number | undefined): number | undefined => (a === undefined || b === undefined ? undefined : a / b);
  row('2021 final build, cold (vdr build process)', `${fmt(sampleBuild)} s`, `${fmt(sampleRaw)} s raw print`, fmt(ratio(sampleBuild, sampleRaw), 2), goal('sample_over_raw_print'));
  row('2021 final build, six languages (vdr build process)', `${fmt(whole('six'))} s`, `${fmt(sampleBuild)} s English only`, fmt(ratio(whole('six'), sampleBuild), 2), goal('six_languages_over_one'));
  row('2021 briefs of all 81 partners, final (vdr briefs process)', `${fmt(whole('briefs'))} s`, `${fmt(sampleBuild)} s English report`, fmt(ratio(whole('briefs'), sampleBuild), 2), goal('briefs_over_report'));
  row('2021 final build after one chapter edit', `${fmt(whole('edit'))} s`, `${fmt(sampleRaw)} s raw print`, fmt(ratio(whole('edit'), sampleRaw), 2), goal('edit_rebuild_over_raw_print'));
  for (const printer of PRINTERS) {
    if (!printer.goal) continue;
    const took = whole(printer.key);
    row(`  ... against ${printer.name}`, `${fmt(sampleBuild)} s`, took === undefined ? `${printer.name} not installed (skipped; bash scripts/setup.sh)` : `${fmt(took)} s ${printer.name}`, fmt(ratio(sampleBuild, took), 2), goal(printer.goal));
  }

  // 3. The large case report.
  console.log('Building the large report...');
  const report = await makeLargeReport(root, join(outDir, 'large-report'));
  const largeBuild = await coldBuilds(report.root, 2021, runs);
  await lap('large report build');
  const html = join(report.root, 'output', '2021', 'build', 'report.html');
  const rawPrints: number[] = [];
  for (let i = 0; i < runs; i++) rawPrints.push(await time(() => rawPrint(html)));
  await lap(RAW_PRINT);
  const rawPrintS = median(rawPrints);
  const pdfStage = largeBuild.stages['pdf'] ?? Number.NaN;
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(report.root, 'output', '2021', 'build', 'report.pdf')]).toString())?.[1]);
  row(`large report build (${pages} pages, ${report.charts} charts)`, `${fmt(largeBuild.total)} s`, `${fmt(rawPrintS)} s raw print`, fmt(largeBuild.total / rawPrintS, 2), goal('total_over_raw_print'));
  row('  of which the PDF stage', `${fmt(pdfStage)} s`, `${fmt(rawPrintS)} s raw print`, fmt(pdfStage / rawPrintS, 2), '<= 1.50');
  for (const [stage, s] of Object.entries(largeBuild.stages)) if (stage !== 'pdf') row(`  ${stage}`, `${fmt(s)} s`, '', '', '');

  // 4. Charts.
  console.log('Drawing charts...');
  const context = prepare(openProject(sample, { edition: 2021 }));
  if (!context.dataset || !context.metrics) throw new Error('the sample project should prepare cleanly');
  const chartRuns: BenchResult[] = [];
  for (let i = 0; i < runs; i++) chartRuns.push(await benchCharts({ dataset: context.dataset, metrics: context.metrics, edition: { year: 2021, previous: 2014 } }, { count: 60 }));
  const chartTimes = ['singleThread', 'firstStart', 'cold', 'cached', 'prestarted'] as const;
  const charts = { ...chartRuns[0]!, ...Object.fromEntries(chartTimes.map((k) => [k, median(chartRuns.map((r) => r[k]))])) };
  row(`${charts.charts} charts, ${charts.maps} maps, cold on ${charts.workers} workers`, `${fmt(charts.cold / 1000)} s`, `${fmt(charts.singleThread / 1000)} s one thread`, fmt(charts.cold / charts.singleThread, 2), goal('charts_pool_over_one_thread'));
  row('  first start (no code cache yet)', `${fmt(charts.firstStart / 1000)} s`, '', '', '');
  row('  prestarted workers, cold', `${fmt(charts.prestarted / 1000)} s`, '', '', '');
  row('  cached', `${fmt(charts.cached / 1000)} s`, '', '', '');

  // 5. Content.
  const edition = context.edition!;
  const content = await benchContent({ root: sample, edition, dataset: context.dataset, metrics: context.metrics }, { runs: Math.max(runs, 3) });
  row('content 2021 (warm)', `${fmt(content.compile / 1000)} s`, `${fmt(content.reference / 1000)} s bare unified`, fmt(content.compile / content.reference, 2), '');

  // 6. Preview.
  console.log('Measuring the preview...');
  const preview = await measurePreviewEdit(resolveProject(sample), { edition: 2021, runs: Math.max(runs, 5) });
  row('preview: chapter edit to page', `${fmt(preview.median, 0)} ms`, '', '', '<= 300 ms');

  await lap('charts, content, preview');
  const peak = await memory.stop();
  const rawPrintPeak = memoryByStage[RAW_PRINT]!;
  row('peak memory, whole process tree (PSS)', `${fmt(peak.pss, 0)} MiB`, `${fmt(rawPrintPeak.pss, 0)} MiB raw print`, fmt(peak.pss / rawPrintPeak.pss, 2), goal('peak_over_raw_print'));
  for (const [stage, at] of Object.entries(memoryByStage)) row(`  ${stage}`, `${fmt(at.pss, 0)} MiB`, `${fmt(at.rss, 0)} MiB RSS sum`, '', '');

  // The ratios of issues 18, 19 and 21; undefined (null in bench.json) where a printer was not installed.
  const ratios: Record<keyof typeof GOALS, number | undefined> = {
    six_languages_over_one: ratio(whole('six'), sampleBuild),
    briefs_over_report: ratio(whole('briefs'), sampleBuild),
    build_over_weasyprint: ratio(sampleBuild, whole('weasyprint')),
    build_over_pagedjs: ratio(sampleBuild, whole('pagedjs')),
    total_over_raw_print: largeBuild.total / rawPrintS,
    sample_over_raw_print: ratio(sampleBuild, sampleRaw),
    edit_rebuild_over_raw_print: ratio(whole('edit'), sampleRaw),
    charts_pool_over_one_thread: charts.cold / charts.singleThread,
    peak_over_raw_print: peak.pss / rawPrintPeak.pss,
  };
  const figures = {
    runs,
    ...Object.fromEntries(Object.entries(ratios).map(([key, value]) => [key, value ?? null])),
    goals: GOALS,
    validate_over_raw_parse: validateOverRaw,
    charts_wall_s: charts.cold / 1000,
    noop_rebuild_s: median(noop),
    preview_edit_ms: preview.median,
    peak_tree_mib: peak.pss,
    detail: {
      validate: { rows: large.rows, threads, validate_s: median(validate), raw_parse_s: median(raw), metrics_s: median(metrics) },
      sample_builds: sampleBuilds,
      sample_processes: { runs: wholes, skipped: [...skipped] },
      large_report: { pages, charts: report.charts, indicators: report.indicators, rows: report.rows, build: largeBuild, raw_print_s: rawPrintS, pdf_over_raw_print: pdfStage / rawPrintS },
      charts: { ...charts, runs: chartRuns },
      content,
      preview,
      memory: { peak_pss_mib: peak.pss, peak_rss_sum_mib: peak.rss, raw_print_pss_mib: rawPrintPeak.pss, by_stage: memoryByStage },
    },
  };
  writeFileSync(join(outDir, 'bench.json'), `${JSON.stringify(figures, null, 2)}\n`);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
  console.log('\nGoals of issues 18, 19 and 21 (ratio, goal):');
  for (const [key, value] of Object.entries(ratios) as [keyof typeof GOALS, number | undefined][]) {
    console.log(`  ${key.padEnd(30)} ${value === undefined ? 'skipped' : value.toFixed(2).padStart(5)}  ${goal(key)}${value !== undefined && value > GOALS[key] ? '  not met' : ''}`);
  }
  console.log(`Wrote output/bench/bench.json (${runs} runs each).`);
}

await main();
