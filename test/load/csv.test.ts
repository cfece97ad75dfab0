/** The CSV reader: where a bad quote is, and a large file read in pieces with every row and fault on its line. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Message } from '../../pipeline/diagnostics/message.js';
import { badClosingQuoteColumn, cellColumns, readCsv, strayQuote } from '../../pipeline/load/csv.js';
import { decodeUtf8, indexLines, type TextSource } from '../../pipeline/load/text.js';
import { SchemaRegistry } from '../../pipeline/schema/registry.js';

function source(text: string): TextSource {
  return { file: 'data/x.csv', text, lineStarts: indexLines(text) };
}

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


describe('readCsv on a large file', () => {
  const observations = SchemaRegistry.load(join(import.meta.dirname, '..', '..', 'schemas')).get('observations');
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
