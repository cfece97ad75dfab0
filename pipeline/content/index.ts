/**
 * The content stage (SPEC 6): an edition's Markdown chapters compiled into hast, in order:
 * 1. read the chapters named in edition.yaml, and content/references.yaml (read.ts, references.ts);
 *    in a language other than the source, each chapter's translation where there is one, checked
 *    against its source (translation.ts), and the source chapter, noted, where there is none;
 * 2. parse each with positions: remark-parse, remark-frontmatter, remark-gfm, remark-directive
 *    (parse.ts), and read its front matter (front-matter.ts);
 * 3. outline every chapter before compiling any, so references may point forwards: number the
 *    chapters, sections, figures and tables, and record every id (outline.ts);
 * 4. compile each chapter in reading order with one unified processor:
 *    0. remarkVdrProse: numbers typed by hand, direction words the figures contradict (prose.ts);
 *    a. remarkVdrDirectives: charts, tables, metrics, facts and references (directives/);
 *    b. remarkVdrText: acronyms on first use, UN document symbols (text.ts);
 *    c. remark-rehype, keeping the author's raw HTML and the slots;
 *    d. rehype-raw: the raw HTML parsed, with its positions;
 *    e. rehypeVdrUnsafe: what the raw HTML would lose for being unsafe, reported (sanitize.ts);
 *    f. rehypeVdrSlotsOut, rehype-sanitize, rehypeVdrSlotsIn: the author's HTML sanitised, the
 *       generated HTML put back after (slots.ts, to-hast.ts);
 *    g. rehypeVdrChapter: heading ids and numbers, the chapter's <section>;
 * 5. build the annexes, the glossary and the references (annexes/);
 * 6. in a final build, refuse chapters still marked as drafts.
 * Every problem is a Message at its file:line:column; nothing is thrown for bad content.
 */
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import type { ChartRequest } from '../charts/request.js';
import { message, type Message, MessageList } from '../diagnostics/message.js';
import type { LoadedEdition } from '../edition/load.js';
import { editionLanguages, reportFile, sourceLanguage, translationOf } from '../edition/languages.js';
import { editionStrings, stringsFor, type Strings } from '../i18n/index.js';
import type { TextSource } from '../load/text.js';
import type { Dataset, PillarId } from '../model.js';
import type { Metrics } from '../metrics/types.js';
import { ANNEXES, BACK_MATTER, buildParts, roman } from './annexes/index.js';
import { remarkVdrDirectives } from './directives/index.js';
import { Formatter } from './format.js';
import { readFrontMatter } from './front-matter.js';
import { Lookup } from './lookup.js';
import { contentMessages } from './messages.js';
import { outlineChapter } from './outline.js';
import { NESTING_LIMIT, RUN_LIMIT } from './nesting.js';
import { parseMarkdown } from './parse.js';
import { kindWords, reportSources } from './kinds.js';
import { remarkVdrProse } from './prose.js';
import { Provenance } from './provenance.js';
import { readChapters, readTranslations } from './read.js';
import { chapterBlocks, checkTranslation } from './translation.js';
import { translationMessages } from './translation-messages.js';
import { readReferences } from './references.js';
import { SANITIZE_SCHEMA } from './sanitize.js';
import { Slots } from './slots.js';
import type { CompileState, ParsedChapter } from './state.js';
import { remarkVdrText } from './text.js';
import { rehypeVdrChapter, rehypeVdrStale, rehypeVdrSlotsIn, rehypeVdrSlotsOut, rehypeVdrUnsafe } from './to-hast.js';
import type { CompiledChapter, CompiledDocument } from './types.js';

export type * from './types.js';

export interface ContentInput {
  /** The project root, absolute. */
  root: string;
  edition: LoadedEdition;
  /** The validated data. */
  dataset: Dataset;
  /** The edition's metrics (computeMetrics). */
  metrics: Metrics;
  /** A final build also refuses chapters marked `status: draft`. */
  mode: 'draft' | 'final';
  /** Told of each chart request as soon as it is checked, in reading order (optional; the build starts drawing it then). */
  onChart?: (request: ChartRequest) => void;
}

export interface ContentResult {
  document: CompiledDocument;
  /** Every problem found, errors and warnings, in the order found. */
  messages: Message[];
  /** The figures' charts, for renderCharts, in reading order. */
  chartRequests: ChartRequest[];
}

