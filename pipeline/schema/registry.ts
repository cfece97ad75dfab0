/**
 * The schemas under schemas/, the single source of truth for the data's types, compiled once per
 * command (the opened project, project/, holds them): CSV cells are typed by them (cells.ts) and
 * ajv's errors are put into plain words (errors.ts, messages.ts).
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { FileProblem, readInside } from '../io/read.js';
import { Ajv2020, type ValidateFunction, type ErrorObject } from 'ajv/dist/2020.js';

/** A property schema as vdr reads it: the JSON Schema keywords it uses plus its own annotations. */
export interface PropertySchema {
  type?: string | string[];
  enum?: unknown[];
  items?: PropertySchema;
  properties?: Record<string, PropertySchema>;
  /** For maps keyed by codes: the schema of every value (or false: no other field). */
  additionalProperties?: boolean | PropertySchema;
  required?: string[];
  default?: unknown;
  description?: string;
  minimum?: number;
  maximum?: number;
  /** Plain words for what a valid value looks like, used in messages. */
  'x-expected'?: string;
  /** For arrays kept in one CSV cell: the separator between items. */
  'x-separator'?: string;
}

export interface ForeignKey {
  column: string;
  dataset: string;
  key: string;
  /** Values allowed besides the keys of the dataset referred to (optional), such as an indicator's pillar `context`. */
  also?: string[];
}

/** A dataset schema: an object (one CSV row) or an array of objects (a YAML list). */
export interface DatasetSchema extends PropertySchema {
  title?: string;
  'x-primary-key'?: string[];
  'x-foreign-keys'?: ForeignKey[];
}

export interface CompiledSchema {
  name: string;
  schema: DatasetSchema;
  /** The schema of one record: the schema itself for CSV rows, `items` for lists. */
  record: DatasetSchema;
  validate: ValidateFunction;
}

export type SchemaError = ErrorObject;

/** Every schema under `schemas/`, compiled once. */
export class SchemaRegistry {
  private readonly compiled = new Map<string, CompiledSchema>();

  /** Reads and compiles `<dir>/<name>.schema.json` for every schema file in `dir`. */
  static load(dir: string): SchemaRegistry {
    const registry = new SchemaRegistry();
    const ajv = new Ajv2020({ allErrors: true, strict: true, verbose: true });
    ajv.addVocabulary(['x-expected', 'x-separator', 'x-primary-key', 'x-foreign-keys']);
    for (const entry of readdirSync(dir).sort()) {
      if (!entry.endsWith('.schema.json')) continue;
      const name = entry.slice(0, -'.schema.json'.length);
      const path = join(dir, entry);
      const got = readInside(dirname(dir), path);
      if (!got.ok) throw new FileProblem(path, got.problem);
      let schema: DatasetSchema;
      try {
        schema = JSON.parse(got.bytes.toString('utf8')) as DatasetSchema;
      } catch (error) {
        throw new FileProblem(path, { kind: 'malformed', detail: `it is not valid JSON (${(error as Error).message}); restore it from vdr's own schemas/ (vdr init writes them)` });
      }
      const record = schema.type === 'array' && schema.items ? (schema.items as DatasetSchema) : schema;
      const merged: DatasetSchema = {
        ...record,
        ...(schema['x-primary-key'] ? { 'x-primary-key': schema['x-primary-key'] } : {}),
        ...(schema['x-foreign-keys'] ? { 'x-foreign-keys': schema['x-foreign-keys'] } : {}),
      };
      registry.compiled.set(name, { name, schema, record: merged, validate: ajv.compile(schema) });
    }
    return registry;
  }

  /** The compiled schema of a dataset; throws for a name the project does not have (a bug, not bad input). */
  get(name: string): CompiledSchema {
    const found = this.compiled.get(name);
    if (!found) throw new Error(`vdr has no schema named ${name}`);
    return found;
  }

  has(name: string): boolean {
    return this.compiled.has(name);
  }
}
