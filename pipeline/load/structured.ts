import { isMap, isScalar, LineCounter, parseDocument, visit, type Alias, type Document, type Node, type YAMLError } from 'yaml';
import { message, type Message, type MessageText, type Place } from '../diagnostics/message.js';
import { translateErrors } from '../schema/errors.js';
import type { CompiledSchema } from '../schema/registry.js';
import { hostileText } from './hostile.js';
import { loadMessages } from './messages.js';
import { isBlank, placeAt, type TextSource } from './text.js';

/** A YAML or JSON document checked against its schema, able to say where any value sits. */
export interface StructuredFile {
  source: TextSource;
  value: unknown;
  /** The place of the value at `path` (of its key when `key` is set), or the nearest parent's. */
  place(path: readonly (string | number)[], key?: boolean): Place;
}

class JsonStop {
  constructor(
    readonly offset: number,
    readonly detail: string,
  ) {}
}

/**
 * Where JSON text first goes wrong, and how, in plain words. JSON.parse says neither reliably: its
 * messages differ between Node versions, and some carry no position at all.
 */
export function findJsonError(text: string): { offset: number; detail: string } | undefined {
  let i = 0;
  const scalar = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
  const skip = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i] ?? '')) i++;
  };
  const found = (): string => (i >= text.length ? 'the end of the file' : JSON.stringify(text[i]));
  const stop = (detail: string, at = i): never => {
    throw new JsonStop(at, detail);
  };
  const string = (): void => {
    const start = i++;
    while (i < text.length) {
      const c = text[i] ?? '';
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') i++;
      else if (c < ' ') stop('a text in double quotes runs past the end of its line; its closing quote is missing', start);
      i++;
    }
    stop('a text in double quotes has no closing quote', start);
  };
  const value = (): void => {
    skip();
    const open = text[i];
    if (open === '{' || open === '[') {
      const close = open === '{' ? '}' : ']';
      i++;
      skip();
      if (text[i] === close) {
        i++;
        return;
      }
      for (;;) {
        skip();
        if (open === '{') {
          if (text[i] !== '"') stop(`expected a name in double quotes, found ${found()}`);
          string();
          skip();
          if (text[i] !== ':') stop(`expected a colon after the name, found ${found()}`);
          i++;
        }
        value();
        skip();
        if (text[i] === close) {
          i++;
          return;
        }
        if (text[i] !== ',') stop(`expected a comma or ${close}, found ${found()}`);
        const comma = i++;
        skip();
        if (text[i] === close) stop(`a comma follows the last ${open === '{' ? 'entry of the object' : 'item of the list'}, where JSON allows none`, comma);
      }
    }
    if (open === '"') return string();
    scalar.lastIndex = i;
    const match = scalar.exec(text);
    if (!match) stop(`expected a value, found ${found()}`);
    i += match?.[0].length ?? 0;
  };
  try {
    value();
    skip();
    if (i < text.length) stop(`more text follows the end of the JSON, found ${found()}`);
    return undefined;
  } catch (error) {
    if (error instanceof JsonStop) return { offset: error.offset, detail: error.detail };
    return undefined; // too deeply nested to scan: JSON.parse's own words are used instead
  }
}

/**
 * A YAML error in plain words, placed where a person would look: the yaml package's own words and
 * offsets suit a parser, not someone editing the file.
 */
