/**
 * The report from an edition's prepared data, stage by stage, for both `vdr build` and
 * `vdr preview` (which pass in how they draw charts and compare):
 * 1. content: compile the chapters, with their directives, into the report's parts (content/);
 *    a final report stops here at any problem;
 * 2. charts: draw the figures the chapters ask for (charts/, through `draw`);
 * 3. changes: a draft's "What changed" (diff/, through `changes`);
 * 4. html: one self-contained HTML file, with a draft's banner, stamp and changes (html/).
 */
import type { ChartContext, ChartRequest, Figure } from './charts/request.js';
import { compileContent } from './content/index.js';
import type { Message } from './diagnostics/message.js';
import { presentChanges } from './diff/present.js';
import type { WhatChanged } from './diff/types.js';
import type { LoadedEdition } from './edition/load.js';
import { renderHtml, type BuildStamp } from './html/index.js';
import { editionStrings } from './i18n/index.js';
import type { StageTimes } from './io/timing.js';
import type { Metrics } from './metrics/types.js';
import type { Dataset } from './model.js';

/** What a report is made from. */
export interface ReportInput {
  /** The project root, absolute. */
  root: string;
  edition: LoadedEdition;
  dataset: Dataset;
  metrics: Metrics;
  mode: 'draft' | 'final';
  /** The problems found before the content (in the data), listed in a draft's banner with the content's. */
  messages: readonly Message[];
  /** A draft's build stamp (optional; a preview and a final report have none). */
  stamp?: BuildStamp;
}

/** How the caller draws charts and compares, and where the stages' times go. */
export interface ReportSteps {
  /** Draws the figures (renderCharts, or the preview's memo of it). */
  draw(requests: readonly ChartRequest[], context: ChartContext): Promise<Figure[]>;
  /** A draft's "What changed" (not asked for in a final report). */
  changes(edition: LoadedEdition, metrics: Metrics): WhatChanged;
  times: StageTimes;
  /** Told of each chart request as the content stage finds it (optional: the build starts drawing it). */
  chartFound?: (request: ChartRequest) => void;
}

/** The report, or, for a final report with problems, none. */
export interface ReportResult {
  /** Every problem: the input's and the content's. */
  messages: Message[];
  /** The HTML file; absent when a final report stopped at problems. */
  html?: string;
}

/**
 * Makes the report's HTML.
 *
 * @param input
 *   The edition, its data and metrics, draft or final, earlier problems and the stamp.
 * @param steps
 *   How charts are drawn and "What changed" is made, and the stage times.
 * @throws ChartRequestError
 *   When a chart request names something the data does not have (the content stage reports these first).
 */
export async function makeReport(input: ReportInput, steps: ReportSteps): Promise<ReportResult> {
  const { root, edition, dataset, metrics, mode } = input;
  const { times } = steps;
  const content = times.time('content', () => compileContent({ root, edition, dataset, metrics, mode, ...(steps.chartFound ? { onChart: steps.chartFound } : {}) }));
  const messages = [...input.messages, ...content.messages];
  // A final report refuses any problem; a draft shows content problems in its banner.
  if (mode === 'final' && messages.length > 0) return { messages };
  const figures = await times.timeAsync('charts', () => steps.draw(content.chartRequests, { dataset, metrics, edition }));
  // A draft's "What changed", in the report's words: titles, names, and figures as the chapters print them.
  const strings = editionStrings(edition);
  const changes = mode === 'draft' ? times.time('changes', () => presentChanges(steps.changes(edition, metrics), dataset, strings)) : undefined;
  const html = await times.timeAsync('html', () =>
    renderHtml(content.document, figures, {
      mode,
      warnings: messages,
      strings,
      ...(input.stamp ? { buildStamp: input.stamp } : {}),
      ...(changes ? { changes } : {}),
    }),
  );
  return { messages, html };
}
