/**
 * The Expert Working Group meetings over time, from the reference data: one row per pillar, one
 * symbol per meeting at its month, numbered; a diamond for meetings held as part of a tri-fold
 * (three EWGs at one venue), a circle otherwise. A meeting serving several pillars shows in each
 * of their rows. Time is a plain number (year + month), so no time zone can move a meeting.
 */
import type { BuildInput, BuiltChart, EwgTimelineRequest } from '../request.js';
import { INNER, widest } from '../fit.js';
import { FONT_SIZE, LABEL_GAP as GAP, namesAxis, INK, legendOrder, PILLAR_COLOR, themeConfig } from '../theme.js';
import { languageOf, VEGA_LITE_SCHEMA } from './lookup.js';

/** The height of a pillar's row, in pixels. */
const ROW = 56;

/**
 * Builds the EWG timeline.
 *
 * @param request
 *   The last year shown (optional; default: the edition year).
 * @param input
 *   Data, metrics and edition year.
 */
export function build(request: EwgTimelineRequest, input: BuildInput): BuiltChart {
  const until = request.until ?? input.year;
  const language = languageOf(input);
  const words = language.words.ewgTimeline;
  const FORMAT = words.formats;
  const { pillars: pillarList, ewgMeetings, countries } = input.dataset.reference;
  const pillars = [...pillarList].sort((a, b) => a.number - b.number);
  const rowLabel = new Map(pillars.map((p) => [p.id, language.strings.pillarTitle(p.id, p.short_title)]));
  const meetings = ewgMeetings.filter((m) => m.year <= until).sort((a, b) => a.number - b.number);
  const first = Math.min(input.dataset.window.first, ...meetings.map((m) => m.year));
  const points = meetings.flatMap((m) =>
    m.pillars.map((p) => ({
      number: m.number,
      pillar: rowLabel.get(p) ?? p,
      pillarId: p,
      when: Math.round((m.year + (m.month - 0.5) / 12) * 1000) / 1000,
      format: m.trifold ? FORMAT.trifold : FORMAT.single,
    })),
  );
  const presentFormats = [FORMAT.single, FORMAT.trifold].filter((f) => points.some((p) => p.format === f));
  const years = Array.from({ length: until - first + 2 }, (_, i) => first + i);
  // Names on two lines, the pillar's number above its title; the years take the width they leave.
  const names: Record<string, string[]> = Object.fromEntries(pillars.map((p) => [rowLabel.get(p.id), [language.words.pillarNumber(p.id), p.short_title]]));
  const spec = {
    $schema: VEGA_LITE_SCHEMA,
    config: themeConfig(language),
    width: INNER.width - widest(Object.values(names).flat(), FONT_SIZE.label) - GAP,
    height: { step: ROW },
    data: { values: points },
    encoding: {
      x: {
        field: 'when',
        type: 'quantitative',
        title: null,
        scale: { domain: [first, until + 1], nice: false },
        axis: { values: years, format: 'd', grid: true, labelFlush: true },
      },
      y: {
        field: 'pillar',
        type: 'nominal',
        sort: pillars.map((p) => rowLabel.get(p.id)),
        scale: { domain: pillars.map((p) => rowLabel.get(p.id)) },
        title: null,
        axis: {
          ...namesAxis(names),
          grid: true,
          gridDash: [1, 3],
          // Right to left, the pillars' names stand at the right; time still runs left to right.
          ...(language.rtl ? { orient: 'right' } : {}),
        },
      },
    },
    layer: [
      {
        mark: { type: 'point', filled: true, opacity: 1, size: 110, stroke: INK.background, strokeWidth: 1 },
        encoding: {
          fill: { field: 'pillarId', type: 'nominal', scale: { domain: pillars.map((p) => p.id), range: pillars.map((p) => PILLAR_COLOR[p.id]) }, legend: null },
          shape: {
            field: 'format',
            type: 'nominal',
            scale: { domain: presentFormats, range: presentFormats.map((f) => (f === FORMAT.trifold ? 'diamond' : 'circle')) },
            legend: { title: null, orient: 'top', direction: 'horizontal', symbolFillColor: INK.text, symbolStrokeWidth: 0, ...legendOrder(presentFormats, presentFormats.length, language) },
          },
        },
      },
      {
        mark: { type: 'text', dy: -13, fontSize: 10, baseline: 'bottom', align: 'center' },
        encoding: { text: { field: 'number', type: 'quantitative' } },
      },
    ],
  };
  const countryName = new Map(countries.map((c) => [c.iso3, c.name]));
  return {
    spec,
    table: {
      caption: words.caption(language.year(first), language.year(until)),
      columns: Object.values(words.columns),
      rows: meetings.map((m) => [
        m.number,
        m.topic,
        m.host ?? null,
        m.city,
        countryName.get(m.country) ?? m.country,
        m.month >= 1 && m.month <= 12 ? language.month(m.month) : null,
        m.year,
        m.pillars.join(language.words.separator),
        m.trifold ? language.strings.yes : language.strings.no,
      ]),
    },
    describe: words.describe({
      meetings: language.count(meetings.length),
      from: language.year(meetings[0]?.year ?? first),
      to: language.year(meetings[meetings.length - 1]?.year ?? until),
      perPillar: pillars.map((p) => ({ id: p.id, count: language.count(meetings.filter((m) => m.pillars.includes(p.id)).length) })),
    }),
    source: words.source,
  };
}
