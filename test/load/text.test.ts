/** UTF-8 decoding and places in a text: lines, columns, the bytes that are not UTF-8. */
import { describe, expect, it } from 'vitest';
import { decodeUtf8, indexLines, lineText, placeAt, type TextSource } from '../../pipeline/load/text.js';

function source(text: string): TextSource {
  return { file: 'data/x.csv', text, lineStarts: indexLines(text) };
}

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
