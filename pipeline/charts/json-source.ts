/**
 * Strict JSON (RFC 8259) read with the place of every value and key, so that a schema error at
 * `/encoding/x/type` can point at the line and column where the author wrote it. JSON.parse gives
 * neither the places of values nor, for some errors, the place of the error.
 */
import type { Place } from '../diagnostics/message.js';
import { indexLines, placeAt } from '../load/text.js';

/** Where a value is, and for an object member where its key is. */
export interface ValuePlace {
  value: Place;
  key?: Place;
}

export type JsonSource =
  | { ok: true; value: unknown; places: Map<string, ValuePlace> }
  | { ok: false; error: string; place: Place };

/** Escapes one JSON pointer segment (RFC 6901). */
export function pointerSegment(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
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
  const value = (pointer: string, key?: Place): unknown => {
    space();
    places.set(pointer, key ? { value: placeOf(i), key } : { value: placeOf(i) });
    const c = text[i];
    if (c === '{') {
      i++;
      const object: Record<string, unknown> = {};
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
        object[name] = value(`${pointer}/${pointerSegment(name)}`, keyPlace);
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
        array.push(value(`${pointer}/${array.length}`));
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
    const number = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 64));
    if (number) {
      i += number[0].length;
      return Number(number[0]);
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
    const result = value('');
    space();
    if (i < text.length) fail(`the JSON ends before ${describe(i)}; remove what follows, or join it into the object`);
    return { ok: true, value: result, places };
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { ok: false, error: error.message, place: placeOf(Math.min(error.offset, text.length)) };
    throw error;
  }
}
