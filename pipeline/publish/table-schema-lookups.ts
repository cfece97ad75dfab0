/**
 * Two tables the data package adds so that standard tools can follow the observations' keys:
 * `tables/entities.csv`, every reporting entity (the partner countries by ISO alpha-3 code and
 * the partner organizations by acronym, in one column, since an observation's `country` holds
 * either and a Table Schema foreign key names one resource only), and `tables/indicators.csv`,
 * the catalogue of data/indicators.yaml flattened into columns (a YAML file is not a table, so
 * no key can point into it). Both are made from the project's own files, with Table Schemas
 * derived from the JSON Schemas of those files.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { csvLine, fieldOf, MISSING_VALUES, resolveProperty, type CsvCell, type JsonSchema, type TableField, type TableSchema } from './table-schema.js';

/** A table the package makes: its resource name, path in the package, text and Table Schema. */
export interface MadeTable {
  name: string;
  path: string;
  description: string;
  csv: string;
  schema: TableSchema;
}

/** The resource name of the entities table: what every observation's `country` refers to. */
export const ENTITIES = 'entities';
/** The resource name of the flattened catalogue: what every observation's `indicator` refers to. */
export const INDICATOR_TABLE = 'indicator-table';

function rowsOf(bytes: Uint8Array | undefined): Record<string, string>[] {
  if (!bytes) return [];
  return parseCsv(Buffer.from(bytes).toString('utf8'), { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[];
}

/** A JSON Schema pattern without its anchors, for joining two patterns. */
const bare = (pattern: string | undefined): string | undefined => (pattern === undefined ? undefined : pattern.replace(/^\^/, '').replace(/\$$/, ''));

/**
 * tables/entities.csv (`code,type,name`): the partner countries (countries.csv, in its order)
 * then the partner organizations (organizations.csv, in its order). The code's pattern joins the
 * patterns of countries.schema.json's iso3 and organizations.schema.json's acronym.
 *
 * @param countries
 *   data/reference/countries.csv and its JSON Schema.
 * @param organizations
 *   data/reference/organizations.csv and its JSON Schema.
 */
export function entitiesTable(countries: { bytes: Uint8Array | undefined; schema: JsonSchema }, organizations: { bytes: Uint8Array | undefined; schema: JsonSchema }): MadeTable {
  const patterns = [bare(countries.schema.properties?.['iso3']?.pattern), bare(organizations.schema.properties?.['acronym']?.pattern)].filter((p): p is string => p !== undefined);
  const fields: TableField[] = [
    {
      name: 'code',
      type: 'string',
      description: "A partner country's ISO 3166-1 alpha-3 code, or a partner organization's acronym: what an observation's country column holds.",
      constraints: { required: true, unique: true, ...(patterns.length > 0 ? { pattern: patterns.map((p) => `(${p})`).join('|') } : {}) },
    },
    { name: 'type', type: 'string', description: 'country or organization.', constraints: { required: true, enum: ['country', 'organization'] } },
    { name: 'name', type: 'string', description: 'The name as countries.csv or organizations.csv writes it.', constraints: { required: true } },
  ];
  const lines = [csvLine(fields.map((f) => f.name))];
  for (const row of rowsOf(countries.bytes)) lines.push(csvLine([row['iso3'], 'country', row['name']]));
  for (const row of rowsOf(organizations.bytes)) lines.push(csvLine([row['acronym'], 'organization', row['name']]));
  return {
    name: ENTITIES,
    path: 'tables/entities.csv',
    description: 'Every reporting entity: the partner countries and the partner organizations, made from countries.csv and organizations.csv, so that one foreign key can check every observation.',
    csv: `${lines.join('\n')}\n`,
    schema: { fields, missingValues: [...MISSING_VALUES], primaryKey: ['code'] },
  };
}

/** A column of the flattened catalogue: a property, or a property of an object property (bounds_min). */
interface CatalogueColumn {
  field: TableField;
  read: (indicator: Record<string, unknown>) => CsvCell;
}

/**
 * tables/indicators.csv: one row per indicator of data/indicators.yaml, in catalogue order; one
 * column per scalar property of indicators.schema.json, in its order, and one per scalar property
 * of its object properties (`bounds_min`, `target_year`); lists are left out.
 *
 * @param catalogue
 *   data/indicators.yaml and its JSON Schema (an array of indicators).
 */
export function indicatorTable(catalogue: { bytes: Uint8Array | undefined; schema: JsonSchema }): MadeTable {
  const item = catalogue.schema.items ?? {};
  const required = new Set(item.required ?? []);
  const columns: CatalogueColumn[] = [];
  const scalar = (p: JsonSchema): boolean => !['object', 'array'].some((t) => (Array.isArray(p.type) ? p.type.includes(t) : p.type === t));
  for (const [name, raw] of Object.entries(item.properties ?? {})) {
    const property = resolveProperty(catalogue.schema, raw);
    if (scalar(property)) {
      columns.push({ field: fieldOf(name, property, required.has(name)), read: (i) => cellOf(i[name]) });
    } else if (property.type === 'object' && property.properties) {
      const inner = new Set(property.required ?? []);
      for (const [sub, subRaw] of Object.entries(property.properties)) {
        const subProperty = resolveProperty(catalogue.schema, subRaw);
        if (!scalar(subProperty)) continue;
        const column = `${name}_${sub}`;
        columns.push({ field: fieldOf(column, subProperty, required.has(name) && inner.has(sub)), read: (i) => cellOf((i[name] as Record<string, unknown> | undefined)?.[sub]) });
      }
    }
  }
  const indicators = catalogue.bytes ? ((parseYaml(Buffer.from(catalogue.bytes).toString('utf8')) ?? []) as Record<string, unknown>[]) : [];
  const lines = [csvLine(columns.map((c) => c.field.name)), ...indicators.map((indicator) => csvLine(columns.map((c) => c.read(indicator))))];
  const primaryKey = catalogue.schema['x-primary-key'];
  return {
    name: INDICATOR_TABLE,
    path: 'tables/indicators.csv',
    description: 'The indicator catalogue (data/indicators.yaml) as a table, one row per indicator, so that a foreign key can check every observation\'s indicator.',
    csv: `${lines.join('\n')}\n`,
    schema: { fields: columns.map((c) => c.field), missingValues: [...MISSING_VALUES], ...(primaryKey ? { primaryKey: [...primaryKey] } : {}) },
  };
}

function cellOf(value: unknown): CsvCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}
