import type { MessageText } from '../diagnostics/message.js';
import { suggest } from '../diagnostics/suggest.js';
import { schemaMessages } from './messages.js';
import type { PropertySchema } from './registry.js';

/** Why a cell's text cannot be the type its column asks for. */
export class CellProblem {
  constructor(readonly message: MessageText) {}
}

/**
 * Turns the text of a non-empty cell into the type its column's schema asks for, or a
 * CellProblem. The value itself is returned, not wrapped: a million-row file has ten million cells.
 */
export type CellConverter = (text: string) => unknown;

/** The typed value of a cell, or why the text cannot be one (for callers that prefer a tagged result). */
export type CellResult = { ok: true; value: unknown } | { ok: false; message: MessageText };

/** Runs a converter and tags its result. */
export function convertCell(convert: CellConverter, text: string): CellResult {
  const value = convert(text);
  return value instanceof CellProblem ? { ok: false, message: value.message } : { ok: true, value };
}

const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const THOUSANDS = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;
const PLACEHOLDERS = new Set(['n/a', 'na', 'n.a.', '-', '--', '..', '...', 'null', 'none', 'nan', '?', 'x']);

const asText: CellConverter = (text) => text;

function typeOf(schema: PropertySchema): string | undefined {
  return Array.isArray(schema.type) ? schema.type[0] : schema.type;
}

function integerConverter(column: string, schema: PropertySchema): CellConverter {
  const expected = schema['x-expected'];
  return (text) => {
    if (INTEGER.test(text)) return Number(text);
    const fraction = /^([+-]?\d+)\.0*$/.exec(text);
    const suggestion = fraction ? fraction[1] : undefined;
    return new CellProblem(schemaMessages.notWholeNumber(column, expected, suggestion));
  };
}

function numberConverter(column: string, schema: PropertySchema): CellConverter {
  const expected = schema['x-expected'];
  return (text) => {
    if (NUMBER.test(text)) return Number(text);
    if (THOUSANDS.test(text)) return new CellProblem(schemaMessages.thousandsSeparator(column, text.replaceAll(',', '')));
    if (DECIMAL_COMMA.test(text)) return new CellProblem(schemaMessages.commaDecimal(column, text.replace(',', '.')));
    const placeholder = PLACEHOLDERS.has(text.trim().toLowerCase());
    return new CellProblem(schemaMessages.notNumber(column, expected, placeholder));
  };
}

function booleanConverter(column: string): CellConverter {
  return (text) => {
    if (text === 'true') return true;
    if (text === 'false') return false;
    return new CellProblem(schemaMessages.notBoolean(column));
  };
}

function enumConverter(column: string, allowed: readonly unknown[]): CellConverter {
  const names = allowed.map(String);
  // The schema's own string is returned, so that a million cells share a handful of strings.
  const known = new Map(names.map((name) => [name, name]));
  return (text) => known.get(text) ?? new CellProblem(schemaMessages.notInList(column, allowed, suggest(text, names)));
}

function arrayConverter(column: string, schema: PropertySchema): CellConverter {
  const separator = schema['x-separator'] ?? ';';
  const item = schema.items ? converterFor(column, schema.items) : asText;
  const allowed = schema.items?.enum;
  return (text) => {
    const values: unknown[] = [];
    for (const part of text.split(separator)) {
      const trimmed = part.trim();
      const value = item(trimmed);
      if (value instanceof CellProblem) {
        // Name the item at fault, not the whole cell, when the items come from a list.
        if (!allowed) return value;
        return new CellProblem(schemaMessages.notInListItem(column, trimmed, allowed, separator, suggest(trimmed, allowed.map(String))));
      }
      values.push(value);
    }
    return values;
  };
}

/**
 * The converter for a column, from its property schema: integers, numbers (strict: a point as
 * decimal separator, no thousands separator), booleans, enumerations, lists in one cell, strings.
 */
export function converterFor(column: string, schema: PropertySchema): CellConverter {
  if (schema.enum) return enumConverter(column, schema.enum);
  switch (typeOf(schema)) {
    case 'integer':
      return integerConverter(column, schema);
    case 'number':
      return numberConverter(column, schema);
    case 'boolean':
      return booleanConverter(column);
    case 'array':
      return arrayConverter(column, schema);
    default:
      return asText;
  }
}
