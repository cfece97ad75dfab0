/**
 * The content corpus of bad input (SPEC 12): one folder per case under
 * test/fixtures/content/errors/, each with its chapters (case.yaml `chapters:`, the edition's
 * list, which may name files that are not there; or every .md file sorted), an optional
 * references.yaml, and the exact report expected (expected.txt), every problem at its
 * file:line:column.
 *
 * `UPDATE=1 npx vitest run test/content/errors.test.ts` rewrites expected.txt from the current
 * output (refused when CI=true); read every rewritten file before committing it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { formatReport } from '../../pipeline/diagnostics/format.js';
import { compileChapters } from './compile.js';

const fixtures = fileURLToPath(new URL('../fixtures/content/errors/', import.meta.url));
const update = process.env['UPDATE'] === '1';
if (update && process.env['CI'] === 'true') throw new Error('UPDATE=1 rewrites the expected reports; it is refused in CI (CI=true).');

interface CaseFile {
  description: string;
  chapters?: string[];
  mode?: 'draft' | 'final';
}

const cases = readdirSync(fixtures, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe('content errors', () => {
  it.each(cases)('%s', (name) => {
    const dir = join(fixtures, name);
    const spec = parseYaml(readFileSync(join(dir, 'case.yaml'), 'utf8')) as CaseFile;
    const files = spec.chapters ?? readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
    const present = files.filter((f) => !f.includes('/') && existsSync(join(dir, f)));
    const chapters = Object.fromEntries(present.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
    const references = existsSync(join(dir, 'references.yaml')) ? readFileSync(join(dir, 'references.yaml'), 'utf8') : undefined;
    const { messages } = compileChapters(chapters, { mode: spec.mode ?? 'draft', edition: { chapters: files }, ...(references === undefined ? {} : { references }) });
    const report = `${formatReport(messages, files.length)}\n`;
    const expectedFile = join(dir, 'expected.txt');
    if (update) writeFileSync(expectedFile, report);
    expect(messages.length, spec.description).toBeGreaterThan(0);
    expect(report).toBe(readFileSync(expectedFile, 'utf8'));
  });
});
