import { describe, expect, it } from 'vitest';
import { prepare } from '../../pipeline/build.js';
import { benchContent } from '../../pipeline/content/bench.js';
import { resolveProject } from '../../pipeline/project.js';
import { ROOT } from '../metrics/real.js';

describe('benchContent', () => {
  it('times the content stage beside a bare unified pipeline over the same chapters', () => {
    const outcome = prepare(resolveProject(ROOT), { edition: 2014 });
    const result = benchContent({ root: ROOT, edition: outcome.edition!, dataset: outcome.dataset!, metrics: outcome.metrics! }, { runs: 1, figures: [] });
    expect(result.chapters).toBe(outcome.edition!.chapters.length);
    expect(result.markdownBytes).toBeGreaterThan(1000);
    for (const value of [result.reference, result.compileFirst, result.compile, result.html ?? 0]) expect(value).toBeGreaterThan(0);
    expect(result.htmlBytes).toBeGreaterThan(100_000);
  });
});
