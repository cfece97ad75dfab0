/**
 * A benchmark of the content and HTML stages for `npm run bench` (SPEC 11): an edition's
 * chapters compiled by `compileContent` and written by `renderHtml`, beside a reference measured
 * in the same run on the same files: a bare unified pipeline (remark-parse, remark-gfm,
 * remark-directive, remark-rehype, rehype-stringify) with none of the project's plugins.
 * Times are medians of `runs` runs, in milliseconds; the first compile (which also compiles
 * Vega-Lite's JSON schema for the custom charts) is reported on its own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Figure } from '../charts/request.js';
import { renderHtml } from '../html/index.js';
import { compileContent, type ContentInput } from '../content/index.js';
import { millisecondsOf, secondsSince } from '../io/timing.js';
import { median } from '../metrics/combine.js';

export interface ContentBenchResult {
  chapters: number;
  /** Bytes of Markdown compiled. */
  markdownBytes: number;
  /** The bare unified pipeline over the same chapters. */
  reference: number;
  /** The first compileContent of the process. */
  compileFirst: number;
  /** compileContent, warm. */
  compile: number;
  /** renderHtml with the figures given (absent without figures). */
  html?: number;
  htmlBytes?: number;
}


/**
 * Benchmarks an edition's content.
 *
 * @param input
 *   The project root, the edition, its data and metrics.
 * @param options
 *   Runs (optional; default: 3) and the edition's figures from renderCharts, to time renderHtml
 *   too (optional).
 */
export async function benchContent(input: Omit<ContentInput, 'mode'>, options: { runs?: number; figures?: readonly Figure[] } = {}): Promise<ContentBenchResult> {
  const runs = Math.max(1, options.runs ?? 3);
  const texts = input.edition.chapters.map((name) => readFileSync(join(input.root, input.edition.dir, name), 'utf8'));
  const bare = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).use(remarkDirective).use(remarkRehype).use(rehypeStringify).freeze();

  let result: ReturnType<typeof compileContent> | undefined;
  const compileFirst = millisecondsOf(() => {
    result = compileContent({ ...input, mode: 'draft' });
  });
  const reference: number[] = [];
  const compile: number[] = [];
  const html: number[] = [];
  let htmlBytes = 0;
  for (let i = 0; i < runs; i++) {
    reference.push(millisecondsOf(() => {
      for (const text of texts) bare.processSync(text);
    }));
    compile.push(millisecondsOf(() => {
      result = compileContent({ ...input, mode: 'draft' });
    }));
    if (options.figures) {
      const figures = options.figures;
      const start = process.hrtime.bigint();
      htmlBytes = Buffer.byteLength(await renderHtml(result!.document, figures, { mode: 'draft', warnings: result!.messages }));
      html.push(secondsSince(start) * 1000);
    }
  }
  return {
    chapters: texts.length,
    markdownBytes: texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0),
    reference: median(reference),
    compileFirst,
    compile: median(compile),
    ...(options.figures ? { html: median(html), htmlBytes } : {}),
  };
}
