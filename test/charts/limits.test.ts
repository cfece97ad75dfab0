/**
 * The limits held while drawing (issue 16): a worker that runs out of memory or time fails only
 * its chart, with a located message, and is replaced; the pool goes on with the other charts.
 * The renderer refuses too many marks, a drawn size that is too large or not a number, and an SVG
 * that refers outside itself. These specs bypass validation on purpose: they stand for what
 * validation cannot know.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { ChartRenderError, ChartRequestError, CHART_LIMITS, renderCharts, renderFailureMessage, type ChartRequest, type RenderFailure } from '../../pipeline/charts/index.js';
import { remoteReference } from '../../pipeline/charts/limits.js';
import { startPool, type RenderPool } from '../../pipeline/charts/pool.js';
import { drawnSize, remoteInSvg, renderChart } from '../../pipeline/charts/render.js';
import type { RenderTask } from '../../pipeline/charts/task.js';
import { fixtureContext } from './fixture.js';

const task = (id: string, spec: Record<string, unknown>): RenderTask => ({ id, title: id, description: `Chart ${id}.`, spec });
const good = task('good', { data: { sequence: { start: 0, stop: 5, as: 'n' } }, mark: 'point', encoding: { x: { field: 'n', type: 'quantitative' } } });
/** Half a billion rows: more than any heap cap here. */
const hungry = task('hungry', { data: { sequence: { start: 0, stop: 5e8, as: 'n' } }, mark: 'point', encoding: { x: { field: 'n', type: 'quantitative' } } });
/** A regular expression that backtracks for ever on this text. */
const slow = task('slow', {
  data: { sequence: { start: 0, stop: 1, as: 'n' } },
  transform: [{ filter: "test(/(a+)+$/, 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!')" }],
  mark: 'point',
});

const failureOf = async (promise: Promise<unknown>): Promise<unknown> => {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ChartRenderError);
    return (error as ChartRenderError).failure;
  }
  throw new Error('the chart was drawn');
};

const pools: RenderPool[] = [];
afterAll(async () => {
  for (const pool of pools) await pool.close();
});

describe('the render pool', () => {
  it('stops a chart that runs out of memory, replaces the worker, and draws the next chart', async () => {
    const pool = startPool(1, { memoryMb: 96, seconds: 60 });
    pools.push(pool);
    const before = pool.submit(good);
    const failed = failureOf(pool.submit(hungry));
    const after = pool.submit(good);
    expect((await before).svg).toContain('<svg');
    expect(await failed).toEqual({ kind: 'memory', limitMb: 96 });
    expect((await after).svg).toBe((await before).svg);
  }, 60_000);

  it('stops a chart that takes too long, replaces the worker, and draws the next chart', async () => {
    const pool = startPool(1, { seconds: 2 });
    pools.push(pool);
    await pool.ready;
    const started = Date.now();
    expect(await failureOf(pool.submit(slow))).toEqual({ kind: 'time', seconds: 2 });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect((await pool.submit(good)).svg).toContain('<svg');
  }, 60_000);

  it('gives a vega error as its message, without a stack', async () => {
    const pool = startPool(1);
    pools.push(pool);
    const failure = await failureOf(pool.submit(task('bad', { data: { sequence: { start: 0, stop: 3, as: 'n' } }, transform: [{ calculate: 'lenght(datum.n)', as: 'm' }], mark: 'point' })));
    expect(failure).toEqual({ kind: 'error', detail: 'Unrecognized function: lenght' });
    expect(renderFailureMessage({ id: 'bad', at: { file: 'c.md', place: { line: 3, column: 1 } } }, failure as RenderFailure)).toMatchObject({ ruleId: 'chart/render', reason: 'Vega could not draw this chart: Unrecognized function: lenght' });
  }, 60_000);
});

describe('renderCharts', () => {
  it('draws the other charts, then reports each failed one at its place in the Markdown', async () => {
    const at = (line: number) => ({ file: 'content/2021/pillar-1.md', place: { line, column: 1 } });
    const requests: ChartRequest[] = [
      { id: 'fig-ok', kind: 'custom', title: 'Fine', description: 'Draws.', spec: { data: { name: 'countries' }, mark: 'bar', encoding: { x: { aggregate: 'count', type: 'quantitative' } } }, at: at(10) },
      { id: 'fig-slow', kind: 'custom', title: 'Slow', description: 'Hangs.', spec: slow.spec, at: at(30) },
    ];
    let thrown: unknown;
    try {
      await renderCharts(requests, fixtureContext(), { workers: 1, seconds: 2 });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ChartRequestError);
    expect((thrown as ChartRequestError).messages).toEqual([
      {
        file: 'content/2021/pillar-1.md',
        place: { line: 30, column: 1 },
        severity: 'error',
        ruleId: 'chart/limit-time',
        reason: 'drawing this chart took more than 2 seconds, so it was stopped',
        fix: 'draw fewer rows or marks, and check regular expressions in the chart for patterns that can take very long (such as (a+)+)',
      },
    ]);
  }, 60_000);
});

