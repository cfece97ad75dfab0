/** Numeric character references read back as characters, for the fonts to cover what a page shows. */

/** Text with its numeric character references (which the charts' SVG may hold) as the characters they stand for. */
export function decodeReferences(text: string): string {
  return text.replace(/&#(x[0-9a-f]+|\d+);/gi, (_, code: string) => {
    const value = code[0] === 'x' || code[0] === 'X' ? parseInt(code.slice(1), 16) : Number(code);
    return value <= 0x10ffff ? String.fromCodePoint(value) : '';
  });
}
