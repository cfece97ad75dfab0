/**
 * A reader for PDF page content streams (ISO 32000-1, 7.8.2): the operators in order, each with
 * the byte offsets where it and its operands start and end, so that a pass can insert operators
 * between them without writing the rest of the stream again.
 */

/** One operator and its operands, as they stand in the stream. */
export interface Operation {
  /** The operator, such as "BT", "Tj", "re", "BDC". */
  readonly operator: string;
  /** The operands' source text (names with their slash, strings with their delimiters), read from the stream when asked for. */
  readonly operands: string[];
  /** Offset of the first operand (or of the operator when it has none). */
  readonly start: number;
  /** Offset just past the operator. */
  readonly end: number;
}

/** Byte classes, by byte value: white space (1), delimiters (2), anything else (0, a regular character). */
const CLASS = new Uint8Array(256);
for (const byte of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) CLASS[byte] = 1;
for (const byte of [0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]) CLASS[byte] = 2;

const isWhitespace = (byte: number): boolean => CLASS[byte] === 1;
const isRegular = (byte: number): boolean => CLASS[byte] === 0;

/** Bytes as Latin-1 text (each byte one character, as PDF content streams are written). */
function latin1(bytes: Uint8Array, start: number, end: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('latin1');
}

/**
 * An operation whose operands are kept as offsets and made into text only when read: a page of
 * Chromium's has tens of thousands of operations, and most passes look only at the operators.
 */
class ParsedOperation implements Operation {
  constructor(
    private readonly bytes: Uint8Array,
    readonly operator: string,
    /** Start and end offset of each operand, in turn. */
    private readonly bounds: number[],
    readonly start: number,
    readonly end: number,
  ) {}

  get operands(): string[] {
    const operands: string[] = [];
    for (let i = 0; i < this.bounds.length; i += 2) operands.push(latin1(this.bytes, this.bounds[i]!, this.bounds[i + 1]!));
    return operands;
  }
}

/** Offset just past the literal string that opens at `at` (its parentheses balanced, backslash escapes skipped). */
function endOfLiteral(bytes: Uint8Array, at: number): number {
  let depth = 0;
  for (let i = at; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte === 0x5c) i++;
    else if (byte === 0x28) depth++;
    else if (byte === 0x29 && --depth === 0) return i + 1;
  }
  return bytes.length;
}

/** Offset just past the dictionary or array that opens at `at` (its nesting and strings followed). */
function endOfContainer(bytes: Uint8Array, at: number): number {
  let depth = 0;
  for (let i = at; i < bytes.length; ) {
    const byte = bytes[i]!;
    if (byte === 0x28) {
      i = endOfLiteral(bytes, i);
      continue;
    }
    if (byte === 0x3c && bytes[i + 1] === 0x3c) {
      depth++;
      i += 2;
    } else if (byte === 0x3e && bytes[i + 1] === 0x3e) {
      depth--;
      i += 2;
    } else if (byte === 0x3c) {
      // A hex string inside the container.
      while (i < bytes.length && bytes[i] !== 0x3e) i++;
      i++;
    } else if (byte === 0x5b) {
      depth++;
      i++;
    } else if (byte === 0x5d) {
      depth--;
      i++;
    } else i++;
    if (depth === 0) return i;
  }
  return bytes.length;
}

/** Whether the bytes from start to end spell `word`. */
function spells(bytes: Uint8Array, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let i = 0; i < word.length; i++) if (bytes[start + i] !== word.charCodeAt(i)) return false;
  return true;
}

/** Whether the regular token from start to end is an operator: not a number, true, false or null. */
function isOperator(bytes: Uint8Array, start: number, end: number): boolean {
  const first = bytes[start]!;
  // + - . and the digits start a number.
  if (first === 0x2b || first === 0x2d || first === 0x2e || (first >= 0x30 && first <= 0x39)) return false;
  return !spells(bytes, start, end, 'true') && !spells(bytes, start, end, 'false') && !spells(bytes, start, end, 'null');
}

/** Operators of up to three bytes, by their bytes as one number: each made into text once. */
const OPERATORS = new Map<number, string>();

function operatorText(bytes: Uint8Array, start: number, end: number): string {
  if (end - start > 3) return latin1(bytes, start, end);
  let key = 0;
  for (let i = start; i < end; i++) key = key * 256 + bytes[i]!;
  let text = OPERATORS.get(key);
  if (text === undefined) OPERATORS.set(key, (text = latin1(bytes, start, end)));
  return text;
}

/**
 * The operations of a content stream, in order. Inline images (BI … ID … EI) are one operation,
 * "BI", whose data is skipped.
 */
