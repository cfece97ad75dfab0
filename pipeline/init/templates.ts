/**
 * The files `vdr init` writes that are the project's own, each explaining itself in comments: the
 * data manifest, the empty catalogue and units, the first edition and its chapter, the README.
 */

/** data/datasets.yaml: the reference data named, no observations yet, and how to add them. */
export function datasetsTemplate(year: number): string {
  return `# The data files vdr reads, checked against schemas/datasets.schema.json. Every file under data/
# must be named here; a file that is not is reported as an orphan.

# The years observations may have: widen it when your data need it (vdr import does it for you).
window:
  first: ${year - 10}
  last: ${year}

# The reference data, taken from the Paris Pact documents: partner countries (with their names
# since, by year), partner organizations, the four pillars, the Expert Working Group meetings and
# the glossary of acronyms. Correct them here when they change.
reference:
  countries: reference/countries.csv
  organizations: reference/organizations.csv
  pillars: reference/pillars.yaml
  ewg_meetings: reference/ewg-meetings.csv
  glossary: reference/glossary.yaml
  country_names: reference/country-names.csv

# The indicators the report measures (empty to start with: see the file's comments).
indicators: indicators.yaml

# Units of your own beyond kg, count, percent and days (see the file's comments).
units: units.yaml

# One entry per observations file (CSV: indicator,country,year,value and optional unit, sex,
# denominator, flag, missing_reason, source, note). Each says which pillar's indicators it holds
# (I to IV, or context for indicators outside the pillars) and what its figures are:
#   kind: reported      figures the partners sent
#   kind: compiled      figures taken from a public source, named in source:
#   kind: estimated     figures estimated by the coordination unit
#   kind: illustrative  generated figures, for trying vdr out (the report then says so)
# The easiest way to add one is vdr import, which writes the file and its entry here:
#   npx vdr import homicides.xlsx --indicator homicide-rate --kind compiled --source "UNODC, Global Study on Homicide"
# or by hand:
#   - path: observations/pillar-1.csv
#     pillar: I
#     kind: reported
observations: []
`;
}

/** data/indicators.yaml: an empty catalogue, with an entry to copy. */
export function indicatorsTemplate(): string {
  return `# The indicator catalogue, checked against schemas/indicators.schema.json. Add one entry per
# indicator; every observation names one by its id. For example:
#
# - id: homicide-rate
#   pillar: context              # I, II, III, IV, or context (outside the pillars)
#   title: Intentional homicide victims per 100,000 population
#   definition: Victims of intentional homicide in the calendar year, per 100,000 population.
#   unit: rate-per-100k          # kg, count, percent, days, or a unit declared in units.yaml
#   reported_by: country         # country or organization
#   direction: lower-is-better   # higher-is-better, lower-is-better or neutral
#   aggregation: median          # sum, weighted-mean (needs a denominator) or median
#   baseline_year: 2019
#   bounds: { min: 0 }
#   decimals: 1
#   source: UNODC, Global Study on Homicide
#
# The [] below is the empty list: replace it with your first entry.
[]
`;
}

/** data/units.yaml: no unit of the project's own yet, with one to copy. */
export function unitsTemplate(): string {
  return `# Units of this project's own, beyond the built-in kg, count, percent and days, checked against
# schemas/units.schema.json. The report prints name on chart axes and in the methodology annex,
# symbol after each figure; change says whether a change is a difference in the unit or, for a
# percentage, in percentage points. For example:
#
# - id: rate-per-100k
#   name: rate per 100,000 population
#   symbol: per 100,000
#   change: difference
#   decimals: 1
#
# The [] below is the empty list: replace it with your first entry.
[]
`;
}

/** content/<year>/edition.yaml: the first edition, the baseline. */
export function editionTemplate(year: number): string {
  return `# The ${year} edition, checked against schemas/edition.schema.json. It is the baseline: later
# editions (content/<year>/edition.yaml with status: progress) are compared with it.
year: ${year}
title: Implementing the Vienna Declaration
subtitle: Global report ${year}
language: en
status: baseline
# The chapters in reading order, each a Markdown file in this directory.
chapters:
  - introduction.md
`;
}

