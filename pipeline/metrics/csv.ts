import type { EntityMetric, Metrics } from './types.js';

type Cell = string | number | boolean | null;

/** The columns of metrics.csv, in order, each with how it reads an entity metric. */
const COLUMNS: readonly [string, (m: EntityMetric) => Cell][] = [
  ['indicator', (m) => m.indicator],
  ['entity', (m) => m.entity],
  ['entity_type', (m) => m.entity_type],
  ['sex', (m) => m.sex],
  ['baseline_year', (m) => m.baseline_year],
  ['baseline', (m) => m.baseline],
  ['baseline_fallback', (m) => m.baseline_fallback],
  ['current_year', (m) => m.current_year],
  ['current', (m) => m.current],
  ['current_is_latest_available', (m) => m.current_is_latest_available],
  ['change', (m) => m.change],
  ['relative_change', (m) => m.relative_change],
  ['annualised_change', (m) => m.annualised_change],
  ['status', (m) => m.status],
  ['target_progress', (m) => m.target_progress],
  ['previous_year', (m) => m.previous_year],
  ['previous', (m) => m.previous],
  ['change_since_previous', (m) => m.change_since_previous],
  ['baseline_flag', (m) => m.baseline_flag],
  ['current_flag', (m) => m.current_flag],
  ['illustrative', (m) => m.illustrative],
  [
    'sources',
    (m) =>
      (['baseline', 'current', 'previous'] as const)
        .flatMap((k) => {
          const at = m.sources[k];
          return at ? [`${k}=${at.file}:${at.line}`] : [];
        })
        .join(' '),
  ],
];

/** One cell: empty for null, String() of numbers and booleans, quoted when RFC 4180 needs it. */
function cell(value: Cell): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * metrics.csv: one row per entity metric, in the metrics' order, with a header row. RFC 4180
 * quoting, LF line ends (also after the last row); null is an empty cell; numbers are written as
 * stored; `sources` lists the observations used, as `baseline=file:line current=file:line ...`.
 *
 * @param metrics
 *   The computed metrics.
 */
export function metricsToCsv(metrics: Metrics): string {
  const lines = [COLUMNS.map(([name]) => name).join(',')];
  for (const m of metrics.entities) lines.push(COLUMNS.map(([, read]) => cell(read(m))).join(','));
  return `${lines.join('\n')}\n`;
}
