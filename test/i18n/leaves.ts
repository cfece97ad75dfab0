/** The leaves of a language's words, for the tests of each language: every text it can write. */

/**
 * Every leaf of the words: a text, or a function's result for sample arguments (texts first,
 * then a list of texts, then a text and a list).
 *
 * @param value
 *   The words, or a part of them.
 * @param path
 *   Where value is ("ru.whatChanged.summary").
 * @param out
 *   Receives [path, text] for each leaf.
 */
export function leaves(value: unknown, path: string, out: [string, string][]): void {
  if (typeof value === 'string') out.push([path, value]);
  else if (typeof value === 'function') {
    // Words take texts, numbers or lists of texts: try texts first, then a list, then a text and a list.
    const call = (...args: unknown[]): unknown => (value as (...args: unknown[]) => unknown)(...args);
    const tries: unknown[][] = [['X', 'other', 'Y'], [['X', 'Y']], ['X', ['Y', 'Z']]];
    let result: unknown;
    for (const args of tries) {
      try {
        result = call(...args);
        break;
      } catch {
        // the next form of arguments
      }
    }
    if (typeof result === 'string') out.push([path, result]);
  } else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) leaves(v, `${path}.${k}`, out);
}
