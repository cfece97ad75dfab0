import { isUtf8 } from 'node:buffer';
import type { Place } from '../diagnostics/message.js';

/** A text file that was read as valid UTF-8, with a line index for turning offsets into places. */
export interface TextSource {
  /** Project-relative path. */
  file: string;
  /** The text without a leading byte order mark. */
  readonly text: string;
  /** Offsets in `text` where each line starts; `lineStarts[0]` is 0. */
  readonly lineStarts: number[];
  /** The bytes without a byte order mark, for parsers that read bytes (no second encoding). */
  readonly bytes?: Buffer;
}

/**
 * A source whose text and line index are made only when asked for: a large CSV file is parsed
 * from its bytes, and only a message needs its lines.
 */
class LazyTextSource implements TextSource {
  private decoded: string | undefined;
  private starts: number[] | undefined;

  constructor(
    readonly file: string,
    readonly bytes: Buffer,
  ) {}

  get text(): string {
    return (this.decoded ??= this.bytes.toString('utf8'));
  }

  get lineStarts(): number[] {
    return (this.starts ??= indexLines(this.text));
  }
}

export type DecodeResult =
  | { ok: true; source: TextSource }
  | { ok: false; place: Place; bytes: string };

/** Offsets of line starts; a line ends at LF (CRLF and CR-less files alike). */
export function indexLines(text: string): number[] {
  const starts = [0];
  let at = text.indexOf('\n');
  while (at !== -1) {
    starts.push(at + 1);
    at = text.indexOf('\n', at + 1);
  }
  return starts;
}

/** Whether the file holds nothing but white space (read from its bytes when it has them). */
export function isBlank(source: TextSource): boolean {
  if (!source.bytes) return source.text.trim() === '';
  for (const byte of source.bytes) if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return false;
  return true;
}

/** The 1-based line and column of an offset in `text` (column counts characters). */
export function placeAt(source: TextSource, offset: number): Place {
  const starts = source.lineStarts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
}

/** The text of a 1-based line, without its line ending. */
export function lineText(source: TextSource, line: number): string {
  const start = source.lineStarts[line - 1];
  if (start === undefined) return '';
  const next = source.lineStarts[line];
  const end = next === undefined ? source.text.length : next - 1;
  return source.text.slice(start, end).replace(/\r$/, '');
}

/** Where the first byte that is not valid UTF-8 sits, as a place in the text before it. */
function firstInvalidByte(bytes: Uint8Array): { offset: number; length: number } {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return { offset: i, length: 1 };
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return { offset: i, length: k };
    }
    i += need + 1;
  }
  return { offset: bytes.length, length: 0 };
}

/**
 * Decodes bytes as strict UTF-8, dropping a byte order mark. On failure, says where the first bad
 * byte is so the message can point at it.
 */
export function decodeUtf8(file: string, bytes: Uint8Array): DecodeResult {
  if (isUtf8(bytes)) {
    const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const bom = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf;
    return { ok: true, source: new LazyTextSource(file, bom ? buffer.subarray(3) : buffer) };
  }
  {
    const bad = firstInvalidByte(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad.offset)).replace(/^\uFEFF/, '');
    const partial: TextSource = { file, text: before, lineStarts: indexLines(before) };
    const shown = Array.from(bytes.subarray(bad.offset, bad.offset + Math.max(bad.length, 1)))
      .map((b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`)
      .join(' ');
    return { ok: false, place: placeAt(partial, before.length), bytes: shown };
  }
}
