/**
 * Hostile custom charts (issue 16): one folder per case under test/fixtures/charts/limits/, a
 * chapter with one :::vega-lite block, and the exact report expected (expected.txt), every problem
 * at its file:line:column in the chapter. Each case once crashed, hung or passed validation; now
 * the content stage (what `vdr validate` and `vdr build` run) reports it without drawing anything.
 *
 * `UPDATE=1 npx vitest run test/charts/limits-corpus.test.ts` rewrites expected.txt from the
 * current output (refused when CI=true); read every rewritten file before committing it.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { formatReport } from '../../pipeline/diagnostics/format.js';
import { compileChapters } from '../content/compile.js';

const fixtures = fileURLToPath(new URL('../fixtures/charts/limits/', import.meta.url));
const update = process.env['UPDATE'] === '1';
if (update && process.env['CI'] === 'true') throw new Error('UPDATE=1 rewrites the expected reports; it is refused in CI (CI=true).');

const cases = readdirSync(fixtures, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe('hostile custom charts', () => {
  it.each(cases)('%s', (name) => {
    const dir = join(fixtures, name);
    const { description } = parseYaml(readFileSync(join(dir, 'case.yaml'), 'utf8')) as { description: string };
    const started = Date.now();
    const { messages, chartRequests } = compileChapters({ 'chapter.md': readFileSync(join(dir, 'chapter.md'), 'utf8') });
    const report = `${formatReport(messages, 1)}\n`;
    const expectedFile = join(dir, 'expected.txt');
    if (update) writeFileSync(expectedFile, report);
    expect(messages.length, description).toBeGreaterThan(0);
    // Refused, so nothing is drawn; and refused quickly, without running the chart.
    expect(chartRequests).toEqual([]);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(report).toBe(readFileSync(expectedFile, 'utf8'));
  });
});
