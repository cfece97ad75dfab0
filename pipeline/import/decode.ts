/**
 * The bytes of a source file as text, in the encodings spreadsheets save CSV in: UTF-8 with or
 * without a byte order mark, UTF-16 (Excel's "Unicode text"), and Windows-1252 (Excel's "CSV" on
 * a Western-European Windows). The encoding is chosen by stated rules, in this order, and the
 * summary names it: a byte order mark; NUL bytes in the pattern of UTF-16; valid UTF-8; else
 * Windows-1252, unless a byte that Windows-1252 leaves undefined shows that it is not that either.
 */

/** The encodings a source file is read in. */
export type Encoding = 'UTF-8' | 'UTF-8 with BOM' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1252';

/** The text, or where the bytes stop making sense in any encoding vdr reads. */
export type Decoded =
  | { ok: true; text: string; encoding: Encoding }
  | { ok: false; offset: number; byte: number; text: string };

/** Bytes Windows-1252 leaves undefined: a file holding one is in some other encoding. */
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * Which UTF-16 byte order NUL bytes suggest: text that is mostly ASCII has a NUL in every other
 * byte, the high or the low one; anything else with NULs is not text.
 */
function utf16Order(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | undefined {
  const sample = bytes.subarray(0, Math.min(bytes.length, 512) & ~1);
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) (i % 2 === 0 ? evenNuls++ : oddNuls++);
  const pairs = sample.length / 2;
  if (oddNuls > pairs / 2 && evenNuls === 0) return 'UTF-16LE';
  if (evenNuls > pairs / 2 && oddNuls === 0) return 'UTF-16BE';
  return undefined;
}

/**
 * Decodes a source file's bytes.
 *
 * @param bytes
 *   The whole file.
 * @returns
 *   The text without its byte order mark and the encoding it was read in; or, when no encoding
 *   fits, the offset and value of the first byte that does not, and the text before it.
 */
export function decodeSource(bytes: Uint8Array): Decoded {
  const decode = (encoding: string, from = 0): string => new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(from));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    try {
      return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(3)), encoding: 'UTF-8 with BOM' };
    } catch {
      // A byte order mark says UTF-8, so bad bytes after it are not some other encoding's.
      return failAt(bytes, firstInvalidUtf8(bytes, 3));
    }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: decode('utf-16le', 2), encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: decode('utf-16be', 2), encoding: 'UTF-16BE' };
  if (bytes.includes(0)) {
    const order = utf16Order(bytes);
    if (order) return { ok: true, text: decode(order.toLowerCase()), encoding: order };
    return failAt(bytes, bytes.indexOf(0));
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    const undefinedAt = bytes.findIndex((b) => UNDEFINED_1252.has(b));
    if (undefinedAt >= 0) return failAt(bytes, undefinedAt);
    return { ok: true, text: decode('windows-1252'), encoding: 'Windows-1252' };
  }
}

/** The offset of the first byte, from `from`, that does not continue valid UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array, from: number): number {
  let i = from;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return bytes.length;
}

function failAt(bytes: Uint8Array, offset: number): Decoded {
  const text = new TextDecoder('utf-8').decode(bytes.subarray(0, offset)).replace(/^\uFEFF/, '');
  return { ok: false, offset, byte: bytes[offset] ?? 0, text };
}
