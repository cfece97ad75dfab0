/**
 * What a published edition carries besides the report: the data package, and the edition's
 * content sources, so that later diffs can compare its text.
 *
 * The data package (under `data-package/`) is a Frictionless Data Package (v1, profile
 * `data-package`): every input data file and schema, copied; every CSV file a
 * `tabular-data-resource` with a Table Schema derived from its JSON Schema (table-schema.ts);
 * the YAML files plain `data-resource`s. It adds two lookup tables for the foreign keys
 * (table-schema-lookups.ts), and, when the build's outputs are passed in, metrics.csv and the
 * SDMX-CSV files (sdmx.ts) as tabular resources too. A README says what it holds.
 */
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Dataset, ProvenanceKind } from '../model.js';
import type { Metrics } from '../metrics/types.js';
import type { ProjectPaths } from '../project/paths.js';
import type { OutputFiles } from '../io/atomic.js';
import { type EditionPlace } from './fingerprint.js';
import { sha256 } from '../io/hash.js';
import { byCode } from '../io/order.js';
import { nodeFiles, type FileAccess } from '../io/files.js';
import { csvHeader, tableSchemaOf, type JsonSchema, type KeyOptions, type TableSchema } from './table-schema.js';
import { ENTITIES, entitiesTable, INDICATOR_TABLE, indicatorTable, type MadeTable } from './table-schema-lookups.js';
import { metricsTableSchema, METRICS_RESOURCE } from './table-schema-metrics.js';
import { metricsSdmxCsv, observationsSdmxCsv, SDMX_FILES, sdmxTableSchema, type SdmxOptions } from './sdmx.js';

/** The documents the reference data was taken from (shared/seeds), cited in the descriptor. */
export const SEED_SOURCES: readonly { title: string }[] = [
  { title: 'Paris Pact Initiative: Phase IV and the Vienna Declaration, leaflet, version 4, October 2021' },
  {
    title:
      'E/CN.7/2014/14: Strengthening international cooperation in combating illicit opiates originating in Afghanistan through continuous and reinforced support to the Paris Pact initiative, report of the Executive Director',
  },
  { title: 'Paris Pact Initiative leaflet, version 1, September 2008' },
];

/**
 * The licence the descriptor names. No licence has been set for the data, so it names none that
 * would grant reuse: `other-closed` is the Open Definition's id for "not open", and the title
 * says what to do.
 */
export const PACKAGE_LICENSE = { name: 'other-closed', title: 'No licence set: ask the Paris Pact Coordination Unit (UNODC) before reusing the data' } as const;

/** The edition a package describes. */
export interface PackagedEdition extends EditionPlace {
  title: string;
}

/** One resource of datapackage.json. */
export interface DataResource {
  /** tabular-data-resource for a CSV file (it has a Table Schema), data-resource for the others. */
  profile: 'tabular-data-resource' | 'data-resource';
  name: string;
  /** Relative to the package directory. */
  path: string;
  format: 'csv' | 'yaml' | 'json';
  mediatype: string;
  encoding: 'utf-8';
  /** The Table Schema of a CSV file. */
  schema?: TableSchema;
  /** The JSON Schema (2020-12) an input file is checked against, relative to the package directory (an extra property). */
  jsonschema?: string;
  /** sha256:<hex> of the file's bytes. */
  hash: string;
  bytes: number;
  /** What an observations file's figures are (data/datasets.yaml `kind`); absent for the other files (an extra property). */
  kind?: ProvenanceKind;
  description: string;
  sources?: { title: string }[];
}

/** datapackage.json. */
export interface DataPackageDescriptor {
  profile: 'data-package';
  name: string;
  title: string;
  version: string;
  description: string;
  licenses: { name: string; title: string }[];
  /** The licence in words (an extra property). */
  license_note: string;
  sources: { title: string }[];
  resources: DataResource[];
}

/**
 * What the build made that the package also carries (all optional; without them the package
 * holds the input data and the lookup tables only).
 */
export interface PackageExtras {
  /** The build's metrics.csv, added as `metrics/metrics.csv` with its Table Schema. */
  metricsCsv?: string | Uint8Array;
  /** The validated data (the data as written): with it, `sdmx/observations.sdmx.csv` is added. */
  dataset?: Dataset;
  /** The edition's metrics (metrics.json): with the dataset, `sdmx/metrics.sdmx.csv` is added. */
  metrics?: Metrics;
  /** (optional) How the SDMX files are coded (default: UNODC, 1.0, ISO3). */
  sdmx?: SdmxOptions;
}

/** data/datasets.yaml, as far as the package needs it (it has passed validation). */
interface DatasetsManifest {
  reference: Record<string, string>;
  indicators: string;
  units?: string;
  observations: { path: string; pillar: string; kind: ProvenanceKind; source?: string }[];
}

