/**
 * A partner's brief as one self-contained HTML page (issue 21), in the report's styles and fonts,
 * A4-printable, in order:
 * 1. the head: charset, viewport, title, and the report's stylesheet with the brief's additions;
 * 2. the header (the partner's name, the edition, its facts); a draft's banner; the note on what
 *    the figures are (illustrative, or their kinds) as the report's cover says it;
 * 3. a section per pillar (its chart when one is passed, its figures, its years), or, for a
 *    partner without figures, a sentence that says so;
 * 4. the comparison with its groups' aggregates, the EWG meetings it hosted, what is missing,
 *    the figures to confirm (with --verify), and the lines of the data behind
 *    every figure, each figure linking to its line;
 * 5. serialised, under <html lang dir> of the language, with the fonts cut to what it shows.
 * The same brief and context give the same bytes.
 */
import { Formatter } from '../content/format.js';
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { kindWords } from '../content/kinds.js';
import { cssString } from '../html/css-string.js';
import { fontFaces } from '../html/fonts.js';
import { stampText, type BuildStamp } from '../html/front.js';
import { decodeReferences } from '../html/references.js';
import { STYLES } from '../html/styles.js';
import type { Strings } from '../i18n/index.js';
import type { IndicatorPillar } from '../model.js';
import { BriefFigures } from './figures.js';
import { pillarSection } from './pillars.js';
import { briefHeader, comparisonSection, meetingsSection, missingSection, sourcesSection } from './sections.js';
import { BRIEF_STYLES } from './styles.js';
import type { PartnerBrief } from './types.js';
import { verificationSection } from './verification-section.js';
import type { Verification } from './verify.js';

/** What a brief is printed with, beside its data. */
export interface BriefContext {
  /** The report's words in its language (editionStrings: with the digits the edition asks for). */
  strings: Strings;
  /** The report the brief belongs to: its title (in the brief's language) and the edition year. */
  report: { title: string; year: number };
  /** A draft shows a banner and the draft mark (body.draft, the print's watermark class). */
  draft: boolean;
  /** (optional) A draft's build stamp, in its banner. */
  stamp?: BuildStamp;
  /** (optional) Each pillar's small chart, as SVG; a pillar without one shows none. */
  charts?: ReadonlyMap<IndicatorPillar, string>;
  /** (optional) The partner's figures to confirm (`vdr briefs --verify`), listed after "What is missing", and its packet workbook's file name. */
  verification?: { list: Verification; packet: string };
}

/** Where the fonts go in the serialised head, once the characters they must cover are known. */
const FONTS_SLOT = '/*vdr-fonts*/';

const stringify = unified().use(rehypeStringify, { allowDangerousHtml: true, characterReferences: { useNamedReferences: false } }).freeze();

/** A brief's title, as its HTML and its PDF's metadata give it: "Afghanistan: partner brief, <report> 2021". */
export function briefTitle(brief: PartnerBrief, context: Pick<BriefContext, 'strings' | 'report'>): string {
  return context.strings.brief.documentTitle(brief.name, context.report.title, new Formatter(context.strings).year(context.report.year));
}

/**
 * Prints a brief.
 *
 * @param brief
 *   The brief (partnerBrief), made from the data in the brief's language.
 * @param context
 *   The words, the report's title and year, draft or not, the charts.
 * @returns
 *   The whole HTML file.
 */
export async function briefHtml(brief: PartnerBrief, context: BriefContext): Promise<string> {
  const { strings, draft } = context;
  const w = strings.brief;
  const figures = new BriefFigures(brief, strings);
  const year = figures.format.year(context.report.year);

  // 2. The banner, the header and the note on the figures.
  const notes: Element[] = [h('p', { className: ['provenance-note', 'brief-figures-note'] }, figuresNote(brief, strings))];
  if (brief.sampleTranslation) notes.push(h('p', { className: ['provenance-note', 'sample-translation'] }, strings.sampleTranslation));

  // 3. The pillars, or what stands for them.
  let body: ElementContent[];
  if (brief.expected === 0) body = [h('p', { className: ['brief-empty'] }, w.notExpected)];
  else if (!brief.hasFigures) body = [h('p', { className: ['brief-empty'] }, w.noFigures(figures.format.count(brief.expected), year))];
  else body = brief.pillars.map((pillar) => pillarSection(brief, pillar, figures, context.charts?.get(pillar.id)));

  // 4. The rest.
  const comparison = brief.hasFigures ? comparisonSection(brief, figures) : undefined;
  const main: ElementContent[] = [
    // The banner after the header, as the report's after its cover: the document opens with its H1 (PDF/UA 14-002).
    briefHeader(brief, context.report, figures),
    ...(draft ? [draftBanner(strings, context.stamp)] : []),
    ...notes,
    ...body,
    ...(comparison ? [comparison] : []),
    meetingsSection(brief, figures),
    // A partner expected to report nothing lacks nothing: its empty note has said why.
    ...(brief.expected === 0 ? [] : [missingSection(brief, figures)]),
    ...(context.verification ? [verificationSection(brief, context.verification.list, context.verification.packet, figures)] : []),
    sourcesSection(brief, figures),
  ];

  // 1. The head.
  const title = briefTitle(brief, context);
  const head = h('head', [
    h('meta', { charSet: 'utf-8' }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('title', draft ? `${strings.draftMark}: ${title}` : title),
    h('meta', { name: 'generator', content: 'vdr' }),
    h('style', `${FONTS_SLOT}\n${STYLES}\n${BRIEF_STYLES}\nbody.draft::after{content:${cssString(strings.draftMark)}}`),
  ]);
  const page = h('body', { className: ['brief', ...(draft ? ['draft'] : [])] }, [h('main', { id: 'main' }, main)]);

  // 5. Serialise, then the fonts for every character shown (the print's page numbers and watermark too).
  const root: Root = { type: 'root', children: [{ type: 'doctype' }, h('html', { lang: strings.lang, dir: strings.dir }, [head, page])] };
  const html = `${stringify.stringify(root)}\n`;
  const printed = [strings.pageNumber, strings.draftMark, strings.draftMark.toLocaleUpperCase(strings.lang)].join('');
  const fonts = await fontFaces(decodeReferences(html) + printed);
  const at = html.indexOf(FONTS_SLOT);
  return `${html.slice(0, at)}${fonts}${html.slice(at + FONTS_SLOT.length)}`;
}

/** What the brief's figures are, as the report's cover says it: illustrative, or their kinds. */
function figuresNote(brief: PartnerBrief, strings: Strings): string {
  if (brief.files.length > 0 && brief.files.every((f) => f.kind === 'illustrative')) return strings.illustrativeNote;
  return strings.figuresNote(kindWords(brief.files, strings));
}

/** A draft's banner: the report's title for it, what a draft brief is, and the build stamp. */
function draftBanner(strings: Strings, stamp: BuildStamp | undefined): Element {
  return h('section', { className: ['draft-banner'], id: 'draft-banner', ariaLabelledBy: 'draft-banner-title' }, [
    h('h2', { id: 'draft-banner-title' }, strings.draftBannerTitle),
    h('p', strings.brief.draftNote),
    ...(stamp ? [h('p', { className: ['draft-stamp'] }, stampText(strings, stamp))] : []),
  ]);
}
