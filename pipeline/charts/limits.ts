/**
 * What a custom chart may ask vega to do, so that no chart can exhaust memory or time or make the
 * report fetch anything. Checked in the author's spec before it is drawn (custom-spec.ts, so
 * `vdr validate` reports it at the line and column), wherever the spec says enough to know:
 * 1. rows generated: sequence ranges, graticule lines, density steps, quantiles, impute keys, and
 *    fold and flatten growth estimated from the rows known to come in;
 * 2. sizes: widths, heights and steps of views; ticks and bins;
 * 3. expression features: sequence() and pad(), whose size an expression decides, only with
 *    sizes written as numbers within the limits;
 * 4. no reference to anything outside the report in any string: url(...), http: and the like.
 * What only drawing shows (marks drawn, the drawn size, memory, time) is enforced by render.ts and
 * pool.ts against the same numbers.
 */
import type { MessageText } from '../diagnostics/message.js';
import { vega } from './libraries.js';
import { chartMessages } from './messages.js';
import { pointerSegment } from './json-source.js';

/** The limits, one place for the checks and the messages. */
export const CHART_LIMITS = {
  /** Rows one generator or transform may make in a chart. */
  rows: 20_000,
  /** Marks drawn (bars, points, lines' points, text items, ...). */
  marks: 20_000,
  /** Pixels, any view's width, height or step. */
  canvas: 2_000,
  /** Pixels, the whole drawn chart's width and height, with its axes, legends and titles. */
  drawn: 4_000,
  /** Ticks on an axis, or bins of a field. */
  ticks: 1_000,
  /** Characters pad() may make. */
  text: 10_000,
  /** A polynomial regression's order. */
  regressionOrder: 10,
  /** Memory a render worker may use (its V8 heap), in MB. */
  memoryMb: 256,
  /** Time one chart may take to draw, in seconds. */
  seconds: 30,
} as const;

/** One problem the limits find, at a JSON pointer into the spec. */
export interface LimitFinding {
  text: MessageText;
  pointer: string;
  /** Point at the property's name rather than its value (optional; default: false). */
  atKey?: boolean;
  /** The value as found, for the message. */
  value?: string;
}

/** An expression string in the spec and where it is. */
export interface ExpressionSite {
  expression: string;
  pointer: string;
}

export interface LimitOptions {
  /** Rows in each named dataset, for fold and flatten estimates (optional; default: unknown). */
  rows?: Readonly<Record<string, number>>;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: unknown): value is JsonObject => value !== null && typeof value === 'object' && !Array.isArray(value);
const num = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);
const rowsText = (n: number): string => (Number.isFinite(n) ? Math.ceil(n).toLocaleString('en') : 'endlessly many');

/** Length of sequence(start, stop, step), as vega makes it (stop excluded). */
export function sequenceLength(start: number, stop: number, step = 1): number {
  if (step === 0) return start === stop ? 0 : Infinity;
  const n = Math.ceil((stop - start) / step);
  return n > 0 ? n : 0;
}

/** Keys whose numbers are a view's size in pixels. */
const SIZE_KEYS = new Set(['width', 'height', 'continuousWidth', 'continuousHeight', 'discreteWidth', 'discreteHeight']);
/** Parents under which `step` is a size: "width": {"step": 20}, config "view": {"step": 20}. */
const STEP_PARENTS = new Set(['width', 'height', 'view', 'discreteWidth', 'discreteHeight']);

/**
 * Strings Vega reads as expressions: calculate, filter (and its and/or/not), expr, test,
 * labelExpr. Each with its pointer, in document order.
 */
