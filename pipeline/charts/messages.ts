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
  notRenderable: (detail: string): MessageText => ({
    ruleId: 'chart/compile',
    reason: `Vega-Lite cannot draw this chart: ${detail}`,
    fix: 'check the fields and encodings the message names',
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
