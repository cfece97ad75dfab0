/**
 * vega and vega-lite as the charts code uses them: loaded from the single-file builds both
 * packages ship (vega/build/vega.js, vega-lite/build/vega-lite.min.js) and compiled with V8's
 * code cache, kept in node_modules/.cache/vdr/code/.
 * Why: every render worker loads both libraries anew. Through their ES modules that is some fifty
 * packages to resolve, read, compile and link, 150 ms a thread; a single script with a code cache
 * takes about 15 ms, and the cache also holds the functions compiled while the first charts were
 * drawn, so later threads run them without compiling them again. (Node 22 caches compiled
 * modules itself; Node 20, which this project runs on, does not.)
 * The builds are the packages' own, of the same versions, and draw the same SVG bytes as their
 * modules (test/charts/libraries.test.ts). The cache is V8's own format: V8 checks it against its
 * version, its flags and the script, and rejects one that does not fit; it is then written again.
 * Each file is named by the build and a hash of the script, the Node version and the process's
 * flags, and written whole (publish/atomic.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { writeFileAtomically } from '../io/atomic.js';
import { sha256 } from '../io/hash.js';

type Vega = typeof import('vega');
type VegaLite = typeof import('vega-lite');

/** A script loaded in this thread, and whether its code cache is still to be written. */
interface Loaded {
  file: string;
  script: Script;
  cacheFile: string;
  /** Whether V8 compiled it from the cache. */
  cached: boolean;
  save: boolean;
}

const loaded: Loaded[] = [];

/** The folder of a package's main module (its build folder for vega and vega-lite). */
const buildFolder = (name: string): string => dirname(fileURLToPath(import.meta.resolve(name)));

const vegaBuild = buildFolder('vega');

/** node_modules/.cache/vdr, beside the packages: what the charts derive from packages alone. */
export const INSTALL_CACHE_DIR = join(vegaBuild, '..', '..', '.cache', 'vdr');

/** The libraries' code caches. */
export const CODE_CACHE_DIR = join(INSTALL_CACHE_DIR, 'code');

/**
 * Runs a UMD build as CommonJS and returns its exports.
 *
 * @param file
 *   The script.
 * @param dependencies
 *   What its `require` returns, by name (a build names only the packages it does not include).
 */
function load(file: string, dependencies: Readonly<Record<string, unknown>>): unknown {
  const source = readFileSync(file, 'utf8');
  // Options (V8's flags among them) name the file too, so that processes run with different
  // flags keep a cache each instead of replacing each other's; an evaluated script does not.
  const options = process.execArgv.filter((arg) => arg.startsWith('--')).join(' ');
  const key = sha256(`${process.version}\n${process.arch}\n${options}\n${source}`).slice(0, 24);
  const cacheFile = join(CODE_CACHE_DIR, `${basename(file, '.js')}-${key}.bin`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new Script(`(function (exports, require, module) {${source}\n})`, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as Record<string, unknown> };
  const require = (name: string): unknown => {
    if (!(name in dependencies)) throw new Error(`${file} requires ${name}, which vdr does not provide`);
    return dependencies[name];
  };
  (script.runInThisContext() as (exports: object, require: (name: string) => unknown, module: object) => void)(module.exports, require, module);
  const cached = cachedData !== undefined && script.cachedDataRejected !== true;
  loaded.push({ file, script, cacheFile, cached, save: !cached });
  return module.exports;
}

/**
 * The installed version of a package, from its package.json, without loading the package. A
 * package that does not export its package.json (vega) has it in a folder above its main module.
 */
export function packageVersion(name: string): string {
  const read = (file: string): { name?: string; version: string } => JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version: string };
  try {
    return read(createRequire(import.meta.url).resolve(`${name}/package.json`)).version;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_PACKAGE_PATH_NOT_EXPORTED') throw error;
  }
  for (let dir = buildFolder(name); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file) && read(file).name === name) return read(file).version;
  }
  throw new Error(`no package.json of ${name} above its main module`);
}

let loadedVega: Vega | undefined;
let loadedVegaLite: VegaLite | undefined;

/**
 * vega, from vega/build/vega.js, loaded on first use: a build whose charts are all drawn by the
 * workers (or come from the cache) never loads it in its own thread.
 */
export function vega(): Vega {
  return (loadedVega ??= load(join(vegaBuild, 'vega.js'), {}) as Vega);
}

/** vega-lite, from vega-lite/build/vega-lite.min.js, on the vega above; loaded on first use. */
export function vegaLite(): VegaLite {
  return (loadedVegaLite ??= load(join(buildFolder('vega-lite'), 'vega-lite.min.js'), { vega: vega() }) as VegaLite);
}

/**
 * Writes the code cache of each library that had none (or a rejected one), with every function
 * compiled so far: call it once some charts have been drawn. Later calls write nothing; a cache
 * that cannot be written (a read-only install) is left unwritten.
 */
export function saveCodeCache(): void {
  for (const entry of loaded) {
    if (!entry.save) continue;
    entry.save = false;
    try {
      writeFileAtomically(entry.cacheFile, entry.script.createCachedData());
    } catch {
      // The cache only saves time.
    }
  }
}

/** For each library loaded in this thread: its build, its cache file and whether V8 used that cache. */
export function codeCacheStatus(): { file: string; cacheFile: string; cached: boolean }[] {
  return loaded.map(({ file, cacheFile, cached }) => ({ file, cacheFile, cached }));
}
