/**
 * What the charts stage is asked for and what it gives back, declared once. A request names a
 * chart kind and its parameters; a figure is the rendered SVG with its text alternative and the
 * numbers behind it as a table.
 */
import type { Located } from '../diagnostics/message.js';
import type { Dataset, Edition, PillarId } from '../model.js';
import type { Metrics } from '../metrics/types.js';
import type { ChartLanguage } from './language.js';

export const CHART_KINDS = [
  'baseline-current',
  'time-series',
  'status-by-pillar',
  'partner-map',
  'coverage-grid',
  'ewg-timeline',
  'partner-pillar',
  'custom',
] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

/** Fields every request has. */
export interface ChartRequestBase {
  /** Unique among the edition's figures; becomes the prefix of every id inside the SVG. */
  id: string;
  /** Short title: the SVG's <title> and the figure caption. */
  title: string;
  /** What the chart shows and what to read from it: the SVG's <desc>. */
  description: string;
  /** Source note under the figure (optional; default: from the data, such as the indicator's source). */
  source?: string;
  /** Where the request was written, for messages (optional). */
  at?: Located;
}

/** Baseline versus current per country, as a dumbbell: one row per reporting entity. */
export interface BaselineCurrentRequest extends ChartRequestBase {
  kind: 'baseline-current';
  /** An indicator id from data/indicators.yaml. */
  indicator: string;
  /** ISO alpha-3 codes or organization acronyms (optional; default: every entity with a baseline or a current figure). */
  entities?: string[];
}

/** An indicator's yearly figures, one small panel per entity. */
export interface TimeSeriesRequest extends ChartRequestBase {
  kind: 'time-series';
  indicator: string;
  /** Entities, one panel each (optional; default: the priority countries of RP ANC and RP SEE that report it, or every organization). */
  entities?: string[];
  /** Panels per row (optional; default: 4, and at most as many as fit the print width: 4). */
  columns?: number;
  /** One y scale for all panels, or one each (optional; default: 'independent'). */
  scale?: 'shared' | 'independent';
  /** First year drawn (optional; default: the first year of the indicator's figures). */
  from?: number;
  /** Last year drawn (optional; default: the edition year, or the indicator's last year before it). */
  to?: number;
}

/** How many entity figures improved, worsened and so on: per pillar, or per indicator of one pillar. */
export interface StatusByPillarRequest extends ChartRequestBase {
  kind: 'status-by-pillar';
  /** One bar per indicator of this pillar (optional; default: one bar per pillar). */
  pillar?: PillarId;
}

/** A map of the partner countries from Europe to Central and South Asia. */
export interface PartnerMapRequest extends ChartRequestBase {
  kind: 'partner-map';
  /** Colour partners by priority programme or by an indicator's status (optional; default: 'programme'). */
  colorBy?: 'programme' | 'status';
  /** The indicator whose status colours the map; required when colorBy is 'status'. */
  indicator?: string;
  /** All partners from Ireland to China, or zoomed on one regional programme's countries (optional; default: 'all'). */
  focus?: 'all' | 'RP SEE' | 'RP ANC';
}

/** Countries x indicators: which figures of a year were reported, estimated or missing. */
export interface CoverageGridRequest extends ChartRequestBase {
  kind: 'coverage-grid';
  /** Only this pillar's indicators (optional; default: every country-reported indicator). */
  pillar?: PillarId;
  /** The year looked at (optional; default: the edition year). */
  year?: number;
}

/** The Expert Working Group meetings over time, one row per pillar. */
export interface EwgTimelineRequest extends ChartRequestBase {
  kind: 'ewg-timeline';
  /** Last year shown (optional; default: the edition year). */
  until?: number;
}

/**
 * A partner brief's small chart: one partner's figures for the indicators of one pillar, baseline
 * against current, one row per indicator on its own scale (kinds/partner-pillar.ts). Asked for by
 * the briefs, not by the report's Markdown.
 */
export interface PartnerPillarRequest extends ChartRequestBase {
  kind: 'partner-pillar';
  /** The partner: a country's ISO alpha-3 code or an organization's acronym. */
  entity: string;
  pillar: PillarId;
}

/** A Vega-Lite specification written in Markdown, checked by `validateCustomSpec`. */
export interface CustomRequest extends ChartRequestBase {
  kind: 'custom';
  spec: Record<string, unknown>;
}

export type ChartRequest =
  | BaselineCurrentRequest
  | TimeSeriesRequest
  | StatusByPillarRequest
  | PartnerMapRequest
  | CoverageGridRequest
  | EwgTimelineRequest
  | PartnerPillarRequest
  | CustomRequest;

/** What the charts draw on. */
export interface ChartContext {
  dataset: Dataset;
  /** The edition's metrics. */
  metrics: Metrics;
  /** The edition as built in one language: `language` is the language drawn in, `translations[language].digits` its digits. */
  edition: Pick<Edition, 'year'> & Partial<Pick<Edition, 'previous' | 'language' | 'translations'>>;
}

export type Cell = string | number | null;

/** The numbers behind a figure, for an HTML table. */
export interface FigureTable {
  caption: string;
  columns: string[];
  rows: Cell[][];
}

/** One rendered chart. */
export interface Figure {
  id: string;
  kind: ChartKind;
  title: string;
  /** The request's description, plus what the chart adds (such as partners outside the map). */
  description: string;
  /** Source note for under the figure. */
  source: string;
  /** The SVG, with role="img", <title> and <desc>, ids prefixed with the figure id. */
  svg: string;
  table: FigureTable;
  /** The Vega-Lite specification rendered, with its data inline. */
  spec: Record<string, unknown>;
  /** Whether the SVG came from the cache. */
  cached: boolean;
}

/** What a spec builder gives: the Vega-Lite spec, the table, and additions to the description. */
export interface BuiltChart {
  spec: Record<string, unknown>;
  table: FigureTable;
  /** Sentences appended to the request's description (optional). */
  describe?: string;
  /** Default source note. */
  source: string;
  /** Read the table from the drawn marks after rendering, for charts whose transforms decide it (optional). */
  sceneTable?: boolean;
}

/** What every spec builder reads: the data, its metrics, the edition year, and the language drawn in. */
export interface BuildInput {
  dataset: Dataset;
  metrics: Metrics;
  year: number;
  /** The language's words, digits, direction and fonts (optional; default: English, chartLanguage()). */
  language?: ChartLanguage;
}
