/** The charts' words in English (UN usage, as the report's: pipeline/i18n/en.ts). */
import type { ChartStrings } from './strings.js';

/** "A", "A and B", "A, B and C". */
const list = (names: readonly string[]): string => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`);

export const en: ChartStrings = {
  units: { kg: 'kg', count: 'number', percent: '%', days: 'days' },
  withUnit: (title, unit) => `${title} (${unit})`,
  list,
  separator: ', ',
  pillarNumber: (id) => `Pillar ${id}:`,
  shortName: (name) => {
    const cut = name.indexOf(' (');
    return cut > 0 ? name.slice(0, cut) : name;
  },

  programmes: { 'RP ANC': 'RP ANC priority country', 'RP SEE': 'RP SEE priority country', none: 'Other partner country' },
  nonPartner: 'Not a partner',
  figureReported: 'Reported',
  figureAfterBreak: 'After a series break',

  baselineCurrent: {
    baseline: (year) => `Baseline (${year})`,
    figureIn: (year, earliest) => (earliest === undefined ? year : `${year} or latest available (${earliest}\u2013${year})`),
    legendTitle: (figureIn) => `Open circle: baseline; symbol: figure in ${figureIn}, by status`,
    caption: (indicator, baselineYear, year) => `${indicator}: baseline ${baselineYear} and current figures, ${year}`,
    columns: { entity: 'Entity', baselineYear: 'Baseline year', baseline: 'Baseline', currentYear: 'Current year', current: 'Current', change: 'Change', status: 'Status' },
    describe: (d) =>
      `${d.entities.text} entities; ${d.withoutBaseline.text} without a baseline` +
      (d.withoutCurrent.n ? `, ${d.withoutCurrent.text} without a current figure` : '') +
      (d.notShown.length > 0 ? `; not reported (no figure up to ${d.year}), so not shown: ${d.notShown.join(', ')}` : '') +
      (d.logarithmic ? '. The axis is logarithmic: each tick is ten times the one before.' : '.'),
  },

  timeSeries: {
    legendTitle: (unit, baselineYear) => `Figures (${unit}${baselineYear === undefined ? '' : `; dashed line: baseline year ${baselineYear}`})`,
    caption: (indicator, unit, first, last) => `${indicator} (${unit}), ${first}-${last}`,
    columns: { entity: 'Entity', flagged: 'Estimated or provisional' },
    flaggedYear: (year, flag) => `${year} (${flag})`,
    describe: (d) => `${d.panels.text} panels, ${d.first} to ${d.last}` + (d.shared ? ', all on one scale.' : '; each panel has its own scale, so compare shapes, not heights.'),
  },

  statusByPillar: {
    legendTitle: (year) => `Status in ${year}`,
    axisIndicators: 'Entity figures (countries or organizations)',
    axisPillars: 'Entity figures (indicator x country or organization)',
    captionPillar: (id, title, year) => `Status of the figures of pillar ${id} (${title}) by indicator, ${year}`,
    captionAll: (year) => `Status of the figures by pillar, ${year}`,
    columns: { indicator: 'Indicator', pillar: 'Pillar', total: 'Total' },
    describe: 'Each bar counts the figures (sex: total) by status, in the order of the legend; segments wide enough show their status symbol and count.',
    source: 'Metrics computed by vdr from the indicator figures (data/observations)',
  },

  coverageGrid: {
    legend: {
      reported: 'Reported',
      estimate: 'Estimate (E)',
      provisional: 'Provisional (P)',
      missing: 'Not reported, reason given (?)',
      'not-applicable': 'Not applicable (\u2013)',
      'no-data': 'No row in the data',
    },
    marks: { estimate: 'E', provisional: 'P', missing: '?', notApplicable: '\u2013' },
    cells: { reported: 'reported', notApplicable: 'not applicable', noRow: 'no row', notReportedBecause: (reason) => `not reported (${reason})` },
    legendTitle: (year) => `Figures for ${year}`,
    caption: (year) => `Data coverage ${year}: figures per country and indicator`,
    columns: { country: 'Country' },
    describe: (d) =>
      `${d.countries.text} countries by ${d.indicators.text} indicators for ${d.year}: ` +
      `${d.reported.text} figures reported, ${d.estimates.text} estimates, ${d.provisional.text} provisional, ` +
      `${d.missing.text} not reported with a reason, ${d.notApplicable.text} not applicable, and ${d.noRow.text} with no row.`,
    source: 'Indicator figures in data/observations',
  },

  ewgTimeline: {
    formats: { trifold: 'Tri-fold meeting (three EWGs at one venue)', single: 'Single meeting' },
    caption: (first, last) => `Expert Working Group meetings, ${first}-${last}`,
    columns: { number: 'EWG', topic: 'Topic', host: 'Host', city: 'City', country: 'Country', month: 'Month', year: 'Year', pillars: 'Pillars', trifold: 'Tri-fold' },
    describe: (d) =>
      `${d.meetings.text} meetings from ${d.from} to ${d.to}, numbered as in the table; ` + d.perPillar.map((p) => `pillar ${p.id}: ${p.count.text}`).join(', ') + '.',
    source: 'Paris Pact Initiative: list of Expert Working Groups (data/reference/ewg-meetings.csv)',
  },

  partnerMap: {
    disclaimer: 'The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance by the United Nations',
    overviewRegion: 'Europe to East Asia',
    overviewTitle: (region) => `Overview: ${region}`,
    insetTitle: (title) => `Inset: ${title}`,
    where: { main: 'main map', overview: 'overview', inset: (title) => `inset ${title}`, notDrawn: 'not drawn' },
    legendStatus: (indicator, year) => `${indicator}: status in ${year}`,
    legendProgramme: 'Partner countries',
    keyTitle: 'Key: partner countries by ISO code',
    captionStatus: (indicator, year) => `Partner countries: status of ${indicator.toLowerCase()}, ${year}`,
    captionProgramme: 'Partner countries by priority programme',
    columns: { country: 'Country', code: 'Code', programme: 'Priority programme', status: (year) => `Status in ${year}`, drawnIn: 'Drawn in', codeShown: 'Code shown on the map' },
    codeShown: { yes: 'yes', no: 'no: no room' },
    insetWithNames: (title, names) => `${title} (${list(names)})`,
    overviewInset: 'an overview of the other partners from Europe to East Asia',
    describe: (d) =>
      (d.focus === 'all' ? 'Map of the partner countries from Western Europe to Japan and India' : `Map of the priority countries of ${d.focus} and their neighbours`) +
      (d.insets.length ? `, with framed insets at other scales: ${list(d.insets)}` : '') +
      "; non-partner countries are grey. Every partner is drawn and labelled with its ISO code where the code fits; the key under the map gives each code's country." +
      (d.byStatus ? ' Each partner carries the symbol of its status.' : '') +
      (d.partly.length ? ` The edge of the map cuts off part of: ${list(d.partly)}.` : '') +
      (d.unlabelled.length ? ` Without their code on the map, for want of room (the key and the table name them): ${list(d.unlabelled)}.` : ''),
    source: (indicatorSource, disclaimer) => `${indicatorSource === undefined ? '' : `${indicatorSource}. `}Map: Natural Earth via world-atlas. ${disclaimer}`,
  },

  partnerPillar: {
    keyBaseline: 'Baseline',
    keyCurrent: 'Current figure, by status',
    figures: (baseline, current, comparable) =>
      baseline !== undefined && current !== undefined ? (comparable ? `${baseline} to ${current}` : `${baseline}; ${current}`) : (baseline ?? current ?? ''),
    statusLine: (status, from, to) => {
      const years = from !== undefined && to !== undefined && from !== to ? `${from}\u2013${to}` : (from ?? to);
      return years === undefined ? status : `${status}, ${years}`;
    },
    seriesBreak: (year) => `Series break in ${year}: not comparable`,
    none: (pillar) => `This partner is expected to report no indicator of this pillar (${pillar}).`,
    caption: (entity, pillar, year) => `Baseline and current figures of ${entity}, ${pillar}, ${year}`,
    columns: {
      indicator: 'Indicator',
      unit: 'Unit',
      baselineYear: 'Baseline year',
      baseline: 'Baseline',
      currentYear: 'Current year',
      current: 'Current',
      change: 'Change',
      status: 'Status',
      seriesBreak: 'Series break',
    },
    title: (entity, pillar) => `Baseline and current figures of ${entity}, ${pillar}`,
    description: (entity, pillar) => `For each indicator of ${pillar}, the baseline and the current figure of ${entity}, with the current figure's status.`,
    describe: (d) =>
      `One row per indicator, each on its own scale from zero to a round figure at or above its larger figure (percentages from 0 to 100), so a row's length compares its two figures, not one indicator with another. ` +
      `${d.indicators.text} indicator${d.indicators.n === 1 ? '' : 's'}, ${d.withFigures.text} with figures` +
      (d.notReported.length > 0 ? `; not reported: ${list(d.notReported)}` : '') +
      (d.notComparable.length > 0 ? `; not comparable across a series break: ${list(d.notComparable)}` : '') +
      '.',
  },

  custom: { source: 'Chart specified in the report text; figures from the project data and metrics' },
};
