/**
 * What a published edition carries besides the report: the data package (every input data file
 * and schema, described by a Frictionless-style datapackage.json, with a README), and the
 * edition's content sources, so that later diffs can compare its text.
 */
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ProvenanceKind } from '../model.js';
import type { ProjectPaths } from '../project/paths.js';
import type { OutputFiles } from '../io/atomic.js';
import { type EditionPlace } from './fingerprint.js';
import { sha256 } from '../io/hash.js';
import { nodeFiles, type FileAccess } from '../io/files.js';

/** The documents the reference data was taken from (shared/seeds), cited in the descriptor. */
export const SEED_SOURCES: readonly { title: string }[] = [
  { title: 'Paris Pact Initiative: Phase IV and the Vienna Declaration, leaflet, version 4, October 2021' },
  {
    title:
      'E/CN.7/2014/14: Strengthening international cooperation in combating illicit opiates originating in Afghanistan through continuous and reinforced support to the Paris Pact initiative, report of the Executive Director',
  },
  { title: 'Paris Pact Initiative leaflet, version 1, September 2008' },
];

/** The edition a package describes. */
export interface PackagedEdition extends EditionPlace {
  title: string;
}

/** One resource of datapackage.json. */
export interface DataResource {
  name: string;
  /** Relative to the package directory. */
  path: string;
  format: 'csv' | 'yaml' | 'json';
  mediatype: string;
  encoding: 'utf-8';
  /** The JSON Schema (2020-12) the file is checked against, relative to the package directory. */
  jsonschema: string;
  hash: string;
  bytes: number;
  /** What an observations file's figures are (data/datasets.yaml `kind`); absent for the other files. */
  kind?: ProvenanceKind;
  description: string;
}

/** datapackage.json. */
export interface DataPackageDescriptor {
  name: string;
  title: string;
  version: string;
  description: string;
  license_note: string;
  sources: { title: string }[];
  resources: DataResource[];
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
 * descriptor datapackage.json and a README.md.
 *
 * @param project
 *   The project (its data must have passed validation).
 * @param edition
 *   The edition published.
 * @param version
 *   The version published, such as 1.0.0.
 * @param fs
 *   (optional) The file system (default: the real one).
 */
export function dataPackageFiles(project: ProjectPaths, edition: PackagedEdition, version: string, fs: FileAccess = nodeFiles): OutputFiles {
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

  const resource = (name: string, path: string, schema: string, kind: ProvenanceKind | undefined, description: string): DataResource => {
    const bytes = bytesOf.get(path);
    if (!bytes) throw new Error(`${path} is named in ${project.datasetsFile} but missing; run vdr validate first`);
    const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
    const { format, mediatype } = FORMATS[extension] ?? { format: 'csv' as const, mediatype: 'text/plain' };
    return { name, path, format, mediatype, encoding: 'utf-8', jsonschema: `schemas/${schema}.schema.json`, hash: `sha256:${sha256(bytes)}`, bytes: bytes.length, ...(kind ? { kind } : {}), description };
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
  for (const entry of manifest.observations) {
    const name = `observations-${entry.path.replace(/^.*\//, '').replace(/\.[^.]*$/, '')}`;
    const of = entry.pillar === 'context' ? 'Context observations (outside the pillars)' : `Observations of pillar ${entry.pillar}`;
    resources.push(resource(name, `data/${entry.path}`, 'observations', entry.kind, `${of}: ${KIND_WORDS[entry.kind]}${entry.source ? ` (${entry.source})` : ''}.`));
  }

  const descriptor: DataPackageDescriptor = {
    name: `vienna-declaration-report-${edition.year}-data`,
    title: `${edition.title}, ${edition.year} edition: data and schemas`,
    version,
    description: `The data behind the ${edition.year} edition of the annual global report on implementing the Vienna Declaration (Paris Pact Initiative, UNODC), with the JSON Schema each file is checked against.`,
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
  const rows = descriptor.resources.map((r) => `| \`${r.path}\` | \`${r.jsonschema}\` | ${r.bytes} | ${r.kind ? KIND_WORDS[r.kind] : 'reference or catalogue'} |`);
  return `# ${descriptor.title}

Version ${descriptor.version}. This package holds every data file the ${edition.year} edition of the
report was built from, and the JSON Schema (2020-12) each file is checked against.
\`datapackage.json\` describes each file: its format, its schema, its size in bytes and its sha256.

${
  illustrative.length > 0
    ? `**The observation figures are illustrative.** ${illustrative.length === 1 ? 'The file' : `The ${illustrative.length} files`} marked illustrative below
hold sample figures generated by vdr's \`scripts/generate-observations.ts\`; no partner reported them.
Do not quote them as facts.`
    : 'The last column says what the figures of each observations file are.'
}

| file | schema | bytes | what it holds |
| --- | --- | --- | --- |
${rows.join('\n')}

## Sources

${descriptor.sources.map((s) => `- ${s.title}`).join('\n')}

${descriptor.license_note}

## Checking the package

The package has the layout of a vdr project (\`data/\` and \`schemas/\`), so vdr checks it as it
checks its own data: every file against its schema, and the rules beyond the schemas (known
countries, organizations and indicators, no repeated rows, years inside the window, values inside
each indicator's bounds):

\`\`\`sh
npx vdr validate --project data-package
\`\`\`

To check that no file changed, compare each file's sha256 with \`datapackage.json\`
(\`sha256sum data/reference/countries.csv\`), or the whole edition with its \`manifest.json\`.
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
