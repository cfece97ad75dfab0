/**
 * A choropleth of the partner countries, from Portugal to China and from Scandinavia to India
 * (see geometry.ts for the projection). Partners are coloured by priority programme, or by the
 * status of one indicator, which also puts a status symbol on each partner; non-partners are
 * grey. Names are placed where they fit without overlapping (map-labels.ts). Partners outside the
 * frame (Australia, Canada, Japan, the United States) are named in the description and marked in
 * the table, so the reader loses nothing.
 */
import type { Feature } from 'geojson';
import type { Country, PriorityProgramme } from '../../model.js';
import type { Status } from '../../metrics/types.js';
import { mapFrame, PROJECTION, shownAsAnother } from '../geometry.js';
import { anchorOf, LABEL_SIZE, placeLabels, type Anchor } from '../map-labels.js';
import type { BuildInput, BuiltChart, PartnerMapRequest } from '../request.js';
import { INK, NON_PARTNER, PROGRAMME_STYLE, STATUS_ORDER, STATUS_STYLE, themeConfig } from '../theme.js';
import { compareText, indicatorOf, joinNames, VEGA_LITE_SCHEMA } from './lookup.js';

export const MAP_SIZE = { width: 760, height: 500 } as const;

/** Pixels from a status symbol down to the centre of the name under it. */
const SYMBOL_GAP = 11;

/** Countries smaller than this on the map, in square pixels, also get a marker in their colour. */
const TINY = 40;

/** The UN's standard map disclaimer, for the source note. */
export const MAP_DISCLAIMER =
  'The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance by the United Nations';

/** The programme order of legends and tables. */
const PROGRAMMES: readonly PriorityProgramme[] = ['RP ANC', 'RP SEE', 'none'];
const DARK: ReadonlySet<string> = new Set([PROGRAMME_STYLE['RP ANC'].color, PROGRAMME_STYLE['RP SEE'].color, STATUS_STYLE.improved.color, STATUS_STYLE.worsened.color]);

/** A name without its parenthetical part, for the map only: "Iran (Islamic Republic of)" to "Iran". */
export function mapName(name: string): string {
  const cut = name.indexOf(' (');
  return cut > 0 ? name.slice(0, cut) : name;
}

interface Category {
  label: string;
  color: string;
  /** Border colour: white between dark countries, grey round the light ones so they stand out from the sea. */
  stroke: string;
  shape: string;
}

/** Fills so light that white borders would lose them against the white sea. */
const LIGHT_FILLS: ReadonlySet<string> = new Set([STATUS_STYLE['no-baseline'].color, STATUS_STYLE['no-current-data'].color]);

interface Placed {
  iso3: string;
  name: string;
  category: string;
  x: number;
  y: number;
  /** Whether the country's colour is dark, so its symbol and name are white. */
  dark: boolean;
  label: string | null;
  /** Too small to see as a shape: drawn as a marker in its colour. */
  tiny: boolean;
}

/**
 * Builds the partner map.
 *
 * @param request
 *   What colours the partners: 'programme' (default) or 'status' with an indicator.
 * @param input
 *   Data, metrics and edition year.
 */
