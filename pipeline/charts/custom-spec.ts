/**
 * The custom Vega-Lite block an author writes in Markdown, checked before it is drawn:
 * 1. read as strict JSON, with the place of every value (json-source.ts);
 * 2. its data: only the project's named datasets (datasets.ts), or a generator (sequence,
 *    sphere, graticule); no URL, no file, no link, no figures typed into the block (every number
 *    comes from the data and the metrics);
 * 3. validated against Vega-Lite's own JSON schema (vega-lite/build/vega-lite-schema.json), with
 *    ajv's many alternative-branch errors reduced to the one that names the deepest place;
 * 4. within the limits (limits.ts): rows generated, sizes, ticks, expression features, and no
 *    reference to anything outside the report in any string;
 * 5. compiled by vega-lite, and the result parsed by vega, which catch what the schema cannot
 *    (an unknown function in an expression, say) before anything is drawn.
 * Every message points at the line and column in the Markdown file.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { writeFileAtomically } from '../io/atomic.js';
import { sha256 } from '../io/hash.js';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import type { TopLevelSpec } from 'vega-lite';
import { message, type Message, type MessageText, type Place } from '../diagnostics/message.js';
import { suggest } from '../diagnostics/suggest.js';
import { pointerSegments } from '../schema/errors.js';
import { DATASET_NAMES } from './datasets.js';
import { INSTALL_CACHE_DIR, packageVersion, vega, vegaLite } from './libraries.js';
import { checkExpression, checkLimits, expressionSites, remoteReferences, type ExpressionSite, type LimitFinding } from './limits.js';
import { MAX_JSON_NESTING, parseJsonSource, pointerSegment, type ValuePlace } from './json-source.js';
import { chartMessages } from './messages.js';

export interface CustomSpecResult {
  /** The specification, when it has no error. */
  spec?: Record<string, unknown>;
  messages: Message[];
}

export interface CustomSpecOptions {
  /** Column of the block's first character in the file, 1-based (optional; default: 1). */
  startColumn?: number;
  /** Dataset names a chart may use (optional; default: every name in DATASET_NAMES). */
  datasets?: readonly string[];
  /** Rows in each named dataset, to estimate what fold and flatten make (optional; default: unknown). */
  rows?: Readonly<Record<string, number>>;
}

/** Keys that would make vega fetch or link to something outside the report. */
const REMOTE_KEYS = new Set(['url', 'href']);

let validator: ValidateFunction | undefined;

/** ajv's standalone code writer: a CommonJS module whose exports are the function, which its typings do not say. */
const standaloneCode = standalone as unknown as (ajv: Ajv, validate: ValidateFunction) => string;

/**
 * Vega-Lite's schema as a validator, compiled on first use. It is large (1.4 MB): without inlined
 * references and code optimisation ajv compiles it in about 0.3 s instead of 1.4 s, and validates
 * a chart in a few milliseconds either way. The code ajv writes for it (its "standalone" code) is
 * kept beside the libraries' code caches (libraries.ts), named by a hash of the schema, ajv's
 * version, the options and Node's version, so that later processes load it instead of compiling
 * the schema again; a cache that cannot be read or written only costs that time.
 */
function vegaLiteValidator(): ValidateFunction {
  if (validator) return validator;
  const require = createRequire(import.meta.url);
  const schemaText = readFileSync(require.resolve('vega-lite/vega-lite-schema.json'), 'utf8');
  const options = { allErrors: false, strict: false, verbose: true, validateFormats: false, logger: false, inlineRefs: false, code: { optimize: false, source: true } } as const;
  const key = sha256(`${packageVersion('ajv')}\n${process.version}\n${JSON.stringify(options)}\n${schemaText}`).slice(0, 24);
  // The cache lives under node_modules, where the code it requires (ajv's runtime) resolves.
  const file = join(INSTALL_CACHE_DIR, `vega-lite-validator-${key}.cjs`);
  try {
    validator = require(file) as ValidateFunction;
    return validator;
  } catch {
    // Not written yet (or unreadable): compiled below.
  }
  const ajv = new Ajv(options);
  validator = ajv.compile(JSON.parse(schemaText) as object);
  try {
    writeFileAtomically(file, standaloneCode(ajv, validator));
  } catch {
    // The cache only saves time.
  }
  return validator;
}

