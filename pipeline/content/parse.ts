/**
 * Markdown to mdast, with a position on every node: CommonMark (remark-parse), front matter
 * (remark-frontmatter), GitHub's tables, footnotes, strikethrough and autolinks (remark-gfm),
 * and the generic directive syntax `:name[label]{attributes}` (remark-directive). What the
 * directives mean is for the project's own plugins (directives/*.ts).
 */
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { EXIT, visit } from 'unist-util-visit';
import type { Place } from '../diagnostics/message.js';
import { guardText, limitNesting } from './nesting.js';

/** CommonMark alone, whose parse does not recurse: to find where a text too deep for GFM's transforms goes too deep. */
const plain = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkDirective).freeze();

/** A parsed chapter, and where it nested too deep to be followed (nesting.ts), if it did. */
export interface ParsedMarkdown {
  tree: Root;
  tooDeep?: Place;
  /** Where a line held a run of one delimiter too long to parse (nesting.ts), and how long. */
  longRun?: Place & { length: number };
  /** Where an HTML comment opens that is never closed, so that it hides the rest of the chapter. */
  openComment?: Place;
}

/**
 * Parses one chapter, cut where it nests deeper than NESTING_LIMIT before any plugin walks it,
 * without the lines that would make the parser itself slow (guardText).
 *
 * @param source
 *   The Markdown, without a byte order mark.
 * @returns
 *   The syntax tree (every node has its `position` in the text), and where it was cut.
 */
export function parseMarkdown(source: string): ParsedMarkdown {
  const guard = guardText(source);
  const text = guard.text;
  let parsed: Root;
  let cut: ReturnType<typeof limitNesting>;
  try {
    parsed = processor.parse(text);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    // Nested thousands deep, the text overflows the stack of GFM's own transforms, which run
    // inside the parse. CommonMark alone parses it without recursing: that finds the place, and
    // the text before it is parsed whole.
    cut = limitNesting(plain.parse(text));
    parsed = processor.parse(text.slice(0, cut?.offset ?? 0));
  }
  cut ??= limitNesting(parsed);
  const tree = processor.runSync(parsed) as Root;
  const tooDeep = guard.tooDeep ?? (cut && { line: cut.line, column: cut.column });
  const openComment = unclosedComment(tree);
  return { tree, ...(tooDeep ? { tooDeep } : {}), ...(guard.longRun ? { longRun: guard.longRun } : {}), ...(openComment ? { openComment } : {}) };
}

/** The start of the first HTML comment that is never closed (CommonMark lets it run to the end of the chapter). */
function unclosedComment(tree: Root): Place | undefined {
  let found: Place | undefined;
  visit(tree, 'html', (node) => {
    const open = node.value.lastIndexOf('<!--');
    if (open === -1 || node.value.indexOf('-->', open + 4) !== -1 || !node.position) return;
    const before = node.value.slice(0, open).split('\n');
    const line = node.position.start.line + before.length - 1;
    const column = before.length === 1 ? node.position.start.column + open : before.at(-1)!.length + 1;
    found = { line, column };
    return EXIT;
  });
  return found;
}
