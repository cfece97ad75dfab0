/**
 * A choropleth of every partner country: the main map from Portugal to Japan and from Scandinavia
 * to India (see geometry.ts for the projection), and framed insets under it for partners it does
 * not show whole (Canada and the United States, Australia), plus, on a map zoomed on one regional
 * programme, an overview of all the others. Partners are coloured by priority programme, or by
 * the status of one indicator, which also puts a status symbol on each partner; non-partners are
 * grey. Every partner is labelled by its ISO alpha-3 code where the code fits (map-labels.ts), and
 * a key under the map gives each code's country: codes fit where names do not (Luxembourg,
 * Montenegro, an inset's Japan), so one kind of label serves every country on a printed page.
 */
import type { Feature, Polygon } from 'geojson';
import type { Country, PriorityProgramme } from '../../model.js';
import type { Status } from '../../metrics/types.js';
import { INSET, mapFrame, PROJECTION, SHOWN_WHOLE, shownAsAnother, type Box, type CountryShape, type MapPanel } from '../geometry.js';
import { textWidth } from '../font-metrics.js';
import { anchorOf, LABEL_SIZE, placeLabels, type Anchor } from '../map-labels.js';
import type { BuildInput, BuiltChart, PartnerMapRequest } from '../request.js';
import { INNER, legendColumns, legendHeight, lines, widest } from '../fit.js';
import { chartLanguage, type ChartLanguage } from '../language.js';
import { INK, inkOn, legendOrder, NON_PARTNER, outlineOf, PROGRAMME_STYLE, rtlLegendLabels, STATUS_ORDER, STATUS_STYLE, themeConfig } from '../theme.js';
import { compareText, indicatorOf, languageOf, regionLabel, VEGA_LITE_SCHEMA } from './lookup.js';

/** The main panel's size, the chart's full width; insets and the key of codes add to the height. */
export const MAP_SIZE = { width: INNER.width, height: Math.round(INNER.width / 2) } as const;

/** Pixels from a status symbol down to the centre of the name under it. */
const SYMBOL_GAP = 11;

/** Countries smaller than this, in square pixels, also get a marker in their colour: in the main panel, and in an inset. */
const TINY = { main: 40, inset: 12 } as const;

/** A partner marked in an inset is marked in the main panel too when the main panel shows this much of it, in square pixels. */
const LARGE_PART = 400;

/**
 * The key of codes: font size, line height, the gap above it and between its columns, and the
 * fewest columns it takes (a name too wide for its column is broken over two lines, so that one
 * long name, such as the United Kingdom's full name in Arabic, cannot stack the key in one
 * column taller than the map's whole box).
 */
const KEY = { size: 10, line: 12, gap: 12, column: 8, fewestColumns: 3 } as const;

/** The fewest pixels the main panel keeps, however tall the legend and the key. */
const MAIN_LEAST = 120;

/** Where each entry of the key stands: its column and first line, and its name's lines. */
interface KeyLayout {
  columns: number;
  columnWidth: number;
  /** Lines in the tallest column. */
  linesPerColumn: number;
  entries: { column: number; line: number; name: string[] }[];
}

/**
 * The key laid out column by column in code order: as many columns as the widest entry allows,
 * but at least KEY.fewestColumns, a name wider than its column broken over two lines (lines() cuts
 * a longer one with an ellipsis; the table behind the map has every name whole).
 *
 * @param names
 *   The names as the key prints them, in the key's order.
 * @param codeWidth
 *   The width of the widest code, in pixels.
 * @param width
 *   The key's width, in pixels.
 */