const FORMATS: Record<string, { format: DataResource['format']; mediatype: string }> = {
  csv: { format: 'csv', mediatype: 'text/csv' },
  yaml: { format: 'yaml', mediatype: 'application/yaml' },
  yml: { format: 'yaml', mediatype: 'application/yaml' },
  json: { format: 'json', mediatype: 'application/json' },
};

/** The schema of each reference dataset, by its key in data/datasets.yaml. */
const REFERENCE_SCHEMAS: Record<string, string> = {
  countries: 'countries',
  organizations: 'organizations',
  pillars: 'pillars',
  ewg_meetings: 'ewg-meetings',
  glossary: 'glossary',
  country_names: 'country-names',
};

/** What an observations file's figures are, as the package describes them. */
const KIND_WORDS: Record<ProvenanceKind, string> = {
  reported: 'figures reported by partners',
  compiled: 'figures compiled from a public source',
  estimated: 'estimated figures',
  illustrative: 'illustrative figures, generated, not reported by partners',
};

/**
 * The files of the data package, under `data-package/`: copies of data/** and schemas/**, the
 * lookup tables (tables/), the build's metrics.csv and the SDMX-CSV files when given (metrics/,
 * sdmx/), the descriptor datapackage.json and a README.md.
 *
 * @param project
 *   The project (its data must have passed validation).
 * @param edition
 *   The edition published.
 * @param version
 *   The version published, such as 1.0.0.
 * @param fs
 *   (optional) The file system (default: the real one).
 * @param extras
 *   (optional) The build's metrics.csv, the dataset and metrics for the SDMX files (see PackageExtras).
 */
