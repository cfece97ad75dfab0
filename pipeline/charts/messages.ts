/**
 * Every message the charts stage can give, in one place: what is wrong (reason) and what to do
 * (fix), as sentences without a final full stop. The caller adds the file, place and value found
 * (diagnostics/message.ts).
 */
import type { MessageText } from '../diagnostics/message.js';
import { didYouMean, list } from '../diagnostics/wording.js';

export const chartMessages = {
  // The custom Vega-Lite block
  jsonSyntax: (detail: string): MessageText => ({
    ruleId: 'chart/json-syntax',
    reason: `the chart specification cannot be read as JSON: ${detail}`,
    fix: 'check the commas, brackets and double quotes at this place',
  }),
  notAnObject: (): MessageText => ({
    ruleId: 'chart/not-object',
    reason: 'a chart specification must be a JSON object, in { and }',
    fix: 'write the Vega-Lite specification as one object, such as { "mark": "bar", "data": { "name": "metrics" }, ... }',
  }),
  unknownProperty: (property: string, where: string, suggestion: string | undefined, allowed: readonly string[]): MessageText => ({
    ruleId: 'chart/unknown-property',
    reason: `Vega-Lite has no property ${property} in ${where}${didYouMean(suggestion)}`,
    fix: allowed.length && allowed.length <= 30 ? `use one of: ${list(allowed)}` : 'remove it, or correct its name (see the Vega-Lite documentation)',
  }),
  notAllowedValue: (where: string, allowed: readonly unknown[], suggestion: string | undefined): MessageText => ({
    ruleId: 'chart/value',
    reason: `${where} is not one of the values Vega-Lite allows here${didYouMean(suggestion)}`,
    fix: `write one of: ${list(allowed.map((v) => JSON.stringify(v)))}`,
  }),
  wrongType: (where: string, expected: string): MessageText => ({
    ruleId: 'chart/type',
    reason: `${where} has the wrong type for Vega-Lite`,
    fix: `write ${expected}`,
  }),
  missingProperty: (property: string, where: string): MessageText => ({
    ruleId: 'chart/missing-property',
    reason: `${where} needs a property ${property}`,
    fix: `add "${property}"`,
  }),
  schema: (where: string, detail: string): MessageText => ({
    ruleId: 'chart/schema',
    reason: `${where} is not valid Vega-Lite (${detail})`,
    fix: 'compare it with an example in the Vega-Lite documentation for this property',
  }),
  url: (key: string): MessageText => ({
    ruleId: 'chart/url',
    reason: `charts may not load anything from a URL or a file (found ${key}); a report must build offline from its own data`,
    fix: 'name one of the project\'s datasets instead, such as "data": { "name": "observations" }',
  }),
  inlineValues: (): MessageText => ({
    ruleId: 'chart/inline-values',
    reason: 'a chart may not carry its own figures: every number in the report comes from the data and the metrics',
    fix: 'name one of the project\'s datasets, such as "data": { "name": "metrics" }, and select rows with a "filter" transform',
  }),
  unknownDataset: (name: string, allowed: readonly string[], suggestion: string | undefined): MessageText => ({
    ruleId: 'chart/unknown-dataset',
    reason: `the chart names the dataset ${name}, which the project does not have${didYouMean(suggestion)}`,
    fix: `name one of: ${list(allowed)}`,
  }),
  noData: (): MessageText => ({
    ruleId: 'chart/no-data',
    reason: 'the chart names no data',
    fix: 'add "data": { "name": "observations" } (or metrics, aggregates, countries, indicators, pillars, ewg-meetings, organizations)',
  }),
  duplicateKey: (name: string, firstLine: number): MessageText => ({
    ruleId: 'chart/duplicate-key',
    reason: `the property ${name} is given twice in one object (first on line ${firstLine}); JSON readers would keep only one of them without a word`,
    fix: `keep one ${name} and remove the other`,
  }),
  nonFinite: (): MessageText => ({
    ruleId: 'chart/number-range',
    reason: 'this number is too large to be represented (beyond about 1.8e308) and would be read as infinity',
    fix: 'write a number within range; a chart needs no number this large',
  }),
  tooDeep: (limit: number): MessageText => ({
    ruleId: 'chart/json-nesting',
    reason: `the chart specification nests objects and arrays more than ${limit} deep; a Vega-Lite chart needs about ten levels`,
    fix: 'remove the extra levels of { } and [ ] starting here',
  }),
  tooManyRows: (what: string, rows: string, limit: number): MessageText => ({
    ruleId: 'chart/limit-rows',
    reason: `${what} would make ${rows} rows; a chart may make at most ${limit.toLocaleString('en')} rows, so that it is drawn in bounded memory and time`,
    fix: 'make the range smaller or the step larger (for a density, fewer steps), or filter the rows first',
  }),
  tooLarge: (where: string, limit: number): MessageText => ({
    ruleId: 'chart/limit-size',
    reason: `${where} is larger than ${limit.toLocaleString('en')} pixels, the largest a chart may be (a report page is about 700 pixels wide)`,
    fix: `write a size of at most ${limit.toLocaleString('en')}, or leave it out for the report's default`,
  }),
  tooManyTicks: (where: string, limit: number): MessageText => ({
    ruleId: 'chart/limit-ticks',
    reason: `${where} asks for more than ${limit.toLocaleString('en')} ticks or bins`,
    fix: `write at most ${limit.toLocaleString('en')}, or leave it out for Vega-Lite's default`,
  }),
  tooHighOrder: (limit: number): MessageText => ({
    ruleId: 'chart/limit-order',
    reason: `a regression's order may be at most ${limit}; higher orders take memory by the square of the order and fit noise`,
    fix: `write an order of at most ${limit}, such as 2 or 3`,
  }),
  expressionFeature: (name: string, detail: string): MessageText => ({
    ruleId: 'chart/limit-expression',
    reason: `${name}() in an expression ${detail}`,
    fix: `write its size as a number in the expression, within the limit, or make the rows with a "sequence" data source instead`,
  }),
  expressionError: (detail: string): MessageText => ({
    ruleId: 'chart/expression',
    reason: `Vega cannot read this expression: ${detail}`,
    fix: 'check the spelling of functions and fields (fields are written datum.field), and the brackets and quotes',
  }),
  remoteReference: (what: string): MessageText => ({
    ruleId: 'chart/remote-reference',
    reason: `the chart refers to something outside the report (${what}); the report must build, show and print offline, and must not make requests when it is read`,
    fix: 'remove it: colours are written as names or codes such as "#1f77b4", and data comes from the project\'s datasets',
  }),
  notRenderable: (detail: string): MessageText => ({
    ruleId: 'chart/compile',
    reason: `Vega-Lite cannot draw this chart: ${detail}`,
    fix: 'check the fields and encodings the message names',
  }),

  // Drawing (render.ts, pool.ts): each at the chart's block in the Markdown file
  renderFailed: (detail: string): MessageText => ({
    ruleId: 'chart/render',
    reason: `Vega could not draw this chart: ${detail}`,
    fix: 'check the fields, transforms and expressions the message names',
  }),
  renderMemory: (limitMb: number): MessageText => ({
    ruleId: 'chart/limit-memory',
    reason: `drawing this chart took more than ${limitMb} MB of memory, so it was stopped`,
    fix: 'draw fewer rows or marks: filter or aggregate the data, or make generated ranges smaller',
  }),
  renderTime: (seconds: number): MessageText => ({
    ruleId: 'chart/limit-time',
    reason: `drawing this chart took more than ${seconds} seconds, so it was stopped`,
    fix: 'draw fewer rows or marks, and check regular expressions in the chart for patterns that can take very long (such as (a+)+)',
  }),
  renderStopped: (detail: string): MessageText => ({
    ruleId: 'chart/render-stopped',
    reason: `the thread drawing this chart stopped: ${detail}`,
    fix: 'build again; if it stops again, draw fewer rows or marks',
  }),
  tooManyMarks: (marks: number, limit: number): MessageText => ({
    ruleId: 'chart/limit-marks',
    reason: `the chart draws ${marks.toLocaleString('en')} marks; a chart may draw at most ${limit.toLocaleString('en')}, which is more than a page can show legibly`,
    fix: 'filter or aggregate the rows before drawing them',
  }),
  drawnTooLarge: (size: string, limit: number): MessageText => ({
    ruleId: 'chart/limit-size',
    reason: `the chart is drawn ${size} pixels large; a chart may be at most ${limit.toLocaleString('en')} pixels wide and high`,
    fix: 'make its width, height or steps smaller, or draw fewer categories',
  }),
  drawnRemote: (what: string): MessageText => ({
    ruleId: 'chart/remote-reference',
    reason: `the drawn chart refers to something outside the report (${what}), made by an expression or field value; the report must not make requests when it is read`,
    fix: 'remove the expression or field that makes it: colours are written as names or codes such as "#1f77b4"',
  }),

  // Built-in chart requests
  unknownIndicator: (id: string, suggestion: string | undefined): MessageText => ({
    ruleId: 'chart/unknown-indicator',
    reason: `the chart names the indicator ${id}, which data/indicators.yaml does not have${didYouMean(suggestion)}`,
    fix: 'use an indicator id from data/indicators.yaml',
  }),
  missingIndicator: (kind: string): MessageText => ({
    ruleId: 'chart/missing-indicator',
    reason: `a ${kind} chart needs an indicator`,
    fix: 'add indicator= with an indicator id from data/indicators.yaml',
  }),
  organizationIndicatorOnMap: (id: string): MessageText => ({
    ruleId: 'chart/map-organization-indicator',
    reason: `${id} is reported by partner organizations, which have no place on a map of countries`,
    fix: 'choose an indicator that partner countries report, or show this one as a baseline-current or time-series chart',
  }),
  unknownEntity: (code: string, suggestion: string | undefined): MessageText => ({
    ruleId: 'chart/unknown-entity',
    reason: `${code} is not a partner country's ISO code nor a partner organization's acronym${didYouMean(suggestion)}`,
    fix: 'use codes from data/reference/countries.csv or acronyms from data/reference/organizations.csv',
  }),
  unknownPillar: (pillar: string, allowed: readonly string[]): MessageText => ({
    ruleId: 'chart/unknown-pillar',
    reason: `there is no pillar ${pillar}`,
    fix: `use one of: ${list(allowed)}`,
  }),
  yearOutsideWindow: (year: number, first: number, last: number): MessageText => ({
    ruleId: 'chart/year-window',
    reason: `the year ${year} is outside the reporting window ${first}-${last}`,
    fix: `use a year from ${first} to ${last}`,
  }),
  seriesYearRange: (attribute: 'from' | 'to', year: number, indicator: string, first: number, last: number, figures: { first: number; last: number } | undefined): MessageText => ({
    ruleId: 'chart/series-year-range',
    reason: `${attribute}=${year} is outside the years this edition's time series can draw, ${first} (the reporting window's first year) to ${last} (the edition's year)`,
    fix: `write a year from ${first} to ${last}, or leave ${attribute} out${figures ? `; ${indicator} has figures from ${figures.first} to ${figures.last}` : `; ${indicator} has no figures in those years yet`}`,
  }),
  seriesYearsOrder: (from: number, to: number): MessageText => ({
    ruleId: 'chart/series-year-order',
    reason: `from=${from} is after to=${to}: a time series runs from an earlier year to a later one`,
    fix: `swap them: from=${to} to=${from}`,
  }),
  duplicateId: (id: string): MessageText => ({
    ruleId: 'chart/duplicate-id',
    reason: `two charts have the id ${id}`,
    fix: 'give each chart its own id',
  }),
  emptyText: (field: 'title' | 'description'): MessageText => ({
    ruleId: `chart/no-${field}`,
    reason: `the chart has no ${field}, which screen readers announce in place of the picture`,
    fix: `write a ${field === 'title' ? 'short title' : 'sentence or two on what the chart shows and what to read from it'}`,
  }),
} as const;