export function parseContent(bytes: Uint8Array): Operation[] {
  const operations: Operation[] = [];
  let bounds: number[] = [];
  let operandsStart = -1;
  let i = 0;
  const length = bytes.length;
  while (i < length) {
    const byte = bytes[i]!;
    if (isWhitespace(byte)) {
      i++;
      continue;
    }
    if (byte === 0x25) {
      while (i < length && bytes[i] !== 0x0a && bytes[i] !== 0x0d) i++;
      continue;
    }
    const start = i;
    let end: number;
    let operator = false;
    if (byte === 0x28) end = endOfLiteral(bytes, i);
    else if (byte === 0x3c && bytes[i + 1] === 0x3c) end = endOfContainer(bytes, i);
    else if (byte === 0x3c) {
      end = i + 1;
      while (end < length && bytes[end] !== 0x3e) end++;
      end++;
    } else if (byte === 0x5b) end = endOfContainer(bytes, i);
    else {
      end = i + 1;
      while (end < length && isRegular(bytes[end]!)) end++;
      operator = byte !== 0x2f && isOperator(bytes, start, end);
    }
    end = Math.min(end, length);
    if (operandsStart < 0) operandsStart = start;
    if (!operator) {
      bounds.push(start, end);
      i = end;
      continue;
    }
    const text = operatorText(bytes, start, end);
    if (text === 'BI') {
      // An inline image: its data runs from "ID" and one white-space byte to "EI" standing alone.
      let at = end;
      for (; at < length; at++) {
        if (bytes[at] === 0x49 && bytes[at + 1] === 0x44 && isWhitespace(bytes[at + 2] ?? 0x20) && isWhitespace(bytes[at - 1] ?? 0x20)) break;
      }
      for (at += 3; at < length; at++) {
        if (isWhitespace(bytes[at - 1]!) && bytes[at] === 0x45 && bytes[at + 1] === 0x49 && (at + 2 >= length || !isRegular(bytes[at + 2]!))) break;
      }
      end = Math.min(at + 2, length);
    }
    operations.push(new ParsedOperation(bytes, text, bounds, operandsStart, end));
    bounds = [];
    operandsStart = -1;
    i = end;
  }
  return operations;
}

/** Operators that build a path, and those that end one (painting it, or only clipping with "n"). */
const PATH_BUILDING = new Set(['m', 'l', 'c', 'v', 'y', 'h', 're', 'W', 'W*']);
const PATH_ENDING = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'n']);

/**
 * Marks everything a page paints outside any marked-content sequence as an artifact: wraps each
 * such graphics object (a text object, a painted path, an XObject, a shading, an inline image) in
 * "/Artifact BMC … EMC". Chromium tags the document's content but paints the page margins' boxes
 * (running heads, page numbers, a draft's stamp), the page's white background and boxes' borders
 * outside any; PDF/UA-1 wants each either tagged or marked as an artifact (Matterhorn 01-005).
 * Neighbouring objects share one artifact when only state operators lie between them (no q or Q).
 *
 * @returns
 *   The stream with the artifacts marked, and how many sequences were added; the same bytes when there was nothing to mark.
 */
export function markArtifacts(bytes: Uint8Array): { bytes: Uint8Array; marked: number } {
  const operations = parseContent(bytes);
  // [start, end) byte ranges to wrap.
  const ranges: [number, number][] = [];
  let depth = 0;
  let open: [number, number] | undefined;
  const close = (): void => {
    if (open) ranges.push(open);
    open = undefined;
  };
  const paint = (start: number, end: number): void => {
    if (open) open[1] = end;
    else open = [start, end];
  };
  for (let i = 0; i < operations.length; i++) {
    const operation = operations[i]!;
    const { operator } = operation;
    if (operator === 'BDC' || operator === 'BMC') {
      close();
      depth++;
      continue;
    }
    if (operator === 'EMC') {
      depth = Math.max(0, depth - 1);
      continue;
    }
    if (operator === 'q' || operator === 'Q') {
      close();
      continue;
    }
    if (depth > 0) continue;
    if (operator === 'BT') {
      let j = i;
      let nested = 0;
      // A text object with tagged content of its own inside (an MCID) is left as it is. Marked
      // content without one, such as the /ReversedChars and /Span <</ActualText ...>> that Chromium
      // writes around right-to-left text, is part of the artifact.
      while (j < operations.length && operations[j]!.operator !== 'ET') {
        const inner = operations[j]!;
        if (inner.operator === 'BDC' && /\/MCID\s/.test(inner.operands[1] ?? '')) nested++;
        j++;
      }
      if (nested === 0) paint(operation.start, operations[Math.min(j, operations.length - 1)]!.end);
      else close();
      i = j;
    } else if (PATH_BUILDING.has(operator)) {
      let j = i;
      while (j < operations.length && PATH_BUILDING.has(operations[j]!.operator)) j++;
      const ending = operations[j];
      if (ending && PATH_ENDING.has(ending.operator) && ending.operator !== 'n') paint(operation.start, ending.end);
      i = Math.min(j, operations.length - 1);
    } else if (operator === 'Do' || operator === 'sh' || operator === 'BI') {
      paint(operation.start, operation.end);
    }
  }
  close();
  if (ranges.length === 0) return { bytes, marked: 0 };
  const encoder = new TextEncoder();
  const before = encoder.encode('/Artifact BMC\n');
  const after = encoder.encode('\nEMC\n');
  const out = new Uint8Array(bytes.length + ranges.length * (before.length + after.length));
  let from = 0;
  let at = 0;
  for (const [start, end] of ranges) {
    out.set(bytes.subarray(from, start), at);
    at += start - from;
    out.set(before, at);
    at += before.length;
    out.set(bytes.subarray(start, end), at);
    at += end - start;
    out.set(after, at);
    at += after.length;
    from = end;
  }
  out.set(bytes.subarray(from), at);
  return { bytes: out.subarray(0, at + bytes.length - from), marked: ranges.length };
}