export function dataPackageFiles(project: ProjectPaths, edition: PackagedEdition, version: string, fs: FileAccess = nodeFiles, extras: PackageExtras = {}): OutputFiles {
  const files: OutputFiles = new Map();
  const bytesOf = new Map<string, Uint8Array>();
  for (const dir of ['data', 'schemas']) {
    for (const path of fs.listFiles(join(project.root, dir), { within: project.root })) {
      const bytes = fs.readFile(join(project.root, dir, path));
      bytesOf.set(`${dir}/${path}`, bytes);
      files.set(`data-package/${dir}/${path}`, bytes);
    }
  }
  const manifestBytes = bytesOf.get(project.datasetsFile);
  if (!manifestBytes) throw new Error(`${project.datasetsFile} is missing; run vdr validate first`);
  const manifest = parse(Buffer.from(manifestBytes).toString('utf8')) as DatasetsManifest;
  const jsonSchema = (name: string): JsonSchema => {
    const bytes = bytesOf.get(`schemas/${name}.schema.json`);
    if (!bytes) throw new Error(`schemas/${name}.schema.json is missing; run vdr validate first`);
    return JSON.parse(Buffer.from(bytes).toString('utf8')) as JsonSchema;
  };
  const referencePath = (key: string): string | undefined => (manifest.reference[key] === undefined ? undefined : `data/${manifest.reference[key]}`);
  const tabular = new Set(Object.entries(manifest.reference).filter(([, path]) => path.toLowerCase().endsWith('.csv')).map(([key]) => REFERENCE_SCHEMAS[key] ?? key));
  const units = [...new Set(((parse(Buffer.from(bytesOf.get(`data/${manifest.indicators}`) ?? new Uint8Array()).toString('utf8')) ?? []) as { unit?: string }[]).flatMap((i) => (i.unit ? [i.unit] : [])))].sort(byCode);
  // A key may point only at a table: a CSV reference file, or the catalogue's table.
  const resourceOf = (dataset: string): string | undefined => (dataset === 'indicators' ? INDICATOR_TABLE : tabular.has(REFERENCE_SCHEMAS[dataset] ?? dataset) ? (REFERENCE_SCHEMAS[dataset] ?? dataset) : undefined);

  const described = (name: string, path: string, bytes: Uint8Array | string, description: string, schema?: TableSchema): DataResource => {
    const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
    const { format, mediatype } = FORMATS[extension] ?? { format: 'csv' as const, mediatype: 'text/plain' };
    const size = typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length;
    return { profile: schema ? 'tabular-data-resource' : 'data-resource', name, path, format, mediatype, encoding: 'utf-8', ...(schema ? { schema } : {}), hash: `sha256:${sha256(bytes)}`, bytes: size, description };
  };
  const resource = (name: string, path: string, schemaName: string, kind: ProvenanceKind | undefined, description: string, keys: KeyOptions = { resourceOf }): DataResource => {
    const bytes = bytesOf.get(path);
    if (!bytes) throw new Error(`${path} is named in ${project.datasetsFile} but missing; run vdr validate first`);
    const schema = path.toLowerCase().endsWith('.csv') ? tableSchemaOf(csvHeader(bytes), jsonSchema(schemaName), keys) : undefined;
    const { hash, bytes: size, ...rest } = described(name, path, bytes, description, schema);
    return { ...rest, jsonschema: `schemas/${schemaName}.schema.json`, hash, bytes: size, ...(kind ? { kind } : {}), description };
  };
  const resources: DataResource[] = [
    resource('datasets', project.datasetsFile, 'datasets', undefined, 'Names every data file, the schema it follows and the reporting window.'),
  ];
  for (const [key, path] of Object.entries(manifest.reference)) {
    const schema = REFERENCE_SCHEMAS[key] ?? key;
    resources.push(resource(schema, `data/${path}`, schema, undefined, `Reference data (${key.replace(/_/g, ' ')}), from the source documents.`));
  }
  resources.push(resource('indicators', `data/${manifest.indicators}`, 'indicators', undefined, 'The indicator catalogue.'));
  if (manifest.units !== undefined) resources.push(resource('units', `data/${manifest.units}`, 'units', undefined, "The project's own units."));
  const observationKeys = {
    resourceOf,
    enums: { unit: units },
    // vdr validate checks that every entity is a partner country or organization: one table holds both.
    foreignKeys: [{ fields: ['country'], reference: { resource: ENTITIES, fields: ['code'] } }],
  };
  for (const entry of manifest.observations) {
    const name = `observations-${entry.path.replace(/^.*\//, '').replace(/\.[^.]*$/, '')}`;
    const of = entry.pillar === 'context' ? 'Context observations (outside the pillars)' : `Observations of pillar ${entry.pillar}`;
    const made = resource(name, `data/${entry.path}`, 'observations', entry.kind, `${of}: ${KIND_WORDS[entry.kind]}${entry.source ? ` (${entry.source})` : ''}.`, observationKeys);
    resources.push(entry.source ? { ...made, sources: [{ title: entry.source }] } : made);
  }

  // Made by the package: the lookup tables, then what the build made.
  const made: MadeTable[] = [
    entitiesTable(
      { bytes: bytesOf.get(referencePath('countries') ?? ''), schema: jsonSchema('countries') },
      { bytes: bytesOf.get(referencePath('organizations') ?? ''), schema: jsonSchema('organizations') },
    ),
    indicatorTable({ bytes: bytesOf.get(`data/${manifest.indicators}`), schema: jsonSchema('indicators') }),
  ];
  if (extras.metricsCsv !== undefined) {
    made.push({
      ...METRICS_RESOURCE,
      description: `The edition's metrics (baseline, current figure, change and status of each indicator for each partner, and the aggregates), as the build wrote metrics.csv.`,
      csv: typeof extras.metricsCsv === 'string' ? extras.metricsCsv : Buffer.from(extras.metricsCsv).toString('utf8'),
      schema: metricsTableSchema(csvHeader(extras.metricsCsv), jsonSchema('metrics')),
    });
  }
  if (extras.dataset) {
    made.push({ name: 'observations-sdmx', path: SDMX_FILES.observations, description: 'Every observation as SDMX-CSV 1.0 (dataflow VDR_OBS).', csv: observationsSdmxCsv(extras.dataset, extras.sdmx), schema: sdmxTableSchema('observations', extras.dataset) });
    if (extras.metrics) {
      made.push({ name: 'metrics-sdmx', path: SDMX_FILES.metrics, description: "Every defined figure of the edition's metrics as SDMX-CSV 1.0 (dataflow VDR_METRICS).", csv: metricsSdmxCsv(extras.metrics, extras.dataset, extras.sdmx), schema: sdmxTableSchema('metrics', extras.dataset) });
    }
  }
  for (const table of made) {
    // metrics.csv keeps the build's bytes, so its hash is the one in the edition's manifest.
    const bytes = table.name === METRICS_RESOURCE.name && extras.metricsCsv !== undefined ? extras.metricsCsv : table.csv;
    files.set(`data-package/${table.path}`, bytes);
    resources.push(described(table.name, table.path, bytes, table.description, table.schema));
  }

  const descriptor: DataPackageDescriptor = {
    profile: 'data-package',
    name: `vienna-declaration-report-${edition.year}-data`,
    title: `${edition.title}, ${edition.year} edition: data and schemas`,
    version,
    description: `The data behind the ${edition.year} edition of the annual global report on implementing the Vienna Declaration (Paris Pact Initiative, UNODC): every CSV file with its Table Schema, and the JSON Schema each input file is checked against.`,
    licenses: [{ ...PACKAGE_LICENSE }],
    license_note: `No licence has been set for this data. The reference data is taken from public UN and Paris Pact documents (see sources)${
      manifest.observations.some((entry) => entry.kind === 'illustrative') ? '; the illustrative observations are generated sample figures' : ''
    }. Ask the Paris Pact Coordination Unit (UNODC) before reusing the data.`,
    sources: SEED_SOURCES.map((s) => ({ ...s })),
    resources,
  };
  files.set('data-package/datapackage.json', `${JSON.stringify(descriptor, null, 2)}\n`);
  files.set('data-package/README.md', packageReadme(descriptor, edition));
  return files;
}

