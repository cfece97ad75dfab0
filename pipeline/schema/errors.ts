import type { MessageText } from '../diagnostics/message.js';
import { suggest } from '../diagnostics/suggest.js';
import { schemaMessages } from './messages.js';
import type { PropertySchema, SchemaError } from './registry.js';

/** A schema error turned into words, with the path of the value it is about. */
export interface TranslatedError {
  /** Path segments from the validated value to the offending value (a missing field's parent). */
  path: (string | number)[];
  /** For required and unknown fields: the field's name. */
  field?: string;
  message: MessageText;
}

/** The segments of a JSON pointer ("/a/0/b~1c" to ["a", 0, "b/c"]), digits as numbers. */
export function pointerSegments(instancePath: string): (string | number)[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** The schema that describes the value at `path`, walking properties and items. */
export function schemaAt(root: PropertySchema, path: readonly (string | number)[]): PropertySchema | undefined {
  let at: PropertySchema | undefined = root;
  for (const segment of path) {
    if (!at) return undefined;
    // A map keyed by codes (a translation's countries) describes each value in additionalProperties.
    const byCode: PropertySchema | undefined = typeof at.additionalProperties === 'object' ? at.additionalProperties : undefined;
    at = typeof segment === 'number' ? (at.items ?? byCode) : (at.properties?.[segment] ?? byCode);
  }
  return at;
}

function nameOf(path: readonly (string | number)[]): string {
  const names = path.filter((s): s is string => typeof s === 'string');
  return names.length > 0 ? names.join('.') : 'the entry';
}

/**
 * Turns ajv's errors into plain words. Keeps the first error for each value: ajv often reports
 * one wrong value under several keywords.
 */
export function translateErrors(root: PropertySchema, errors: readonly SchemaError[]): TranslatedError[] {
  const out: TranslatedError[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const path = pointerSegments(error.instancePath);
    const params = error.params as Record<string, unknown>;
    // An if/then rule's own error only repeats the error of its then part, reported with its place.
    if (error.keyword === 'if') continue;
    if (error.keyword === 'required') {
      const field = String(params['missingProperty']);
      const key = `${error.instancePath}/${field}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const expected = schemaAt(root, [...path, field])?.['x-expected'];
      out.push({ path, field, message: schemaMessages.missingField(field, expected) });
      continue;
    }
    if (error.keyword === 'additionalProperties') {
      const field = String(params['additionalProperty']);
      const allowed = Object.keys(schemaAt(root, path)?.properties ?? {});
      out.push({ path: [...path, field], field, message: schemaMessages.unknownField(allowed, suggest(field, allowed)) });
      continue;
    }
    if (seen.has(error.instancePath)) continue;
    seen.add(error.instancePath);
    const schema = schemaAt(root, path);
    // The schema the error is from (ajv's verbose errors carry it) also holds a definition reached through $ref.
    const expected = schema?.['x-expected'] ?? (error.parentSchema as PropertySchema | undefined)?.['x-expected'];
    const name = nameOf(path);
    switch (error.keyword) {
      case 'enum': {
        const allowed = (params['allowedValues'] as unknown[] | undefined) ?? schema?.enum ?? [];
        const found = typeof error.data === 'string' ? suggest(error.data, allowed.map(String)) : undefined;
        out.push({ path, message: schemaMessages.notInList(name, allowed, found) });
        break;
      }
      case 'minimum':
      case 'exclusiveMinimum':
        out.push({ path, message: schemaMessages.belowMinimum(name, Number(params['limit']), expected, error.keyword === 'exclusiveMinimum') });
        break;
      case 'maximum':
      case 'exclusiveMaximum':
        out.push({ path, message: schemaMessages.aboveMaximum(name, Number(params['limit']), expected, error.keyword === 'exclusiveMaximum') });
        break;
      case 'minLength':
        // Only an empty text is shorter than vdr's schemas allow: "must NOT have fewer than 1 characters" says it badly.
        out.push({ path, message: schemaMessages.emptyText(name, expected) });
        break;
      case 'type':
        if (error.data === null) {
          // `name:` with nothing after it: empty, not of another form.
          out.push({ path, message: schemaMessages.emptyText(name, expected) });
          break;
        }
        out.push({ path, message: schemaMessages.wrongShape(name, expected ?? typeInWords(String(params['type']))) });
        break;
      case 'not':
        // ajv says "must NOT be valid"; the value is one the field excludes, such as a built-in unit's id.
        out.push({ path, message: schemaMessages.invalidValue(name, expected, 'a value this field does not allow') });
        break;
      case 'pattern':
        // Never the regular expression itself: a reader is told the form in words, or that it is not kept.
        out.push({ path, message: schemaMessages.invalidValue(name, expected, 'not in the form this field takes') });
        break;
      default:
        out.push({ path, message: schemaMessages.invalidValue(name, expected, error.message ?? error.keyword) });
    }
  }
  return out;
}

/** A JSON Schema type as a reader says it: "a whole number" for integer. */
function typeInWords(types: string): string {
  const words: Record<string, string> = {
    integer: 'a whole number',
    number: 'a number',
    string: 'a text',
    boolean: 'true or false',
    array: 'a list',
    object: 'a set of names and values',
    null: 'nothing',
  };
  return types
    .split(',')
    .map((type) => words[type] ?? type)
    .join(' or ');
}
