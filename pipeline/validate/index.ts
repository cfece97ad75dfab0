/**
 * The validate stage (SPEC 3.3), in order:
 * 1. the manifest: data/datasets.yaml, the window and every file it names (load/, schema/);
 * 2. the reference data and the indicator catalogue, each against its schema, with their keys;
 * 3. the observation files, row by row (observations.ts), on a worker thread too for a large data
 *    set (parallel.ts, worker.ts), then their keys and references (keys.ts); then, on this
 *    thread, each partner's whole series for plausibility: jumps, outliers, gaps (plausibility/);
 * 4. orphans: files under data/ that the manifest does not name;
 * 5. the reference data in other languages, data/reference/translations/<language>.yaml, against
 *    the English files (reference-translations.ts); the folder is optional.
 * It takes the project's paths and its compiled schemas (from the opened project, project/), and
 * collects every problem through its own catalogue (messages.ts); it never throws for bad input.
 */
import { suggest } from '../diagnostics/suggest.js';
import { listFiles } from '../io/files.js';
import { message, type Located, type Message, MessageList } from '../diagnostics/message.js';
import { loadRecords, readSource, type LoadedRecords } from '../load/dataset-file.js';
import { readStructured } from '../load/structured.js';
import type {
  Country,
  CountryName,
  Dataset,
  EwgMeeting,
  GlossaryEntry,
  Indicator,
  IndicatorPillar,
  Observation,
  Organization,
  Pillar,
  ProvenanceKind,
} from '../model.js';
import type { ProjectPaths } from '../project/paths.js';
import type { SchemaRegistry } from '../schema/registry.js';
import { checkForeignKeys, checkPrimaryKey } from './keys.js';
import { loadReferenceTranslations, TRANSLATIONS_DIR } from './reference-translations.js';
import { checkPlausibility } from './plausibility/index.js';
import { misplacedThreshold } from './plausibility/settings.js';
import { validateMessages } from './messages.js';
import { unitsOf, type DeclaredUnit } from './units.js';
import { checkObservationFile, startObservationWorker, WORKER_BYTES, workerShare, type FileResult, type ObservationFile } from './parallel.js';

/** The manifest data/datasets.yaml, as its schema describes it. */
interface DatasetsManifest {
  window: { first: number; last: number };
  reference: { countries: string; organizations: string; pillars: string; ewg_meetings: string; glossary: string; country_names?: string };
  indicators: string;
  units?: string;
  observations: { path: string; pillar: IndicatorPillar; kind: ProvenanceKind; source?: string }[];
}

export interface ValidateOptions {
  /**
   * Observation files of at least this many bytes in all are shared with a worker thread
   * (optional; default: 24 MiB; 0 always shares them, when there are two or more).
   */
  workerBytes?: number;
}

export interface ValidationResult {
  /** The checked data; undefined when any error was found. */
  dataset: Dataset | undefined;
  messages: Message[];
  /** Project-relative paths of the files checked. */
  files: string[];
  /** How many threads checked the observation files: 2 when a worker shared them. */
  threads: 1 | 2;
}

/** Files that may sit under data/ without being a dataset. */
const NOT_DATA = new Set(['README.md']);

/**
 * The validate stage: reads data/datasets.yaml and every file it names, checks each against its
 * schema and the rules beyond it (keys, references, window, bounds, units, orphans), and collects
 * every problem. Never throws for bad input.
 */
