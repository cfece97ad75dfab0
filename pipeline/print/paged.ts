import type { Page } from 'puppeteer';
import { cssString } from '../html/css-string.js';
import { FONT_FAMILIES } from '../html/fonts.js';
import { FOOTNOTE_CSS } from './footnotes.js';

/** What the paged layout needs to know beyond the HTML itself. */
export interface PagedLayout {
  /** The page number's words, with {page} and {pages} where the numbers go, such as "Page {page} of {pages}". */
  pageNumber: string;
  /**
   * How a cross-reference gives its target's page, with {page} where the number goes (optional;
   * default: "(p. {page})"), printed after "Figure 2.1".
   */
  pageReference?: string;
  /** A draft's build stamp, printed at the foot of every page, the cover's too (optional; final builds have none). */
  stamp?: string;
  /** A draft's watermark word, printed across every page (optional). */
  watermark?: string;
  /** The digits page numbers are written in, as the report's other numbers (optional; default latn, 0-9; arab: Arabic-Indic). */
  digits?: 'latn' | 'arab';
  /**
   * The sections run on, none starting a page, under one running head (the page's h1), as a
   * partner brief does (optional; default: each part of the report starts a page under its own title).
   */
  continuous?: boolean;
}

/** The class that hides every mark on the page while a measuring print finds where things fall. */
export const MEASURING_CLASS = 'vdr-measuring';

/** A page's number in the layout's digits, as the margins' CSS counters write it: "7", or "٧". */
export function pageDigits(page: number, digits: PagedLayout['digits']): string {
  const text = String(page);
  return digits === 'arab' ? text.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d))) : text;
}

/** Words with {page} and {pages} as a CSS content value: "Page " counter(page) " of " counter(pages). */
function counterContent(words: string, digits: PagedLayout['digits']): string {
  const style = digits === 'arab' ? ', arabic-indic' : '';
  return words
    .split(/(\{page\}|\{pages\})/)
    .filter((part) => part !== '')
    .map((part) => (part === '{page}' ? `counter(page${style})` : part === '{pages}' ? `counter(pages${style})` : cssString(part)))
    .join(' ');
}

/** The words in the page margins: the report's fonts, small and grey. */
const MARGIN_TEXT = `font-family:${FONT_FAMILIES},sans-serif;font-size:8pt;color:#4a4a4a`;

/**
 * The page margins' boxes by the report's direction. CSS names them only physically: the running
 * head goes where lines start (top left; top right under dir=rtl), the page number where they
 * end, at the foot (bottom right; bottom left under dir=rtl), and a draft's stamp at the foot
 * where lines start. These at-rule names are the only physical sides in the print's styles.
 */
export function marginBoxes(direction: 'ltr' | 'rtl'): { head: string; number: string; stamp: string } {
  return direction === 'rtl'
    ? { head: '@top-right', number: '@bottom-left', stamp: '@bottom-right' }
    : { head: '@top-left', number: '@bottom-right', stamp: '@bottom-left' };
}

/**
 * The print rules every page shares: A4, margins, page numbers at the foot, a cover without
 * header or page number, no heading left at the foot of a page, figures and tables kept whole
 * with their captions, three-line widows and orphans, dotted leaders to the page numbers in the
 * contents and lists, and a draft's stamp and watermark.
 *
 * @param layout
 *   The page number's words, a draft's stamp and watermark.
 * @param direction
 *   The report's direction, which sets the sides of the margins' words (optional; default: ltr).
 */
