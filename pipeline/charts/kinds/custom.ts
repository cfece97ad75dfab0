/**
 * A custom Vega-Lite chart from a Markdown block (checked by custom-spec.ts), bound to the
 * project's data: every dataset it names is attached as a top-level `datasets` entry, and the
 * report's theme replaces whatever config the author wrote (one theme for every figure). Its
 * table cannot be known before vega runs the transforms, so it is read from the drawn marks
 * (render.ts, `sceneTable`).
 */
import type { BuildInput, BuiltChart, CustomRequest } from '../request.js';
import { datasetRows, isDatasetName, type DatasetName } from '../datasets.js';
import { themeConfig } from '../theme.js';
import { languageOf, VEGA_LITE_SCHEMA } from './lookup.js';

/** Every dataset name a spec refers to, sorted. */
export function namedDatasets(spec: unknown): DatasetName[] {
  const names = new Set<DatasetName>();
  const walk = (value: unknown, key: string | undefined): void => {
    if (value === null || typeof value !== 'object') return;
    if (key === 'data' && !Array.isArray(value)) {
      const name = (value as Record<string, unknown>)['name'];
      if (typeof name === 'string' && isDatasetName(name)) names.add(name);
    }
    for (const [k, v] of Object.entries(value)) walk(v, Array.isArray(value) ? undefined : k);
  };
  walk(spec, undefined);
  return [...names].sort();
}

/**
 * A single view's plot width unless the spec sets its own: it leaves the print column (fit.ts)
 * room for axis labels of about 140 px.
 */
const DEFAULT_WIDTH = 480;

/** Whether the top level is a single view, which gets a default width. */
const isSingleView = (spec: Record<string, unknown>): boolean => 'mark' in spec || 'layer' in spec;

/**
 * Binds a custom spec to the data.
 *
 * @param request
 *   The checked specification.
 * @param input
 *   Data, metrics and edition year.
 */
export function build(request: CustomRequest, input: BuildInput): BuiltChart {
  const { $schema: _schema, config: authorConfig, datasets: _datasets, ...rest } = request.spec;
  const language = languageOf(input);
  const datasets = Object.fromEntries(namedDatasets(request.spec).map((name) => [name, datasetRows(name, input.dataset, input.metrics)]));
  const spec: Record<string, unknown> = {
    $schema: VEGA_LITE_SCHEMA,
    ...(isSingleView(rest) && rest['width'] === undefined ? { width: DEFAULT_WIDTH } : {}),
    ...rest,
    config: { ...(typeof authorConfig === 'object' && authorConfig !== null ? authorConfig : {}), ...themeConfig(language) },
    datasets,
  };
  return {
    spec,
    table: { caption: request.title, columns: [], rows: [] },
    sceneTable: true,
    source: language.words.custom.source,
  };
}
