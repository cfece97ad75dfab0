/**
 * What a brief adds to the report's stylesheet (html/styles.ts, which it uses whole: the same
 * colours, type, tables, draft marks and print rules): one column without a sidebar, the header's
 * facts, compact yearly figures with the baseline framed and the current figure bold, and the sources' lines by file. Logical properties only, as
 * in the report's, so that a brief in Arabic mirrors.
 */
export const BRIEF_STYLES = `
body.brief main{max-width:64rem;margin:0 auto;padding:0 clamp(1rem,4vw,2.5rem) 3rem}
.brief .draft-banner{margin:0 calc(-1 * clamp(1rem,4vw,2.5rem))}
.brief-header{padding:1.5rem 0 1rem;border-bottom:4px solid var(--accent);margin-bottom:1rem}
.brief-kicker{margin:0 0 .25rem;font-size:.875rem;font-weight:700;text-transform:uppercase;letter-spacing:.06em;color:var(--muted)}
:lang(ar) .brief-kicker{letter-spacing:0}
.brief-header h1{margin:0 0 .25rem}
.brief-edition{margin:0 0 1rem;color:var(--muted)}
dl.brief-facts{display:grid;grid-template-columns:repeat(auto-fill,minmax(12rem,1fr));gap:.5rem 1.5rem;margin:0;font-size:.9375rem}
dl.brief-facts dt{font-weight:700;color:var(--muted);font-size:.8125rem}
dl.brief-facts dd{margin:0}
.brief-empty{font-weight:700}
section.brief-section{margin-top:2rem}
section.brief-section h2{margin-top:0;padding-top:.5rem;border-top:2px solid var(--accent)}
.brief-chart{margin:1rem 0}
.brief-missing-word{font-size:.75rem}
.brief-line{display:block}
.brief-status{font-size:.8125rem;color:var(--muted)}
.brief-sep{display:none}
ul.brief-missing li{margin:.4rem 0}
p.brief-sources{font-size:.8125rem;margin:.25rem 0}
p.brief-sources code{background:none;padding:0;font-weight:700}
p.brief-sources span:target{background:var(--warning-soft);outline:2px solid var(--focus)}
.brief-baseline{outline:1px solid currentColor;outline-offset:1px}
.brief-current{font-weight:700}
abbr.brief-mark{text-decoration:none;font-size:.75em;vertical-align:super;line-height:0;margin-inline-start:.1em}
/* File names in the report's own face: the monospace face of the report's styles is the system's, not one vdr ships. */
.brief code{font-family:inherit}
.brief-figures th,.brief-figures td{font-size:.8125rem;padding:.3rem .35rem}
.brief-figures td.numeric,.brief-change{white-space:nowrap}
@media print{
  :root{font-size:9.5pt}
  body.brief main{padding:0;max-width:none}
  .brief .draft-banner{margin:0;break-after:auto}
  .brief-header{padding-top:0}
  section.brief-section{break-before:auto;margin-top:1.25rem}
  .brief-figures th,.brief-figures td{font-size:7.5pt;padding:.15rem .2rem}
  .brief-figures th[scope=row]{width:28%}
  .brief-chart{break-inside:avoid}
  .brief figure.figure{margin:.5rem 0;padding:.4rem 0 .25rem}
  .brief figure.figure figcaption{margin-bottom:.25rem}
  /* Tables run over pages a row at a time; comparison cells on two lines, their parts run in. */
  .brief .table-block{break-inside:auto}
  .brief .brief-figures th[scope=row],.brief .brief-comparison th[scope=row]{min-width:11rem}
  .brief .brief-figures td:nth-last-child(2){white-space:normal;min-width:5rem}
  .brief h2{font-size:1.2rem}
  section.brief-section h2{padding-top:.25rem}
  .brief-comparison .brief-line{display:inline}
  .brief-comparison .brief-sep{display:inline}
  p.brief-sources{font-size:7pt}
  .brief-figures td.numeric{white-space:nowrap}
  #brief-comparison > p{break-after:avoid}
}
`;
