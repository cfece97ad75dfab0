/**
 * A limit on how deep a chapter nests: quotes in quotes, lists in lists, HTML elements in HTML
 * elements. A report needs a few levels; ten thousand (a hostile or broken file) would overflow
 * the stack of every tree walker after the parser (remark's and rehype's plugins recurse). The
 * tree is cut at the limit right after parsing, iteratively, and the place is reported.
 */
import type { Html, Root } from 'mdast';
import type { Node, Parent } from 'unist';
import type { Place } from '../diagnostics/message.js';

/** The deepest nesting a chapter may have, in Markdown blocks and, separately, in raw HTML elements. */
export const NESTING_LIMIT = 64;

/** Elements that never hold others, so they open no level. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * Cuts `tree` where it nests deeper than `limit`: a node at the limit loses its children, and a
 * raw HTML node that opens elements past the limit becomes plain text (shown, never parsed).
 *
 * @returns
 *   Where the nesting first went too deep, or undefined when it never did.
 */
export function limitNesting(tree: Root, limit: number = NESTING_LIMIT): (Place & { offset: number }) | undefined {
  let first: (Place & { offset: number }) | undefined;
  const note = (node: Node): void => {
    if (first) return;
    const start = node.position?.start;
    first = { line: start?.line ?? 1, column: start?.column ?? 1, offset: start?.offset ?? 0 };
  };
  let htmlDepth = 0;
  // Depth-first, in document order, with an explicit stack (the walk itself must not recurse).
  const stack: [Node, number][] = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node.type === 'html') {
      const html = node as Html;
      const levels = elementLevels(html.value);
      if (htmlDepth + levels.peak > limit) {
        note(node);
        (node as Node).type = 'text';
      } else htmlDepth = Math.max(0, htmlDepth + levels.net);
    }
    const children = (node as Parent).children;
    if (!Array.isArray(children) || children.length === 0) continue;
    if (depth >= limit) {
      note(children[0]!);
      (node as Parent).children = [];
      continue;
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, depth + 1]);
  }
  return first;
}

/** How deep an HTML fragment's elements go (peak) and how many it leaves open (net, negative when it closes more). */
function elementLevels(html: string): { peak: number; net: number } {
  let net = 0;
  let peak = 0;
  for (const match of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = match;
    if (VOID.has(name!.toLowerCase()) || selfClosing === '/') continue;
    net += closing === '/' ? -1 : 1;
    peak = Math.max(peak, net);
  }
  return { peak, net };
}

/** The longest run of the same emphasis or bracket character a line may hold (CommonMark's delimiter matching is slow on longer runs). */
export const RUN_LIMIT = 256;

/** What guardText found and blanked, first of each kind. */
export interface TextGuard {
  text: string;
  /** The first line whose indentation and markers (quotes, list items) go deeper than the limit. */
  tooDeep?: Place;
  /** The first line with a run of *, _, [ or ] longer than RUN_LIMIT. */
  longRun?: Place & { length: number };
}

/**
 * Blanks, before parsing, the lines no report needs and that would make the parser itself slow
 * (nested lists thousands deep take CommonMark minutes) or overflow its stack: a line whose
 * leading indentation and container markers are longer than two characters per allowed level,
 * and a line with a run of one delimiter longer than RUN_LIMIT. A blanked line stays an (empty)
 * line, so every other place in the chapter keeps its line and column.
 */
export function guardText(text: string, limit: number = NESTING_LIMIT): TextGuard {
  const guard: TextGuard = { text };
  if (text.length < 2 * limit && text.length < RUN_LIMIT) return guard;
  const lines = text.split(/(?<=\n)/);
  let changed = false;
  // Inside a fenced code block (a chart's JSON) text is not parsed as Markdown: left as it is.
  let fence: string | undefined;
  lines.forEach((line, i) => {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
      return;
    }
    if (marker) {
      fence = marker;
      return;
    }
    const prefix = /^(?:[ \t]|>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))*/.exec(line)![0].length;
    const run = /([*_[\]])\1{256,}/.exec(line);
    if (prefix <= 2 * limit && !run) return;
    if (prefix > 2 * limit) guard.tooDeep ??= { line: i + 1, column: 2 * limit + 1 };
    else if (run) guard.longRun ??= { line: i + 1, column: run.index + 1, length: /^(.)\1*/.exec(line.slice(run.index))![0].length };
    lines[i] = line.endsWith('\n') ? '\n' : '';
    changed = true;
  });
  if (changed) guard.text = lines.join('');
  return guard;
}
