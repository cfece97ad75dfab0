/**
 * A chapter cut into the units a reviewer reads: every top-level block of the Markdown (front
 * matter, heading, paragraph, table, directive, block quote, code) as its source text, with each
 * list cut into its items. Parsing is remark's, as in the content stage, so a directive or a
 * table is one block however many lines it has.
 */
import type { RootContent } from 'mdast';
import { parse as parseYaml } from 'yaml';
import { parseMarkdown } from '../content/parse.js';

export interface Block {
  /** 1-based line where the block starts. */
  line: number;
  /** The block's source text, as written. */
  text: string;
  /** The text with every run of white space made one space: what is compared. */
  key: string;
}

/** A chapter's blocks and what its front matter says. */
export interface ChapterBlocks {
  id?: string;
  title?: string;
  blocks: Block[];
}

/** Makes one space of every run of white space, and trims. */
function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Cuts a chapter's Markdown into blocks.
 *
 * @param markdown
 *   The chapter's text (a byte order mark is ignored).
 */
export function chapterBlocks(markdown: string): ChapterBlocks {
  const text = markdown.startsWith('\uFEFF') ? markdown.slice(1) : markdown;
  const { tree } = parseMarkdown(text);
  const blocks: Block[] = [];
  const result: ChapterBlocks = { blocks };
  const add = (node: RootContent): void => {
    const start = node.position?.start;
    const end = node.position?.end;
    if (start?.offset === undefined || end?.offset === undefined) return;
    const source = text.slice(start.offset, end.offset);
    blocks.push({ line: start.line, text: source, key: normalise(source) });
  };
  for (const node of tree.children) {
    if (node.type === 'yaml') {
      const meta = frontMatter(node.value);
      if (meta.id !== undefined) result.id = meta.id;
      if (meta.title !== undefined) result.title = meta.title;
    }
    if (node.type === 'list') node.children.forEach(add);
    else add(node);
  }
  return result;
}

function frontMatter(yaml: string): { id?: string; title?: string } {
  try {
    const value = parseYaml(yaml) as unknown;
    if (value === null || typeof value !== 'object') return {};
    const { id, title } = value as Record<string, unknown>;
    return { ...(typeof id === 'string' ? { id } : {}), ...(typeof title === 'string' ? { title } : {}) };
  } catch {
    return {};
  }
}
