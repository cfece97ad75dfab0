import { cpSync, createWriteStream, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { csvLine, HEADER, iterateRows, SAMPLE_SEED, syntheticCatalogue } from '../../scripts/generate-observations.js';
import type { Indicator, PillarId } from '../../pipeline/model.js';

/** A generated project: the real reference data, a widened catalogue and ~1,000,000 observations. */
export interface LargeCase {
  root: string;
  rows: number;
  observationFiles: string[];
  indicators: number;
}

/** The observations file of each pillar, as data/datasets.yaml names them. */
export const PILLAR_FILE: Record<PillarId, string> = { I: 'pillar-1.csv', II: 'pillar-2.csv', III: 'pillar-3.csv', IV: 'pillar-4.csv' };

/** The first column of a reference CSV: the codes of countries or organizations. */
export function codes(root: string, file: string): string[] {
  return readFileSync(join(root, file), 'utf8').trim().split('\n').slice(1).map((line) => line.split(',')[0] ?? '');
}

/**
 * Writes a generated project's data under `dir`: the real reference data and schemas, the sample
 * catalogue widened to `copies` of each indicator, and its observations over the 58 partner
 * countries and their organizations, years of the sample window, one file per pillar, streamed.
 */
export async function writeLargeData(projectRoot: string, dir: string, copies: number): Promise<{ indicators: Indicator[]; rows: number }> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'data', 'observations'), { recursive: true });
  for (const part of ['data/reference', 'schemas']) cpSync(join(projectRoot, part), join(dir, part), { recursive: true });
  cpSync(join(projectRoot, 'data', 'datasets.yaml'), join(dir, 'data', 'datasets.yaml'));
  const manifest = parseYaml(readFileSync(join(projectRoot, 'data', 'datasets.yaml'), 'utf8')) as {
    window: { first: number; last: number };
  };
  const base = parseYaml(readFileSync(join(projectRoot, 'data', 'indicators.yaml'), 'utf8')) as Indicator[];
  const indicators = syntheticCatalogue(base, copies);
  writeFileSync(join(dir, 'data', 'indicators.yaml'), stringifyYaml(indicators, { aliasDuplicateObjects: false }));

  const pillarOf = new Map(indicators.map((i) => [i.id, i.pillar]));
  const streams = new Map<PillarId, ReturnType<typeof createWriteStream>>();
  for (const [pillar, file] of Object.entries(PILLAR_FILE) as [PillarId, string][]) {
    const stream = createWriteStream(join(dir, 'data', 'observations', file));
    stream.write(`${csvLine(HEADER)}\n`);
    streams.set(pillar, stream);
  }
  let rows = 0;
  for (const row of iterateRows({
    seed: SAMPLE_SEED,
    countries: codes(projectRoot, 'data/reference/countries.csv'),
    organizations: codes(projectRoot, 'data/reference/organizations.csv'),
    indicators,
    years: manifest.window,
  })) {
    const pillar = pillarOf.get(row[0] ?? '');
    const stream = streams.get(pillar === undefined || pillar === 'context' ? 'I' : pillar);
    if (stream && !stream.write(`${csvLine(row)}\n`)) await once(stream, 'drain');
    rows++;
  }
  for (const stream of streams.values()) {
    stream.end();
    await once(stream, 'finish');
  }
  return { indicators, rows };
}

/** The million-row case: `copies` of each sample indicator (129 give just over 1,000,000 rows). */
export async function makeLargeCase(projectRoot: string, dir: string, copies = 129): Promise<LargeCase> {
  const { indicators, rows } = await writeLargeData(projectRoot, dir, copies);
  return {
    root: dir,
    rows,
    indicators: indicators.length,
    observationFiles: Object.values(PILLAR_FILE).map((f) => join(dir, 'data', 'observations', f)),
  };
}