export function keyLayout(names: readonly string[], codeWidth: number, width: number): KeyLayout {
  const natural = Math.floor((width + KEY.column) / (codeWidth + 6 + widest(names, KEY.size) + KEY.column));
  const columns = Math.max(1, Math.min(names.length, Math.max(natural, KEY.fewestColumns)));
  const columnWidth = Math.floor((width + KEY.column) / columns);
  const room = columnWidth - KEY.column - codeWidth - 6;
  const broken = names.map((name) => (textWidth(name, KEY.size) <= room ? [name] : lines(name, room, KEY.size, 2)));
  // The fewest lines per column that hold every entry, each entry whole in one column.
  const total = broken.reduce((sum, b) => sum + b.length, 0);
  for (let perColumn = Math.ceil(total / columns); ; perColumn++) {
    const entries: KeyLayout['entries'] = [];
    let [column, line] = [0, 0];
    for (const name of broken) {
      if (line + name.length > perColumn) [column, line] = [column + 1, 0];
      entries.push({ column, line, name });
      line += name.length;
    }
    if (column < columns) return { columns, columnWidth, linesPerColumn: perColumn, entries };
  }
}

/** The UN's standard map disclaimer, for the source note (in English; each language has its own: `partnerMap.disclaimer`). */
export const MAP_DISCLAIMER = chartLanguage().words.partnerMap.disclaimer;

/** The programme order of legends and tables. */
const PROGRAMMES: readonly PriorityProgramme[] = ['RP ANC', 'RP SEE', 'none'];

/**
 * A name without its parenthetical part, for the map's key only: "Iran (Islamic Republic of)" to "Iran".
 *
 * @param language
 *   The chart's language (optional; default: English).
 */
export function mapName(name: string, language: ChartLanguage = chartLanguage()): string {
  return language.words.shortName(name);
}

interface Category {
  label: string;
  color: string;
  /** Border colour: white between countries dark enough to stand out from the white sea (3:1), darker round the light ones (outlineOf). */
  stroke: string;
  shape: string;
}


/** Where one partner is marked: its panel and anchor. */
interface Home {
  panel: MapPanel;
  anchor: Anchor;
}

interface Placed {
  iso3: string;
  name: string;
  category: string;
  x: number;
  y: number;
  /** The colour of its symbol and code on its fill (inkOn: 4.5:1). */
  ink: string;
  /** Too small to see as a shape: drawn as a marker in its colour. */
  tiny: boolean;
}

interface Label {
  iso3: string;
  label: string;
  x: number;
  y: number;
  /** Its colour: the ink of the country's fill inside it, the text grey beside it. */
  ink: string;
  /** Whether the label is in the partner's home panel. */
  home: boolean;
  /** A leader line from the country's anchor to the label, for a label outside its country. */
  from?: { x: number; y: number };
  to?: { x: number; y: number };
}

/**
 * A panel's title as the map prints it.
 *
 * @param language
 *   The chart's language (optional; default: English).
 * @param region
 *   Names an inset's region (the frame's title, in English) in the chart's language (optional;
 *   default: as the frame gives it).
 */
export function panelTitle(panel: MapPanel, language: ChartLanguage = chartLanguage(), region: (name: string) => string = (name) => name): string {
  const words = language.words.partnerMap;
  return panel.key === 'overview' ? words.overviewTitle(words.overviewRegion) : words.insetTitle(region(panel.title ?? panel.key));
}

/** A panel as the description and the table name it. */
function panelWhere(panel: MapPanel, language: ChartLanguage, region: (name: string) => string): string {
  const { where } = language.words.partnerMap;
  return panel.key === 'main' ? where.main : panel.key === 'overview' ? where.overview : where.inset(region(panel.title ?? panel.key));
}

