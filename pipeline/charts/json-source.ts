/**
 * Strict JSON (RFC 8259) read with the place of every value and key, so that a schema error at
 * `/encoding/x/type` can point at the line and column where the author wrote it. JSON.parse gives
 * neither the places of values nor, for some errors, the place of the error.
 * Stricter than JSON.parse where it would hide a mistake: a key given twice (JSON.parse keeps the
 * last silently) and a number too large for a double (1e309 becomes Infinity) are reported, and
 * nesting is limited, so that a deeply nested text is a located message, not a stack overflow.
 */
import type { Place } from '../diagnostics/message.js';
import { indexLines, placeAt } from '../load/text.js';

/** Where a value is, and for an object member where its key is. */
export interface ValuePlace {
  value: Place;
  key?: Place;
  /** A number as written (1e9, not 1000000000), for messages. */
  raw?: string;
}

/** Objects and arrays inside each other, at most: deeper is refused (a chart needs about ten). */
export const MAX_JSON_NESTING = 64;

/** What the text says that JSON allows but a chart must not: read on, reported all together. */
export type JsonProblem =
  /** A key given twice in one object, at the second; `first` is where it was first given. */
  | { kind: 'duplicate-key'; name: string; place: Place; first: Place }
  /** A number beyond the largest double (about 1.8e308), as written. */
  | { kind: 'non-finite'; written: string; place: Place };

export type JsonSource =
  | { ok: true; value: unknown; places: Map<string, ValuePlace>; problems: JsonProblem[] }
  /** `nesting` when the text nests deeper than MAX_JSON_NESTING, `syntax` for everything else. */
  | { ok: false; kind: 'syntax' | 'nesting'; error: string; place: Place };

/** Escapes one JSON pointer segment (RFC 6901). */
export function pointerSegment(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** A JSON number, read from where it starts (sticky), however long. */
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
    readonly kind: 'syntax' | 'nesting' = 'syntax',
  ) {
    super(message);
  }
}

/**
 * Parses JSON text, recording the place of each value by its JSON pointer ('' for the root).
 *
 * @param text
 *   The JSON.
 */
export function parseJsonSource(text: string): JsonSource {
  const places = new Map<string, ValuePlace>();
  const problems: JsonProblem[] = [];
  const source = { file: '', text, lineStarts: indexLines(text) };
  const placeOf = (offset: number): Place => placeAt(source, offset);
  let i = 0;
  const fail = (message: string, at = i): never => {
    throw new JsonSyntaxError(message, at);
  };
  const describe = (at: number): string => (at >= text.length ? 'the end of the text' : `${JSON.stringify(text[at])}`);
  const space = (): void => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const string = (): string => {
    const start = i;
    i++;
    let out = '';
    while (i < text.length && text[i] !== '"') {
      const c = text[i]!;
      if (c === '\\') {
        const e = text[i + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && simple[e] !== undefined) {
          out += simple[e];
          i += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else fail('this backslash does not start a valid escape (such as \\" or \\n)');
      } else if (c === '\n' || c < ' ') {
        fail('a string runs to the end of the line without its closing double quote', start);
      } else {
        out += c;
        i++;
      }
    }
    if (i >= text.length) fail('a string has no closing double quote', start);
    i++;
    return out;
  };
  // Recursion is bounded by MAX_JSON_NESTING, checked on entering each object or array.
  const value = (pointer: string, depth: number, key?: Place): unknown => {
    space();
    places.set(pointer, key ? { value: placeOf(i), key } : { value: placeOf(i) });
    const c = text[i];
    if ((c === '{' || c === '[') && depth >= MAX_JSON_NESTING) {
      throw new JsonSyntaxError(`objects and arrays are nested more than ${MAX_JSON_NESTING} deep here`, i, 'nesting');
    }
    if (c === '{') {
      i++;
      const object: Record<string, unknown> = {};
      const keys = new Map<string, Place>();
      space();
      if (text[i] === '}') {
        i++;
        return object;
      }
      let comma = -1;
      for (;;) {
        space();
        if (text[i] === '}' && comma >= 0) fail('this comma is followed by } and no other property: remove the comma', comma);
        if (text[i] !== '"') fail(`a property name in double quotes is expected here, not ${describe(i)}`);
        const keyPlace = placeOf(i);
        const name = string();
        space();
        if (text[i] !== ':') fail(`a colon is expected after the property name "${name}"`);
        i++;
        const first = keys.get(name);
        if (first) problems.push({ kind: 'duplicate-key', name, place: keyPlace, first });
        else keys.set(name, keyPlace);
        // Defined, not assigned: "__proto__" is then an ordinary key, not the object's prototype.
        Object.defineProperty(object, name, { value: value(`${pointer}/${pointerSegment(name)}`, depth + 1, keyPlace), enumerable: true, writable: true, configurable: true });
        space();
        if (text[i] === ',') {
          comma = i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return object;
        }
        fail(`a comma or } is expected here, not ${describe(i)}`);
      }
    }
    if (c === '[') {
      i++;
      const array: unknown[] = [];
      space();
      if (text[i] === ']') {
        i++;
        return array;
      }
      let comma = -1;
      for (;;) {
        space();
        if (text[i] === ']' && comma >= 0) fail('this comma is followed by ] and no other value: remove the comma', comma);
        array.push(value(`${pointer}/${array.length}`, depth + 1));
        space();
        if (text[i] === ',') {
          comma = i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return array;
        }
        fail(`a comma or ] is expected here, not ${describe(i)}`);
      }
    }
    if (c === '"') return string();
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(text);
    if (number) {
      const at = i;
      i += number[0].length;
      const read = Number(number[0]);
      places.get(pointer)!.raw = number[0];
      if (!Number.isFinite(read)) problems.push({ kind: 'non-finite', written: number[0], place: placeOf(at) });
      return read;
    }
    for (const [word, result] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return result;
      }
    }
    if (c === "'") fail('JSON strings need double quotes, not single quotes');
    return fail(i >= text.length ? 'the text ends where a value is expected' : `a value is expected here (a string in double quotes, a number, true, false, null, { or [), not ${describe(i)}`);
  };
  try {
    const result = value('', 0);
    space();
    if (i < text.length) fail(`the JSON ends before ${describe(i)}; remove what follows, or join it into the object`);
    return { ok: true, value: result, places, problems };
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { ok: false, kind: error.kind, error: error.message, place: placeOf(Math.min(error.offset, text.length)) };
    throw error;
  }
}
