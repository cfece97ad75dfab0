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

/** A run of words, or words of an unchanged run left out ("..."). */
export type ShortPart = WordPart | { kind: 'omitted'; words: number };

/**
 * The word-level difference, shortened: of each unchanged run, at most `context` words are kept
 * next to a change on either side, and the words between are left out (the paragraph's first and
 * last runs keep only their side towards the change).
 *
 * @param context
 *   (optional) Unchanged words kept on each side of a change (default: 6).
 */
export function shortWordDiff(older: string, newer: string, context = 6): ShortPart[] {
  const parts = wordDiff(older, newer);
  return parts.flatMap((part, index): ShortPart[] => {
    if (part.kind !== 'same') return [part];
    const words = part.text.split(' ');
    const keepBefore = index === 0 ? 0 : context;
    const keepAfter = index === parts.length - 1 ? 0 : context;
    if (words.length <= keepBefore + keepAfter) return [part];
    const head = words.slice(0, keepBefore);
    const tail = keepAfter === 0 ? [] : words.slice(-keepAfter);
    return [
      ...(head.length > 0 ? [{ kind: 'same' as const, text: head.join(' ') }] : []),
      { kind: 'omitted' as const, words: words.length - head.length - tail.length },
      ...(tail.length > 0 ? [{ kind: 'same' as const, text: tail.join(' ') }] : []),
    ];
  });
}

/**
 * A changed paragraph in git's word-diff style: `[-removed-]{+added+}`, with at most `context`
 * unchanged words kept on each side of a change and the rest shown as "...".
 */
export function formatWordDiff(older: string, newer: string, context = 6): string {
  return shortWordDiff(older, newer, context)
    .map((part) => (part.kind === 'removed' ? `[-${part.text}-]` : part.kind === 'added' ? `{+${part.text}+}` : part.kind === 'omitted' ? '...' : part.text))
    .join(' ');
}
