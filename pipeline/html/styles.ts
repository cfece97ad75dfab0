/**
 * The report's one stylesheet, inlined. Class names here are the HTML's stable interface (the
 * PDF layout builds on them): .cover, .toc, .chapter, .annex, .back-matter, .figure, .chart,
 * .figure-source, .figure-data, .table-scroll, .table-block, .table-note, .metric, .xref,
 * .acronym, .un-symbol, .draft-banner, .sidebar.
 * Colours meet WCAG AA contrast on white (text at least 4.5:1); focus is always visible.
 *
 * One stylesheet for both directions: every side that means "where a line starts" or "where it
 * ends" is written with CSS logical properties (margin-inline-start, text-align: end,
 * inset-inline-start, border-inline-end...), so under <html dir="rtl"> the sidebar, indents,
 * rules, sticky table columns and numbers' alignment all mirror, and tables and lists run in
 * reading order, without a second copy. Nothing here names a physical left or right (the test
 * test/html/direction.test.ts holds it to that); the print's page margins, which CSS can only
 * name physically, are chosen by direction in print/paged.ts.
 * Codes, figures and labels inside a paragraph are bidi-isolated with their own direction
 * (unicode-bidi: plaintext, as dir="auto" would), so that "E/CN.7/2014/14", "UNODC" or
 * "58.4%" stays whole and in place inside Arabic text.
 */
import { FONT_FAMILIES } from './fonts.js';