function yamlError(source: TextSource, error: YAMLError): { place: Place; text: MessageText } {
  const [start, end] = error.pos;
  const at = (offset: number): Place => placeAt(source, offset);
  switch (error.code) {
    case 'DUPLICATE_KEY':
      return { place: at(start), text: loadMessages.yamlDuplicateKey(/^[^:\n]*/.exec(source.text.slice(start))?.[0].trim() || 'a key') };
    case 'MULTILINE_IMPLICIT_KEY': {
      // The key's colon is on the line that is indented wrongly; point at that line's first character.
      const lineStart = source.text.lastIndexOf('\n', end - 1) + 1;
      const first = /[^ ]/.exec(source.text.slice(lineStart, end))?.index ?? 0;
      return { place: at(lineStart + first), text: loadMessages.yamlSyntax('this line is indented differently from the lines around it') };
    }
    case 'BLOCK_AS_IMPLICIT_KEY':
      return {
        place: at(start),
        text: loadMessages.yamlSyntax('a colon followed by a space stands inside this value; put the whole value in double quotes'),
      };
    case 'TAB_AS_INDENT':
      return { place: at(start), text: loadMessages.yamlSyntax('a tab is used to indent; YAML indents with spaces only') };
    case 'MISSING_CHAR': {
      const quote = /closing (["'])/.exec(error.message)?.[1];
      if (quote) {
        // An unclosed quoted value runs to the end of the file; the culprit is the last quote.
        const opening = source.text.lastIndexOf(quote, start);
        return { place: at(Math.max(opening, 0)), text: loadMessages.yamlSyntax('this quoted value has no closing quote') };
      }
      break;
    }
  }
  const bracket = /end with an? ([\]}])/.exec(error.message)?.[1];
  if (bracket) {
    const open = bracket === ']' ? '[' : '{';
    const opening = source.text.lastIndexOf(open, Math.max(start, 0));
    return { place: at(Math.max(opening, 0)), text: loadMessages.yamlSyntax(`the ${open === '[' ? 'list' : 'map'} opened with ${open} here is not closed with ${bracket} (or what follows it is not indented under its key)`) };
  }
  if (/call stack/i.test(error.message)) return { place: at(start), text: loadMessages.yamlSyntax('the values are nested inside one another thousands deep from here, more than vdr reads') };
  const detail = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.code;
  return { place: at(start), text: loadMessages.yamlSyntax(detail) };
}

