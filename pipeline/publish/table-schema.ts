/**
 * Table Schemas (Frictionless v1) for the CSV files of the data package, derived from the JSON
 * Schemas under schemas/ so that the two never say different things: a property's type, its
 * enum, pattern, bounds and whether it is required become a field's type and constraints; the
 * schema's `x-primary-key` and `x-foreign-keys` become the table's keys. The fields follow the
 * CSV file's own header, so a Table Schema always matches the file it describes.
 */
import { parse } from 'csv-parse/sync';
export { csvLine, type CsvCell } from '../load/hostile.js';

/** The Table Schema types the package uses. */
export type FieldType = 'string' | 'number' | 'integer' | 'boolean' | 'year';

/** A field's constraints (Table Schema v1). */
export interface FieldConstraints {
  required?: boolean;
  unique?: boolean;
  /** An XML Schema regular expression, matched against the whole cell. */
  pattern?: string;
  enum?: string[];
  minLength?: number;
  minimum?: number;
  maximum?: number;
}

/** One column of a table. */
export interface TableField {
  name: string;
  type: FieldType;
  description?: string;
  constraints?: FieldConstraints;
}

/** A foreign key: `fields` of this table hold values of `reference.fields` of another resource. */
export interface TableForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

/** A Table Schema (Frictionless v1). */
export interface TableSchema {
  fields: TableField[];
  /** The cells read as missing: the empty cell only. */
  missingValues: string[];
  primaryKey?: string[];
  foreignKeys?: TableForeignKey[];
  /** Why the keys are as they are, where a reader needs telling (an extra property). */
  description?: string;
}

/** A JSON Schema (2020-12) as the derivation reads it: the keywords vdr's schemas use. */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  pattern?: string;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  description?: string;
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  $defs?: Record<string, JsonSchema>;
  'x-expected'?: string;
  'x-separator'?: string;
  'x-primary-key'?: string[];
  'x-foreign-keys'?: { column: string; dataset: string; key: string; also?: string[] }[];
}

/** The missing values of every table vdr describes: an empty cell is a missing value. */
export const MISSING_VALUES: readonly string[] = [''];

/**
 * The property a `$ref` (local, `#/$defs/...`) or a nullable `oneOf` points at, with the
 * referring schema's own description kept; any other schema as it is.
 *
 * @param root
 *   The whole schema document the references point into.
 * @param schema
 *   The property.
 */
export function resolveProperty(root: JsonSchema, schema: JsonSchema): JsonSchema {
  let at = schema;
  for (let depth = 0; depth < 10; depth++) {
    if (at.$ref !== undefined) {
      const name = /^#\/\$defs\/(.+)$/.exec(at.$ref)?.[1];
      const target = name === undefined ? undefined : root.$defs?.[name];
      if (!target) throw new Error(`the JSON Schema reference ${at.$ref} cannot be followed: only #/$defs/<name> is supported`);
      const { $ref: _ref, ...rest } = at;
      at = { ...target, ...rest };
    } else if (at.oneOf) {
      const branches = at.oneOf.filter((branch) => branch.type !== 'null');
      if (branches.length !== 1) return at;
      const { oneOf: _oneOf, ...rest } = at;
      at = { ...branches[0], ...rest };
    } else return at;
  }
  throw new Error('a JSON Schema reference leads round in a circle');
}

/** The JSON Schema types of a property, without null. */
function typesOf(schema: JsonSchema): string[] {
  const declared = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  return declared.filter((t) => t !== 'null');
}

/** A JSON Schema pattern as Table Schema reads one (anchored on the whole cell, no ^ or $). */
function anchoredPattern(pattern: string): string {
  if (pattern.startsWith('^') && pattern.endsWith('$')) return pattern.slice(1, -1);
  return `.*(${pattern}).*`;
}

/**
 * The Table Schema field of one JSON Schema property. Integers that are years (named `year` or
 * `*_year`, or bounded within four digits) become `year`; enums become strings with an `enum`
 * constraint (null dropped: an empty cell is the missing value); arrays kept in one cell
 * (`x-separator`) become strings with a pattern for the list.
 *
 * @param name
 *   The column.
 * @param property
 *   Its JSON Schema, references resolved (resolveProperty).
 * @param required
 *   Whether every row has a value.
 */
