/**
 * `vdr preview` (SPEC 9): a local server that rebuilds the report as its inputs change and
 * updates the page, in order:
 * 1. listen on 127.0.0.1 (server.ts), serving the current page, the last good report and the
 *    build events, nothing else;
 * 2. watch content/, data/ and schemas/ (watch.ts), in batches of changes;
 * 3. work out what a batch asks to redo (scope.ts) and redo it (builder.ts): a chapter edit
 *    compiles the content, takes every unchanged chart as it was (figures.ts) and compares only
 *    the edited chapter for "What changed" (changes.ts), then writes the HTML; a data or schema
 *    change validates and computes the metrics again first;
 * 4. tell the page (client.ts): when only sections of the report changed, the event carries
 *    them (parts.ts) and the page swaps them in; otherwise the page fetches the report and
 *    patches itself. When the data has errors, the page is the error page (error-page.ts).
 * The server outlives any failure. Only the HTML is built, never the PDF, and nothing is written
 * but the chart cache (output/.cache/charts/, shared with vdr build). The draft has no build
 * stamp: a preview is not a build.
 */
import { join } from 'node:path';
import { directoryCache, memoryCache, prestartChartWorkers, stopChartWorkers } from '../charts/index.js';
import { sharedPool } from '../charts/pool.js';
import type { Project } from '../project/index.js';
import { createBuilder, type PreviewResult } from './builder.js';
import { layeredCache } from './figures.js';
import { LAST_GOOD_PATH, withClient, type PageKind } from './client.js';
import { errorPage } from './error-page.js';
import { changedSections, splitReport, type ReportParts } from './parts.js';
import { scopeOf, widest, type Scope } from './scope.js';
import { listen } from './server.js';
import { watchDirectories } from './watch.js';

export { PreviewUnavailable } from './server.js';

/** The port `vdr preview` listens on unless told otherwise. */
export const DEFAULT_PORT = 4173;

export interface PreviewOptions {
  /** The port on 127.0.0.1 (optional; default: 4173; 0 takes any free port). */
  port?: number;
  /** Receives a line per build (optional; default: nothing is said). */
  log?: (line: string) => void;
}

export interface PreviewServer {
  /** Such as http://127.0.0.1:4173/. */
  url: string;
  /** Stops watching, ends every connection and stops the server. */
  close(): Promise<void>;
  /** How many builds are done, the first included. */
  rebuilds(): number;
  /** How long the newest build took, in ms, from the change seen to the page ready to serve. */
  lastBuildMs(): number;
  /** Settles when the first build is done (a report or the error page). */
  ready: Promise<void>;
}

const FIRST = 'first build';

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** One line about a build, for the log, with each stage's ms. */
function describe(result: PreviewResult, ms: number, cause: string): string {
  const stages = result.timings.map(([stage, seconds]) => `${stage} ${Math.round(seconds * 1000)}`).join(', ');
  if (result.kind === 'error') return `${cause}: ${result.headline}; the page shows it (${Math.round(ms)} ms).`;
  const errors = result.messages.filter((m) => m.severity === 'error').length;
  const problems = result.messages.length === 0 ? '' : `; ${plural(errors, 'error')} and ${plural(result.messages.length - errors, 'warning')} in the draft's banner`;
  return `${cause}: ${cause === FIRST ? 'built' : 'rebuilt'} in ${Math.round(ms)} ms (${stages})${problems}.`;
}

/**
 * Starts the preview: it listens on 127.0.0.1, builds the edition's HTML report, and rebuilds it
 * whenever a file under content/, data/ or schemas/ changes.
 *
 * @param project
 *   The opened project, with the edition to preview (the newest when it names none).
 * @param options
 *   The port and the log (optional).
 * @returns
 *   The running server; its `ready` settles after the first build.
 * @throws PreviewUnavailable
 *   When the port is taken.
 */
