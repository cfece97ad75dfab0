/** The place of a JSON syntax error, and of a YAML alias that names nothing. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Message } from '../../pipeline/diagnostics/message.js';
import { findJsonError, readStructured } from '../../pipeline/load/structured.js';
import { decodeUtf8, type TextSource } from '../../pipeline/load/text.js';
import { SchemaRegistry } from '../../pipeline/schema/registry.js';

const yamlSource = (text: string): TextSource => {
  const decoded = decodeUtf8('data/datasets.yaml', Buffer.from(text));
  if (!decoded.ok) throw new Error('not UTF-8');
  return decoded.source;
};
const repo = resolve(import.meta.dirname, '..', '..');
const compiledFor = (name: string) => SchemaRegistry.load(join(repo, 'schemas')).get(name);

describe('findJsonError', () => {
  it('finds nothing wrong in valid JSON', () => {
    expect(findJsonError('[{"a": 1, "b": [true, null, -1.5e3, "x\\"y"]}]')).toBeUndefined();
    expect(findJsonError('  {}  \n')).toBeUndefined();
  });

  it('points at a comma after the last item or entry', () => {
    expect(findJsonError('[1, 2,\n]')).toEqual({ offset: 5, detail: 'a comma follows the last item of the list, where JSON allows none' });
    expect(findJsonError('{"a": 1,}')?.offset).toBe(7);
  });

  it('points at a missing comma, colon or quote', () => {
    expect(findJsonError('[1 2]')).toEqual({ offset: 3, detail: 'expected a comma or ], found "2"' });
    expect(findJsonError('{"a" 1}')).toEqual({ offset: 5, detail: 'expected a colon after the name, found "1"' });
    expect(findJsonError("{'a': 1}")).toEqual({ offset: 1, detail: 'expected a name in double quotes, found "\'"' });
    expect(findJsonError('["abc\n"]')).toEqual({
      offset: 1,
      detail: 'a text in double quotes runs past the end of its line; its closing quote is missing',
    });
  });

  it('says when the file ends too early or goes on too long', () => {
    expect(findJsonError('[1, 2')).toEqual({ offset: 5, detail: 'expected a comma or ], found the end of the file' });
    expect(findJsonError('{} {}')).toEqual({ offset: 3, detail: 'more text follows the end of the JSON, found "{"' });
  });
});

describe('YAML aliases', () => {
  it('places an alias that names no anchor at the alias, in words', () => {
    const messages: Message[] = [];
    readStructured(yamlSource('window:\n  first: *nope\n  last: 2021\n'), compiledFor('datasets'), messages);
    expect(messages.map((m) => `${m.place?.line}:${m.place?.column} ${m.ruleId} ${m.reason}`)).toEqual([
      '2:10 yaml/alias the alias *nope names no anchor: an alias repeats a value marked &nope earlier in the file, and there is none',
    ]);
  });
});

describe('YAML that is hostile rather than mistaken', () => {
  it('refuses a hidden character in any text, at its value', () => {
    const messages: Message[] = [];
    const catalogue = readFileSync(join(repo, 'data/indicators.yaml'), 'utf8').replace('title: Heroin seized', 'title: Heroin \u202Edeziesseized');
    const line = catalogue.split('\n').findIndex((l) => l.includes('\u202E')) + 1;
    const result = readStructured(yamlSource(catalogue), compiledFor('indicators'), messages);
    expect(result).toBeUndefined();
    expect(messages.map((m) => `${m.place?.line}:${m.place?.column} ${m.ruleId}`)).toEqual([`${line}:10 cell/hidden-character`]);
    expect(messages[0]!.reason).toContain('U+202E RIGHT-TO-LEFT OVERRIDE');
  });

  it('says values nested thousands deep in words, at their place', () => {
    const messages: Message[] = [];
    readStructured(yamlSource(`window:\n  first: ${'['.repeat(20000)}${']'.repeat(20000)}\n`), compiledFor('datasets'), messages);
    expect(messages.map((m) => m.reason)).toEqual([expect.stringMatching(/^the YAML cannot be read: (the|its) values are nested inside one another thousands deep/)]);
    expect(JSON.stringify(messages)).not.toContain('call stack');
  });
});
