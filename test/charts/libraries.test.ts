/**
 * vega and vega-lite as the charts load them (pipeline/charts/libraries.ts): the packages'
 * single-file builds draw the same bytes as their ES modules, and V8's code cache is written,
 * used by the next process, and written again when it is damaged.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import * as esmVega from 'vega';
import { compile as esmCompile, type TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { buildChart } from '../../pipeline/charts/build.js';
import { vegaTextWidth } from '../../pipeline/charts/font-metrics.js';
import { vega as loadVega, vegaLite as loadVegaLite } from '../../pipeline/charts/libraries.js';

const vega = loadVega();
const vegaLite = loadVegaLite();
import { GOLDEN_CASES } from './cases.js';
import { fixtureContext, repo } from './fixture.js';

/** A Vega-Lite spec to SVG with one pair of libraries (named datasets put in as render.ts does). */
async function draw(libraries: { vega: typeof esmVega; compile: typeof esmCompile }, spec: Record<string, unknown>): Promise<string> {
  const { datasets, ...rest } = spec as { datasets?: Record<string, unknown[]> };
  const vgSpec = libraries.compile(rest as unknown as TopLevelSpec).spec;
  for (const entry of vgSpec.data ?? []) {
    const data = entry as { name: string; values?: unknown[] };
    const named = datasets?.[data.name];
    if (named && data.values === undefined) data.values = named;
    if (Array.isArray(data.values)) data.values = data.values.map((row) => (row !== null && typeof row === 'object' ? { ...row } : row));
  }
  const view = new libraries.vega.View(libraries.vega.parse(vgSpec), { renderer: 'none' });
  libraries.vega.resetSVGDefIds();
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** Loads the libraries in a new Node process (with tsx), optionally writes their cache, and reports their status. */
function childStatus(save: boolean): { file: string; cacheFile: string; cached: boolean }[] {
  const script = [
    `const libraries = await import(${JSON.stringify(new URL('../../pipeline/charts/libraries.ts', import.meta.url).href)});`,
    'libraries.vegaLite();',
    'const status = libraries.codeCacheStatus();',
    save ? 'libraries.saveCodeCache();' : '',
    'console.log(JSON.stringify(status));',
  ].join('\n');
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: repo, encoding: 'utf8' });
  return JSON.parse(out) as { file: string; cacheFile: string; cached: boolean }[];
}

describe('vega and vega-lite from their single-file builds', () => {
  it('are the versions the packages install', () => {
    expect(vega.version).toBe(esmVega.version);
    expect(vegaLite.version).toBe((JSON.parse(readFileSync(new URL('../../node_modules/vega-lite/package.json', import.meta.url), 'utf8')) as { version: string }).version);
  });

  it('draw the same SVG as the ES modules for every golden chart', async () => {
    (esmVega as unknown as { textMetrics: { width: typeof vegaTextWidth } }).textMetrics.width = vegaTextWidth;
    (vega as unknown as { textMetrics: { width: typeof vegaTextWidth } }).textMetrics.width = vegaTextWidth;
    const context = fixtureContext();
    const input = { dataset: context.dataset, metrics: context.metrics!, year: context.edition.year };
    for (const [name, request] of Object.entries(GOLDEN_CASES)) {
      const { spec } = buildChart(request, input);
      const ours = await draw({ vega, compile: vegaLite.compile }, spec);
      const theirs = await draw({ vega: esmVega, compile: esmCompile }, spec);
      expect(ours.length, name).toBeGreaterThan(500);
      expect(ours, name).toBe(theirs);
    }
  });

  it('writes a code cache that the next process uses, and replaces a damaged one', () => {
    childStatus(true);
    const second = childStatus(false);
    expect(second).toHaveLength(2);
    for (const library of second) expect(library.cached, library.file).toBe(true);

    const damaged = second[0]!.cacheFile;
    const bytes = readFileSync(damaged);
    writeFileSync(damaged, bytes.subarray(0, bytes.length >> 1));
    const third = childStatus(true);
    expect(third[0]!.cached).toBe(false);
    expect(third[1]!.cached).toBe(true);
    expect(childStatus(false).every((library) => library.cached)).toBe(true);
  });
});
