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

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkDirective).freeze();

/**
 * Parses one chapter.
 *
 * @param text
 *   The Markdown, without a byte order mark.
 * @returns
 *   The syntax tree; every node has its `position` in the text.
 */
export function parseMarkdown(text: string): Root {
  return processor.runSync(processor.parse(text)) as Root;
}
