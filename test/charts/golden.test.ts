/**
 * Golden tests of the Vega-Lite specs the builders produce, one file per case under
 * test/fixtures/charts/golden/: the spec, the table and the text the chart adds to its
 * description. The map's country shapes (tens of thousands of points) are kept as their count
 * and hash. `UPDATE=1 npx vitest run test/charts/golden.test.ts` rewrites the files (refused when
 * CI=true); read the diff before committing it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildChart } from '../../pipeline/charts/build.js';
import { GOLDEN_CASES } from './cases.js';
import { fixtureContext, repo } from './fixture.js';

const folder = join(repo, 'test', 'fixtures', 'charts', 'golden');
const update = process.env['UPDATE'] === '1';
if (update && process.env['CI'] === 'true') throw new Error('UPDATE=1 rewrites the golden specs; it is refused in CI (CI=true).');

/** The spec with bulky inline geometry replaced by its size and hash. */
function summarised(spec: Record<string, unknown>): Record<string, unknown> {
  const datasets = spec['datasets'] as Record<string, unknown[]> | undefined;
  if (!datasets) return spec;
  return {
    ...spec,
    datasets: Object.fromEntries(
      Object.entries(datasets).map(([name, rows]) => [
        name,
        name === 'shapes' ? { rows: rows.length, sha256: createHash('sha256').update(JSON.stringify(rows)).digest('hex') } : rows,
      ]),
    ),
  };
}

describe('golden Vega-Lite specs', () => {
  const context = fixtureContext();
  const input = { dataset: context.dataset, metrics: context.metrics!, year: context.edition.year };
  for (const [name, request] of Object.entries(GOLDEN_CASES)) {
    it(name, () => {
      const built = buildChart(request, input);
      const actual = `${JSON.stringify({ spec: summarised(built.spec), table: built.table, describe: built.describe ?? null, source: built.source }, null, 2)}\n`;
      const file = join(folder, `${name}.json`);
      if (update || !existsSync(file)) {
        if (process.env['CI'] === 'true') throw new Error(`${file} is missing; run UPDATE=1 locally`);
        mkdirSync(folder, { recursive: true });
        writeFileSync(file, actual);
      }
      expect(actual).toBe(readFileSync(file, 'utf8'));
    });
  }

  it('does not modify the data it reads', () => {
    const before = JSON.stringify(context.dataset) + JSON.stringify(context.metrics);
    for (const request of Object.values(GOLDEN_CASES)) buildChart(request, input);
    expect(JSON.stringify(context.dataset) + JSON.stringify(context.metrics)).toBe(before);
  });

  it('puts no URL and no file path in any spec', () => {
    for (const request of Object.values(GOLDEN_CASES)) {
      const text = JSON.stringify(buildChart(request, input).spec);
      expect(text).not.toMatch(/"url"\s*:/);
      expect(text.replace('https://vega.github.io/schema/vega-lite/v6.json', '')).not.toMatch(/https?:|file:/);
    }
  });
});