function packageReadme(descriptor: DataPackageDescriptor, edition: PackagedEdition): string {
  const illustrative = descriptor.resources.filter((r) => r.kind === 'illustrative');
  const what = (r: DataResource): string => (r.kind ? KIND_WORDS[r.kind] : r.jsonschema ? 'reference or catalogue' : r.description.replace(/\|/g, '/'));
  const rows = descriptor.resources.map((r) => `| \`${r.path}\` | ${r.jsonschema ? `\`${r.jsonschema}\`` : ''} | ${r.schema ? 'yes' : 'no'} | ${r.bytes} | ${what(r)} |`);
  const sdmx = descriptor.resources.some((r) => r.path === SDMX_FILES.observations);
  return `# ${descriptor.title}

Version ${descriptor.version}. This package holds every data file the ${edition.year} edition of the
report was built from, and the JSON Schema (2020-12) each file is checked against.
\`datapackage.json\` is a Frictionless Data Package (v1): it describes each file (its format, its
size in bytes, its sha256), and gives each CSV file a Table Schema (column types, constraints,
primary and foreign keys), so that standard tools can check the tables and follow their keys.

${
  illustrative.length > 0
    ? `**The observation figures are illustrative.** ${illustrative.length === 1 ? 'The file' : `The ${illustrative.length} files`} marked illustrative below
hold sample figures generated by vdr's \`scripts/generate-observations.ts\`; no partner reported them.
Do not quote them as facts.`
    : 'The last column says what the figures of each observations file are.'
}

| file | JSON Schema | Table Schema | bytes | what it holds |
| --- | --- | --- | --- | --- |
${rows.join('\n')}

An observation's \`country\` holds a partner country's ISO alpha-3 code or a partner
organization's acronym; \`tables/entities.csv\` lists both, so that one foreign key checks every
row. \`tables/indicators.csv\` is the indicator catalogue as a table, for the same reason.
${
  sdmx
    ? `
The files under \`sdmx/\` are SDMX-CSV 1.0: the first column is the dataflow (\`UNODC:VDR_OBS(1.0)\`,
\`UNODC:VDR_METRICS(1.0)\`), then REF_AREA (ISO alpha-3 code, or an organization's acronym, or an
aggregate's group), INDICATOR, SEX (_T, F, M), STATISTIC (metrics only), TIME_PERIOD, OBS_VALUE,
UNIT_MEASURE, OBS_STATUS (A normal, B break, E estimated, P provisional; a missing value has an
empty OBS_VALUE and O not reported, M not applicable, Q confidential or L not collected) and
COMMENT_OBS.
`
    : ''
}
## Licence and sources

${descriptor.license_note}

${descriptor.sources.map((s) => `- ${s.title}`).join('\n')}

## Checking the package

The package has the layout of a vdr project (\`data/\` and \`schemas/\`), so vdr checks it as it
checks its own data: every file against its schema, and the rules beyond the schemas (known
countries, organizations and indicators, no repeated rows, years inside the window, values inside
each indicator's bounds):

\`\`\`sh
npx vdr validate --project data-package
\`\`\`

Frictionless tools check the tables against their Table Schemas (\`frictionless validate
datapackage.json\`). To check that no file changed, compare each file's sha256 with
\`datapackage.json\` (\`sha256sum data/reference/countries.csv\`), or the whole edition with its
\`manifest.json\`.
`;
}

/**
 * The edition's content as it sits in the project, under `source/` with the same paths
 * (`source/content/2021/pillar-1.md`, `source/content/references.yaml`): the edition's directory
 * and the files shared by all editions directly in content/. Line numbers in a diff of a
 * published edition are therefore the lines of the project's files.
 *
 * @param project
 *   The project.
 * @param edition
 *   The edition's year and directory.
 * @param fs
 *   (optional) The file system (default: the real one).
 */
export function editionSourceFiles(project: ProjectPaths, edition: EditionPlace, fs: FileAccess = nodeFiles): OutputFiles {
  const files: OutputFiles = new Map();
  for (const path of fs.listFiles(join(project.root, edition.dir), { within: project.root })) {
    files.set(`source/${edition.dir}/${path}`, fs.readFile(join(project.root, edition.dir, path)));
  }
  for (const path of fs.listFiles(project.contentDir, { within: project.root })) {
    if (!path.includes('/')) files.set(`source/content/${path}`, fs.readFile(join(project.contentDir, path)));
  }
  return files;
}