describe('limits only drawing shows', () => {
  it('refuses more marks than the limit', async () => {
    const many = task('many', { data: { sequence: { start: 0, stop: CHART_LIMITS.marks + 1, as: 'n' } }, mark: 'point', encoding: { x: { field: 'n', type: 'quantitative' } } });
    expect(await failureOf(renderChart(many))).toEqual({ kind: 'marks', count: expect.any(Number) });
  }, 60_000);

  it('refuses an SVG that an expression makes refer outside itself', async () => {
    const sneaky = task('sneaky', {
      data: { sequence: { start: 0, stop: 2, as: 'n' } },
      transform: [{ calculate: "'ur' + 'l(http://example.org/p.svg#g)'", as: 'paint' }],
      mark: 'bar',
      encoding: { x: { field: 'n', type: 'ordinal' }, fill: { field: 'paint', type: 'nominal', scale: null } },
    });
    expect(await failureOf(renderChart(sneaky))).toEqual({ kind: 'remote', what: 'fill="url(http://example.org/p.svg#g)"' });
  }, 60_000);

  it('finds sizes that are too large or not numbers, and references outside an SVG', () => {
    expect(drawnSize('<svg width="300" height="200">')).toBeUndefined();
    expect(drawnSize('<svg width="NaN" height="200">')).toBe('NaN x 200');
    expect(drawnSize(`<svg width="${CHART_LIMITS.drawn + 1}" height="20">`)).toBe(`${CHART_LIMITS.drawn + 1} x 20`);
    expect(remoteInSvg('<svg><g clip-path="url(#clip1)"><path fill="url(#gradient_2)"/></g></svg>')).toBeUndefined();
    expect(remoteInSvg('<svg><image href="https://example.org/x.png"/></svg>')).toBe('href="https://example.org/x.png"');
    expect(remoteInSvg('<svg><path style="fill: u&#114;l(x.png)"/></svg>')).toBe('style="fill: url(x.png)"');
  });

  it('reads references as CSS would, and leaves plain text alone', () => {
    expect(remoteReference('url(x.png)')).toBe('url(...)');
    expect(remoteReference('\\75 rl(x.png)')).toBe('url(...)');
    expect(remoteReference('image-set("a.png" 1x)')).toBe('image-set(...)');
    expect(remoteReference('see https://example.org')).toBe('an address beginning https:');
    expect(remoteReference('//cdn.example.org/x')).toBe('an address beginning //');
    for (const text of ['Seizures (kg) // 2021', 'Data: UNODC', 'Source: national reports', 'datum.isImage(x)', 'steelblue', '#1f77b4']) {
      expect(remoteReference(text), text).toBeUndefined();
    }
  });
});

describe('renderFailureMessage', () => {
  it('says every way a drawing can fail at the chart\'s place, under its own rule', () => {
    const at = { file: 'content/2021/pillar-1.md', place: { line: 12, column: 1 } };
    const failures: RenderFailure[] = [
      { kind: 'error', detail: 'Unrecognized function: lenght' },
      { kind: 'marks', count: 25000 },
      { kind: 'size', size: '9000 x 300' },
      { kind: 'remote', what: 'url(http://example.org/)' },
      { kind: 'memory', limitMb: 256 },
      { kind: 'time', seconds: 30 },
      { kind: 'stopped', detail: 'the charts stage was stopped' },
    ];
    const messages = failures.map((failure) => renderFailureMessage({ id: 'fig', at }, failure));
    expect(messages.map((m) => [m.file, m.place?.line, m.ruleId])).toEqual(
      ['chart/render', 'chart/limit-marks', 'chart/limit-size', 'chart/remote-reference', 'chart/limit-memory', 'chart/limit-time', 'chart/render-stopped'].map((rule) => ['content/2021/pillar-1.md', 12, rule]),
    );
    expect(messages[4]!.reason).toBe('drawing this chart took more than 256 MB of memory, so it was stopped');
  });
});