export function expressionSites(spec: unknown): ExpressionSite[] {
  const sites: ExpressionSite[] = [];
  const walk = (value: unknown, pointer: string, key: string | undefined, inFilter: boolean): void => {
    if (typeof value === 'string') {
      if (inFilter || (key !== undefined && ['calculate', 'filter', 'expr', 'test', 'labelExpr'].includes(key))) sites.push({ expression: value, pointer });
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const array = Array.isArray(value);
    for (const [k, v] of Object.entries(value)) {
      // Inside a filter, strings directly in not, and, or are expressions too.
      const childInFilter = (key === 'filter' && !array && ['not', 'and', 'or'].includes(k)) || (inFilter && (array || ['not', 'and', 'or'].includes(k)));
      walk(v, `${pointer}/${pointerSegment(k)}`, array ? key : k, childInFilter);
    }
  };
  walk(spec, '', undefined, false);
  return sites;
}

/** A numeric literal in an expression's syntax tree (-5 is a unary minus of 5), or undefined. */
function literalNumber(node: ExprNode | undefined): number | undefined {
  if (!node) return undefined;
  if (node.type === 'Literal' && typeof node.value === 'number') return node.value;
  if (node.type === 'UnaryExpression' && node.operator === '-' && node.argument) {
    const inner = literalNumber(node.argument);
    return inner === undefined ? undefined : -inner;
  }
  return undefined;
}

/** A node of vega-expression's syntax tree, as far as these checks read it. */
interface ExprNode {
  type: string;
  name?: string;
  value?: unknown;
  operator?: string;
  callee?: ExprNode;
  argument?: ExprNode;
  arguments?: ExprNode[];
  [key: string]: unknown;
}

/**
 * Checks one expression: syntax, and sequence() and pad() with their sizes written as numbers
 * within the limits. Returns the problem's words, or undefined; and, through `sequences`, the
 * length of a whole expression that is one sequence() call (for flatten estimates).
 */
export function checkExpression(expression: string): { text?: MessageText; sequence?: number } {
  let ast: ExprNode;
  try {
    ast = vega().parseExpression(expression) as unknown as ExprNode;
  } catch (error) {
    return { text: chartMessages.expressionError(error instanceof Error ? error.message : String(error)) };
  }
  let text: MessageText | undefined;
  // The tree is as deep as the expression's brackets; an expression is a line or two.
  const visit = (node: unknown): void => {
    if (text || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    const n = node as ExprNode;
    if (n.type === 'CallExpression' && n.callee?.type === 'Identifier') {
      const args = n.arguments ?? [];
      if (n.callee.name === 'sequence') {
        const numbers = args.map(literalNumber);
        if (numbers.some((x) => x === undefined) || numbers.length === 0) {
          text = chartMessages.expressionFeature('sequence', `makes as many values as its arguments say, so they must be numbers written in the expression (at most ${CHART_LIMITS.rows.toLocaleString('en')} values)`);
          return;
        }
        const [a, b, c] = numbers as number[];
        const length = b === undefined ? sequenceLength(0, a!) : sequenceLength(a!, b, c);
        if (length > CHART_LIMITS.rows) {
          text = chartMessages.expressionFeature('sequence', `would make ${rowsText(length)} values; it may make at most ${CHART_LIMITS.rows.toLocaleString('en')}`);
          return;
        }
      }
      if (n.callee.name === 'pad') {
        const length = literalNumber(args[1]);
        if (length === undefined || length > CHART_LIMITS.text) {
          text = chartMessages.expressionFeature('pad', `must have its length written as a number of at most ${CHART_LIMITS.text.toLocaleString('en')}${length === undefined ? '' : `, not ${length}`}`);
          return;
        }
      }
    }
    for (const [k, v] of Object.entries(n)) if (k !== 'type') visit(v);
  };
  visit(ast);
  if (text) return { text };
  if (ast.type === 'CallExpression' && ast.callee?.name === 'sequence') {
    const numbers = (ast.arguments ?? []).map(literalNumber) as number[];
    const [a, b, c] = numbers;
    return { sequence: b === undefined ? sequenceLength(0, a!) : sequenceLength(a!, b, c) };
  }
  return {};
}

/** Points of a graticule, as vega draws it: each line sampled every `precision` degrees. */
function graticulePoints(graticule: Json): number {
  const g = isObject(graticule) ? graticule : {};
  const pair = (value: Json | undefined): [number, number] | undefined =>
    Array.isArray(value) && typeof value[0] === 'number' && typeof value[1] === 'number' ? [value[0], value[1]] : undefined;
  const box = (value: Json | undefined): [number, number] | undefined => {
    if (!Array.isArray(value)) return undefined;
    const a = pair(value[0]);
    const b = pair(value[1]);
    return a && b ? [Math.abs(b[0] - a[0]), Math.abs(b[1] - a[1])] : undefined;
  };
  const [sx, sy] = pair(g['stepMinor']) ?? pair(g['step']) ?? [10, 10];
  const [w, h] = box(g['extentMinor']) ?? box(g['extent']) ?? [360, 160];
  const precision = num(g['precision']) ?? 2.5;
  if (sx <= 0 || sy <= 0 || precision <= 0) return Infinity;
  return (w / sx + 1) * (h / precision + 1) + (h / sy + 1) * (w / precision + 1);
}

/**
 * Checks a spec against the limits.
 *
 * @param spec
 *   The author's Vega-Lite spec, as read (not modified).
 * @param options
 *   Rows of the named datasets (optional).
 * @returns
 *   Every problem, each at a pointer into the spec, in document order.
 */
export function checkLimits(spec: unknown, options: LimitOptions = {}): LimitFinding[] {
  const findings: LimitFinding[] = [];
  const rowLimit = CHART_LIMITS.rows;
  const tooMany = (what: string, n: number, pointer: string, value?: number): void => {
    if (n > rowLimit) findings.push({ text: chartMessages.tooManyRows(what, rowsText(n), rowLimit), pointer, ...(value === undefined ? {} : { value: String(value) }) });
  };

  /** Rows a data definition brings, when known; and its own problems. */
  const dataRows = (data: Json, pointer: string): number | undefined => {
    if (!isObject(data)) return undefined;
    const sequence = data['sequence'];
    if (isObject(sequence)) {
      const start = num(sequence['start']) ?? 0;
      const stop = num(sequence['stop']);
      if (stop === undefined) return undefined;
      const length = sequenceLength(start, stop, num(sequence['step']) ?? 1);
      tooMany('this sequence', length, `${pointer}/sequence/stop`, stop);
      return length;
    }
    if ('graticule' in data) {
      tooMany('this graticule', graticulePoints(data['graticule'] ?? null), `${pointer}/graticule`);
      return 1;
    }
    if ('sphere' in data) return 1;
    const name = data['name'];
    return typeof name === 'string' ? options.rows?.[name] : undefined;
  };

  /** A transform list: its own limits, and fold and flatten growth from `rows` (a lower bound when known). */
  const transforms = (list: Json, pointer: string, rows: number | undefined): void => {
    if (!Array.isArray(list)) return;
    let known = rows ?? 1; // fewer rows are never assumed than there are
    const arrays = new Map<string, number>(); // fields that calculate made with sequence(), and their lengths
    list.forEach((t, i) => {
      if (!isObject(t)) return;
      const at = `${pointer}/${i}`;
      if (typeof t['calculate'] === 'string' && typeof t['as'] === 'string') {
        const length = checkExpression(t['calculate']).sequence;
        if (length !== undefined) arrays.set(t['as'], length);
      }
      if ('density' in t) {
        for (const key of ['steps', 'minsteps', 'maxsteps']) {
          const steps = num(t[key]);
          if (steps !== undefined) tooMany(`a density with ${key} ${steps}`, steps, `${at}/${key}`, steps);
        }
      }
      if ('quantile' in t) {
        const step = num(t['step']);
        if (step !== undefined) tooMany(`quantiles with step ${step}`, step > 0 ? 1 / step : Infinity, `${at}/step`, step);
      }
      if ('impute' in t && isObject(t['keyvals'])) {
        const k = t['keyvals'];
        const stop = num(k['stop']);
        if (stop !== undefined) tooMany('these impute keys', sequenceLength(num(k['start']) ?? 0, stop, num(k['step']) ?? 1), `${at}/keyvals/stop`, stop);
      }
      if ('regression' in t) {
        const order = num(t['order']);
        if (order !== undefined && order > CHART_LIMITS.regressionOrder) findings.push({ text: chartMessages.tooHighOrder(CHART_LIMITS.regressionOrder), pointer: `${at}/order`, value: String(order) });
      }
      if (Array.isArray(t['fold'])) {
        known *= Math.max(1, t['fold'].length);
        tooMany(`this fold of ${t['fold'].length} fields (over at least ${rowsText(rows ?? 1)} rows)`, known, at);
      }
      if (Array.isArray(t['flatten'])) {
        const lengths = t['flatten'].map((f) => (typeof f === 'string' ? (arrays.get(f) ?? 1) : 1));
        known *= Math.max(1, ...lengths);
        tooMany('this flatten', known, at);
      }
    });
  };

  const walk = (value: Json, pointer: string, key: string | undefined, parentKey: string | undefined, rows: number | undefined): void => {
    if (typeof value === 'number') {
      if ((key !== undefined && SIZE_KEYS.has(key)) || (key === 'step' && parentKey !== undefined && STEP_PARENTS.has(parentKey))) {
        if (value > CHART_LIMITS.canvas) findings.push({ text: chartMessages.tooLarge(`${key === 'step' ? `the step of ${parentKey}` : key}`, CHART_LIMITS.canvas), pointer, value: String(value) });
      }
      if ((key === 'tickCount' || key === 'maxbins') && value > CHART_LIMITS.ticks) {
        findings.push({ text: chartMessages.tooManyTicks(key, CHART_LIMITS.ticks), pointer, value: String(value) });
      }
      return;
    }
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, `${pointer}/${i}`, key, parentKey, rows));
      return;
    }
    // A view's data sets the rows its transforms and children start from.
    let here = rows;
    if (isObject(value['data'])) here = dataRows(value['data'], `${pointer}/data`) ?? rows;
    if ('transform' in value) transforms(value['transform'] ?? null, `${pointer}/transform`, here);
    // A bin with a step over a known extent makes (extent / step) bins.
    if (key === 'bin') {
      const step = num(value['step']);
      const extent = value['extent'];
      if (step !== undefined && Array.isArray(extent) && typeof extent[0] === 'number' && typeof extent[1] === 'number') {
        const bins = step > 0 ? Math.abs(extent[1] - extent[0]) / step : Infinity;
        if (bins > CHART_LIMITS.ticks) findings.push({ text: chartMessages.tooManyTicks(`this bin (${rowsText(bins)} bins)`, CHART_LIMITS.ticks), pointer: `${pointer}/step`, value: String(step) });
      }
    }
    for (const [k, v] of Object.entries(value)) {
      if (k === 'data') continue; // checked above, with its rows
      walk(v, `${pointer}/${pointerSegment(k)}`, k, key, here);
    }
  };
  // A lookup's "from" has data too, and is checked as a view's is.
  walk(spec as Json, '', undefined, undefined, undefined);
  return findings;
}