export function build(request: PartnerMapRequest, input: BuildInput): BuiltChart {
  const { width, height } = MAP_SIZE;
  const focus = request.focus ?? 'all';
  const frame = mapFrame(width, height, focus);
  const countries = input.dataset.reference.countries;
  const byStatus = request.colorBy === 'status';
  const indicator = byStatus ? indicatorOf(input.dataset, request.indicator ?? '') : undefined;

  const statusOf = new Map<string, Status>();
  if (indicator) {
    for (const m of input.metrics.entities) if (m.indicator === indicator.id && m.sex === 'total') statusOf.set(m.entity, m.status);
  }
  const statusCategory = (s: Status): Category => ({ ...STATUS_STYLE[s], stroke: LIGHT_FILLS.has(STATUS_STYLE[s].color) ? STATUS_STYLE[s].stroke : INK.background });
  const programmeCategory = (p: PriorityProgramme): Category => ({ ...PROGRAMME_STYLE[p], stroke: INK.background, shape: 'square' });
  const statusOfCountry = (c: Country): Status => statusOf.get(c.iso3) ?? 'no-current-data';
  const categoryOf = (c: Country): Category => (indicator ? statusCategory(statusOfCountry(c)) : programmeCategory(c.priority_programme));
  const nonPartner: Category = { label: NON_PARTNER.label, color: NON_PARTNER.color, stroke: NON_PARTNER.stroke, shape: 'square' };
  const categories: Category[] = [
    ...(indicator
      ? STATUS_ORDER.filter((s) => countries.some((c) => statusOfCountry(c) === s)).map(statusCategory)
      : PROGRAMMES.filter((p) => countries.some((c) => c.priority_programme === p)).map(programmeCategory)),
    nonPartner,
  ];

  const partnerByM49 = new Map(countries.map((c) => [c.m49, c]));
  // The category is a foreign member at the top of each feature, named as in the other layers,
  // so that vega-lite makes one legend of all of them.
  const features: (Feature & { category: string })[] = frame.shapes.map((shape) => {
    const partner = shape.id === undefined ? undefined : partnerByM49.get(shape.id);
    return {
      type: 'Feature',
      category: partner ? categoryOf(partner).label : nonPartner.label,
      properties: { name: partner?.name ?? shape.name },
      geometry: shape.geometry,
    };
  });

  // Anchors, then names that fit.
  const anchors = new Map<string, Anchor>();
  for (const shape of frame.shapes) {
    const partner = shape.id === undefined ? undefined : partnerByM49.get(shape.id);
    // A shape shown as part of another country (geometry.ts) gets no symbol or name of its own.
    if (!partner || shownAsAnother(shape)) continue;
    const anchor = anchorOf(shape);
    if (anchor && anchor.x >= 0 && anchor.x <= width && anchor.y >= 0 && anchor.y <= height) anchors.set(partner.iso3, anchor);
  }
  const onMap = countries.filter((c) => anchors.has(c.iso3));
  const labels = placeLabels(
    onMap.map((c) => ({ key: c.iso3, texts: [mapName(c.name), c.iso3], anchor: anchors.get(c.iso3)! })),
    { width, height },
    indicator ? SYMBOL_GAP : 0,
  );
  const placed: Placed[] = onMap.map((c) => {
    const a = anchors.get(c.iso3)!;
    const category = categoryOf(c);
    return {
      iso3: c.iso3,
      name: c.name,
      category: category.label,
      x: a.x,
      y: a.y,
      dark: DARK.has(category.color),
      label: labels.get(c.iso3) ?? null,
      tiny: a.area < TINY,
    };
  });
  const offMap = countries.filter((c) => !anchors.has(c.iso3)).map((c) => c.name).sort(compareText);

  const scale = { domain: categories.map((c) => c.label), range: categories.map((c) => c.color) };
  const strokeScale = { domain: scale.domain, range: categories.map((c) => c.stroke) };
  const legend = { title: indicator ? `${indicator.title}: status in ${input.year}` : 'Partner countries', orient: 'bottom', direction: 'horizontal', columns: 4, symbolSize: 120 };
  // A condition, not a field: a field on fill would split the legend.
  const ink = { condition: { test: 'datum.dark', value: INK.background }, value: INK.text };
  const point = { longitude: { field: 'x', type: 'quantitative' }, latitude: { field: 'y', type: 'quantitative' } };
  const spec = {
    $schema: VEGA_LITE_SCHEMA,
    config: { ...themeConfig(), view: { stroke: INK.rule, strokeWidth: 0.5 } },
    width,
    height,
    // Shapes are projected in pixels at build time (geometry.ts); vega only draws them.
    projection: { type: 'identity', scale: 1, translate: [0, 0] },
    usermeta: { projection: { ...PROJECTION, focus, source: 'world-atlas countries-50m (Natural Earth), projected by vdr' } },
    layer: [
      {
        data: { name: 'shapes' },
        mark: { type: 'geoshape', strokeWidth: 0.6, strokeJoin: 'round' },
        encoding: { fill: { field: 'category', type: 'nominal', scale, legend }, stroke: { field: 'category', type: 'nominal', scale: strokeScale } },
      },
      {
        // No points, only the legend: colour and shape in one.
        data: { values: categories.map((c) => ({ category: c.label })) },
        transform: [{ filter: 'false' }],
        mark: { type: 'point', filled: true, opacity: 1 },
        encoding: {
          ...point,
          fill: { field: 'category', type: 'nominal', scale, legend },
          shape: { field: 'category', type: 'nominal', scale: { domain: scale.domain, range: categories.map((c) => c.shape) } },
          stroke: { field: 'category', type: 'nominal', scale: strokeScale },
        },
      },
      {
        // Countries too small to see (Malta, Luxembourg): a circle in their colour.
        data: { values: placed.filter((p) => p.tiny) },
        mark: { type: 'point', shape: 'circle', filled: true, opacity: 1, size: indicator ? 150 : 60, stroke: INK.text, strokeWidth: 0.8 },
        encoding: { ...point, fill: { field: 'category', type: 'nominal', scale, legend } },
      },
      ...(indicator
        ? STATUS_ORDER.map((s) => ({
            data: { values: placed.filter((p) => p.category === STATUS_STYLE[s].label) },
            mark: { type: 'point', shape: STATUS_STYLE[s].shape, filled: true, opacity: 1, size: 36, strokeWidth: 0 },
            encoding: { ...point, fill: ink },
          })).filter((layer) => layer.data.values.length > 0)
        : []),
      {
        data: { values: placed.filter((p) => p.label !== null) },
        mark: { type: 'text', fontSize: LABEL_SIZE, baseline: 'middle', align: 'center', dy: indicator ? SYMBOL_GAP : 0 },
        encoding: { ...point, text: { field: 'label' }, fill: ink },
      },
    ],
    // The country shapes, in frame pixels: a named dataset, which the renderer passes to vega directly.
    datasets: { shapes: features },
  };

  const rows = [...countries]
    .sort((a, b) => compareText(a.name, b.name))
    .map((c) => [
      c.name,
      c.priority_programme === 'none' ? null : c.priority_programme,
      ...(indicator ? [STATUS_STYLE[statusOfCountry(c)].label] : []),
      anchors.has(c.iso3) ? (labels.get(c.iso3) ?? 'yes, not named') : 'no: outside the map',
    ]);
  const unnamed = placed.filter((p) => p.label === null).length;
  return {
    spec,
    table: {
      caption: indicator ? `Partner countries: status of ${indicator.title.toLowerCase()}, ${input.year}` : 'Partner countries by priority programme',
      columns: ['Country', 'Priority programme', ...(indicator ? [`Status in ${input.year}`] : []), 'Named on the map as'],
      rows,
    },
    describe:
      (focus === 'all'
        ? 'Map from Western Europe to China and India; non-partner countries are grey.'
        : `Map of the priority countries of ${focus} and their neighbours; non-partner countries are grey.`) +
      (indicator ? ' Each partner carries the symbol of its status.' : '') +
      (unnamed ? ` ${unnamed} partner countries are too small on the map to be named there; the table lists them all.` : '') +
      (offMap.length && focus === 'all' ? ` Outside the map: ${joinNames(offMap)}.` : ''),
    source: `${indicator ? `${indicator.source}. ` : ''}Map: Natural Earth via world-atlas. ${MAP_DISCLAIMER}`,
  };
}
