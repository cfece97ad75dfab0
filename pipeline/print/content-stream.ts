/**
 * A reader for PDF page content streams (ISO 32000-1, 7.8.2): the operators in order, each with
 * the byte offsets where it and its operands start and end, so that a pass can insert operators
 * between them without writing the rest of the stream again.
 */

/** One operator and its operands, as they stand in the stream. */
export interface Operation {
  /** The operator, such as "BT", "Tj", "re", "BDC". */
  operator: string;
  /** The operands' source text (names with their slash, strings with their delimiters). */
  operands: string[];
  /** Offset of the first operand (or of the operator when it has none). */
  start: number;
  /** Offset just past the operator. */
  end: number;
}

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);

const isRegular = (byte: number): boolean => !WHITESPACE.has(byte) && !DELIMITERS.has(byte);

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

/**
 * The operations of a content stream, in order. Inline images (BI … ID … EI) are one operation,
 * "BI", whose data is skipped.
 */
export function parseContent(bytes: Uint8Array): Operation[] {
  const operations: Operation[] = [];
  const decoder = new TextDecoder('latin1');
  let operands: string[] = [];
  let operandsStart = -1;
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    if (WHITESPACE.has(byte)) {
      i++;
      continue;
    }
    if (byte === 0x25) {
      while (i < bytes.length && bytes[i] !== 0x0a && bytes[i] !== 0x0d) i++;
      continue;
    }
    const start = i;
    let end: number;
    let operator = false;
    if (byte === 0x28) end = endOfLiteral(bytes, i);
    else if (byte === 0x3c && bytes[i + 1] === 0x3c) end = endOfContainer(bytes, i);
    else if (byte === 0x3c) {
      end = i + 1;
      while (end < bytes.length && bytes[end] !== 0x3e) end++;
      end++;
    } else if (byte === 0x5b) end = endOfContainer(bytes, i);
    else if (byte === 0x2f) {
      end = i + 1;
      while (end < bytes.length && isRegular(bytes[end]!)) end++;
    } else {
      end = i + 1;
      while (end < bytes.length && isRegular(bytes[end]!)) end++;
      operator = !/^[-+.\d]/.test(String.fromCharCode(byte)) && !['true', 'false', 'null'].includes(decoder.decode(bytes.subarray(start, end)));
    }
    end = Math.min(end, bytes.length);
    if (operandsStart < 0) operandsStart = start;
    const text = decoder.decode(bytes.subarray(start, end));
    if (!operator) {
      operands.push(text);
      i = end;
      continue;
    }
    if (text === 'BI') {
      // An inline image: its data runs from "ID" and one white-space byte to "EI" standing alone.
      let at = end;
      for (; at < bytes.length; at++) {
        if (bytes[at] === 0x49 && bytes[at + 1] === 0x44 && WHITESPACE.has(bytes[at + 2] ?? 0x20) && WHITESPACE.has(bytes[at - 1] ?? 0x20)) break;
      }
      for (at += 3; at < bytes.length; at++) {
        if (WHITESPACE.has(bytes[at - 1]!) && bytes[at] === 0x45 && bytes[at + 1] === 0x49 && (at + 2 >= bytes.length || !isRegular(bytes[at + 2]!))) break;
      }
      end = Math.min(at + 2, bytes.length);
    }
    operations.push({ operator: text, operands, start: operandsStart, end });
    operands = [];
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
      // A text object with marked content of its own inside is left as it is.
      while (j < operations.length && operations[j]!.operator !== 'ET') {
        if (operations[j]!.operator === 'BDC' || operations[j]!.operator === 'BMC') nested++;
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
