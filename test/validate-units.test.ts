/**
 * Unit tests of the small parts the validate stage is built from: the cell converters typed by
 * the schemas, the typo suggestions, UTF-8 decoding and places, the CSV and JSON locators, a
 * large CSV read in pieces, and how observation files are shared with a worker thread.
 * The whole stage is tested on the bad-input corpus in validate-corpus.test.ts.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Message } from '../pipeline/diagnostics/message.js';
import { editDistance, suggest } from '../pipeline/diagnostics/suggest.js';
import { badClosingQuoteColumn, cellColumns, readCsv, strayQuote } from '../pipeline/load/csv.js';
import { findJsonError } from '../pipeline/load/structured.js';
import { decodeUtf8, indexLines, lineText, placeAt, type TextSource } from '../pipeline/load/text.js';
import { convertCell, converterFor, type CellResult } from '../pipeline/schema/cells.js';
import { SchemaRegistry, type PropertySchema } from '../pipeline/schema/registry.js';
import { workerShare, type ObservationFile } from '../pipeline/validate/parallel.js';

const convert = (schema: PropertySchema, text: string, column = 'value'): CellResult => convertCell(converterFor(column, schema), text);

/** The message of a failed conversion; fails the test when the text converted. */
function failure(result: CellResult): { ruleId: string; reason: string; fix: string } {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  return result.message;
}

function source(text: string): TextSource {
  return { file: 'data/x.csv', text, lineStarts: indexLines(text) };
}

describe('cell converters', () => {
  const integer: PropertySchema = { type: 'integer', 'x-expected': 'a four-digit year such as 2016' };
  const number: PropertySchema = { type: 'number', 'x-expected': 'a number such as 1234.5' };

  it('reads whole numbers, signed or not', () => {
    expect(convert(integer, '2015')).toEqual({ ok: true, value: 2015 });
    expect(convert(integer, '-3')).toEqual({ ok: true, value: -3 });
    expect(convert(integer, '+7')).toEqual({ ok: true, value: 7 });
  });

  it('refuses "2015.0" as a whole number and says to write 2015', () => {
    expect(failure(convert(integer, '2015.0', 'year'))).toEqual({
      ruleId: 'cell/integer',
      reason: 'year must be a whole number',
      fix: 'write 2015',
    });
    expect(failure(convert(integer, '2015.5', 'year')).fix).toBe('write a four-digit year such as 2016');
    expect(failure(convert(integer, 'MMXV', 'year')).ruleId).toBe('cell/integer');
  });

  it('reads numbers with a point as the decimal separator', () => {
    expect(convert(number, '2780.5')).toEqual({ ok: true, value: 2780.5 });
    expect(convert(number, '-0.25')).toEqual({ ok: true, value: -0.25 });
    expect(convert(number, '.5')).toEqual({ ok: true, value: 0.5 });
    expect(convert(number, '1e3')).toEqual({ ok: true, value: 1000 });
    expect(convert(number, '0')).toEqual({ ok: true, value: 0 });
  });

  it('tells a thousands separator ("1,234") from a decimal comma ("12,5")', () => {
    expect(failure(convert(number, '1,234'))).toEqual({
      ruleId: 'cell/thousands-separator',
      reason: 'value has a comma as a thousands separator',
      fix: 'write the number without separators: 1234',
    });
    expect(failure(convert(number, '1,234,567.5')).fix).toBe('write the number without separators: 1234567.5');
    expect(failure(convert(number, '12,5'))).toEqual({
      ruleId: 'cell/decimal-comma',
      reason: 'value uses a comma as the decimal separator',
      fix: 'use a point: 12.5',
    });
    // Four digits after the comma cannot be a thousands group.
    expect(failure(convert(number, '1,2345')).ruleId).toBe('cell/decimal-comma');
  });

  it('sends placeholders such as "n/a" to missing_reason, and other text to the expected form', () => {
    for (const placeholder of ['n/a', 'N/A', 'NA', '-', '..', 'null', ' x ']) {
      expect(failure(convert(number, placeholder)).fix, placeholder).toMatch(/^leave the cell empty and say why in missing_reason/);
    }
    expect(failure(convert(number, 'about 300'))).toEqual({
      ruleId: 'cell/number',
      reason: 'value must be a number',
      fix: 'write a number such as 1234.5',
    });
  });

  it('reads only true and false as booleans', () => {
    const boolean: PropertySchema = { type: 'boolean' };
    expect(convert(boolean, 'true', 'trifold')).toEqual({ ok: true, value: true });
    expect(convert(boolean, 'false', 'trifold')).toEqual({ ok: true, value: false });
    for (const text of ['TRUE', 'yes', '1', 'False']) {
      expect(failure(convert(boolean, text, 'trifold')), text).toEqual({
        ruleId: 'cell/boolean',
        reason: 'trifold must be true or false',
        fix: 'write true or false',
      });
    }
  });

  it('checks enumerations, suggesting the likely value', () => {
    const flag: PropertySchema = { enum: ['estimate', 'provisional'] };
    expect(convert(flag, 'estimate', 'flag')).toEqual({ ok: true, value: 'estimate' });
    expect(failure(convert(flag, 'estimat', 'flag'))).toEqual({
      ruleId: 'cell/enum',
      reason: 'flag is not one of the allowed values',
      fix: 'write estimate if that is what was meant; otherwise write one of: estimate, provisional',
    });
    expect(failure(convert(flag, 'guess', 'flag')).fix).toBe('write one of: estimate, provisional');
  });

  it('splits lists on their separator and names the item at fault', () => {
    const pillars: PropertySchema = { type: 'array', items: { enum: ['I', 'II', 'III', 'IV'] }, 'x-separator': ';' };
    expect(convert(pillars, 'I;III', 'pillars')).toEqual({ ok: true, value: ['I', 'III'] });
    expect(convert(pillars, 'II ; IV', 'pillars')).toEqual({ ok: true, value: ['II', 'IV'] });
    expect(failure(convert(pillars, 'I;one', 'pillars'))).toEqual({
      ruleId: 'cell/enum',
      reason: 'pillars lists "one", which is not one of the allowed values',
      fix: 'list only I, II, III, IV, separated by semicolons',
    });
    expect(failure(convert(pillars, 'I;IIII', 'pillars')).fix).toBe(
      'write III for IIII if that is what was meant; otherwise list only I, II, III, IV, separated by semicolons',
    );
    const numbers: PropertySchema = { type: 'array', items: { type: 'integer' }, 'x-separator': '|' };
    expect(convert(numbers, '1|2', 'months')).toEqual({ ok: true, value: [1, 2] });
    expect(failure(convert(numbers, '1|2.0', 'months')).fix).toBe('write 2');
  });

  it('passes strings through unchanged', () => {
    expect(convert({ type: 'string' }, '  spaced, "quoted"  ', 'note')).toEqual({ ok: true, value: '  spaced, "quoted"  ' });
  });
});

