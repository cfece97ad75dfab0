/**
 * A cache of rendered charts, keyed by a hash of everything that decides the SVG's bytes: the
 * spec (with its inline data), the figure's id, title and description, its language, digits and
 * direction, and the versions of
 * vdr's charts code, vega, vega-lite, the font metrics and the map. An unchanged chart is not
 * rendered again. Entries are written to a temporary file and renamed, so a build stopped
 * half-way never leaves a broken entry.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomically } from '../io/atomic.js';
import { packageVersion } from './libraries.js';
import type { RenderResult, RenderTask } from './task.js';

/** Bump when a change to the charts code changes SVG bytes for the same spec. */
export const CHARTS_VERSION = 'vdr-charts-2';

/** What is stored per chart. */
export type CachedChart = Pick<RenderResult, 'svg' | 'table'>;

/** Where rendered charts are kept; a test passes a double (see `memoryCache`). */
export interface ChartCache {
  get(key: string): CachedChart | undefined;
  set(key: string, value: CachedChart): void;
}

let versions: string | undefined;

/** The versions of everything outside vdr that shapes the SVG. */
function dependencyVersions(): string {
  if (versions) return versions;
  versions = [
    CHARTS_VERSION,
    `vega ${packageVersion('vega')}`,
    `vega-lite ${packageVersion('vega-lite')}`,
    `noto-sans ${packageVersion('@fontsource/noto-sans')}`,
    `noto-sans-arabic ${packageVersion('@fontsource/noto-sans-arabic')}`,
    `world-atlas ${packageVersion('world-atlas')}`,
  ].join('\n');
  return versions;
}

/** The cache key of a render task: sha256, hex. */
export function cacheKey(task: RenderTask): string {
  const hash = createHash('sha256');
  hash.update(dependencyVersions());
  hash.update('\n');
  hash.update(JSON.stringify([task.id, task.title, task.description, task.sceneTable === true, task.language ?? 'en', task.digits ?? 'latn', task.dir ?? 'ltr']));
  hash.update('\n');
  hash.update(JSON.stringify(task.spec));
  return hash.digest('hex');
}

/**
 * A cache in a directory, one JSON file per chart (such as output/.cache/charts/).
 *
 * @param dir
 *   The directory; created when first written to.
 */
export function directoryCache(dir: string): ChartCache {
  return {
    get(key) {
      try {
        return JSON.parse(readFileSync(join(dir, `${key}.json`), 'utf8')) as CachedChart;
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      writeFileAtomically(join(dir, `${key}.json`), JSON.stringify(value));
    },
  };
}

/** A cache in memory, for tests and for one process. */
export function memoryCache(): ChartCache & { entries: Map<string, CachedChart> } {
  const entries = new Map<string, CachedChart>();
  return { entries, get: (key) => entries.get(key), set: (key, value) => void entries.set(key, value) };
}
