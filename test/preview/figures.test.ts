import { describe, expect, it } from 'vitest';
import { ChartRequestError, memoryCache, type ChartRequest } from '../../pipeline/charts/index.js';
import { figureMemo, layeredCache } from '../../pipeline/preview/figures.js';
import { fixtureContext } from '../charts/fixture.js';

const at = (line: number) => ({ file: 'content/2021/pillar-1.md', place: { line, column: 1 } });
const requests: ChartRequest[] = [
  { id: 'a', kind: 'baseline-current', title: 'A', description: 'A.', indicator: 'seizures', at: at(3) },
  { id: 'b', kind: 'status-by-pillar', title: 'B', description: 'B.', at: at(9) },
];

describe('figureMemo', () => {
  const context = fixtureContext();

  it('gives each unchanged figure as it was, wherever its request moved in the chapter', async () => {
    const memo = figureMemo({ cache: memoryCache(), workers: 0 });
    const first = await memo.draw(requests, context);
    expect(first.map((f) => f.id)).toEqual(['a', 'b']);
    const moved = await memo.draw(requests.map((r) => ({ ...r, at: at(r.at!.place.line + 10) })), context);
    expect(moved[0]).toBe(first[0]);
    expect(moved[1]).toBe(first[1]);
  });

  it('draws again only the changed request, in the requests\' order', async () => {
    const memo = figureMemo({ cache: memoryCache(), workers: 0 });
    const first = await memo.draw(requests, context);
    const changed = await memo.draw([{ ...requests[0]!, title: 'A, retitled' }, requests[1]!], context);
    expect(changed[0]).not.toBe(first[0]);
    expect(changed[0]?.title).toBe('A, retitled');
    expect(changed[1]).toBe(first[1]);
  });

  it('draws everything again for other data, and checks all the requests together', async () => {
    const memo = figureMemo({ cache: memoryCache(), workers: 0 });
    const first = await memo.draw(requests, context);
    const again = await memo.draw(requests, { ...context, dataset: { ...context.dataset } });
    expect(again[0]).not.toBe(first[0]);
    expect(again.map((f) => f.svg)).toEqual(first.map((f) => f.svg));
    await expect(memo.draw([requests[0]!, { ...requests[1]!, id: 'a' }], context)).rejects.toBeInstanceOf(ChartRequestError);
  });
});

describe('layeredCache', () => {
  it('reads memory first, then the disk, keeping what it read; writes both', () => {
    const memory = memoryCache();
    const disk = memoryCache();
    const cache = layeredCache(memory, disk);
    disk.set('a', { svg: '<svg/>' });
    expect(cache.get('a')).toEqual({ svg: '<svg/>' });
    expect(memory.entries.get('a')).toEqual({ svg: '<svg/>' });
    cache.set('b', { svg: '<svg id="b"/>' });
    expect([memory.entries.has('b'), disk.entries.has('b')]).toEqual([true, true]);
    expect(cache.get('c')).toBeUndefined();
  });
});
