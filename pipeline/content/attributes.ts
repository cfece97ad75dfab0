/**
 * Where each attribute of a directive is written. mdast-util-directive gives a directive's
 * attributes as values, with one position for the whole directive; an author told that
 * `indicator` is unknown wants the column of `indicator=`, not of the directive's first colon.
 * This reads the attribute list `{#id key=value key="a b"}` again from the source text.
 */

/** Offsets in the source text of one attribute's name and value. */
export interface AttributeSpan {
  /** Offset of the attribute's name (of the `#` for an id). */
  key: number;
  /** Offset of the value's first character, inside any quotes. */
  value: number;
  /** The value as written (between the quotes, if any). */
  raw: string;
}

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/**
 * The attributes of the directive written at `start` in `text`.
 *
 * @param text
 *   The whole source text.
 * @param start
 *   Offset of the directive's first colon.
 * @returns
 *   Each attribute's span by name (`id` for `#id`, `class` for `.name`); empty when the directive
 *   has no attribute list.
 */
export function attributeSpans(text: string, start: number): Map<string, AttributeSpan> {
  const spans = new Map<string, AttributeSpan>();
  let i = start;
  while (text[i] === ':') i++;
  while (i < text.length && /[A-Za-z0-9_-]/.test(text[i]!)) i++;
  if (text[i] === '[') {
    let depth = 0;
    for (; i < text.length; i++) {
      const c = text[i];
      if (c === '\\') i++;
      else if (c === '[') depth++;
      else if (c === ']' && --depth === 0) {
        i++;
        break;
      }
    }
  }
  if (text[i] !== '{') return spans;
  i++;
  while (i < text.length && text[i] !== '}') {
    if (isSpace(text[i])) {
      i++;
      continue;
    }
    const key = i;
    let name: string;
    if (text[i] === '#' || text[i] === '.') {
      name = text[i] === '#' ? 'id' : 'class';
      i++;
      const value = i;
      while (i < text.length && !isSpace(text[i]) && text[i] !== '}' && text[i] !== '#' && text[i] !== '.') i++;
      if (!spans.has(name)) spans.set(name, { key, value, raw: text.slice(value, i) });
      continue;
    }
    while (i < text.length && !isSpace(text[i]) && text[i] !== '=' && text[i] !== '}') i++;
    name = text.slice(key, i);
    if (text[i] !== '=') {
      spans.set(name, { key, value: key, raw: '' });
      continue;
    }
    i++;
    const quote = text[i] === '"' || text[i] === "'" ? text[i] : undefined;
    if (quote) i++;
    const value = i;
    while (i < text.length && (quote ? text[i] !== quote : !isSpace(text[i]) && text[i] !== '}')) i++;
    spans.set(name, { key, value, raw: text.slice(value, i) });
    if (quote) i++;
  }
  return spans;
}