export function validateProject(project: ProjectPaths, schemas: SchemaRegistry, options: ValidateOptions = {}): ValidationResult {
  const messages: Message[] = new MessageList();
  const root = project.root;
  const manifestFile = project.datasetsFile;
  const files = [manifestFile];
  let threads: 1 | 2 = 1;
  const done = (dataset: Dataset | undefined): ValidationResult => ({
    dataset: messages.some((m) => m.severity === 'error') ? undefined : dataset,
    messages,
    files,
    threads,
  });

  const manifestSource = readSource(root, manifestFile, messages);
  const manifestDoc = manifestSource && readStructured(manifestSource, schemas.get('datasets'), messages);
  if (!manifestDoc) return done(undefined);
  const manifest = manifestDoc.value as DatasetsManifest;
  const dataPath = (path: string): string => `data/${path}`;
  const { window } = manifest;
  if (window.first > window.last) {
    messages.push(message({ file: manifestFile, place: manifestDoc.place(['window']) }, validateMessages.windowReversed()));
  }

  // Every named file once; then orphans: files under data/ nothing names.
  const named = new Set<string>([manifestFile]);
  const name = (path: string, at: (string | number)[]): void => {
    const file = dataPath(path);
    if (named.has(file)) {
      messages.push(message({ file: manifestFile, place: manifestDoc.place(at) }, validateMessages.fileListedTwice(), { value: path }));
    }
    named.add(file);
  };
  for (const [key, path] of Object.entries(manifest.reference)) name(path, ['reference', key]);
  name(manifest.indicators, ['indicators']);
  if (manifest.units !== undefined) name(manifest.units, ['units']);
  manifest.observations.forEach((entry, i) => name(entry.path, ['observations', i, 'path']));
  for (const file of listFiles(project.dataDir, { within: project.root }).map((path) => `data/${path}`)) {
    if (named.has(file) || NOT_DATA.has(file.split('/').pop() ?? '') || file.startsWith(`${TRANSLATIONS_DIR}/`)) continue;
    messages.push(message({ file }, validateMessages.fileOrphan()));
  }

  const namedAt = (at: (string | number)[]): Located => ({ file: manifestFile, place: manifestDoc.place(at) });

  // A large data set's observation files are shared with a worker, started now so that it loads
  // while this thread reads the reference data.
  const observationFiles: ObservationFile[] = manifest.observations.map((entry, i) => ({
    file: dataPath(entry.path),
    pillar: entry.pillar,
    kind: entry.kind,
    namedAt: namedAt(['observations', i, 'path']),
  }));
  const share = workerShare(root, observationFiles, options.workerBytes ?? WORKER_BYTES);
  const worker = share.length > 0 ? startObservationWorker(project.schemasDir) : undefined;

  // Reference data and the indicator catalogue.
  const load = (path: string, schema: string, at: (string | number)[]): LoadedRecords | undefined => {
    files.push(dataPath(path));
    const loaded = loadRecords(root, dataPath(path), schemas.get(schema), messages, namedAt(at));
    if (loaded) checkPrimaryKey(loaded, schemas.get(schema).record, messages);
    return loaded;
  };
  const countries = load(manifest.reference.countries, 'countries', ['reference', 'countries']);
  const organizations = load(manifest.reference.organizations, 'organizations', ['reference', 'organizations']);
  const pillars = load(manifest.reference.pillars, 'pillars', ['reference', 'pillars']);
  const ewgMeetings = load(manifest.reference.ewg_meetings, 'ewg-meetings', ['reference', 'ewg_meetings']);
  const glossary = load(manifest.reference.glossary, 'glossary', ['reference', 'glossary']);
  const countryNames = manifest.reference.country_names === undefined ? undefined : load(manifest.reference.country_names, 'country-names', ['reference', 'country_names']);
  const indicators = load(manifest.indicators, 'indicators', ['indicators']);
  const declaredUnits = manifest.units === undefined ? undefined : load(manifest.units, 'units', ['units']);
  const units = unitsOf((declaredUnits?.records ?? []) as unknown as DeclaredUnit[]);
  if (indicators && (manifest.units === undefined || declaredUnits)) {
    indicators.records.forEach((record, index) => {
      const unit = String(record['unit']);
      const misplaced = units[unit] && misplacedThreshold(record as unknown as Indicator, units[unit]);
      if (misplaced) {
        const text = validateMessages.plausibilityThreshold(String(record['id']), misplaced, unit);
        messages.push(message({ file: indicators.file, place: indicators.place(index, 'plausibility') }, text));
      }
      if (units[unit]) return;
      const text = validateMessages.unknownUnit(Object.keys(units), suggest(unit, Object.keys(units)), manifest.units === undefined ? undefined : dataPath(manifest.units));
      messages.push(message({ file: indicators.file, place: indicators.place(index, 'unit') }, text, { value: unit }));
    });
  }

  const keysOf = (loaded: LoadedRecords | undefined, key: string): Set<string> | undefined =>
    loaded && new Set(loaded.records.map((r) => String(r[key])));
  const targets = new Map<string, { file: string; keys: ReadonlySet<string> }>();
  const countryCodes = keysOf(countries, 'iso3');
  const organizationCodes = keysOf(organizations, 'acronym');
  const pillarIds = keysOf(pillars, 'id');
  if (countries && countryCodes) targets.set('countries.iso3', { file: countries.file, keys: countryCodes });
  if (pillars && pillarIds) targets.set('pillars.id', { file: pillars.file, keys: pillarIds });
  if (ewgMeetings) checkForeignKeys(ewgMeetings, schemas.get('ewg-meetings').record, targets, messages);
  if (countryNames) checkForeignKeys(countryNames, schemas.get('country-names').record, targets, messages);
  if (indicators) checkForeignKeys(indicators, schemas.get('indicators').record, targets, messages);
  const records = <T>(loaded: LoadedRecords | undefined): { file: string; records: T[] } | undefined => loaded && { file: loaded.file, records: loaded.records as unknown as T[] };
  const translations = loadReferenceTranslations(
    project,
    schemas,
    {
      countries: records<Country>(countries),
      organizations: records<Organization>(organizations),
      pillars: records<Pillar>(pillars),
      glossary: records<GlossaryEntry>(glossary),
      indicators: records<Indicator>(indicators),
      ewgMeetings: records<EwgMeeting>(ewgMeetings),
    },
    messages,
    files,
  );

  // Observations.
  const indicatorList = indicators?.records as Indicator[] | undefined;
  const fileOfPillar = new Map<IndicatorPillar, string>();
  for (const entry of manifest.observations) if (!fileOfPillar.has(entry.pillar)) fileOfPillar.set(entry.pillar, dataPath(entry.path));
  const context = {
    window,
    indicators: indicatorList && new Map(indicatorList.map((i) => [i.id, i])),
    countries: countryCodes,
    organizations: organizationCodes,
    fileOfPillar,
  };
  const compiled = schemas.get('observations');
  const check = (entry: ObservationFile): FileResult => checkObservationFile(root, entry, compiled, context);
  const sent = share.map((i) => observationFiles[i]!);
  worker?.send({ root, files: sent, context });
  const results = observationFiles.map((entry, i) => (share.includes(i) ? undefined : check(entry)));
  if (worker) {
    // Should the worker fail, this thread checks its files after all.
    const collected = worker.collect();
    if (collected) threads = 2;
    const fromWorker = collected ?? sent.map(check);
    share.forEach((i, k) => (results[i] = fromWorker[k]));
  }
  const observations: Observation[] = [];
  let rowErrors = false;
  observationFiles.forEach((entry, i) => {
    files.push(entry.file);
    const result = results[i]!;
    for (const message of result.messages) {
      messages.push(message);
      if (message.severity === 'error') rowErrors = true;
    }
    for (const row of result.rows) observations.push(row);
  });
  // Plausibility needs each partner's whole series, which may span files: it runs here, once
  // both threads are done. A row with an error is left out of the rows, which would make a gap
  // or a jump of its own, so the series are judged once the rows have none.
  if (context.indicators && !rowErrors) {
    for (const warning of checkPlausibility({ root, observations, indicators: context.indicators, units })) messages.push(warning);
  }

  if (!countries || !organizations || !pillars || !ewgMeetings || !glossary || !indicatorList) return done(undefined);
  if ((manifest.reference.country_names !== undefined && !countryNames) || (manifest.units !== undefined && !declaredUnits)) return done(undefined);
  return done({
    window,
    reference: {
      countries: countries.records as unknown as Country[],
      organizations: organizations.records as unknown as Organization[],
      pillars: pillars.records as unknown as Pillar[],
      ewgMeetings: ewgMeetings.records as unknown as EwgMeeting[],
      glossary: glossary.records as unknown as GlossaryEntry[],
      countryNames: (countryNames?.records ?? []) as unknown as CountryName[],
      ...(Object.keys(translations).length > 0 ? { translations } : {}),
    },
    indicators: indicatorList,
    units,
    observations,
    sources: manifest.observations.map((entry) => ({ file: dataPath(entry.path), pillar: entry.pillar, kind: entry.kind, ...(entry.source === undefined ? {} : { source: entry.source }) })),
    files: [...files].sort(),
  });
}
