import { describe, expect, it } from 'vitest';
import { benchContent } from '../../pipeline/bench/content.js';
import { openProject } from '../../pipeline/project/index.js';
import { prepare } from '../../pipeline/project/prepare.js';
import { ROOT } from '../metrics/real.js';

describe('benchContent', () => {
  it('times the content stage beside a bare unified pipeline over the same chapters', async () => {
    const outcome = prepare(openProject(ROOT), 2014);
    const result = await benchContent({ root: ROOT, edition: outcome.edition!, dataset: outcome.dataset!, metrics: outcome.metrics! }, { runs: 1, figures: [] });
    expect(result.chapters).toBe(outcome.edition!.chapters.length);
    expect(result.markdownBytes).toBeGreaterThan(1000);
    for (const value of [result.reference, result.compileFirst, result.compile, result.html ?? 0]) expect(value).toBeGreaterThan(0);
    expect(result.htmlBytes).toBeGreaterThan(100_000);
  });
});