describe('suggest', () => {
  it('counts edits, an adjacent swap as one', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('contry', 'country')).toBe(1);
    expect(editDistance('herion', 'heroin')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('suggests the closest candidate when it is a likely typo', () => {
    expect(suggest('contry', ['indicator', 'country', 'year'])).toBe('country');
    expect(suggest('AFK', ['AFG', 'AUT', 'IRN'])).toBe('AFG');
    expect(suggest('herion-seizures', ['heroin-seizures', 'opium-seizures'])).toBe('heroin-seizures');
  });

  it('matches regardless of case', () => {
    expect(suggest('afg', ['AFG', 'PAK'])).toBe('AFG');
    expect(suggest('Estimate', ['estimate', 'provisional'])).toBe('estimate');
  });

  it('suggests nothing when nothing is close', () => {
    expect(suggest('FRA', ['AFG', 'PAK', 'SRB'])).toBeUndefined();
    expect(suggest('cocaine-seizures', ['heroin-seizures', 'mla-answered'])).toBeUndefined();
    expect(suggest('anything', [])).toBeUndefined();
  });
});

describe('decodeUtf8 and places', () => {
  const bytes = (...parts: (string | number[])[]): Uint8Array =>
    Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

  it('drops a byte order mark', () => {
    const decoded = decodeUtf8('data/x.csv', bytes([0xef, 0xbb, 0xbf], 'a,b\n1,2\n'));
    expect(decoded.ok && decoded.source.text).toBe('a,b\n1,2\n');
  });

  it('keeps characters outside ASCII', () => {
    const decoded = decodeUtf8('data/x.csv', bytes('Ministère,Türkiye\n'));
    expect(decoded.ok && decoded.source.text).toBe('Ministère,Türkiye\n');
  });

  it('places the first byte that is not UTF-8, counting characters, not bytes', () => {
    // Line 2: "Türkiye," is 8 characters, so the Latin-1 è (0xE8) after "Minist" is column 15.
    const decoded = decodeUtf8('data/x.csv', bytes('a,b\nTürkiye,Minist', [0xe8], 're\n'));
    expect(decoded).toEqual({ ok: false, place: { line: 2, column: 15 }, bytes: '0xE8' });
  });

  it('places a bad byte after a byte order mark on line 1 by characters after the mark', () => {
    const decoded = decodeUtf8('data/x.csv', bytes([0xef, 0xbb, 0xbf], 'ab', [0xff]));
    expect(decoded).toEqual({ ok: false, place: { line: 1, column: 3 }, bytes: '0xFF' });
  });

  it('names every byte of a cut-off sequence', () => {
    // 0xE2 0x82 starts the three-byte euro sign but the third byte is missing.
    const decoded = decodeUtf8('data/x.csv', bytes('x', [0xe2, 0x82], 'y'));
    expect(decoded).toEqual({ ok: false, place: { line: 1, column: 2 }, bytes: '0xE2 0x82' });
  });

  it('turns offsets into 1-based lines and columns, CRLF or LF', () => {
    const lf = source('ab\ncd\n');
    expect(placeAt(lf, 0)).toEqual({ line: 1, column: 1 });
    expect(placeAt(lf, 4)).toEqual({ line: 2, column: 2 });
    const crlf = source('ab\r\ncd\r\n');
    expect(placeAt(crlf, 5)).toEqual({ line: 2, column: 2 });
    expect(lineText(crlf, 1)).toBe('ab');
    expect(lineText(crlf, 2)).toBe('cd');
    expect(lineText(crlf, 9)).toBe('');
  });
});

describe('CSV locators', () => {
  it('finds where each cell starts, reading quoted commas as text', () => {
    expect(cellColumns('a,b,c')).toEqual([1, 3, 5]);
    expect(cellColumns('a,"b,c",d')).toEqual([1, 3, 9]);
    expect(cellColumns('"say ""hi"", twice",x')).toEqual([1, 21]);
    expect(cellColumns(',,')).toEqual([1, 2, 3]);
    expect(cellColumns('')).toEqual([1]);
  });

  it('finds a closing quote that more text follows', () => {
    expect(badClosingQuoteColumn('1,"2"x,3')).toBe(5);
    expect(badClosingQuoteColumn('"a ""b"" c"d,e')).toBe(11);
    expect(badClosingQuoteColumn('1,"2",3')).toBe(1);
  });

  it('finds a quote inside a cell that does not start with one, and writes the cell as it should be', () => {
    expect(strayQuote('a,the "official" report,b')).toEqual({ column: 7, corrected: '"the ""official"" report"' });
    expect(strayQuote('"a, b",c')).toBeUndefined();
    expect(strayQuote('a,b')).toBeUndefined();
  });
});

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

describe('readCsv on a large file', () => {
  const observations = SchemaRegistry.load(join(import.meta.dirname, '..', 'schemas')).get('observations');
  /** A file of `rows` rows (about 40 bytes each), with a bad year on the given lines, optionally quoting one note. */
  function file(rows: number, badLines: readonly number[], quote: boolean): string {
    const lines = ['indicator,country,year,value,note'];
    for (let i = 0; i < rows; i++) {
      const line = i + 2;
      lines.push(`heroin-seizures,AFG,${badLines.includes(line) ? '20x5' : 2015},${i},${quote && i === 0 ? '"a, b"' : ''}`);
    }
    return `${lines.join('\r\n')}\r\n`;
  }
  /** Reads the text as vdr reads a file (from its bytes), and as text. */
  function read(text: string): { lines: number[]; messages: Message[] }[] {
    const decoded = decodeUtf8('data/x.csv', Buffer.from(text));
    if (!decoded.ok) throw new Error('not UTF-8');
    return [decoded.source, source(text)].map((from) => {
      const messages: Message[] = [];
      const lines: number[] = [];
      readCsv(from, observations, messages, (_record, line) => void lines.push(line));
      return { lines, messages };
    });
  }

  it('reads a file without quotes in pieces and still places every row and fault on its line', () => {
    // 100,000 rows are some 4 MB: several pieces of a megabyte.
    const bad = [2, 26_215, 50_001, 100_001];
    for (const { lines, messages } of read(file(100_000, bad, false))) {
      expect(lines).toHaveLength(100_000);
      expect(lines.every((line, i) => line === i + 2)).toBe(true);
      expect(messages.map((m) => [m.place?.line, m.place?.column])).toEqual(bad.map((line) => [line, 21]));
    }
  });

  it('reads a file with quotes in one pass, with the same places', () => {
    const bad = [26_215, 100_001];
    for (const { lines, messages } of read(file(100_000, bad, true))) {
      expect(lines).toHaveLength(100_000);
      expect(lines.every((line, i) => line === i + 2)).toBe(true);
      expect(messages.map((m) => m.place?.line)).toEqual(bad);
    }
  });
});

describe('workerShare', () => {
  const root = mkdtempSync(join(tmpdir(), 'vdr-share-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const files = [40, 30, 20, 10].map((kb, i): ObservationFile => {
    const file = `data/observations/p${i}.csv`;
    mkdirSync(join(root, 'data', 'observations'), { recursive: true });
    writeFileSync(join(root, file), Buffer.alloc(kb * 1024, 0x61));
    return { file, pillar: 'I', illustrative: true, namedAt: { file: 'data/datasets.yaml', place: { line: 1, column: 1 } } };
  });

  it('keeps small data sets and single files on one thread', () => {
    expect(workerShare(root, files, 101 * 1024)).toEqual([]);
    expect(workerShare(root, files.slice(0, 1), 0)).toEqual([]);
  });

  it('gives the worker about half, largest files first, counting its start against it', () => {
    // 40 here; 30 there (10 + 30); 20 here (60); 10 there (50).
    expect(workerShare(root, files, 0)).toEqual([1, 3]);
  });
});
