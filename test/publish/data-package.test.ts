/**
 * The data package of the real sample (dataPackageFiles on the project, read only): the
 * descriptor passes the official Data Package profiles (test/fixtures/datapackage-profile/,
 * draft-04, with ajv-draft-04), every CSV resource's Table Schema matches its header and holds
 * for every row (types, constraints), primary keys are unique, foreign keys resolve, and the
 * hashes and sizes are those of the files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import AjvDraft04 from 'ajv-draft-04';
import { beforeAll, describe, expect, it } from 'vitest';
import { dataPackageFiles, PACKAGE_LICENSE, type DataPackageDescriptor, type DataResource } from '../../pipeline/publish/data-package.js';
import { metricsTableSchema } from '../../pipeline/publish/table-schema-metrics.js';
import { csvHeader, type JsonSchema, type TableField } from '../../pipeline/publish/table-schema.js';
import { metricsToCsv } from '../../pipeline/metrics/csv.js';
import { sha256 } from '../../pipeline/io/hash.js';
import type { OutputFiles } from '../../pipeline/io/atomic.js';
import { openProject } from '../../pipeline/project/index.js';
import { root } from './helpers.js';

const PROFILES = join(root, 'test/fixtures/datapackage-profile');
const profile = (name: string): object => JSON.parse(readFileSync(join(PROFILES, `${name}.json`), 'utf8')) as object;
// ajv-draft-04 is CommonJS: its class is the module's default export.
const Ajv = AjvDraft04.default;
const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
const validPackage = ajv.compile(profile('data-package'));
const validResource = ajv.compile(profile('data-resource'));
const validTabular = ajv.compile(profile('tabular-data-resource'));

const EDITION = { year: 2021, dir: 'content/2021', title: 'Implementing the Vienna Declaration: Global report' };

function text(files: OutputFiles, path: string): string {
  const content = files.get(path);
  if (content === undefined) throw new Error(`the package has no ${path}`);
  return typeof content === 'string' ? content : Buffer.from(content).toString('utf8');
}

/** A CSV file's rows as records of raw cells. */
function rowsOf(files: OutputFiles, path: string): Record<string, string>[] {
  return parse(text(files, `data-package/${path}`), { columns: true, bom: true }) as Record<string, string>[];
}

/** What is wrong with a cell against its field, if anything (Table Schema v1's rules for the types the package uses). */
function cellProblem(field: TableField, cell: string): string | undefined {
  const c = field.constraints ?? {};
  if (cell === '') return c.required ? 'required' : undefined;
  let value: number | undefined;
  switch (field.type) {
    case 'integer':
    case 'year':
      if (!/^-?\d+$/.test(cell)) return `not ${field.type === 'year' ? 'a year' : 'an integer'}`;
      value = Number(cell);
      break;
    case 'number':
      if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(cell)) return 'not a number';
      value = Number(cell);
      break;
    case 'boolean':
      if (!['true', 'false', 'True', 'False', 'TRUE', 'FALSE', '1', '0'].includes(cell)) return 'not a boolean';
      break;
    default:
      break;
  }
  if (c.enum && !c.enum.map(String).includes(cell)) return `not one of ${c.enum.join(', ')}`;
  if (c.pattern !== undefined && !new RegExp(`^(?:${c.pattern})$`, 'u').test(cell)) return `not matching ${c.pattern}`;
  if (c.minLength !== undefined && cell.length < c.minLength) return 'too short';
  if (value !== undefined && c.minimum !== undefined && value < c.minimum) return 'below the minimum';
  if (value !== undefined && c.maximum !== undefined && value > c.maximum) return 'above the maximum';
  return undefined;
}