/** Schemes that fetch or run something, wherever they appear in a string. */
const REMOTE_SCHEME = /\b(?:https?|ftp|file|wss?|blob|javascript|vbscript):/i;
/** A data: URL: data:image/png..., data:,... or data:;base64,... */
const DATA_URL = /\bdata:\s*(?:[a-z-]+\/[a-z0-9.+-]+|[;,])/i;
/** A protocol-relative URL, at the start or after a quote, bracket or space: //host... */
const PROTOCOL_RELATIVE = /(?:^|['"(\s])(?:\/\/|\\\\)[^\s/\\]/;
/** CSS functions that load a resource. */
const CSS_LOAD = /(?<![\w-])(?:url|image|image-set|-webkit-image-set|src)\s*\(|@import/i;

/** A string as CSS reads it: escapes such as \75 or \u decoded, comments removed. */
function cssText(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\\([0-9a-fA-F]{1,6})\s?/g, (_, hex: string) => String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff)))
    .replace(/\\(.)/g, '$1');
}

/**
 * What in a string refers to something outside the report, in words, or undefined.
 *
 * @param text
 *   A string from a chart's spec, or an attribute value of the drawn SVG.
 */
export function remoteReference(text: string): string | undefined {
  const css = cssText(text);
  for (const candidate of [text, css]) {
    const load = CSS_LOAD.exec(candidate);
    if (load) return load[0] === '@import' ? '@import' : `${load[0].replace(/[\s(]+/g, '').toLowerCase()}(...)`;
    const scheme = REMOTE_SCHEME.exec(candidate);
    if (scheme) return `an address beginning ${scheme[0].toLowerCase()}`;
    if (DATA_URL.test(candidate)) return 'a data: address, which embeds a file';
    if (PROTOCOL_RELATIVE.test(candidate)) return 'an address beginning //';
  }
  return undefined;
}

/**
 * Every string in a spec that refers to something outside the report, at its pointer.
 *
 * @param spec
 *   The author's spec, as read.
 * @param skip
 *   Keys whose values are reported otherwise, and not looked into (optional; default: none).
 */
export function remoteReferences(spec: unknown, skip: ReadonlySet<string> = new Set()): LimitFinding[] {
  const findings: LimitFinding[] = [];
  const walk = (value: unknown, pointer: string): void => {
    if (typeof value === 'string') {
      const what = remoteReference(value);
      if (what) findings.push({ text: chartMessages.remoteReference(what), pointer, value });
      return;
    }
    if (value === null || typeof value !== 'object') return;
    for (const [k, v] of Object.entries(value)) if (Array.isArray(value) || !skip.has(k)) walk(v, `${pointer}/${pointerSegment(k)}`);
  };
  walk(spec, '');
  return findings;
}
