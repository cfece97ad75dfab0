import type { Page } from 'puppeteer';
import { cssString } from '../html/css-string.js';

/** What the paged layout needs to know beyond the HTML itself. */
export interface PagedLayout {
  /** The page number's words, with {page} and {pages} where the numbers go, such as "Page {page} of {pages}". */
  pageNumber: string;
  /** A draft's build stamp, printed at the foot of every page (optional; final builds have none). */
  stamp?: string;
  /** A draft's watermark word, printed across every page (optional). */
  watermark?: string;
}

/**
 * The print rules every page shares: A4, margins, page numbers at the foot, no heading left at
 * the foot of a page, figures and tables kept whole with their captions, three-line widows and
 * orphans, and a draft's stamp and watermark.
 */
export function basePageCss(layout: PagedLayout): string {
  // "Page {page} of {pages}" becomes "Page " counter(page) " of " counter(pages).
  const number = layout.pageNumber
    .split(/(\{page\}|\{pages\})/)
    .filter((part) => part !== '')
    .map((part) => (part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : cssString(part)))
    .join(' ');
  const margin = 'font-family:"Noto Sans",sans-serif;font-size:8pt;color:#4a4a4a';
  return `
@page{size:A4;margin:22mm 18mm 24mm 18mm;
  @bottom-right{content:${number};${margin}}
  ${layout.stamp ? `@bottom-left{content:${cssString(layout.stamp)};${margin};color:#a4161a}` : ''}}
@page vdr-cover{@top-center{content:none}@bottom-right{content:none}@bottom-left{content:none}}
html{print-color-adjust:exact;-webkit-print-color-adjust:exact}
p,li,dd{orphans:3;widows:3}
h1,h2,h3,h4,caption,figcaption,.figure-caption{break-after:avoid;break-inside:avoid}
figure,.table-block,.chart,svg,tr,dl.indicator-facts{break-inside:avoid}
thead{display:table-header-group}
.page-number{font-variant-numeric:tabular-nums;text-align:right;padding-left:1ch;white-space:nowrap}
.toc-list a,.toc-list ol a{display:grid;grid-template-columns:2.6rem 1fr auto;width:100%}
.toc-list a > .entry-text:first-child{grid-column:1 / 3}
.item-list li{grid-template-columns:6.5rem 1fr auto}
.build-footer{display:none}
a.xref .page-number{padding-left:0}
a.xref .page-number::before{content:" (p. "}
a.xref .page-number::after{content:")"}
body.draft::after{content:none}
${layout.watermark ? `.vdr-watermark{position:fixed;top:45%;left:0;right:0;text-align:center;transform:rotate(-35deg);font:700 96pt "Noto Sans",sans-serif;letter-spacing:.15em;color:rgba(164,22,26,.10);z-index:1000;pointer-events:none}` : ''}
`;
}

/**
 * Lays the loaded report out for print: the cover on a page of its own without header or footer,
 * each chapter, annex and back-matter part on a new page named after it, so that its running
 * header carries its title; a draft's banner after the cover; the watermark element.
 */
export async function applyPagedLayout(page: Page, layout: PagedLayout): Promise<void> {
  const titles = await page.evaluate(() => {
    const cover = document.querySelector<HTMLElement>('.cover');
    if (cover) cover.style.setProperty('page', 'vdr-cover');
    const banner = document.querySelector('.draft-banner');
    if (cover && banner) cover.after(banner);
    const parts = Array.from(document.querySelectorAll<HTMLElement>('main > section, main > .draft-banner'));
    return parts.map((part, i) => {
      part.style.setProperty('page', `vdr-part-${i + 1}`);
      part.style.setProperty('break-before', 'page');
      return part.querySelector('h1, h2')?.textContent?.trim() ?? '';
    });
  });
  const header = 'font-family:"Noto Sans",sans-serif;font-size:8pt;color:#4a4a4a';
  const css = [
    basePageCss(layout),
    ...titles.map((title, i) => `@page vdr-part-${i + 1}{@top-center{content:${cssString(title)};${header}}}`),
  ].join('\n');
  await page.evaluate(
    (text: string, watermark: string | null) => {
      const style = document.createElement('style');
      style.textContent = text;
      document.head.append(style);
      if (watermark) {
        const mark = document.createElement('div');
        mark.className = 'vdr-watermark';
        mark.setAttribute('aria-hidden', 'true');
        mark.textContent = watermark;
        document.body.append(mark);
      }
    },
    css,
    layout.watermark ?? null,
  );
}
