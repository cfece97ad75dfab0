/**
 * What a brief adds to the report's stylesheet (html/styles.ts, which it uses whole: the same
 * colours, type, tables, draft marks and print rules): one column without a sidebar, the header's
 * facts, compact yearly figures, and the list of sources in columns. Logical properties only, as
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
.brief-years th,.brief-years td{font-size:.8125rem;padding:.3rem .35rem}
.brief-missing-word{font-size:.75rem}
.brief-line{display:block}
.brief-status{font-size:.8125rem;color:var(--muted)}
ul.brief-missing li{margin:.4rem 0}
ul.brief-sources{list-style:none;columns:3 15rem;column-gap:2rem;font-size:.8125rem;padding:0;margin:0}
ul.brief-sources li{margin:0 0 .1rem;break-inside:avoid}
ul.brief-sources li:target{background:var(--warning-soft);outline:2px solid var(--focus)}
ul.brief-sources code{background:none;padding:0}
/* File names in the report's own face: the monospace face of the report's styles is the system's, not one vdr ships. */
.brief code{font-family:inherit}
.brief-figures td.numeric,.brief-change{white-space:nowrap}
@media print{
  :root{font-size:9.5pt}
  body.brief main{padding:0;max-width:none}
  .brief .draft-banner{margin:0;break-after:auto}
  .brief-header{padding-top:0}
  section.brief-section{break-before:auto;margin-top:1.25rem}
  .brief-years th,.brief-years td{font-size:7.5pt;padding:.2rem .25rem}
  .brief-chart{break-inside:avoid}
  ul.brief-sources{font-size:7.5pt;columns:3}
  .brief-figures td.numeric{white-space:nowrap}
  /* The comparison runs over pages, a row at a time. */
  #brief-comparison .table-block{break-inside:auto}
  #brief-comparison > p{break-after:avoid}
}
`;