export function basePageCss(layout: PagedLayout, direction: 'ltr' | 'rtl' = 'ltr'): string {
  const boxes = marginBoxes(direction);
  // A draft's stamp is on every page, the cover included: a cover passed round on its own still says what it is.
  const stamp = layout.stamp ? `${boxes.stamp}{content:${cssString(layout.stamp)};${MARGIN_TEXT};color:#a4161a;font-size:7pt}` : '';
  return `
@page{size:A4;margin:22mm 18mm 24mm 18mm;
  ${boxes.number}{content:${counterContent(layout.pageNumber, layout.digits)};${MARGIN_TEXT};white-space:nowrap}
  ${stamp}}
@page vdr-cover{${boxes.head}{content:none}${boxes.number}{content:none}${layout.stamp ? '' : `${boxes.stamp}{content:none}`}}
html{print-color-adjust:exact;-webkit-print-color-adjust:exact}
/* Room at each line's end for the space that hangs there (keepLineEndSpaces): a glyph beyond the page's
   content area is not painted, and its space would go missing from the PDF's text. */
body{padding-inline-end:.35em}
html.${MEASURING_CLASS} body *{visibility:hidden!important}

/* The cover fills its page: organization at the head, title in the middle, the note at the foot. */
.cover{min-height:240mm;padding:0 0 8mm}
.cover-title{font-size:30pt}
.cover-subtitle{font-size:15pt}

/* Breaks: parts start on a new page (set on each part); nothing else breaks where a reader would trip. */
p,li,dd,td,th{orphans:3;widows:3}
h1,h2,h3,h4,h5,h6,caption,figcaption,.chapter-pillar,.chapter-header,.part-header{break-after:avoid;break-inside:avoid}
/* A heading's one-sentence lead-in to a figure or table ("Table 4.1 summarizes...") goes with them (marked by applyPagedLayout). */
.vdr-lead-in{break-after:avoid}
figure,.table-block,.chart,svg,tr{break-inside:avoid}
/* An indicator's facts may continue on the next page, each fact whole (a fact's name and value share a grid row). */
dl.indicator-facts dt,dl.indicator-facts dd{break-inside:avoid}
thead{display:table-header-group;break-inside:avoid}
dl.glossary dt,dl.glossary dd,ul.references li,.footnotes li{break-inside:avoid}
.table-note,.figure-source{break-before:avoid}
tbody>tr:nth-child(-n+2),tbody>tr:last-child{break-before:avoid}
.sources-table tr{break-inside:auto}
.draft-banner{break-after:auto;margin-bottom:8mm}

/* Charts are drawn for this column (charts/theme.ts CHART_BOX: 640 by 800 px) and print at their size; one
   of a custom spec that is larger is scaled down to what a page holds with its caption and source. */
.chart svg{width:auto;height:auto;max-width:100%;max-height:212mm}
/* Tables fit the page's width: a figure may wrap ("56,075.6 kg / (2014)") rather than overflow, which
   would make Chromium shrink every page of the report to fit the widest table. */
table{font-size:.9rem}
th,td{padding:.3rem .45rem}
th.numeric,td.numeric{white-space:normal}
tbody th[scope=row]{min-width:8em}

/* Page numbers: at the end of the line after dotted leaders in the contents and lists, "(p. N)" after a cross-reference
   (its words written in the slot by pdf.ts, not generated here: generated text is not tagged in the PDF). */
.page-number{font-variant-numeric:tabular-nums;text-align:end;padding-inline-start:.5ch;white-space:nowrap}
.toc-list a,.toc-list ol a{display:grid;grid-template-columns:2.6rem 1fr auto;width:100%}
.toc-list a > .entry-text:first-child{grid-column:1 / 3}
/* The leader runs along the entry's last line, under the text, whose white background hides it; the number sits on that line. */
.toc-list a,.item-list li{align-items:last baseline}
.toc-number,.item-label{align-self:first baseline}
.item-list li{grid-template-columns:6.5rem 1fr auto}
.leader{position:relative;display:block;min-width:0}
.leader::after{content:"";position:absolute;inset-inline:0;bottom:.33em;border-bottom:1px dotted #8a8a8a}
.leader-text{position:relative;z-index:1;background:#fff;padding-inline-end:.45em;-webkit-box-decoration-break:clone;box-decoration-break:clone}
a.page-number{color:inherit;text-decoration:none}
/* A cross-reference and its "(p. N)" get one link annotation in every print. Without a box of its own
   (Chromium "culls" such inlines) the link is annotated piece by piece until something in the page's
   history gives it a box, after which it is annotated once: two prints of one report differed. A child
   not aligned on the baseline gives the link its box from the start; 0 above it moves nothing. */
.page-ref{padding-inline-start:0;text-align:start;vertical-align:0;white-space:pre-wrap}

/* Screen affordances that mean nothing on paper: acronyms' and figures' dotted underlines. */
abbr[title]{border-bottom:0}
a.metric{text-decoration:none}
/* The contents on one page where it can be: tighter than on screen. */
.toc-list > li{margin:.2rem 0}
.toc-list ol{margin:.1rem 0 0}
.toc-list ol li{margin:.05rem 0}
.toc-list,.item-list{line-height:1.4}
.build-footer{display:none}
body.draft::after{content:none}
${FOOTNOTE_CSS}
${layout.watermark ? `.vdr-watermark{position:fixed;top:40%;inset-inline:0;height:140pt;transform:rotate(-35deg);background:center/contain no-repeat;z-index:1000;pointer-events:none}` : ''}
`;
}