/** "encoding.x.type" for "/encoding/x/type"; "the chart" for the root. */
export function describePointer(pointer: string): string {
  if (pointer === '') return 'the chart';
  return pointerSegments(pointer)
    .map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`))
    .join('');
}

const depth = (pointer: string): number => (pointer === '' ? 0 : pointer.split('/').length - 1);

/**
 * Ajv's errors, reduced to the one most worth telling an author. Vega-Lite's schema is made of
 * alternatives (anyOf), and ajv reports why each alternative failed; the branch the author meant
 * is usually the one that got deepest into the spec. An unknown property counts as one level
 * deeper than its object; at equal depth a wrong value beats an unknown property, which is often
 * only unknown to another branch.
 */
function pickError(errors: readonly ErrorObject[]): ErrorObject | undefined {
  const reach = (e: ErrorObject): number => depth(e.instancePath) + (e.keyword === 'additionalProperties' ? 1 : 0);
  const deepest = Math.max(...errors.map(reach));
  const candidates = errors.filter((e) => reach(e) === deepest);
  const rank = ['enum', 'const', 'type', 'additionalProperties', 'required'];
  const score = (e: ErrorObject): number => {
    const r = rank.indexOf(e.keyword);
    return r === -1 ? rank.length : r;
  };
  return [...candidates].sort((a, b) => score(a) - score(b))[0];
}

/** The allowed property names from an error's schema, sorted. */
function allowedProperties(error: ErrorObject): string[] {
  const parent = error.parentSchema as { properties?: Record<string, unknown> } | undefined;
  return Object.keys(parent?.properties ?? {}).sort();
}

/** Expected types in words: "a number", "a string or null". */
function typeWords(type: unknown): string {
  const words: Record<string, string> = {
    string: 'a string in double quotes',
    number: 'a number',
    integer: 'a whole number',
    boolean: 'true or false',
    object: 'an object in { }',
    array: 'a list in [ ]',
    null: 'null',
  };
  const types = Array.isArray(type) ? type : [type];
  return types.map((t) => words[String(t)] ?? String(t)).join(' or ');
}

/** One message from an ajv error. */
function schemaMessage(error: ErrorObject, value: unknown): { text: MessageText; pointer: string; atKey: boolean; found?: string } {
  const where = describePointer(error.instancePath);
  const shown = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v) ?? String(v));
  switch (error.keyword) {
    case 'additionalProperties': {
      const property = String((error.params as { additionalProperty: string }).additionalProperty);
      const allowed = allowedProperties(error);
      return {
        text: chartMessages.unknownProperty(property, where, suggest(property, allowed), allowed),
        pointer: `${error.instancePath}/${pointerSegment(property)}`,
        atKey: true,
        found: property,
      };
    }
    case 'enum': {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues;
      return {
        text: chartMessages.notAllowedValue(where, allowed, typeof value === 'string' ? suggest(value, allowed.map(String)) : undefined),
        pointer: error.instancePath,
        atKey: false,
        found: shown(value),
      };
    }
    case 'const':
      return {
        text: chartMessages.notAllowedValue(where, [(error.params as { allowedValue: unknown }).allowedValue], undefined),
        pointer: error.instancePath,
        atKey: false,
        found: shown(value),
      };
    case 'type':
      return { text: chartMessages.wrongType(where, typeWords((error.params as { type: unknown }).type)), pointer: error.instancePath, atKey: false, found: shown(value) };
    case 'required':
      return { text: chartMessages.missingProperty((error.params as { missingProperty: string }).missingProperty, where), pointer: error.instancePath, atKey: false };
    default:
      return { text: chartMessages.schema(where, error.message ?? error.keyword), pointer: error.instancePath, atKey: false };
  }
}

/**
 * Checks a custom Vega-Lite block.
 *
 * @param text
 *   The block's content: the JSON between the fences.
 * @param file
 *   Project-relative path of the Markdown file, for messages.
 * @param startLine
 *   Line in the file of the block's first line (1-based).
 * @param options
 *   The block's first column, and which dataset names are allowed (optional).
 * @returns
 *   The specification when it is valid, and every problem found, each at its line and column.
 */
export function validateCustomSpec(text: string, file: string, startLine: number, options: CustomSpecOptions = {}): CustomSpecResult {
  const messages: Message[] = [];
  const columnOffset = (options.startColumn ?? 1) - 1;
  const allowed = options.datasets ?? DATASET_NAMES;
  const place = (p: Place): Place => ({ line: startLine + p.line - 1, column: p.line === 1 ? p.column + columnOffset : p.column });
  const add = (text: MessageText, at: Place, value?: string): void => {
    messages.push(message({ file, place: place(at) }, text, { value }));
  };

  // 1. JSON.
  const parsed = parseJsonSource(text);
  if (!parsed.ok) {
    add(parsed.kind === 'nesting' ? chartMessages.tooDeep(MAX_JSON_NESTING) : chartMessages.jsonSyntax(parsed.error), parsed.place);
    return { messages };
  }
  for (const problem of parsed.problems) {
    if (problem.kind === 'duplicate-key') add(chartMessages.duplicateKey(problem.name, place(problem.first).line), problem.place, problem.name);
    else add(chartMessages.nonFinite(), problem.place, problem.written);
  }
  if (messages.length > 0) return { messages };
  const { value: spec, places } = parsed;
  const root = places.get('')?.value ?? { line: 1, column: 1 };
  if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) {
    add(chartMessages.notAnObject(), root);
    return { messages };
  }
  const placeOf = (pointer: string, atKey = false): Place => {
    const found: ValuePlace | undefined = places.get(pointer);
    return (atKey ? found?.key : undefined) ?? found?.value ?? root;
  };

  // 2. Data: named datasets only.
  let dataCount = 0;
  const walk = (value: unknown, pointer: string, key: string | undefined): void => {
    if (key !== undefined && REMOTE_KEYS.has(key)) {
      add(chartMessages.url(key), placeOf(pointer, true), typeof value === 'string' ? value : undefined);
      return;
    }
    if (key === 'datasets' && pointer === '/datasets') {
      add(chartMessages.inlineValues(), placeOf(pointer, true));
      return;
    }
    if (key === 'data' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      dataCount++;
      const data = value as Record<string, unknown>;
      if ('values' in data) add(chartMessages.inlineValues(), placeOf(`${pointer}/values`, true));
      if (typeof data['name'] === 'string' && !allowed.includes(data['name'])) {
        add(chartMessages.unknownDataset(data['name'], allowed, suggest(data['name'], allowed)), placeOf(`${pointer}/name`), data['name']);
      }
    }
    if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, `${pointer}/${pointerSegment(k)}`, Array.isArray(value) ? undefined : k);
    }
  };
  walk(spec, '', undefined);
  if (dataCount === 0) add(chartMessages.noData(), root);

  // 4. Limits (before the schema: a size the schema allows can still be too large to draw).
  const findings: LimitFinding[] = [
    ...remoteReferences(spec, REMOTE_KEYS),
    ...checkLimits(spec, options.rows ? { rows: options.rows } : {}),
    ...expressionSites(spec).flatMap(({ expression, pointer }) => {
      const { text } = checkExpression(expression);
      return text ? [{ text, pointer, value: expression }] : [];
    }),
  ];
  // A number is quoted as written (1e9), not as read.
  for (const finding of findings) add(finding.text, placeOf(finding.pointer, finding.atKey), finding.value === undefined ? undefined : (places.get(finding.pointer)?.raw ?? finding.value));

  // 3. Vega-Lite's schema (which would only repeat that data is missing).
  const validate = vegaLiteValidator();
  if (dataCount > 0 && !validate(spec)) {
    const error = pickError(validate.errors ?? []);
    if (error) {
      // The validator is verbose: each error carries the value it is about.
      const m = schemaMessage(error, error.data);
      add(m.text, placeOf(m.pointer, m.atKey), m.found);
    }
  }
  if (messages.length > 0) return { messages };

  // 5. What only compiling and vega's parser find.
  let compiled: unknown;
  try {
    compiled = vegaLite().compile(spec as TopLevelSpec, { logger: silentLogger }).spec;
  } catch (error) {
    add(chartMessages.notRenderable(error instanceof Error ? error.message : String(error)), root);
    return { messages };
  }
  try {
    vega().parse(compiled as never, undefined, { logger: silentLogger } as never);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const site = expressionAt(expressionSites(spec), detail);
    if (site) add(chartMessages.expressionError(detail), placeOf(site.pointer), site.expression);
    else add(chartMessages.notRenderable(detail), root);
    return { messages };
  }
  return { spec: spec as Record<string, unknown>, messages };
}

/**
 * The expression that vega's parser refuses with the given message, when parsed alone: the place
 * to point at when parsing the whole compiled spec fails. Undefined when none does (the message
 * then goes to the block's start).
 */
function expressionAt(sites: readonly ExpressionSite[], detail: string): ExpressionSite | undefined {
  return sites.find(({ expression }) => {
    try {
      vega().parse({ data: [{ name: 'vdr_probe', values: [], transform: [{ type: 'formula', expr: expression, as: 'vdr_probe' }] }] } as never);
      return false;
    } catch (error) {
      return (error instanceof Error ? error.message : String(error)) === detail;
    }
  });
}

/** A vega-lite logger that drops everything: warnings are for the render stage to collect. */
const silentLogger = {
  level: () => silentLogger,
  error: () => silentLogger,
  warn: () => silentLogger,
  info: () => silentLogger,
  debug: () => silentLogger,
} as never;