/** Parses one chapter's Markdown and reads its front matter, each problem at its place. */
function parseChapter(source: TextSource, pillarIds: readonly PillarId[], messages: Message[]): ParsedChapter {
  const { tree, tooDeep, longRun, openComment } = parseMarkdown(source.text);
  if (openComment) messages.push(message({ file: source.file, place: openComment }, contentMessages.unclosedComment()));
  if (tooDeep) messages.push(message({ file: source.file, place: tooDeep }, contentMessages.tooDeep(NESTING_LIMIT)));
  if (longRun) messages.push(message({ file: source.file, place: longRun }, contentMessages.longRun(longRun.length, RUN_LIMIT)));
  const front = readFrontMatter(tree, source.file, pillarIds, messages);
  return { file: source.file, source, tree, front, number: null, outline: { id: front.id, number: null, title: front.title, children: [] }, headings: new Map() };
}

/**
 * Checks a translated chapter against its source (translation.ts): the same id, pillar and
 * numbering, the same directives, the source text it records. The source's own problems are its
 * language's build's to report.
 *
 * @returns
 *   The lines where the translation's stale blocks start, for a draft to mark.
 */
function answerToSource(chapter: ParsedChapter, source: TextSource, pillarIds: readonly PillarId[], messages: Message[]): Set<number> {
  const original = parseChapter(source, pillarIds, []);
  const { front } = chapter;
  const place = { line: 2, column: 1 };
  if (front.id !== original.front.id) messages.push(message({ file: chapter.file, place }, translationMessages.idDiffers(front.id, original.front.id, source.file), { value: front.id }));
  for (const key of ['pillar', 'numbered'] as const) {
    const [mine, theirs] = [String(front[key] ?? 'none'), String(original.front[key] ?? 'none')];
    if (mine !== theirs) messages.push(message({ file: chapter.file, place }, translationMessages.frontMatterDiffers(key, mine, theirs, source.file), { value: mine }));
  }
  const headings: string[] = [];
  visit(original.tree, 'heading', (node) => void headings.push(mdastToString(node).trim()));
  chapter.sourceHeadings = headings;
  const stale = checkTranslation({ file: source.file, tree: original.tree, text: source.text }, { file: chapter.file, tree: chapter.tree, text: chapter.source.text }, front.translates, messages);
  const starts = chapterBlocks(chapter.tree, chapter.source.text).map((block) => block.start.line);
  return new Set([...stale].map((i) => starts[i]!));
}

/** The note over a chapter given in the source language, in the report's language, with the source language's tag and direction. */
function untranslatedNote(edition: LoadedEdition, strings: Strings): NonNullable<CompiledChapter['untranslated']> {
  const source = sourceLanguage(edition);
  const words = stringsFor(source);
  const name = new Intl.DisplayNames([strings.locale], { type: 'language' }).of(source) ?? words.languageName;
  return { lang: words.lang, dir: words.dir, note: strings.notTranslated(name) };
}

/** The links to the report in each language of a multi-language edition (none for one language). */
function languageLinks(edition: LoadedEdition): Pick<CompiledDocument, 'languages'> {
  const languages = editionLanguages(edition);
  if (languages.length < 2) return {};
  return {
    languages: languages.map((language) => {
      const words = stringsFor(language);
      return { lang: words.lang, name: words.languageName, href: reportFile(edition, language, 'html'), current: language === edition.language };
    }),
  };
}

/** The cover's note on what the figures are: the illustrative note, their kinds in words, or none without observations. */
function coverNote(state: CompileState): string | undefined {
  const sources = reportSources(state);
  if (sources.length === 0) return undefined;
  if (sources.every((s) => s.kind === 'illustrative')) return state.strings.illustrativeNote;
  return state.strings.figuresNote(kindWords(sources, state.strings));
}

/**
 * Compiles an edition's chapters.
 *
 * @param input
 *   The project root, the edition, its data and metrics, and whether the build is a draft.
 * @returns
 *   The compiled document (hast trees, sanitised), every problem found, and the chart requests
 *   for the charts stage. A document is returned even when there are errors: a draft shows them.
 */