export function fieldOf(name: string, property: JsonSchema, required: boolean): TableField {
  const constraints: FieldConstraints = {};
  if (required) constraints.required = true;
  let type: FieldType;
  const types = typesOf(property);
  const values = property.enum?.filter((v) => v !== null);
  if (values !== undefined && types.length === 0) {
    type = values.every((v) => typeof v === 'boolean') ? 'boolean' : 'string';
    if (type === 'string') constraints.enum = values.map(String);
  } else if (types.includes('array')) {
    type = 'string';
    const items = property.items?.enum?.map((v) => String(v).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const separator = (property['x-separator'] ?? ';').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (items) constraints.pattern = `(${items.join('|')})(${separator}(${items.join('|')}))*`;
  } else if (types.includes('integer')) {
    const bounded = property.minimum !== undefined && property.maximum !== undefined && property.minimum >= 1000 && property.maximum <= 9999;
    type = name === 'year' || name.endsWith('_year') || bounded ? 'year' : 'integer';
  } else if (types.includes('number')) type = 'number';
  else if (types.includes('boolean')) type = 'boolean';
  else if (types.includes('string') || types.length === 0) type = 'string';
  else throw new Error(`the column ${name} has the JSON Schema type ${types.join(' or ')}, which a CSV cell cannot hold`);
  if (type === 'string') {
    if (property.pattern !== undefined) constraints.pattern = anchoredPattern(property.pattern);
    // A length of 1 says only "not empty", which an empty cell's being missing already says.
    if (property.minLength !== undefined && property.minLength > 1) constraints.minLength = property.minLength;
  }
  if (type === 'number' || type === 'integer' || type === 'year') {
    if (property.minimum !== undefined) constraints.minimum = property.minimum;
    if (property.maximum !== undefined) constraints.maximum = property.maximum;
  }
  const description = property.description ?? property['x-expected'];
  return { name, type, ...(description === undefined ? {} : { description }), ...(Object.keys(constraints).length > 0 ? { constraints } : {}) };
}

/** How a table's keys are named: the resource each dataset of `x-foreign-keys` is, when it is a table. */
export interface KeyOptions {
  /** The tabular resource a dataset of `x-foreign-keys` is (undefined: no table, the key is left out). */
  resourceOf: (dataset: string) => string | undefined;
  /** Keys to add, for rules the JSON Schema does not hold (checked in code by vdr validate). */
  foreignKeys?: readonly TableForeignKey[];
  /** (optional) Values allowed for a column, from the data (such as the catalogue's units). */
  enums?: Readonly<Record<string, readonly string[]>>;
}

/**
 * The Table Schema of a CSV file whose rows a JSON Schema (an object schema) describes: one field
 * per column of the file's header, in its order, typed by the JSON Schema; the primary key from
 * `x-primary-key`; foreign keys from `x-foreign-keys` where the dataset referred to is a table.
 * A column the JSON Schema does not know is an error (vdr validate refuses such a file first).
 *
 * @param header
 *   The CSV file's header.
 * @param rowSchema
 *   The JSON Schema of one row.
 * @param keys
 *   How datasets are named as resources, extra keys and enums.
 */
export function tableSchemaOf(header: readonly string[], rowSchema: JsonSchema, keys: KeyOptions): TableSchema {
  const required = new Set(rowSchema.required ?? []);
  const fields = header.map((name) => {
    const property = rowSchema.properties?.[name];
    if (!property) throw new Error(`the column ${name} is not described by the JSON Schema "${rowSchema.description ?? ''}"; run vdr validate first`);
    const field = fieldOf(name, resolveProperty(rowSchema, property), required.has(name));
    const values = keys.enums?.[name];
    return values && values.length > 0 ? { ...field, constraints: { ...field.constraints, enum: [...values] } } : field;
  });
  const foreignKeys: TableForeignKey[] = [];
  for (const fk of rowSchema['x-foreign-keys'] ?? []) {
    const resource = keys.resourceOf(fk.dataset);
    const column = rowSchema.properties?.[fk.column];
    // A list in one cell (ewg-meetings' pillars) cannot be a foreign key; nor can a YAML file.
    if (resource === undefined || !header.includes(fk.column) || column?.type === 'array' || fk.also) continue;
    foreignKeys.push({ fields: [fk.column], reference: { resource, fields: [fk.key] } });
  }
  foreignKeys.push(...(keys.foreignKeys ?? []).map((fk) => ({ fields: [...fk.fields], reference: { resource: fk.reference.resource, fields: [...fk.reference.fields] } })));
  const primaryKey = rowSchema['x-primary-key'];
  return {
    fields,
    missingValues: [...MISSING_VALUES],
    ...(primaryKey ? { primaryKey: [...primaryKey] } : {}),
    ...(foreignKeys.length > 0 ? { foreignKeys } : {}),
  };
}

/**
 * The header of a CSV file: its first record, a byte-order mark dropped.
 *
 * @param bytes
 *   The file.
 */
export function csvHeader(bytes: string | Uint8Array): string[] {
  const text = (typeof bytes === 'string' ? bytes : Buffer.from(bytes).toString('utf8')).replace(/^\uFEFF/, '');
  const records = parse(text, { to_line: 1, relax_column_count: true }) as string[][];
  return records[0] ?? [];
}

