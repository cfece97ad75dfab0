/**
 * The preview's builds: the stages of `vdr build` up to the HTML (never the PDF), keeping in
 * memory what a change leaves as it was. A chapter edit compiles the content, draws the charts
 * (an unchanged chart is a cache hit) and writes the HTML; the validated data, the metrics and
 * the side "What changed" compares with are kept. A data or schema change runs everything again.
 */
import { prepare, type BuildOutcome } from '../build.js';
import { ChartRequestError, type ChartCache } from '../charts/index.js';
import { compileContent } from '../content/index.js';
import type { Message } from '../diagnostics/message.js';
import { renderHtml } from '../html/index.js';
import type { Project } from '../project.js';
import { SchemaRegistry } from '../schema/registry.js';
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
  /** The edition (optional; default: the newest). */
  edition?: number;
  /** Where the charts are kept between builds. */
  charts: ChartCache;
}

const sentence = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Starts keeping a project's build state.
 *
 * @param project
 *   The project.
 * @param options
 *   The edition and the chart cache.
 */
export function createBuilder(project: Project, options: BuilderOptions): PreviewBuilder {
  let registry: SchemaRegistry | undefined;
  let prepared: BuildOutcome | undefined;
  const changes = changeTracker(project);
  const charts = figureMemo({ cache: options.charts });
  const wider = (scope: Scope, than: Scope): boolean => SCOPES.indexOf(scope) >= SCOPES.indexOf(than);

  return {
    async build(scope) {
      const timings: [string, number][] = [];
      const timed = async <T>(stage: string, work: () => Promise<T> | T): Promise<T> => {
        const start = process.hrtime.bigint();
        const value = await work();
        timings.push([stage, Number(process.hrtime.bigint() - start) / 1e9]);
        return value;
      };
      const failed = (headline: string, messages: Message[] = []): PreviewResult => ({ kind: 'error', headline, messages, editionDir: prepared?.edition?.dir, timings });

      try {
        // 1. Schemas, data, edition and metrics: only when they may have changed.
        if (wider(scope, 'schemas')) registry = undefined;
        if (!registry || !prepared || wider(scope, 'data')) {
          prepared = undefined;
          const loaded = (registry ??= await timed('schemas', () => SchemaRegistry.load(project.schemasDir)));
          prepared = prepare(project, options.edition === undefined ? {} : { edition: options.edition }, loaded);
          timings.push(...prepared.timings);
          changes.forget();
        } else if (wider(scope, 'content')) {
          changes.forget();
        }
        const { edition, dataset, metrics, refusal } = prepared;
        if (refusal) return failed(sentence(refusal.reason), prepared.messages);
        if (!edition || !dataset || !metrics) {
          const errors = prepared.messages.filter((m) => m.severity === 'error').length;
          return failed(`The data has ${errors} error${errors === 1 ? '' : 's'}, so the report could not be built`, prepared.messages);
        }

        // 2. Content, charts, "What changed" and HTML: on every change.
        const content = await timed('content', () => compileContent({ root: project.root, edition, dataset, metrics, mode: 'draft' }));
        const figures = await timed('charts', () => charts.draw(content.chartRequests, { dataset, metrics, edition }));
        const validated = registry ? { registry, dataset } : undefined;
        const changed = await timed('changes', () => changes.whatChanged(edition, metrics, validated));
        const messages = [...prepared.messages, ...content.messages];
        const html = await timed('html', () => renderHtml(content.document, figures, { mode: 'draft', warnings: messages, changes: changed }));
        return { kind: 'report', html, messages, editionDir: edition.dir, timings };
      } catch (error) {
        // A broken state never stops the preview: the page says what failed.
        if (error instanceof ChartRequestError) return failed('The charts could not be drawn', error.messages);
        // Whatever failed, the schemas and data are read again on the next change.
        registry = undefined;
        prepared = undefined;
        return failed(`The build failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  };
}