/** A rectangle as a polygon in frame pixels, for a geoshape. */
function rectangle(box: Box): Polygon {
  const [x0, y0, x1, y1] = [box.x, box.y, box.x + box.width, box.y + box.height];
  return { type: 'Polygon', coordinates: [[[x0, y0], [x0, y1], [x1, y1], [x1, y0], [x0, y0]]] };
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
  const { width } = MAP_SIZE;
  const focus = request.focus ?? 'all';
  const countries = input.dataset.reference.countries;
  const byStatus = request.colorBy === 'status';
  const indicator = byStatus ? indicatorOf(input.dataset, request.indicator ?? '') : undefined;
  const language = languageOf(input);
  const words = language.words.partnerMap;
  const rtl = language.rtl;
  // An inset's region as this language names it: frames keep the data's English names as codes.
  const region = (name: string): string => regionLabel(input.dataset, name);

  const statusOf = new Map<string, Status>();
  if (indicator) {
    for (const m of input.metrics.entities) if (m.indicator === indicator.id && m.sex === 'total') statusOf.set(m.entity, m.status);
  }
  const statusCategory = (s: Status): Category => ({ ...STATUS_STYLE[s], label: language.status(s), stroke: outlineOf(STATUS_STYLE[s].color, STATUS_STYLE[s].stroke) });
  const programmeCategory = (p: PriorityProgramme): Category => ({
    ...PROGRAMME_STYLE[p],
    label: language.words.programmes[p],
    stroke: outlineOf(PROGRAMME_STYLE[p].color, PROGRAMME_STYLE[p].stroke),
    shape: 'square',
  });
  const statusOfCountry = (c: Country): Status => statusOf.get(c.iso3) ?? 'no-current-data';
  const categoryOf = (c: Country): Category => (indicator ? statusCategory(statusOfCountry(c)) : programmeCategory(c.priority_programme));
  const nonPartner: Category = { label: language.words.nonPartner, color: NON_PARTNER.color, stroke: NON_PARTNER.stroke, shape: 'square' };
  const categories: Category[] = [
    ...(indicator
      ? STATUS_ORDER.filter((s) => countries.some((c) => statusOfCountry(c) === s)).map(statusCategory)
      : PROGRAMMES.filter((p) => countries.some((c) => c.priority_programme === p)).map(programmeCategory)),
    nonPartner,
  ];

  // The key: every partner's code and name, in code order, column by column.
  const entries = [...countries].sort((a, b) => compareText(a.iso3, b.iso3));
  const codeWidth = widest(entries.map((c) => c.iso3), KEY.size, true);
  const layout = keyLayout(entries.map((c) => mapName(c.name, language)), codeWidth, width);
  const perColumn = layout.linesPerColumn;
  const columnWidth = layout.columnWidth;
  // The main panel takes the height that the legend above, the insets and the key below leave.
  const legendColumnCount = legendColumns(categories.map((c) => c.label));
  const keyHeight = KEY.gap + KEY.line * (1.5 + perColumn);
  const room = INNER.height - legendHeight(categories.length, legendColumnCount) - INSET.gap - INSET.height - keyHeight;
  const frame = mapFrame(width, Math.max(MAIN_LEAST, Math.min(MAP_SIZE.height, Math.floor(room))), focus, countries.map((c) => ({ m49: c.m49, region: c.region, subregion: c.subregion })));
  const keyTop = frame.height + KEY.gap;

  const partnerByM49 = new Map(countries.map((c) => [c.m49, c]));
  const partnerOf = (shape: CountryShape): Country | undefined => (shape.id === undefined ? undefined : partnerByM49.get(shape.id));
  const [main, ...insets] = frame.panels as [MapPanel, ...MapPanel[]];

  // Each partner is marked (symbol, marker, code) in one panel: the main one when it shows the
  // partner whole, else the first inset made for it.
  const homes = new Map<string, Home>();
  const shapeIn = (panel: MapPanel, c: Country): CountryShape | undefined =>
    panel.shapes.find((s) => s.id === c.m49 && !shownAsAnother(s) && (panel.key === 'main' ? s.shown >= SHOWN_WHOLE : panel.partners.includes(c.m49)));
  const within = (a: Anchor, box: Box): boolean => a.x >= box.x && a.x <= box.x + box.width && a.y >= box.y && a.y <= box.y + box.height;
  for (const c of countries) {
    for (const panel of [main, ...insets]) {
      const shape = shapeIn(panel, c);
      const anchor = shape && anchorOf(shape);
      if (anchor && within(anchor, panel.box)) {
        homes.set(c.iso3, { panel, anchor });
        break;
      }
    }
  }
  // A partner whose home is an inset but of which the main panel shows a large part (China on a
  // map of RP ANC) is marked there too, so that no large coloured country goes unnamed.
  const marks: Home[] = [];
  const markOf = new Map<Home, Country>();
  for (const c of countries) {
    const home = homes.get(c.iso3);
    if (!home) continue;
    const extra: Home[] = [];
    if (home.panel !== main) {
      const shape = main.shapes.find((s) => s.id === c.m49 && !shownAsAnother(s));
      const anchor = shape && anchorOf(shape);
      if (anchor && anchor.area >= LARGE_PART && within(anchor, main.box)) extra.push({ panel: main, anchor });
    }
    for (const mark of [home, ...extra]) {
      marks.push(mark);
      markOf.set(mark, c);
    }
  }
  const tinyIn = (panel: MapPanel): number => (panel.key === 'main' ? TINY.main : TINY.inset);
  const placedOf = new Map<Home, Placed>();
  for (const mark of marks) {
    const c = markOf.get(mark)!;
    const category = categoryOf(c);
    const { anchor } = mark;
    placedOf.set(mark, { iso3: c.iso3, name: c.name, category: category.label, x: anchor.x, y: anchor.y, ink: inkOn(category.color), tiny: anchor.area < tinyIn(mark.panel) });
  }
  const placed = [...placedOf.values()];

  // Codes, panel by panel, clear of the insets' titles.
  const labels: Label[] = [];
  for (const panel of [main, ...insets]) {
    const here = marks.filter((m) => m.panel === panel);
    const mapTop = panel.key === 'main' ? panel.box.y : panel.box.y + INSET.title;
    const bounds = { x0: panel.box.x, y0: mapTop, x1: panel.box.x + panel.box.width, y1: panel.box.y + panel.box.height };
    const found = placeLabels(
      here.map((m) => ({ key: markOf.get(m)!.iso3, texts: [markOf.get(m)!.iso3], anchor: m.anchor })),
      bounds,
      indicator ? SYMBOL_GAP : 0,
    );
    for (const p of here.map((m) => placedOf.get(m)!)) {
      const at = found.get(p.iso3);
      if (!at) continue;
      // A code beside its marker stands on the neighbours' colours, at the end of a leader: the text grey.
      labels.push({ iso3: p.iso3, label: at.text, x: at.x, y: at.y, home: homes.get(p.iso3)!.panel === panel, ink: at.leader ? INK.text : p.ink, ...(at.leader ? { from: { x: p.x, y: p.y }, to: at.leader } : {}) });
    }
  }
  // Labelled where the partner has its home (a code on the main panel's part of China alone does not count).
  const labelled = new Set(labels.filter((l) => l.home).map((l) => l.iso3));


  // Right to left, the key's first column stands at the right, each code right of its name.
  const keyAlign = rtl ? 'right' : 'left';
  const key = entries.map((c, i) => {
    const { column, line, name } = layout.entries[i]!;
    const start = column * columnWidth;
    return {
      code: c.iso3,
      name: name[0]!,
      x: rtl ? width - start : start,
      nameX: rtl ? width - start - codeWidth - 6 : start + codeWidth + 6,
      y: keyTop + KEY.line * (1.5 + line),
    };
  });
  // The further lines of the names broken over two.
  const keyMore = key.flatMap((entry, i) => layout.entries[i]!.name.slice(1).map((name, k) => ({ name, nameX: entry.nameX, y: entry.y + KEY.line * (k + 1) })));
  const totalHeight = Math.ceil(keyTop + KEY.line * (1.5 + perColumn));

  // The features: inset frames, then every panel's countries, each with its category.
  const features: (Feature & { category: string })[] = [main, ...insets].flatMap((panel) =>
    panel.shapes.map((shape) => {
      const partner = partnerOf(shape);
      return {
        type: 'Feature' as const,
        category: partner ? categoryOf(partner).label : nonPartner.label,
        properties: { name: partner?.name ?? shape.name, panel: panel.key },
        geometry: shape.geometry,
      };
    }),
  );
  const frames = insets.map((panel) => ({ type: 'Feature' as const, properties: { panel: panel.key }, geometry: rectangle(panel.box) }));
  // Right to left, an inset's title stands at its right edge, kept to its inset's width so that
  // it does not run into the title of the inset on its left: the whole title where it fits, else
  // the region's name alone (the frame says it is an inset), cut only if that too is too wide.
  const insetTitle = (panel: MapPanel): string => {
    const room = panel.box.width - 8;
    const whole = panelTitle(panel, language, region);
    const fits = (text: string): boolean => textWidth(text, LABEL_SIZE, true) <= room;
    const name = panel.key === 'overview' ? words.overviewRegion : region(panel.title ?? panel.key);
    return fits(whole) ? whole : lines(name, room, LABEL_SIZE, 1, true)[0]!;
  };
  const titles = insets.map((panel) => ({
    title: rtl ? insetTitle(panel) : panelTitle(panel, language, region),
    x: rtl ? panel.box.x + panel.box.width - 4 : panel.box.x + 4,
    y: panel.box.y + INSET.title / 2 + 1,
  }));

  const scale = { domain: categories.map((c) => c.label), range: categories.map((c) => c.color) };
  const strokeScale = { domain: scale.domain, range: categories.map((c) => c.stroke) };
  const legend = {
    title: indicator ? words.legendStatus(indicator.title, language.year(input.year)) : words.legendProgramme,
    orient: 'top',
    direction: 'horizontal',
    columns: legendColumnCount,
    symbolSize: 120,
    ...(rtl ? rtlLegendLabels(120) : {}),
    ...legendOrder(scale.domain, legendColumnCount, language),
  };
  // Read from each item: no scale, no legend.
  const ink = { expr: 'datum.ink' };
  const point = { longitude: { field: 'x', type: 'quantitative' }, latitude: { field: 'y', type: 'quantitative' } };
  const spec = {
    $schema: VEGA_LITE_SCHEMA,
    config: { ...themeConfig(language), view: { stroke: null } },
    width,
    height: totalHeight,
    // Shapes are projected in pixels at build time (geometry.ts); vega only draws them.
    projection: { type: 'identity', scale: 1, translate: [0, 0] },
    usermeta: {
      projection: { ...PROJECTION, focus, source: 'world-atlas countries-50m (Natural Earth), projected by vdr' },
      insets: insets.map((p) => ({ key: p.key, box: p.box, projection: p.projection })),
    },
    layer: [
      {
        // The main panel's frame.
        data: { values: [{ type: 'Feature', properties: { panel: 'main' }, geometry: rectangle(main.box) }] },
        mark: { type: 'geoshape', fill: null, stroke: INK.rule, strokeWidth: 0.5 },
      },
      {
        data: { name: 'shapes' },
        mark: { type: 'geoshape', strokeWidth: 0.6, strokeJoin: 'round' },
        encoding: { fill: { field: 'category', type: 'nominal', scale, legend }, stroke: { field: 'category', type: 'nominal', scale: strokeScale } },
      },
      ...(insets.length
        ? [
            {
              // Each inset framed, its title on a band of its own.
              data: { values: frames },
              mark: { type: 'geoshape', fill: null, stroke: INK.muted, strokeWidth: 1 },
            },
            {
              data: { values: titles },
              mark: { type: 'text', fontSize: LABEL_SIZE, fontWeight: 'bold', baseline: 'middle', align: rtl ? 'right' : 'left', fill: INK.text },
              encoding: { ...point, text: { field: 'title' } },
            },
          ]
        : []),
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
            data: { values: placed.filter((p) => p.category === language.status(s)) },
            mark: { type: 'point', shape: STATUS_STYLE[s].shape, filled: true, opacity: 1, size: 36, strokeWidth: 0, fill: ink },
            encoding: point,
          })).filter((layer) => layer.data.values.length > 0)
        : []),
      {
        // Leader lines to the codes that stand outside their country.
        data: { values: labels.filter((l) => l.from).map((l) => ({ iso3: l.iso3, x: l.from!.x, y: l.from!.y, x2: l.to!.x, y2: l.to!.y })) },
        mark: { type: 'rule', stroke: INK.text, strokeWidth: 0.6 },
        encoding: { ...point, longitude2: { field: 'x2' }, latitude2: { field: 'y2' } },
      },
      {
        data: { values: labels.map(({ from: _from, to: _to, ...label }) => label) },
        mark: { type: 'text', fontSize: LABEL_SIZE, baseline: 'middle', align: 'center', fill: ink },
        encoding: { ...point, text: { field: 'label' } },
      },
      {
        data: { values: [{ title: words.keyTitle, x: rtl ? width : 0, y: keyTop + KEY.line * 0.5 }] },
        mark: { type: 'text', fontSize: KEY.size, fontWeight: 'bold', baseline: 'middle', align: keyAlign, fill: INK.text },
        encoding: { ...point, text: { field: 'title' } },
      },
      {
        data: { values: key },
        mark: { type: 'text', fontSize: KEY.size, fontWeight: 'bold', baseline: 'middle', align: keyAlign, fill: INK.text },
        encoding: { ...point, text: { field: 'code' } },
      },
      {
        data: { values: [...key, ...keyMore] },
        mark: { type: 'text', fontSize: KEY.size, baseline: 'middle', align: keyAlign, fill: INK.text },
        encoding: { longitude: { field: 'nameX', type: 'quantitative' }, latitude: { field: 'y', type: 'quantitative' }, text: { field: 'name' } },
      },
    ],
    // The country shapes, in frame pixels: a named dataset, which the renderer passes to vega directly.
    datasets: { shapes: features },
  };

  const where = (c: Country): string => {
    const home = homes.get(c.iso3);
    return home ? panelWhere(home.panel, language, region) : words.where.notDrawn;
  };
  const rows = [...countries]
    .sort((a, b) => language.compare(a.name, b.name))
    .map((c) => [
      c.name,
      c.iso3,
      c.priority_programme === 'none' ? null : c.priority_programme,
      ...(indicator ? [language.status(statusOfCountry(c))] : []),
      where(c),
      labelled.has(c.iso3) ? words.codeShown.yes : words.codeShown.no,
    ]);
  const unlabelled = countries.filter((c) => homes.has(c.iso3) && !labelled.has(c.iso3)).map((c) => c.name).sort(language.compare);
  const partly = countries
    .filter((c) => homes.get(c.iso3)?.panel === main && main.shapes.some((s) => s.id === c.m49 && s.shown < 0.99 && !shownAsAnother(s)))
    .map((c) => c.name)
    .sort(language.compare);
  const insetText = insets.map((panel) => {
    const names = countries.filter((c) => homes.get(c.iso3)?.panel === panel).map((c) => c.name).sort(language.compare);
    return panel.key === 'overview' ? words.overviewInset : words.insetWithNames(region(panel.title ?? panel.key), names);
  });
  return {
    spec,
    table: {
      caption: indicator ? words.captionStatus(indicator.title, language.year(input.year)) : words.captionProgramme,
      columns: [
        words.columns.country,
        words.columns.code,
        words.columns.programme,
        ...(indicator ? [words.columns.status(language.year(input.year))] : []),
        words.columns.drawnIn,
        words.columns.codeShown,
      ],
      rows,
    },
    describe: words.describe({ focus, insets: insetText, byStatus: indicator !== undefined, partly, unlabelled }),
    source: words.source(indicator?.source, words.disclaimer),
  };
}
