/**
 * The preview's builds: the stages of `vdr build` up to the HTML (never the PDF), keeping in
 * memory what a change leaves as it was. A chapter edit compiles the content, draws the charts
 * (an unchanged chart is a cache hit) and writes the HTML; the validated data, the metrics and
 * the side "What changed" compares with are kept. A data or schema change runs everything again.
 */
import { ChartRequestError, type ChartCache } from '../charts/index.js';
import type { Message } from '../diagnostics/message.js';
import { StageTimes } from '../io/timing.js';
import type { Project } from '../project/index.js';
import { prepare, type Prepared } from '../project/prepare.js';
import { makeReport } from '../report.js';
import { changeTracker } from './changes.js';
import { figureMemo } from './figures.js';
import { SCOPES, type Scope } from './scope.js';

/** What a build gives: a report, or why there is none. */
export type PreviewResult =
  | { kind: 'report'; html: string; messages: Message[]; editionDir: string; timings: [string, number][] }
  | { kind: 'error'; headline: string; messages: Message[]; editionDir: string | undefined; timings: [string, number][] };

export interface PreviewBuilder {
  /** Builds again, redoing what `scope` asks (the first build does everything). */
  build(scope: Scope): Promise<PreviewResult>;
}

export interface BuilderOptions {
  /** Where the charts are kept between builds. */
  charts: ChartCache;
}

const sentence = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Starts keeping a project's build state.
 *
 * @param opened
 *   The opened project, with the edition to build (the newest when it names none).
 * @param options
 *   The chart cache.
 */
export function createBuilder(opened: Project, options: BuilderOptions): PreviewBuilder {
  // The project as last read, and what was prepared from it: undefined until read (again).
  let project: Project | undefined;
  let prepared: Prepared | undefined;
  const changes = changeTracker();
  const charts = figureMemo({ cache: options.charts });
  const wider = (scope: Scope, than: Scope): boolean => SCOPES.indexOf(scope) >= SCOPES.indexOf(than);

  return {
    async build(scope) {
      const times = new StageTimes();
      const failed = (headline: string, messages: Message[] = []): PreviewResult => ({ kind: 'error', headline, messages, editionDir: prepared?.edition?.dir, timings: times.timings });

      try {
        // 1. Schemas, data, edition and metrics: read again only when they may have changed.
        if (!project || !prepared || wider(scope, 'data')) {
          project = project ? project.reopen(wider(scope, 'schemas') ? 'schemas' : 'data') : opened;
          prepared = prepare(project);
          for (const [stage, seconds] of project.times.timings) times.record(stage, seconds);
          changes.forget();
        } else if (wider(scope, 'content')) {
          changes.forget();
        }
        const current = project;
        const { edition, dataset, metrics, refusal } = prepared;
        if (refusal) return failed(sentence(refusal.reason), prepared.messages);
        if (!edition || !dataset || !metrics) {
          const errors = prepared.messages.filter((m) => m.severity === 'error').length;
          return failed(`The data has ${errors} error${errors === 1 ? '' : 's'}, so the report could not be built`, prepared.messages);
        }

        // 2. Content, charts, "What changed" and HTML: on every change.
        const report = await makeReport(
          { root: current.root, edition, dataset, metrics, mode: 'draft', messages: prepared.messages },
          { times, draw: (requests, context) => charts.draw(requests, context), changes: (built, builtMetrics) => changes.whatChanged(current, built, builtMetrics) },
        );
        return { kind: 'report', html: report.html!, messages: report.messages, editionDir: edition.dir, timings: times.timings };
      } catch (error) {
        // A broken state never stops the preview: the page says what failed.
        if (error instanceof ChartRequestError) return failed('The charts could not be drawn', error.messages);
        // Whatever failed, the schemas and data are read again on the next change.
        prepared = undefined;
        if (project) project = project.reopen('schemas');
        return failed(`The build failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  };
}