export const STYLES = `
:root{
  --ink:#1b1b1b;--muted:#4d4d4d;--accent:#0b4f8a;--accent-dark:#083a66;--accent-soft:#e9f1f8;
  --rule:#c9d1d9;--rule-soft:#e6e9ed;--paper:#ffffff;--band:#f5f7f9;
  --error:#a4161a;--error-soft:#fbeaea;--warning:#7a4a00;--warning-soft:#fff4e0;
  --focus:#c25e00;--sidebar:18rem;--measure:46rem;
  font-family:${FONT_FAMILIES},ui-sans-serif,system-ui,sans-serif;
  color:var(--ink);background:var(--paper);
  font-size:100%;line-height:1.6;
  -webkit-text-size-adjust:100%;text-size-adjust:100%;
}
*,*::before,*::after{box-sizing:border-box}
body{margin:0;font-size:1.0625rem;overflow-wrap:break-word}
a{color:var(--accent)}
a:hover{color:var(--accent-dark)}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
abbr[title]{text-decoration:none;border-bottom:1px dotted currentColor;cursor:help}
.skip-link{position:absolute;inset-inline-start:-999rem;top:0;z-index:10;background:var(--paper);padding:.5rem 1rem;border:2px solid var(--accent)}
.skip-link:focus{inset-inline-start:1rem;top:1rem}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}

/* Layout: sidebar and reading column */
.layout{display:grid;grid-template-columns:var(--sidebar) minmax(0,1fr)}
.sidebar{position:sticky;top:0;align-self:start;height:100vh;overflow-y:auto;border-inline-end:1px solid var(--rule);background:var(--band);padding:1.25rem 1rem 2rem;font-size:.875rem;line-height:1.4}
.sidebar summary{display:none}
.sidebar-title{font-size:.8125rem;font-weight:700;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin:0 0 .75rem}
.nav-list,.nav-list ol{list-style:none;margin:0;padding:0}
.nav-list ol{padding-inline-start:1.4rem;margin:.15rem 0 .35rem}
.nav-list li{margin:.1rem 0}
.nav-list a{display:grid;grid-template-columns:2.1em 1fr;column-gap:.25em;padding:.2rem .35rem;border-radius:3px;text-decoration:none;color:var(--ink)}
.nav-list ol a{grid-template-columns:2.4em 1fr}
.entry-text:only-child{grid-column:1/-1}
.nav-list a:hover{background:var(--accent-soft);color:var(--accent-dark)}
.nav-list > li > a{font-weight:700}
.nav-list ol a{font-weight:400;color:var(--muted)}
.nav-number{color:var(--accent);font-variant-numeric:tabular-nums}
main{padding:0 clamp(1rem,4vw,3.5rem) 4rem;max-width:calc(var(--measure) + 7rem);min-width:0}

/* Headings and text */
h1,h2,h3,h4{line-height:1.25;color:var(--accent-dark);font-weight:700}
h1{font-size:2rem;margin:0 0 1.25rem}
h2{font-size:1.4rem;margin:2.25rem 0 .75rem}
h3{font-size:1.15rem;margin:1.75rem 0 .5rem}
h4{font-size:1rem;margin:1.5rem 0 .5rem}
p,ul,ol,dl{margin:0 0 1rem}
li{margin:.25rem 0}
.section-number,.chapter-number,.part-number{color:var(--accent);margin-inline-end:.35em}
.chapter-number{display:inline-block;min-width:1.4em}
section.chapter,section.annex,section.back-matter,section.front-matter{padding-top:3rem;margin-top:3rem;border-top:4px solid var(--accent)}
.chapter-header,.part-header{margin-bottom:1.5rem}
.chapter-pillar{margin:0 0 .5rem;font-size:.875rem;font-weight:700;letter-spacing:.04em;text-transform:uppercase;color:var(--muted)}
blockquote{margin:1rem 0;padding:.25rem 1rem;border-inline-start:4px solid var(--rule);color:var(--muted)}
code{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.9em;background:var(--band);padding:.05em .3em;border-radius:3px}
pre{overflow-x:auto;background:var(--band);padding:.75rem;border-radius:4px}
hr{border:0;border-top:1px solid var(--rule);margin:2rem 0}
img{max-width:100%;height:auto}

/* Figures in the text */
a.metric{color:inherit;text-decoration:underline;text-decoration-color:var(--accent);text-decoration-style:dotted;text-underline-offset:.2em;font-variant-numeric:tabular-nums;white-space:nowrap}
a.metric:hover{background:var(--accent-soft)}
a.xref,a.un-symbol{white-space:nowrap}
a.acronym{color:inherit}
/* Each of these is one unit of its own direction inside the sentence around it (bidi isolation); by class
   alone, as the print turns links to what it leaves out into spans of the same classes. */
.metric,.xref,.un-symbol,.acronym,code,.page-number,.section-number,.chapter-number,.part-number,.figure-label,.item-label,.toc-number,.nav-number,.problem-place{unicode-bidi:plaintext}
/* Letters of a cursive script stay joined: no tracking between them. */
:lang(ar) :is(.sidebar-title,.chapter-pillar,.cover-organization,.cover-edition),body.draft:lang(ar)::after{letter-spacing:0}

/* The report in its other languages (screen only) */
.language-links{display:flex;flex-wrap:wrap;align-items:baseline;gap:.25rem 1rem;margin:0 calc(-1 * clamp(1rem,4vw,3.5rem));padding:.5rem clamp(1rem,4vw,3.5rem);border-bottom:1px solid var(--rule);font-size:.9375rem}
.language-links-title{margin:0;font-size:inherit;color:var(--muted)}
.language-links ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;margin:0;padding:0}
.language-links li{margin:0}

/* Cover */
.cover{margin:0 calc(-1 * clamp(1rem,4vw,3.5rem));padding:clamp(2rem,7vw,5rem) clamp(1rem,4vw,3.5rem) clamp(2rem,5vw,3.5rem);background:var(--accent-dark);color:#fff;min-height:min(42rem,92vh);display:flex;flex-direction:column;justify-content:space-between;gap:2rem}
.cover a{color:#fff}
.cover-organization{margin:0;font-size:1rem;font-weight:700;letter-spacing:.03em}
.cover-initiative{margin:.25rem 0 0;font-size:1rem;opacity:1}
.cover-title{margin:0;color:#fff;font-size:clamp(2.1rem,6vw,3.4rem);line-height:1.1}
.cover-subtitle{margin:1rem 0 0;font-size:clamp(1.15rem,2.8vw,1.5rem);line-height:1.35}
.cover-edition{margin:1.5rem 0 0;font-size:1rem;font-weight:700;text-transform:uppercase;letter-spacing:.08em}
.cover-note{margin:0;padding:1rem 1.25rem;border:2px solid #fff;border-radius:4px;max-width:40rem;font-size:.9375rem;line-height:1.5}
.cover-stamp{margin:0;font-size:.8125rem}
.cover-sample{border-style:dashed}

/* Contents and lists */
.toc-list,.toc-list ol{list-style:none;padding:0;margin:0}
.toc-list > li{margin:.6rem 0}
.toc-list > li > a{font-weight:700}
.toc-list ol{padding-inline-start:2.85rem}
.toc-list ol li{margin:.3rem 0}
.toc-list a{display:inline-grid;grid-template-columns:2.6rem auto;column-gap:.25rem;text-decoration:none}
.toc-list ol a{grid-template-columns:2.6rem auto}
.item-list a{text-decoration:none}
.toc-list a:hover,.item-list a:hover{text-decoration:underline}
.toc-number{color:var(--accent);font-variant-numeric:tabular-nums}
.item-list{list-style:none;padding:0}
.item-list li{display:grid;grid-template-columns:6.5rem 1fr;gap:.5rem;margin:.4rem 0}
.item-label{font-weight:700;font-variant-numeric:tabular-nums}

/* Figures */
figure.figure{margin:2rem 0;padding:1rem 0 1.25rem;border-top:2px solid var(--accent);border-bottom:1px solid var(--rule)}
figure.figure figcaption{font-weight:700;color:var(--accent-dark);margin-bottom:.75rem;line-height:1.35}
.figure-label{color:var(--accent)}
.chart{overflow-x:auto;max-width:100%}
.chart svg{display:block;max-width:100%;height:auto;margin:0 auto}
.figure-source{font-size:.875rem;color:var(--muted);margin:.75rem 0 .5rem}
/* A figure's or table's data as CSV (html/downloads.ts), and all of them under the lists of figures and tables (screen only) */
a.data-download:not(#data-download-all){white-space:nowrap}
.data-download-all{margin:1.25rem 0 0;font-weight:600}
.map-list{display:none;font-size:.9375rem}
.map-list-title{font-weight:700;margin:.75rem 0 .25rem}
.map-list dl{margin:0}
.map-list dt{font-weight:700;margin-top:.5rem}
.map-list dd{margin:0}
details.figure-data{margin-top:.5rem;font-size:.9375rem}
details.figure-data summary{cursor:pointer;color:var(--accent);font-weight:700;padding:.25rem 0}
details.figure-data[open] summary{margin-bottom:.5rem}

/* Tables */
.table-block{margin:1.5rem 0 2rem}
.table-scroll{overflow-x:auto;max-width:100%;margin:1rem 0}
.table-block .table-scroll{margin:0}
table{border-collapse:collapse;width:100%;font-size:.9375rem;line-height:1.4;font-variant-numeric:tabular-nums}
caption{text-align:start;font-weight:700;color:var(--accent-dark);padding:0 0 .5rem;caption-side:top;position:sticky;inset-inline-start:0;max-width:calc(100vw - 2rem)}
th,td{padding:.4rem .6rem;border-bottom:1px solid var(--rule-soft);vertical-align:top;text-align:start}
thead th{border-bottom:2px solid var(--accent);background:var(--band);font-weight:700;vertical-align:bottom}
tbody th{font-weight:400}
th.numeric,td.numeric{text-align:end;white-space:nowrap}
tbody tr:hover{background:var(--band)}
/* A table wider than the column scrolls under its first column, which stays in view. */
@media screen{
  .table-scroll thead th:first-child,.table-scroll tbody th[scope=row]{position:sticky;inset-inline-start:0;z-index:1}
  /* Its rule at its end side: a collapsed border would scroll away with the table. */
  .table-scroll thead th:first-child::after,.table-scroll tbody th[scope=row]::after{content:"";position:absolute;inset-block:0;inset-inline-end:0;border-inline-end:1px solid var(--rule-soft)}
  .table-scroll tbody th[scope=row]{background:var(--paper);min-width:8em}
  .table-scroll tbody tr:hover th[scope=row]{background:var(--band)}
}
.table-note{font-size:.875rem;color:var(--muted);margin:.5rem 0 0}
.sources-table td,.sources-table th{font-size:.8125rem}
.sources-table tr:target{background:var(--warning-soft);outline:2px solid var(--focus)}
.source-rows{margin:0;padding-inline-start:1rem}
.source-row-label{font-weight:700}

/* Annexes and back matter */
dl.indicator-facts{display:grid;grid-template-columns:minmax(7rem,11rem) 1fr;gap:.3rem 1rem;margin:0 0 1.5rem;font-size:.9375rem}
dl.indicator-facts dt{font-weight:700;color:var(--muted)}
dl.indicator-facts dd{margin:0}
dl.counting-rules dt{font-weight:700;margin-top:.75rem;break-after:avoid}
dl.counting-rules dd{margin:.15rem 0 0}
dl.glossary{display:grid;grid-template-columns:minmax(5rem,8rem) 1fr;gap:.5rem 1rem}
dl.glossary dt{font-weight:700}
dl.glossary dd{margin:0}
dl.glossary dt:target,ul.references li:target,h3:target{background:var(--warning-soft)}
.glossary-description{display:block;color:var(--muted);font-size:.9375rem}
ul.references{padding-inline-start:1.2rem}
ul.references li{margin:.6rem 0}
.reference-symbol{font-weight:700}
.reference-note,.reference-online{display:block;font-size:.9375rem}
.reference-note{color:var(--muted)}
.provenance-note{padding:.75rem 1rem;border-inline-start:4px solid var(--warning);background:var(--warning-soft)}

/* Notes */
section.footnotes{margin-top:2.5rem;padding-top:.75rem;border-top:1px solid var(--rule);font-size:.9375rem}
section.footnotes ol{padding-inline-start:1.5rem}
sup a[data-footnote-ref]{text-decoration:none;padding:0 .1em}

/* Drafts */
.draft-banner{margin:0 calc(-1 * clamp(1rem,4vw,3.5rem));padding:1rem clamp(1rem,4vw,3.5rem);background:var(--warning-soft);border-top:6px solid var(--warning);border-bottom:1px solid var(--warning)}
.draft-banner h2{margin:0 0 .5rem;font-size:1.25rem;color:var(--warning)}
.draft-banner p{margin:0 0 .5rem}
.draft-banner details summary{cursor:pointer;font-weight:700;color:var(--warning)}
.problem-list{margin:.5rem 0 0;padding-inline-start:1.25rem;font-size:.875rem;max-height:24rem;overflow-y:auto}
.problem-list li{margin:.4rem 0}
.problem-place{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.8125rem}
.problem-severity{font-weight:700}
.problem-error .problem-severity{color:var(--error)}
.problem-warning .problem-severity{color:var(--warning)}
.content-error{color:var(--error);background:var(--error-soft);border:1px dashed var(--error);padding:0 .25em;font-weight:700}
.draft-chapter{display:inline-block;margin:0;padding:.15rem .6rem;background:var(--warning-soft);color:var(--warning);font-weight:700;font-size:.875rem}
body.draft::after{position:fixed;inset:0;margin:auto;width:max-content;height:max-content;z-index:20;transform:rotate(-30deg);font-size:clamp(4rem,16vw,11rem);font-weight:700;letter-spacing:.1em;text-transform:uppercase;color:rgba(164,22,26,.07);pointer-events:none;white-space:nowrap}
/* A chapter given in the source language, and a translated paragraph whose source changed since (drafts):
   said in words and marked by a rule at the start side, not by colour alone. */
.untranslated-note{margin:0 0 1rem;padding:.5rem .75rem;border-inline-start:4px solid var(--accent);background:var(--accent-soft);font-size:.9375rem}
.vdr-stale{border-inline-start:4px dashed var(--warning);padding-inline-start:.75rem;background:var(--warning-soft)}
.vdr-stale-mark{display:inline-block;margin-inline-end:.4em;padding:0 .4em;border:1px solid var(--warning);border-radius:3px;background:var(--paper);color:var(--warning);font-size:.8125rem;font-weight:700}
.build-footer{border-top:1px solid var(--rule);padding:1rem clamp(1rem,4vw,3.5rem);font-size:.8125rem;color:var(--muted)}

/* A draft's "What changed": words removed struck through, words added underlined (both readable in greyscale) */
.changes-summary{font-weight:700}
.changes-table th.changes-figure{font-weight:700;padding-top:.75rem;border-bottom:0}
.changes-table th.changes-measure{padding-inline-start:1.25rem;white-space:nowrap;width:40%}
details.changes-more summary{cursor:pointer;color:var(--accent);font-weight:700;padding:.25rem 0}
.changes-chapter{margin:1.5rem 0 .5rem;line-height:1.4}
.changes-chapter strong{font-size:1.0625rem;color:var(--accent-dark)}
.changes-count{font-size:.875rem;color:var(--muted)}
.changes-table td{text-align:end}
.paragraph-changes{padding-inline-start:1.25rem}
.paragraph-changes li{margin:.6rem 0}
.change-place{font-weight:700;font-size:.875rem;color:var(--muted)}
.what-changed ins{text-decoration:underline 1px;text-underline-offset:.15em;background:#e6f2e8;color:var(--ink)}
.what-changed del{text-decoration:line-through 1px;background:var(--error-soft);color:var(--ink)}
.what-changed .omitted{color:var(--muted)}

/* Phones and narrow windows: the contents above the report, folded */
@media (max-width:63.99em){
  .layout{display:block}
  .sidebar{position:static;height:auto;overflow:visible;border-inline-end:0;border-bottom:1px solid var(--rule);padding:.5rem 1rem}
  .sidebar summary{display:list-item;cursor:pointer;font-weight:700;padding:.5rem 0;color:var(--accent-dark)}
  .sidebar .sidebar-title{display:none}
  .sidebar details[open] .nav-list{padding-bottom:.75rem}
  main{max-width:none}
}
@media (max-width:40em){
  body{font-size:1rem}
  h1{font-size:1.6rem}
  h2{font-size:1.25rem}
  .cover{min-height:auto}
  .item-list li{grid-template-columns:1fr;gap:0}
  dl.indicator-facts,dl.glossary{grid-template-columns:1fr;gap:0}
  dl.indicator-facts dd,dl.glossary dd{margin:0 0 .6rem}
  table{font-size:.875rem}
  th,td{padding:.35rem .45rem}
  /* Charts fit the column; a map's partners are listed under it, as the map is too small to read. */
  .chart svg{max-width:100%}
  .map-list{display:block}
  /* A figure in the text may wrap rather than run off the screen. */
  a.metric{white-space:normal}
  .table-scroll tbody th[scope=row]{min-width:6.5em}
  .changes-table th.changes-measure,.changes-table td.numeric{white-space:normal;width:auto}
  .changes-table th.changes-measure{padding-inline-start:.75rem}
}

/* Print: the PDF stage builds its paged layout on these */
.print-only{display:none}
@media print{
  .print-only{display:block}
  .screen-only{display:none}
  th.numeric,td.numeric{white-space:normal}
  #annex-sources .table-block,#annex-sources .table-scroll,#annex-sources table{display:none}
  :root{font-size:10.5pt}
  body{font-size:1rem}
  .layout{display:block}
  .sidebar,.skip-link,.language-links,.figure-data,.map-list,.table-sources,.sources-link,.data-download,.data-download-all,a[data-footnote-backref]{display:none}
  main{padding:0;max-width:none}
  a{color:inherit;text-decoration:none}
  .cover{margin:0;min-height:auto;background:none;color:var(--ink);border-bottom:4px solid var(--accent)}
  .cover-title,.cover a{color:var(--accent-dark)}
  .cover-note{border-color:var(--warning)}
  section.chapter,section.annex,section.back-matter,section.front-matter{break-before:page;border-top:0;margin-top:0;padding-top:0}
  h1,h2,h3,h4,caption,figcaption{break-after:avoid}
  figure.figure,.table-block,tr{break-inside:avoid}
  .table-scroll,.chart{overflow:visible}
  .draft-banner{margin:0;break-after:page}
  details.changes-more{display:none}
  /* A figure's rows stay with its name; a page may break between figures (the print's row rules would forbid it). */
  .paragraph-changes li,.changes-table tbody{break-inside:avoid}
  .paragraph-changes li.paragraph-added,.paragraph-changes li.paragraph-removed{display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:3;overflow:hidden}
  .changes-chapter{break-after:avoid}
  .changes-table tbody>tr:not(:first-child){break-before:avoid}
  .changes-table tbody+tbody>tr:first-child{break-before:auto}
  .problem-list{max-height:none;overflow:visible}
  body.draft::after{color:rgba(164,22,26,.12);font-size:8rem}
}
`;