describe('the data package of the real sample', () => {
  let files: OutputFiles;
  let descriptor: DataPackageDescriptor;
  let tables: DataResource[];
  let metricsCsv: string;
  beforeAll(() => {
    const project = openProject(root);
    const edition = project.edition(2021);
    if (typeof edition === 'string') throw new Error(edition);
    const data = project.data(edition);
    const dataset = project.validation().dataset;
    if (!data || !dataset) throw new Error('the sample data does not validate');
    metricsCsv = metricsToCsv(data.metrics);
    files = dataPackageFiles(project, EDITION, '1.0.0', undefined, { metricsCsv, dataset, metrics: data.metrics });
    descriptor = JSON.parse(text(files, 'data-package/datapackage.json')) as DataPackageDescriptor;
    tables = descriptor.resources.filter((r) => r.profile === 'tabular-data-resource');
  });

  it('passes the official Data Package profile, each resource its own profile', () => {
    expect(validPackage(descriptor), JSON.stringify(validPackage.errors?.slice(0, 5))).toBe(true);
    expect(descriptor.profile).toBe('data-package');
    for (const r of descriptor.resources) {
      const valid = r.profile === 'tabular-data-resource' ? validTabular : validResource;
      expect(valid(r), `${r.name}: ${JSON.stringify(valid.errors?.slice(0, 5))}`).toBe(true);
    }
  });

  it('describes every CSV file as a table and the YAML files as plain resources', () => {
    for (const r of descriptor.resources) expect(r.profile, r.path).toBe(r.format === 'csv' ? 'tabular-data-resource' : 'data-resource');
    expect(tables.map((r) => r.name)).toEqual([
      'countries',
      'organizations',
      'ewg-meetings',
      'country-names',
      'observations-pillar-1',
      'observations-pillar-2',
      'observations-pillar-3',
      'observations-pillar-4',
      'entities',
      'indicator-table',
      'metrics',
      'observations-sdmx',
      'metrics-sdmx',
    ]);
  });

  it('names a licence that grants nothing, and the sources', () => {
    expect(descriptor.licenses).toEqual([PACKAGE_LICENSE]);
    expect(descriptor.license_note).toContain('No licence has been set');
    expect(descriptor.sources).toHaveLength(3);
  });

  it("gives each file's true size and sha256", () => {
    for (const r of descriptor.resources) {
      const content = files.get(`data-package/${r.path}`)!;
      expect(content, r.path).toBeDefined();
      expect(r.bytes, r.path).toBe(typeof content === 'string' ? Buffer.byteLength(content) : content.length);
      expect(r.hash, r.path).toBe(`sha256:${sha256(content)}`);
      expect(r.encoding).toBe('utf-8');
    }
    // The copies are the project's files, and metrics.csv the build's bytes.
    const countries = descriptor.resources.find((r) => r.name === 'countries')!;
    expect(countries.hash).toBe(`sha256:${sha256(readFileSync(join(root, 'data/reference/countries.csv')))}`);
    expect(text(files, 'data-package/metrics/metrics.csv')).toBe(metricsCsv);
  });

  it("has a Table Schema whose fields are each CSV file's header, in order", () => {
    for (const r of tables) {
      expect(r.schema!.fields.map((f) => f.name), r.path).toEqual(csvHeader(files.get(`data-package/${r.path}`)!));
      expect(r.schema!.missingValues).toEqual(['']);
    }
  });

  it('has Table Schemas that hold for every row: types, required cells, enums, patterns, bounds', () => {
    const problems: string[] = [];
    for (const r of tables) {
      rowsOf(files, r.path).forEach((row, index) => {
        for (const field of r.schema!.fields) {
          const problem = cellProblem(field, row[field.name] ?? '');
          if (problem && problems.length < 10) problems.push(`${r.path}:${index + 2} ${field.name}=${JSON.stringify(row[field.name])}: ${problem}`);
        }
      });
    }
    expect(problems).toEqual([]);
  });

  it('types the columns from the JSON Schemas', () => {
    const fields = (name: string) => descriptor.resources.find((r) => r.name === name)!.schema!.fields;
    const observation = Object.fromEntries(fields('observations-pillar-1').map((f) => [f.name, f]));
    expect(observation['year']?.type).toBe('year');
    expect(observation['value']?.type).toBe('number');
    expect(observation['flag']?.constraints?.enum).toEqual(['estimate', 'provisional', 'break']);
    expect(observation['unit']?.constraints?.enum).toEqual(['count', 'days', 'kg', 'percent']);
    expect(observation['indicator']?.constraints?.required).toBe(true);
    const country = fields('countries').find((f) => f.name === 'iso3')!;
    expect(country.constraints).toMatchObject({ required: true, pattern: '[A-Z]{3}' });
    const ewg = Object.fromEntries(fields('ewg-meetings').map((f) => [f.name, f]));
    expect(ewg['trifold']?.type).toBe('boolean');
    expect(ewg['month']?.constraints).toMatchObject({ minimum: 1, maximum: 12 });
    const metrics = Object.fromEntries(fields('metrics').map((f) => [f.name, f]));
    expect(metrics['baseline']?.type).toBe('number');
    expect(metrics['baseline_year']?.type).toBe('year');
    expect(metrics['illustrative']?.type).toBe('boolean');
    expect(metrics['expected']?.type).toBe('integer');
    expect(metrics['status']?.constraints?.enum).toContain('improved');
  });

  it('has unique primary keys', () => {
    for (const r of tables) {
      const key = r.schema!.primaryKey;
      expect(key, r.path).toBeDefined();
      const seen = new Set<string>();
      const repeated: string[] = [];
      for (const row of rowsOf(files, r.path)) {
        const id = JSON.stringify(key!.map((k) => row[k] ?? ''));
        if (seen.has(id)) repeated.push(id);
        seen.add(id);
      }
      expect(repeated, r.path).toEqual([]);
    }
  });

  it('has foreign keys that resolve: every observation names a known entity and indicator', () => {
    let checked = 0;
    for (const r of tables) {
      for (const fk of r.schema!.foreignKeys ?? []) {
        const target = descriptor.resources.find((t) => t.name === fk.reference.resource);
        expect(target?.schema, `${r.name} -> ${fk.reference.resource}`).toBeDefined();
        const known = new Set(rowsOf(files, target!.path).map((row) => JSON.stringify(fk.reference.fields.map((f) => row[f]))));
        const unknown = rowsOf(files, r.path)
          .filter((row) => fk.fields.some((f) => row[f] !== ''))
          .map((row) => JSON.stringify(fk.fields.map((f) => row[f])))
          .filter((value) => !known.has(value));
        expect(unknown, `${r.path} ${fk.fields.join(',')} -> ${fk.reference.resource}`).toEqual([]);
        checked += 1;
      }
    }
    const observations = descriptor.resources.find((r) => r.name === 'observations-pillar-1')!;
    expect(observations.schema!.foreignKeys).toEqual([
      { fields: ['indicator'], reference: { resource: 'indicator-table', fields: ['id'] } },
      { fields: ['country'], reference: { resource: 'entities', fields: ['code'] } },
    ]);
    expect(checked).toBeGreaterThanOrEqual(12);
  });

  it('lists organizations as well as countries in the entities table, since observations name both', () => {
    const entities = rowsOf(files, 'tables/entities.csv');
    expect(entities.filter((e) => e.type === 'country')).toHaveLength(58);
    expect(entities.filter((e) => e.type === 'organization')).toHaveLength(23);
    const codes = new Set(entities.map((e) => e.code));
    const organizationRows = rowsOf(files, 'data/observations/pillar-1.csv').concat(rowsOf(files, 'data/observations/pillar-4.csv')).filter((row) => !/^[A-Z]{3}$/.test(row.country ?? ''));
    for (const row of organizationRows) expect(codes.has(row.country!), row.country).toBe(true);
  });

  it('describes every column of metrics.csv, and refuses a column it does not know', () => {
    const schema = JSON.parse(readFileSync(join(root, 'schemas/metrics.schema.json'), 'utf8')) as JsonSchema;
    expect(metricsTableSchema(csvHeader(metricsCsv), schema).fields.map((f) => f.name)).toEqual(csvHeader(metricsCsv));
    expect(() => metricsTableSchema(['indicator', 'mystery'], schema)).toThrow(/mystery/);
  });

  it('is the same, byte for byte, when made again', () => {
    const project = openProject(root);
    const edition = project.edition(2021);
    if (typeof edition === 'string') throw new Error(edition);
    const data = project.data(edition)!;
    const again = dataPackageFiles(project, EDITION, '1.0.0', undefined, { metricsCsv, dataset: project.validation().dataset!, metrics: data.metrics });
    expect([...again.keys()]).toEqual([...files.keys()]);
    for (const [path, content] of again) expect(sha256(content), path).toBe(sha256(files.get(path)!));
  });

  it('without the build, holds the input data and the lookup tables, still valid', () => {
    const bare = dataPackageFiles(openProject(root), EDITION, '1.0.0');
    const d = JSON.parse(text(bare, 'data-package/datapackage.json')) as DataPackageDescriptor;
    expect(validPackage(d), JSON.stringify(validPackage.errors?.slice(0, 5))).toBe(true);
    expect(d.resources.map((r) => r.name)).not.toContain('metrics');
    expect(d.resources.map((r) => r.name)).toContain('entities');
    expect([...bare.keys()].some((p) => p.startsWith('data-package/sdmx/'))).toBe(false);
  });
});