export async function startPreview(project: Project, options: PreviewOptions = {}): Promise<PreviewServer> {
  const log = options.log ?? (() => undefined);
  const instance = Date.now().toString(36);
  let builds = 0;
  let lastMs = 0;
  // The page at /, and its bytes once asked for (most builds are swapped in from their event).
  let page: { html: string; kind: PageKind; build: string; bytes?: Buffer } | undefined;
  let lastGood: { html: string; build: string } | undefined;
  // The sections of the newest build, when it is a report: the next one sends only what differs.
  let shown: ReportParts | undefined;
  let latest: string | undefined;
  let editionDir: string | undefined;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const latestBuild = (): string => `${instance}.${builds}`;

  // 1. The server, first: a port in use stops the preview before any work.
  const http = await listen(
    {
      current: async () => {
        await ready;
        const shownPage = page!;
        shownPage.bytes ??= Buffer.from(withClient(shownPage.html, { kind: shownPage.kind, build: shownPage.build }));
        return shownPage.bytes;
      },
      lastGood: () => (lastGood && page && lastGood.build !== latestBuild() ? Buffer.from(withClient(lastGood.html, { kind: 'last-good', build: lastGood.build })) : undefined),
      latest: () => latest,
    },
    options.port ?? DEFAULT_PORT,
  );

  // The chart workers warm up while the data is read; they stay for the rebuilds.
  const ownPool = sharedPool() === undefined;
  prestartChartWorkers();
  const builder = createBuilder(project, {
    charts: layeredCache(memoryCache(), directoryCache(join(project.outputDir, '.cache', 'charts'))),
  });

  // 3 and 4. One build at a time; changes seen during a build make one more, as wide as they ask.
  let pending: { scope: Scope; cause: string; at: number } | undefined;
  let running: Promise<void> | undefined;
  const buildOnce = async (scope: Scope, cause: string, at: number): Promise<void> => {
    const result = await builder.build(scope);
    const base = latestBuild();
    builds += 1;
    const build = latestBuild();
    if (result.editionDir !== undefined) editionDir = result.editionDir;
    let parts: { id: string; html: string }[] | undefined;
    if (result.kind === 'report') {
      lastGood = { html: result.html, build };
      page = { html: result.html, kind: 'report', build };
      const split = splitReport(result.html);
      parts = changedSections(shown, split);
      shown = split;
    } else {
      const html = errorPage({ headline: result.headline, messages: result.messages, ...(lastGood ? { lastGood: LAST_GOOD_PATH } : {}) });
      page = { html, kind: 'error', build };
      shown = undefined;
    }
    lastMs = performance.now() - at;
    latest = JSON.stringify({ build, kind: result.kind, ms: Math.round(lastMs), ...(parts ? { base, parts } : {}) });
    http.broadcast(latest);
    log(describe(result, lastMs, cause));
    markReady();
  };
  const schedule = (scope: Scope, cause: string): void => {
    pending = { scope: widest(pending?.scope, scope), cause: pending ? `${pending.cause}, ${cause}` : cause, at: pending?.at ?? performance.now() };
    running ??= (async () => {
      while (pending) {
        const next = pending;
        pending = undefined;
        await buildOnce(next.scope, next.cause, next.at);
      }
      running = undefined;
    })();
  };

  // 2. Watch, then build for the first time.
  const watcher = watchDirectories(project.root, ['content', 'data', 'schemas'], (paths) => {
    let scope: Scope | undefined;
    const read: string[] = [];
    for (const path of paths) {
      const each = scopeOf(path, editionDir);
      if (each === undefined) continue;
      scope = widest(scope, each);
      read.push(path);
    }
    if (scope) schedule(scope, read.length === 1 ? `${read[0]} changed` : `${read.length} files changed`);
  });
  schedule('schemas', FIRST);
  log(`Previewing at ${http.url} (Ctrl-C to stop).`);

  return {
    url: http.url,
    ready,
    rebuilds: () => builds,
    lastBuildMs: () => lastMs,
    async close() {
      watcher.close();
      pending = undefined;
      await http.close();
      await running;
      if (ownPool) await stopChartWorkers();
    },
  };
}
