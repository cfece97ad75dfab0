import { isMap, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { catalogue, type MessageText } from '../diagnostics/catalogue.js';
import type { Message, Place } from '../diagnostics/message.js';
import { translateErrors } from '../schema/errors.js';
import type { CompiledSchema } from '../schema/registry.js';
import { placeAt, type TextSource } from './text.js';

/** A YAML or JSON document checked against its schema, able to say where any value sits. */
export interface StructuredFile {
  source: TextSource;
  value: unknown;
  /** The place of the value at `path` (of its key when `key` is set), or the nearest parent's. */
  place(path: readonly (string | number)[], key?: boolean): Place;
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
  const report = (place: Place | undefined, text: MessageText, value?: string): void => {
    messages.push({ file, ...(place ? { place } : {}), severity: 'error', ...text, ...(value === undefined ? {} : { value }) });
  };
  if (source.text.trim() === '') {
    report(undefined, catalogue.fileEmpty());
    return undefined;
  }
  if (file.endsWith('.json')) {
    try {
      JSON.parse(source.text);
    } catch (error) {
      const e = error as Error;
      report(jsonSyntaxPlace(source, e), catalogue.jsonSyntax(jsonSyntaxDetail(e)));
      return undefined;
    }
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(source.text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const at = error.linePos?.[0];
      const detail = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.code;
      report(at ? { line: at.line, column: at.col } : undefined, catalogue.yamlSyntax(detail));
    }
    return undefined;
  }
  const value: unknown = doc.toJS();
  const structured: StructuredFile = { source, value, place: (path, key) => locate(doc, source, path, key) };
  if (!compiled.validate(value)) {
    for (const error of translateErrors(compiled.schema, compiled.validate.errors ?? [])) {
      const onKey = error.field !== undefined && error.path[error.path.length - 1] === error.field;
      const at = structured.place(error.path, onKey);
      const shown = onKey ? error.field : scalarText(doc, error.path);
      report(at, error.message, shown);
    }
    return undefined;
  }
  return structured;
}

function scalarText(doc: Document, path: readonly (string | number)[]): string | undefined {
  const node = doc.getIn(path, true);
  return isScalar(node) && node.value !== null && typeof node.value !== 'object' ? String(node.value) : undefined;
}

function locate(doc: Document, source: TextSource, path: readonly (string | number)[], key?: boolean): Place {
  for (let depth = path.length; depth >= 0; depth--) {
    const prefix = path.slice(0, depth);
    if (key && depth === path.length && depth > 0) {
      const parent = doc.getIn(prefix.slice(0, -1), true);
      if (isMap(parent)) {
        const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === prefix[prefix.length - 1]);
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
