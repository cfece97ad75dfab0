/**
 * Every rule id vdr can report is produced by a test or a fixture: each `ruleId` written in
 * pipeline/ (in the stages' catalogues of messages) must appear, as a whole id, somewhere under
 * test/ (a test's expectation or a fixture's expected report). A new rule without a test fails here.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../pipeline/io/files.js';
import { ROOT } from '../metrics/real.js';

/** Rule ids written as templates, and every id each can give. */
const TEMPLATES: Record<string, string[]> = {
  'chart/no-${field}': ['chart/no-title', 'chart/no-description'],
};

const RULE_ID = /ruleId:\s*(?:'([^']+)'|`([^`]+)`)/g;

/** Every rule id in pipeline/, with a file that defines it. */
function ruleIds(): Map<string, string> {
  const ids = new Map<string, string>();
  const dir = join(ROOT, 'pipeline');
  for (const path of listFiles(dir).filter((p) => p.endsWith('.ts'))) {
    for (const match of readFileSync(join(dir, path), 'utf8').matchAll(RULE_ID)) {
      const written = match[1] ?? match[2]!;
      const expanded = match[2] !== undefined && written.includes('${') ? TEMPLATES[written] : [written];
      if (!expanded) throw new Error(`pipeline/${path} writes the rule id ${written} as a template: add every id it can give to TEMPLATES in ${relative(ROOT, import.meta.filename)}`);
      for (const id of expanded) if (!ids.has(id)) ids.set(id, `pipeline/${path}`);
    }
  }
  return ids;
}

/** The text of every test and fixture, but this file. */
function testTexts(): string {
  const dir = join(ROOT, 'test');
  const self = relative(dir, import.meta.filename).split('\\').join('/');
  return listFiles(dir)
    .filter((path) => path !== self && /\.(ts|txt|json|ya?ml|md|csv)$/.test(path))
    .map((path) => readFileSync(join(dir, path), 'utf8'))
    .join('\n');
}

describe('rule ids', () => {
  it('are each produced by a test or a fixture', () => {
    const ids = ruleIds();
    expect(ids.size).toBeGreaterThan(100);
    const texts = testTexts();
    const escape = (id: string): string => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const untested = [...ids].filter(([id]) => !new RegExp(`(?<![\\w/-])${escape(id)}(?![\\w-])`).test(texts)).map(([id, file]) => `${id} (${file})`);
    expect(untested, 'rule ids no test or fixture produces').toEqual([]);
  });
});