function jsonSyntaxPlace(source: TextSource, error: Error): Place {
  const lineColumn = /line (\d+) column (\d+)/.exec(error.message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(error.message);
  if (position) return placeAt(source, Number(position[1]));
  return placeAt(source, source.text.length);
}

function jsonSyntaxDetail(error: Error): string {
  return error.message.replace(/,? (?:in JSON )?at position \d+.*$/s, '').replace(/ \(line \d+ column \d+\)/, '');
}

/**
 * Parses a YAML or JSON file (by extension), reports syntax errors at their place, checks the value
 * against the schema and reports every schema error at the place of the value it is about.
 * Returns undefined when the file cannot be parsed.
 */
export function readStructured(source: TextSource, compiled: CompiledSchema, messages: Message[]): StructuredFile | undefined {
  const file = source.file;
  if (isBlank(source)) {
    messages.push(message({ file }, loadMessages.fileEmpty()));
    return undefined;
  }
  if (file.endsWith('.json')) {
    try {
      JSON.parse(source.text);
    } catch (error) {
      const e = error as Error;
      const found = findJsonError(source.text);
      if (found) messages.push(message({ file, place: placeAt(source, found.offset) }, loadMessages.jsonSyntax(found.detail)));
      else messages.push(message({ file, place: jsonSyntaxPlace(source, e) }, loadMessages.jsonSyntax(jsonSyntaxDetail(e))));
      return undefined;
    }
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(source.text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    // Every repeated key, but only the first syntax error: after one, the parser's view of the
    // rest of the file is unreliable, and it often reports one slip twice in different words.
    const syntax = doc.errors.filter((e) => e.code !== 'DUPLICATE_KEY');
    const firstStart = Math.min(...syntax.map((e) => e.pos[0]));
    const first = syntax.find((e) => e.pos[0] === firstStart && e.code === 'MULTILINE_IMPLICIT_KEY') ?? syntax.find((e) => e.pos[0] === firstStart);
    for (const error of doc.errors) {
      if (error.code !== 'DUPLICATE_KEY' && error !== first) continue;
      const { place, text } = yamlError(source, error);
      messages.push(message({ file, place }, text));
    }
    return undefined;
  }
  // An alias (*name) must name an anchor (&name) set before it; said at the alias.
  let unresolved: Alias | undefined;
  visit(doc, {
    Alias: (_key, node) => {
      if (node.resolve(doc) !== undefined) return undefined;
      unresolved = node;
      return visit.BREAK;
    },
  });
  if (unresolved) {
    messages.push(message({ file, place: placeAt(source, unresolved.range?.[0] ?? 0) }, loadMessages.yamlAlias(unresolved.source)));
    return undefined;
  }
  let value: unknown;
  try {
    value = doc.toJS();
  } catch (error) {
    // The yaml package refuses documents whose aliases would blow up (a "billion laughs" file); a
    // document nested thousands deep overflows the stack.
    const why = error instanceof RangeError ? 'its values are nested inside one another thousands deep, more than vdr reads' : 'its aliases (*name) repeat so much that the file would grow beyond any size vdr reads';
    messages.push(message({ file, place: { line: 1, column: 1 } }, loadMessages.yamlSyntax(why)));
    return undefined;
  }
  const structured: StructuredFile = { source, value, place: (path, key) => locate(doc, source, path, key) };
  if (!compiled.validate(value)) {
    for (const error of translateErrors(compiled.schema, compiled.validate.errors ?? [])) {
      const onKey = error.field !== undefined && error.path[error.path.length - 1] === error.field;
      const at = structured.place(error.path, onKey);
      const shown = onKey ? error.field : scalarText(doc, error.path);
      // `{ topic: Prevention, care and treatment, city: Vienna }`: the comma split the value.
      const split = onKey && error.message.ruleId === 'field/unknown' && splitByComma(doc, error.path);
      messages.push(message({ file, place: at }, split ? loadMessages.yamlFlowComma(String(error.field)) : error.message, split ? {} : { value: shown }));
    }
    return undefined;
  }
  // A hidden character in any text (a name, a note) is refused at its value, as in a CSV cell.
  const before = messages.length;
  const stack: [unknown, (string | number)[]][] = [[value, []]];
  while (stack.length > 0) {
    const [item, path] = stack.pop()!;
    if (typeof item === 'string') {
      const hostile = hostileText(item);
      if (hostile?.text.ruleId === 'cell/hidden-character') messages.push(message({ file, place: structured.place(path, false) }, hostile.text, { value: item }));
    } else if (Array.isArray(item)) item.forEach((child, i) => stack.push([child, [...path, i]]));
    else if (item !== null && typeof item === 'object') for (const [key, child] of Object.entries(item)) stack.push([child, [...path, key]]);
  }
  return messages.length > before ? undefined : structured;
}

/** Whether the field at `path` is a key without a value in a { } map: text after a comma that was meant as part of a value. */
function splitByComma(doc: Document, path: readonly (string | number)[]): boolean {
  const parent = doc.getIn(path.slice(0, -1), true);
  if (!isMap(parent) || !parent.flow) return false;
  const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(path[path.length - 1]));
  return pair !== undefined && (pair.value === null || (isScalar(pair.value) && pair.value.value === null));
}

function scalarText(doc: Document, path: readonly (string | number)[]): string | undefined {
  const node = doc.getIn(path, true);
  if (!isScalar(node) || node.value === null || typeof node.value === 'object') return undefined;
  // As written: 1e309 is quoted as 1e309, not as the Infinity it parses to.
  return typeof node.source === 'string' && node.source !== '' ? node.source : String(node.value);
}

function locate(doc: Document, source: TextSource, path: readonly (string | number)[], key?: boolean): Place {
  for (let depth = path.length; depth >= 0; depth--) {
    const prefix = path.slice(0, depth);
    if (key && depth === path.length && depth > 0) {
      const parent = doc.getIn(prefix.slice(0, -1), true);
      if (isMap(parent)) {
        // A key written 12 is a number in the document and may be asked for as "12".
        const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(prefix[prefix.length - 1]));
        const range = (pair?.key as Node | undefined)?.range;
        if (range) return placeAt(source, range[0]);
      }
      continue;
    }
    const node = (depth === 0 ? doc.contents : doc.getIn(prefix, true)) as Node | null | undefined;
    if (node?.range) return placeAt(source, node.range[0]);
  }
  return { line: 1, column: 1 };
}
