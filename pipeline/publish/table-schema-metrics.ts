/**
 * The Table Schema of metrics.csv (written by metrics/csv.ts), derived from its own header and
 * schemas/metrics.schema.json: a column named like a property of an entity metric, an aggregate
 * or a coverage takes that property's type and constraints; the few columns metrics.csv makes
 * up (level, the year spans, the break, the lists) are described here. A column neither knows is
 * an error, so a new column of metrics.csv cannot go out undescribed.
 */
import { ENTITIES, INDICATOR_TABLE } from './table-schema-lookups.js';
import { fieldOf, MISSING_VALUES, resolveProperty, type JsonSchema, type TableField, type TableSchema } from './table-schema.js';

/** The resource name and path of metrics.csv in the package. */
export const METRICS_RESOURCE = { name: 'metrics', path: 'metrics/metrics.csv' } as const;

/** The columns of metrics.csv that are no property of metrics.json, each as its JSON Schema would say. */
const MADE_UP: Record<string, JsonSchema> = {
  level: { enum: ['entity', 'aggregate'], description: 'entity: one entity and sex; aggregate: one group of entities.' },
  baseline_years_from: { $ref: '#/$defs/year', description: 'The first year the baseline figures are from.' },
  baseline_years_to: { $ref: '#/$defs/year', description: 'The last year the baseline figures are from.' },
  current_years_from: { $ref: '#/$defs/year', description: 'The first year the current figures are from.' },
  current_years_to: { $ref: '#/$defs/year', description: 'The last year the current figures are from.' },
  series_break_year: { $ref: '#/$defs/year', description: 'The year of the first figure after the series break the change crosses.' },
  series_break_note: { type: 'string', description: 'What changed at the series break.' },
  members: { type: 'string', description: "The aggregate's balanced set: entity codes separated by spaces." },
  sources: { type: 'string', description: 'The observations used, as baseline=file:line current=file:line ..., separated by spaces.' },
};

/** Whether a property is required and never null in a definition. */
function always(definition: JsonSchema, name: string, root: JsonSchema): boolean {
  const property = definition.properties?.[name];
  if (!property || !(definition.required ?? []).includes(name)) return false;
  const resolved = resolveProperty(root, property);
  const types = resolved.type === undefined ? [] : Array.isArray(resolved.type) ? resolved.type : [resolved.type];
  return !types.includes('null') && !(resolved.enum ?? []).includes(null);
}

/**
 * The Table Schema of metrics.csv: its header's columns in order, typed from metrics.schema.json.
 * A column is required when both entity and aggregate rows always have it. The primary key is
 * (indicator, level, entity, sex, group_type, group): entity rows are keyed by indicator, entity
 * and sex, aggregate rows by indicator, group type and group, and the columns of the other level
 * are empty. Foreign keys: indicator to the indicator table, entity to the entities table.
 *
 * @param header
 *   metrics.csv's header (csvHeader of the built file).
 * @param metricsSchema
 *   schemas/metrics.schema.json.
 */
export function metricsTableSchema(header: readonly string[], metricsSchema: JsonSchema): TableSchema {
  const defs = metricsSchema.$defs ?? {};
  const entity = defs['entityMetric'] ?? {};
  const aggregate = defs['aggregateMetric'] ?? {};
  const coverage = defs['coverage'] ?? {};
  const fields: TableField[] = header.map((name) => {
    const made = MADE_UP[name];
    const own = made ?? entity.properties?.[name] ?? aggregate.properties?.[name] ?? coverage.properties?.[name];
    if (!own) throw new Error(`metrics.csv has a column ${name} that neither metrics.schema.json nor the package's list of metrics.csv columns describes; describe it in pipeline/publish/table-schema-metrics.ts`);
    const required = made === undefined ? always(entity, name, metricsSchema) && always(aggregate, name, metricsSchema) : name === 'level';
    return fieldOf(name, resolveProperty(metricsSchema, own), required || name === 'indicator' || name === 'sex');
  });
  const has = (name: string): boolean => header.includes(name);
  const key = ['indicator', 'level', 'entity', 'sex', 'group_type', 'group'];
  return {
    fields,
    missingValues: [...MISSING_VALUES],
    ...(key.every(has) ? { primaryKey: key } : {}),
    foreignKeys: [
      ...(has('indicator') ? [{ fields: ['indicator'], reference: { resource: INDICATOR_TABLE, fields: ['id'] } }] : []),
      ...(has('entity') ? [{ fields: ['entity'], reference: { resource: ENTITIES, fields: ['code'] } }] : []),
    ],
    description: 'Entity rows are keyed by indicator, entity and sex; aggregate rows by indicator, group_type and group; the columns of the other level are empty.',
  };
}