export function compileContent(input: ContentInput): ContentResult {
  const { root, edition, dataset, metrics, mode } = input;
  const messages: Message[] = new MessageList();
  const strings = editionStrings(edition);
  const state: CompileState = {
    mode,
    edition,
    dataset,
    metrics,
    strings,
    format: new Formatter(strings, dataset.units),
    lookup: new Lookup(dataset, metrics),
    messages,
    slots: new Slots(),
    provenance: new Provenance(),
    targets: new Map(),
    numbered: new WeakMap(),
    notedIn: new WeakMap(),
    figures: [],
    tables: [],
    chartRequests: [],
    ...(input.onChart ? { onChart: input.onChart } : {}),
    glossary: new Map(dataset.reference.glossary.map((g) => [g.acronym, g])),
    acronymsUsed: new Set(),
    referenceTitles: new Map(),
    symbolsUsed: new Map(),
  };

  // 1. Read.
  const sources = readChapters(root, edition, messages);
  state.referenceTitles = readReferences(root, messages);

  // 2. Parse: in a language other than the source, each chapter's translation where there is one.
  const pillarIds = state.lookup.pillars;
  const translations = edition.sourceLanguage === undefined ? undefined : readTranslations(root, edition, sources, messages);
  const chapters: ParsedChapter[] = sources.map((source) => {
    const translation = translations?.get(source.file);
    const chapter = parseChapter(translation ?? source, pillarIds, messages);
    if (translation) chapter.stale = answerToSource(chapter, source, pillarIds, messages);
    else if (translations) chapter.untranslated = untranslatedNote(edition, strings);
    return chapter;
  });

  // 3. Outline: the generated parts' ids first, so an author's id cannot take one.
  ANNEXES.forEach((annex, i) => state.targets.set(annex.id, { id: annex.id, kind: 'annex', label: strings.annex(roman(i + 1)), declared: 'an annex' }));
  for (const part of BACK_MATTER) state.targets.set(part.id, { id: part.id, kind: 'part', label: part.title(strings), declared: 'the back matter' });
  let chapterNumber = 0;
  const sequences = { figures: 0, tables: 0 };
  for (const chapter of chapters) outlineChapter(chapter, state, chapter.front.numbered ? ++chapterNumber : null, sequences);

  // 4. Compile, chapter after chapter.
  const processor = unified()
    .use(remarkVdrProse, state)
    .use(remarkVdrDirectives, state)
    .use(remarkVdrText, state)
    .use(remarkRehype, {
      allowDangerousHtml: true,
      clobberPrefix: '',
      footnoteLabel: strings.footnotes,
      footnoteLabelTagName: 'h2',
      footnoteBackLabel: (reference: number, rereference: number) => strings.footnoteBack(`${reference + 1}${rereference > 1 ? `-${rereference}` : ''}`),
      footnoteBackContent: '\u2191',
      handlers: { vdrSlot: (_state: unknown, node: unknown) => node as never },
    })
    .use(rehypeRaw, { passThrough: ['vdrSlot'] })
    .use(rehypeVdrUnsafe, state)
    .use(rehypeVdrSlotsOut)
    .use(rehypeSanitize, SANITIZE_SCHEMA)
    .use(rehypeVdrSlotsIn, state)
    .use(rehypeVdrStale, state)
    .use(rehypeVdrChapter, state)
    .freeze();
  const compiled: CompiledChapter[] = chapters.map((chapter) => {
    const file = new VFile({ path: chapter.file, value: chapter.source.text, data: { vdrChapter: chapter } });
    const tree = processor.runSync(chapter.tree as MdastRoot as never, file) as unknown as HastRoot;
    return {
      id: chapter.front.id,
      file: chapter.file,
      title: chapter.front.title,
      number: chapter.number,
      ...(chapter.front.pillar ? { pillar: chapter.front.pillar } : {}),
      status: chapter.front.status,
      tree,
      outline: chapter.outline,
      ...(chapter.untranslated ? { untranslated: chapter.untranslated } : {}),
    };
  });

  // 5. Annexes and back matter.
  const { annexes, backMatter } = buildParts(state);

  // 6. A final build publishes finished chapters only.
  if (mode === 'final') {
    for (const chapter of chapters) {
      if (chapter.front.status === 'draft') messages.push(message({ file: chapter.file, place: { line: 1, column: 1 } }, contentMessages.draftChapterInFinal()));
    }
  }

  const figuresNote = coverNote(state);
  const document: CompiledDocument = {
    edition: {
      year: edition.year,
      title: edition.title,
      language: edition.language,
      status: edition.status,
      ...(edition.subtitle ? { subtitle: edition.subtitle } : {}),
      ...(edition.previous !== undefined ? { previous: edition.previous } : {}),
    },
    ...(figuresNote === undefined ? {} : { figuresNote }),
    fileKinds: Object.fromEntries(dataset.sources.map((s) => [s.file, s.kind])),
    chapters: compiled,
    annexes,
    backMatter,
    figures: state.figures,
    tables: state.tables,
    ...languageLinks(edition),
    ...(translationOf(edition)?.sample || dataset.language?.sample ? { sampleTranslation: true } : {}),
  };
  return { document, messages, chartRequests: state.chartRequests };
}

/**
 * Checks an edition's content as a final build would, without drawing a chart: for
 * `vdr validate`.
 *
 * @param input
 *   The project root, the edition, its data and metrics.
 * @returns
 *   Every problem found in the chapters, their front matter, directives, raw HTML and
 *   content/references.yaml.
 */
export function checkContent(input: Omit<ContentInput, 'mode'>): Message[] {
  return compileContent({ ...input, mode: 'final' }).messages;
}
