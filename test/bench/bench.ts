/**
 * `npm run bench`: measures each stage against a reference measured in the same run.
 * Figures are medians of several runs; results go to output/bench/bench.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { makeLargeCase } from './large-case.js';

const root = resolve(import.meta.dirname, '..', '..');

/** The compiled pipeline, as `vdr` runs it (npm run bench compiles it first). */
async function shipped<T>(module: string): Promise<T> {
  return (await import(pathToFileURL(join(root, 'dist', module)).href)) as T;
}
const { resolveProject } = await shipped<typeof import('../../pipeline/project.js')>('project.js');
const { validateProject } = await shipped<typeof import('../../pipeline/validate/index.js')>('validate/index.js');
const { computeMetrics } = await shipped<typeof import('../../pipeline/metrics/index.js')>('metrics/index.js');
const runs = Number(process.env['BENCH_RUNS'] ?? 3);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function time(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

async function main(): Promise<void> {
  const outDir = join(root, 'output', 'bench');
  mkdirSync(outDir, { recursive: true });
  console.log('Generating the large case (1,000,000 observation rows)...');
  const large = await makeLargeCase(root, join(outDir, 'large-case'));
  console.log(`  ${large.rows.toLocaleString('en')} rows, ${large.indicators} indicators`);

  const raw: number[] = [];
  const validate: number[] = [];
  const metrics: number[] = [];
  let entityMetrics = 0;
  for (let i = 0; i < runs; i++) {
    raw.push(time(() => {
      for (const file of large.observationFiles) parse(readFileSync(file, 'utf8'));
    }));
    let result: ReturnType<typeof validateProject> | undefined;
    validate.push(time(() => {
      result = validateProject(resolveProject(large.root));
    }));
    const dataset = result?.dataset;
    if (!dataset) throw new Error(`the large case should validate cleanly, but gave ${result?.messages.length} messages`);
    result = undefined;
    metrics.push(time(() => {
      entityMetrics = computeMetrics(dataset, { year: 2021, previous: 2014 }).entities.length;
    }));
  }
  const figures = {
    rows: large.rows,
    raw_parse_s: median(raw),
    validate_s: median(validate),
    validate_over_raw_parse: median(validate) / median(raw),
    metrics_s: median(metrics),
    metrics_entity_rows: entityMetrics,
  };
  const table = [
    ['stage', 'median (s)', 'reference (s)', 'ratio', 'goal'],
    ['validate 1M rows', figures.validate_s.toFixed(3), figures.raw_parse_s.toFixed(3), figures.validate_over_raw_parse.toFixed(2), '<= 1.30'],
    ['metrics 1M rows', figures.metrics_s.toFixed(3), '', '', ''],
  ];
  for (const row of table) console.log(row.map((c, i) => (i === 0 ? c.padEnd(18) : c.padStart(14))).join(''));
  writeFileSync(join(outDir, 'bench.json'), `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`Wrote ${join('output', 'bench', 'bench.json')} (${runs} runs each).`);
}

await main();
