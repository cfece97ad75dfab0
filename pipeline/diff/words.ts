/**
 * The words that changed inside a changed paragraph, so a reviewer reads the edit, not the
 * whole paragraph twice. Words are runs of non-space characters; white space is not compared.
 */
import { lcs } from './align.js';

/** A run of words that both texts have, or only one. */
export interface WordPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/**
 * The word-level difference of two texts.
 *
 * @returns
 *   Runs in reading order (removed before added where both replace the same words).
 */
export function wordDiff(older: string, newer: string): WordPart[] {
  const a = older.split(/\s+/).filter((w) => w !== '');
  const b = newer.split(/\s+/).filter((w) => w !== '');
  const parts: WordPart[] = [];
  const push = (kind: WordPart['kind'], words: string[]): void => {
    if (words.length === 0) return;
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += ` ${words.join(' ')}`;
    else parts.push({ kind, text: words.join(' ') });
  };
  let i = 0;
  let j = 0;
  for (const [ai, bj] of lcs(a, b)) {
    push('removed', a.slice(i, ai));
    push('added', b.slice(j, bj));
    push('same', [a[ai]!]);
    i = ai + 1;
    j = bj + 1;
  }
  push('removed', a.slice(i));
  push('added', b.slice(j));
  return parts;
}

/**
 * A changed paragraph in git's word-diff style: `[-removed-]{+added+}`, with at most `context`
 * unchanged words kept on each side of a change and the rest shown as "...".
 */
export function formatWordDiff(older: string, newer: string, context = 6): string {
  const parts = wordDiff(older, newer);
  const out: string[] = [];
  parts.forEach((part, index) => {
    if (part.kind === 'removed') out.push(`[-${part.text}-]`);
    else if (part.kind === 'added') out.push(`{+${part.text}+}`);
    else {
      const words = part.text.split(' ');
      const first = index === 0;
      const last = index === parts.length - 1;
      const keepBefore = first ? 0 : context;
      const keepAfter = last ? 0 : context;
      if (words.length <= keepBefore + keepAfter) out.push(part.text);
      else {
        const head = words.slice(0, keepBefore);
        const tail = keepAfter === 0 ? [] : words.slice(-keepAfter);
        out.push([...head, '...', ...tail].join(' '));
      }
    }
  });
  return out.join(' ');
}