/**
 * Lays the loaded report out for print (the page must already emulate print media): the cover on
 * a page of its own without header or page number; each chapter, annex and back-matter part on a
 * new page named after it, so that its running header carries its title; a draft's banner after
 * the cover, at the head of the page of the part that follows it; short lead-ins kept with their
 * figure or table; figures in tables that never wrap before their unit; leaders in the contents
 * and lists; the watermark; spaces kept where lines wrap (keepLineEndSpaces). (A figure's link
 * to the sources, which the print leaves out, is hidden by the print styles; any other link to
 * what is not printed is unlinked by pdf.ts.)
 */
export async function applyPagedLayout(page: Page, layout: PagedLayout): Promise<void> {
  const { titles, direction } = await page.evaluate((continuous: boolean) => {
    const cover = document.querySelector<HTMLElement>('.cover');
    if (cover) cover.style.setProperty('page', 'vdr-cover');
    const banner = document.querySelector<HTMLElement>('.draft-banner');
    if (cover && banner) cover.after(banner);
    // The banner's build stamp is printed at the foot of every page, as an artifact: it is not read out as part of the text.
    banner?.querySelector('.draft-stamp')?.setAttribute('aria-hidden', 'true');
    const parts = continuous ? [] : Array.from(document.querySelectorAll<HTMLElement>('main > section:not(.draft-banner)'));
    const titles = continuous ? [(document.querySelector('h1')?.textContent ?? '').replace(/\s+/g, ' ').trim()] : parts.map((part, i) => {
      part.style.setProperty('page', `vdr-part-${i + 1}`);
      part.style.setProperty('break-before', 'page');
      return (part.querySelector('h1, h2')?.textContent ?? '').replace(/\s+/g, ' ').trim();
    });
    // A short paragraph between a heading and a figure or table introduces it: they go together.
    for (const lead of Array.from(document.querySelectorAll<HTMLElement>(':is(h2, h3, h4) + p'))) {
      const next = lead.nextElementSibling;
      if (next?.matches('figure, .table-block, .table-scroll') && (lead.textContent ?? '').length <= 160) lead.classList.add('vdr-lead-in');
    }
    // A figure in a table cell may wrap, but not between the number and its unit ("84,921.2 / kg").
    for (const cell of Array.from(document.querySelectorAll('td.numeric, th.numeric'))) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        node.nodeValue = (node.nodeValue ?? '').replace(/(\d)\s+(?=[^\s\d(+\-\u2212])/g, '$1\u00a0');
      }
    }
    // Entries in the contents and lists get a leader: their words wrapped, to mask it where they run.
    for (const entry of Array.from(document.querySelectorAll<HTMLElement>('.toc-list .entry-text, .item-list li > span:not(.item-label)'))) {
      const text = document.createElement('span');
      text.className = 'leader-text';
      text.append(...Array.from(entry.childNodes));
      entry.append(text);
      entry.classList.add('leader');
    }
    // The banner opens the page of the part after it, under that part's running header: no page of its own.
    const next = banner?.nextElementSibling;
    if (banner && next instanceof HTMLElement && parts.includes(next)) {
      banner.style.setProperty('page', next.style.getPropertyValue('page'));
      banner.style.setProperty('break-before', 'page');
      next.style.setProperty('break-before', 'auto');
    }
    return { titles, direction: document.documentElement.dir === 'rtl' ? ('rtl' as const) : ('ltr' as const) };
  }, layout.continuous === true);
  const head = marginBoxes(direction).head;
  const css = [
    basePageCss(layout, direction),
    ...(layout.continuous
      ? [`@page{${head}{content:${cssString(titles[0] ?? '')};${MARGIN_TEXT}}}`]
      : titles.map((title, i) => `@page vdr-part-${i + 1}{${head}{content:${cssString(title)};${MARGIN_TEXT}}}`)),
  ].join('\n');
  await page.evaluate(
    (text: string, watermark: string | null, families: string) => {
      const style = document.createElement('style');
      style.textContent = text;
      document.head.append(style);
      if (watermark) {
        // Drawn as a picture of the word, not as text: its letters never enter the PDF's text
        // (a reader copying a paragraph used to get D, R, A, F, T among the words) nor its tags.
        const canvas = document.createElement('canvas');
        const context = canvas.getContext('2d')!;
        const font = `700 384px ${families}, sans-serif`;
        const word = watermark.toLocaleUpperCase(document.documentElement.lang || 'en');
        // Letters of a cursive script (Arabic) stay joined: no tracking between them.
        const tracking = /\p{Script=Arabic}/u.test(word) ? '0px' : '58px';
        context.font = font;
        context.letterSpacing = tracking;
        canvas.width = Math.ceil(context.measureText(word).width) + 64;
        canvas.height = 560;
        context.font = font;
        context.letterSpacing = tracking;
        context.direction = document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr';
        context.textAlign = 'center';
        context.textBaseline = 'middle';
        context.fillStyle = 'rgba(164,22,26,0.10)';
        context.fillText(word, canvas.width / 2, canvas.height / 2);
        const mark = document.createElement('div');
        mark.className = 'vdr-watermark';
        mark.setAttribute('aria-hidden', 'true');
        mark.style.backgroundImage = `url(${canvas.toDataURL('image/png')})`;
        document.body.append(mark);
      }
    },
    css,
    layout.watermark ?? null,
    FONT_FAMILIES,
  );
  await keepLineEndSpaces(page);
}