/** content/<year>/introduction.md: a chapter that builds as it is, with every directive explained. */
export function chapterTemplate(): string {
  return `---
title: Introduction
# Optional: id (for cross-references, default: the file name), pillar (I to IV), numbered
# (false for an executive summary), status (draft: a final build refuses the chapter).
---

This report follows the implementation of the Vienna Declaration by the :fact{name=partner-countries}
partner countries and :fact{name=partner-organizations} partner organizations of the Paris Pact
Initiative, as E/CN.7/2014/14 asks. Every number in the text comes from the data through a
directive, so it can be traced to where it came from.

::chart[The partner countries of the Paris Pact]{#fig-partners kind=partner-map}

:ref{#fig-partners} shows the partners by priority programme. The Expert Working Groups met
:fact{name=ewg-meetings} times; :ref{#fig-ewg} shows when.

::chart[Expert Working Group meetings by pillar]{#fig-ewg kind=ewg-timeline}

<!--
The directives, to use once data/indicators.yaml and the observations have figures (replace
homicide-rate with an indicator id of yours; vdr validate checks every directive):

A figure in the text, linked to the rows it came from (field: baseline, current, change,
relative_change, status, coverage, ...; entity: a country code, an organization acronym, all,
a region such as Asia, or "RP ANC"):
  :metric{indicator=homicide-rate entity=all field=current}

The direction of a change, from the figures (rose, fell or changed little; form=noun for "a
rise"; since=previous for the change since the previous edition). Type no direction word and
no number by hand: vdr build warns of both.
  The rate :trend{indicator=homicide-rate} from :metric{indicator=homicide-rate field=baseline} to :metric{indicator=homicide-rate field=current}.

A numbered figure (kind: baseline-current, time-series with from= and to= years, status-by-pillar,
partner-map with colorBy=status, coverage-grid, ewg-timeline):
  ::chart[Homicide rate, baseline and latest]{#fig-homicide kind=baseline-current indicator=homicide-rate}

A numbered table of one indicator by partner, or of a pillar's indicators:
  ::indicator-table[Homicide rate by partner]{#tab-homicide indicator=homicide-rate}
  ::pillar-table[Context indicators]{#tab-context pillar=context}

A count from the reference data (partner-countries, partner-organizations, pillars, indicators,
ewg-meetings, trifold-meetings, rp-anc-countries, rp-see-countries):
  :fact{name=rp-anc-countries}

A cross-reference to a figure, table, chapter, section or annex: :ref{#fig-homicide}

A figure of your own in Vega-Lite, drawing on the project's data by name (observations,
metrics, aggregates, countries, organizations, indicators, pillars, ewg-meetings):
  :::vega-lite[Title]{#fig-own description="What the chart shows."}
  ...a json code block with the Vega-Lite specification...
  :::

See README.md, "Writing chapters", for every attribute.
-->
`;
}

/** README.md: how to go on. */
export function readmeTemplate(year: number): string {
  return `# Implementing the Vienna Declaration: global report

This project builds the annual global report on implementing the Vienna Declaration (Paris Pact
Initiative, UNODC) with vdr. Its reference data (partner countries,
organizations, pillars, Expert Working Group meetings, glossary) is real; the indicators and their
figures are yours to add.

## Build the report

\`\`\`sh
npx vdr validate                  # checks the data and the chapters: every problem with file:line:column
npx vdr build                     # output/${year}/build/: report.html, report.pdf, metrics.json, metrics.csv
npx vdr preview                   # a live preview on http://127.0.0.1:4173
npx vdr publish --version 1.0.0   # a versioned, checksummed edition in output/${year}/1.0.0/
\`\`\`

## Bring your own data

1. Declare each indicator in \`data/indicators.yaml\` (the file's comments show an entry), and any
   unit of your own in \`data/units.yaml\` (such as a rate per 100,000 population).
2. Import the figures as the partners or a public source send them, CSV or Excel, long or wide,
   countries by code or by name:
   \`npx vdr import FILE --indicator ID --kind reported\` (or \`--kind compiled --source "..."\`).
   It writes \`data/observations/\`, names the file in \`data/datasets.yaml\`, and checks the result;
   on any problem it writes nothing and says where the problem is in your file.
3. Write the chapters in \`content/${year}/\` (\`introduction.md\` explains each directive in its
   comments), and list them in \`content/${year}/edition.yaml\`.
4. \`npx vdr validate\`, then \`npx vdr build\`.

Each observations file says what its figures are (\`kind\` in \`data/datasets.yaml\`): the report
says so on its cover and, when they are of several kinds, under each figure and table.

## Layout

| path | what it holds |
| --- | --- |
| \`data/datasets.yaml\` | every data file and the reporting window |
| \`data/reference/\` | partner countries and their names by year, organizations, pillars, EWG meetings, glossary |
| \`data/indicators.yaml\`, \`data/units.yaml\` | the indicator catalogue and your own units |
| \`data/observations/\` | the figures, one CSV per file named in datasets.yaml |
| \`schemas/\` | the JSON Schemas the data is checked against |
| \`content/\` | the editions, one folder per year, and the UN documents the chapters cite |
| \`output/\` | what vdr writes (not committed) |
`;
}

/** .gitignore: what vdr writes, and installed packages. */
export function gitignoreTemplate(): string {
  return 'output/\nnode_modules/\n';
}