/**
 * Keeps the space where a line wraps in the PDF's text. Chromium drops a collapsible space at a
 * line's end before it paints, so the tagged text (and what a screen reader says) ran the words
 * either side together ("the ViennaDeclaration"). Here the page's white space is collapsed once,
 * as the browser would (runs of spaces and newlines to one space, none at a block's start or end
 * or after a line break), and every element whose text wraps gets white-space: pre-wrap, under
 * which a space at a line's end hangs in the margin and is painted. Nothing moves: the same
 * spaces are there, in the same places. SVG (the charts) is left as it is.
 *
 * @returns
 *   How many elements now keep their spaces.
 */
export async function keepLineEndSpaces(page: Page): Promise<number> {
  return page.evaluate(() => {
    const texts: Text[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
    // The state of each block container (a text's nearest ancestor not display: inline or contents).
    const state = new Map<Element, { last: Text | null; space: boolean }>();
    const wrapping = new Set<HTMLElement>();
    let previous: Element | null = null;
    for (const text of texts) {
      const parent = text.parentElement;
      if (!parent || parent.closest('svg, script, style, textarea, pre')) continue;
      const style = getComputedStyle(parent);
      if (style.whiteSpaceCollapse !== 'collapse') continue;
      let container: Element = parent;
      while (container !== document.body && container.parentElement && ['inline', 'contents'].includes(getComputedStyle(container).display)) container = container.parentElement;
      const own = state.get(container) ?? { last: null, space: true };
      state.set(container, own);
      if (previous && previous !== container) {
        // Between the last text and this one: boxes left (from the previous text's container up)
        // and boxes entered (from this one's up) until the container they share. A block-level
        // box on either side is a line break in the shared container; an inline-block is not.
        const left: Element[] = [];
        for (let at: Element | null = previous; at && !at.contains(container); at = at.parentElement) left.push(at);
        const shared: Element | null = left.length > 0 ? left[left.length - 1]!.parentElement : previous;
        const entered: Element[] = [];
        for (let at: Element | null = container; at && at !== shared; at = at.parentElement) entered.push(at);
        // A box out of the flow (positioned absolutely or fixed, or floated, such as a screen
        // reader's "deleted:") neither breaks the line nor stands on it.
        const boxes = [...left, ...entered].filter((box) => box !== shared).map((box) => getComputedStyle(box));
        const inFlow = boxes.filter((style) => style.position !== 'absolute' && style.position !== 'fixed' && style.float === 'none');
        const outer = shared ? state.get(shared) : undefined;
        if (outer && inFlow.some((style) => !style.display.startsWith('inline'))) {
          if (outer.last) outer.last.data = outer.last.data.replace(/ $/, '');
          outer.last = null;
          outer.space = true;
        } else if (outer && left.length > 0 && shared === container && inFlow.length > 0) {
          // Back from an inline-block: it stood on the line like a word.
          own.space = false;
        }
      }
      previous = container;
      if (text.previousSibling instanceof HTMLBRElement) {
        if (own.last) own.last.data = own.last.data.replace(/ $/, '');
        own.space = true;
      }
      let value = text.data.replace(/[ \t\n\r]+/g, ' ');
      if (own.space && value.startsWith(' ')) value = value.slice(1);
      if (value !== text.data) text.data = value;
      if (value === '') continue;
      own.space = value.endsWith(' ');
      own.last = text;
      if (style.textWrapMode === 'wrap') wrapping.add(parent);
    }
    for (const { last } of state.values()) if (last) last.data = last.data.replace(/ $/, '');
    for (const element of wrapping) element.style.setProperty('white-space', 'pre-wrap');
    return wrapping.size;
  });
}
