/**
 * Country shapes for the partner map, offline, from world-atlas (Natural Earth 1:50m, public
 * domain), projected here, once, into the map's panels:
 * 1. the main panel: a conic conformal projection centred on Central Asia (central meridian 50°E,
 *    standard parallels 35°N and 62°N), fitted so that Ireland and Portugal in the west, India in
 *    the south, China and Japan in the east and the North Cape show (MAP_FOCUS), or zoomed on one
 *    regional programme;
 * 2. insets in a strip under it, framed and titled, for every partner the main panel does not
 *    show whole: one per region of those partners (Northern America, Australia and New Zealand,
 *    ...), each in an azimuthal equal-area projection centred on its partners and fitted to them;
 *    a zoomed map also gets an overview inset with every partner of the main 'all' view;
 * 3. in each panel, every arc of the topology is projected and thinned to points at least a pixel
 *    apart, before the arcs are joined into countries, so neighbours keep one shared border;
 * 4. the countries are clipped to their panel, rings under a square pixel dropped (but never a
 *    country's largest), and everything rounded to a tenth of a pixel; each shape records the
 *    share of its area its panel shows, so a partner cut by the frame can be told from one shown whole.
 * The spec then draws them with vega's identity projection: vega does no projecting, and the
 * SVG carries only what can be seen. Deterministic. A frame depends on nothing but world-atlas,
 * vega's projection, this module and the partners' codes and regions, so it is computed once per
 * installation: kept in memory, and as JSON in node_modules/.cache/vdr/maps/ under a hash of
 * those and the frame's size and focus (computing one takes 100 to 250 ms; reading it, a few).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { writeFileAtomically } from '../io/atomic.js';
import { sha256 } from '../io/hash.js';
import { INSTALL_CACHE_DIR, vega } from './libraries.js';

/**
 * Points each view of the map must show, as [longitude, latitude]. 'all': the far ends of the
 * partners from Europe to East Asia, from Ireland to Japan and from the North Cape to the south
 * of India (partners beyond, such as Canada or Australia, get insets); 'RP SEE' and
 * 'RP ANC': the priority countries of each regional programme, with their neighbours around.
 */
export const MAP_FOCUS = {
  all: [
    [-10.5, 52], // Ireland, west coast
    [-9.5, 37], // Portugal, Cape St Vincent
    [14.5, 35.8], // Malta
    [34.6, 34.6], // Cyprus
    [56.4, 24], // United Arab Emirates
    [77.5, 8], // India, Cape Comorin
    [110, 18], // China, Hainan
    [122, 31], // China, Shanghai
    [134.5, 48], // China, Amur
    [145.8, 43.4], // Japan, Hokkaido (Nemuro)
    [141.9, 45.5], // Japan, Hokkaido (Wakkanai)
    [129.6, 31], // Japan, Kyushu
    [25.7, 71.2], // Norway, North Cape
    [69, 72], // Russian Federation, Yamal
  ],
  'RP SEE': [
    [13, 46.8], // north-west of Croatia
    [23.5, 46.5], // north-east of Serbia
    [19, 39.5], // south of Albania
    [23.5, 40.5], // south-east of North Macedonia
  ],
  'RP ANC': [
    [46.5, 55.5], // north-west of Kazakhstan
    [87.5, 55.5], // north-east of Kazakhstan
    [44, 25], // south-west of Iran
    [75, 23.5], // south-east of Pakistan
  ],
} as const satisfies Record<string, readonly (readonly [number, number])[]>;

export type MapFocus = keyof typeof MAP_FOCUS;

/** The projection, as named in the figure's description and the spec's usermeta. */
export const PROJECTION = { type: 'conicConformal', rotate: [-50, 0], parallels: [35, 62] } as const;

/** Natural Earth draws these apart; UN maps do not, so they take the colour of the country named. */
const SHOWN_AS: Readonly<Record<string, string>> = { 'N. Cyprus': '196', Kosovo: '688' };

/** Whether a shape is drawn as part of another country (SHOWN_AS), not as one of its own. */
export function shownAsAnother(shape: Pick<CountryShape, 'name'>): boolean {
  return Object.hasOwn(SHOWN_AS, shape.name);
}

/** Points closer than this to the last one kept are dropped, in pixels. */
const THIN = 1;

/** The main panel's shapes are clipped to it plus this margin, in pixels, so no edge shows. */
const MARGIN = 4;

/** The inset strip: its height, the gap above it and between insets, and each inset's title band, in pixels. */
export const INSET = { height: 140, gap: 10, title: 16, pad: 4, minWidth: 90, maxWidth: 420 } as const;

/** A partner as the map places it: by M49 code, in its UN region and subregion (countries.csv). */
export interface MapPartner {
  m49: string;
  region: string;
  subregion: string;
}

/** A d3 projection, as vega constructs it. */
interface Projection {
  (point: [number, number]): [number, number] | null;
  rotate(angles: [number, number] | [number, number, number]): Projection;
  parallels(angles: [number, number]): Projection;
  precision(value: number): Projection;
  fitExtent(extent: [[number, number], [number, number]], object: object): Projection;
}

/** One country shape in frame pixels: its M49 code (undefined for a few territories) and name. */
export interface CountryShape {
  id: string | undefined;
  name: string;
  geometry: Polygon | MultiPolygon;
  /** The share of the country's main polygon (its largest) that its panel shows (1: whole; two decimals). */
  shown: number;
}

/** How a panel was projected, as named in the figure's description and the spec's usermeta. */
export interface PanelProjection {
  type: string;
  rotate: readonly number[];
  parallels?: readonly number[];
}

/** A rectangle of the frame, in pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One panel of a map: the main map, an overview, or an inset for partners far from it. */
export interface MapPanel {
  /** 'main', 'overview', or the inset's region ('Northern America'). */
  key: string;
  /** The inset's title; null for the main panel. */
  title: string | null;
  /** Where the panel lies in the frame; for an inset, its map area lies under its title band. */
  box: Box;
  projection: PanelProjection;
  /** M49 codes of the partners the panel is for (an inset's or the overview's); empty for the main panel. */
  partners: string[];
  shapes: CountryShape[];
}

/** A map frame: its size and focus, and its panels, the main one first. */
export interface MapFrame {
  width: number;
  height: number;
  focus: MapFocus;
  panels: MapPanel[];
}

/**
 * A partner counts as shown by a panel when the panel shows at least this share of its main
 * polygon: the Russian Federation's far east may pass the frame's edge (it shows 0.81), Japan's
 * Honshu may not (0.1 before Japan was fitted in).
 */
export const SHOWN_WHOLE = 0.75;

const tenth = (x: number): number => {
  const r = Math.round(x * 10) / 10;
  return Object.is(r, -0) ? 0 : r;
};

function makeProjection(type: string): Projection {
  return (vega() as unknown as { projection(type: string): () => Projection }).projection(type)();
}

/** The main projection fitted to a box around a focus. */
function focusProjection(box: Box, focus: MapFocus, margin: number): Projection {
  const outline = MAP_FOCUS[focus].map(([lon, lat]) => [lon, lat]);
  return makeProjection(PROJECTION.type)
    .rotate([...PROJECTION.rotate])
    .parallels([...PROJECTION.parallels])
    .precision(0)
    .fitExtent(
      [[box.x + margin, box.y + margin], [box.x + box.width - margin, box.y + box.height - margin]],
      { type: 'MultiPoint', coordinates: outline },
    );
}

let topologyRead: Topology<{ countries: GeometryCollection<{ name: string }> }> | undefined;

/** world-atlas's 1:50m countries, read once (not modified: projecting makes a new topology). */
function readTopology(): Topology<{ countries: GeometryCollection<{ name: string }> }> {
  if (topologyRead) return topologyRead;
  const require = createRequire(import.meta.url);
  topologyRead = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  return topologyRead;
}

type Topo = ReturnType<typeof readTopology>;

/** An arc's points in degrees (world-atlas arcs are quantized and delta-encoded). */
function decodeArc(arc: readonly Position[], transform: Topo['transform']): [number, number][] {
  if (!transform) return arc.map((p) => [p[0]!, p[1]!]);
  let x = 0;
  let y = 0;
  return arc.map((p) => {
    x += p[0]!;
    y += p[1]!;
    return [x * transform.scale[0] + transform.translate[0], y * transform.scale[1] + transform.translate[1]];
  });
}

/** A point in frame pixels, rounded; far away (and clipped later) near the south pole, a conic's far side. */
function projectPoint(project: Projection, lonLat: [number, number]): [number, number] {
  const far = 1e5;
  const p = lonLat[1] < -60 ? null : project(lonLat);
  if (!p || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) return [0, far];
  return [tenth(Math.max(-far, Math.min(far, p[0]))), tenth(Math.max(-far, Math.min(far, p[1])))];
}

/** Drops points closer than THIN to the last one kept; the ends always stay. */
function thin(points: readonly [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  points.forEach((q, i) => {
    const last = out[out.length - 1];
    if (!last || i === points.length - 1 || Math.hypot(q[0] - last[0], q[1] - last[1]) >= THIN) out.push(q);
  });
  return out;
}

/**
 * The topology with every arc projected to pixels and thinned; shared arcs stay shared. Only the
 * arcs in `needed` are projected (the others are left empty) when it is given.
 */
function projectTopology(topology: Topo, project: Projection, needed?: ReadonlySet<number>): Topo {
  const arcs = topology.arcs.map((arc, i) => {
    if (needed && !needed.has(i)) return [];
    const points = decodeArc(arc, topology.transform).map((p) => projectPoint(project, p));
    const thinned = thin(points);
    // A small island must keep a shape: keep every point when thinning leaves too few.
    return thinned.length >= 4 || points.length < 4 ? thinned : points;
  });
  const { transform: _dropped, ...rest } = topology;
  return { ...rest, arcs };
}

/** Sutherland-Hodgman: a closed ring clipped to a rectangle. */
export function clipRing(ring: readonly Position[], x0: number, y0: number, x1: number, y1: number): Position[] {
  const at = (a: Position, b: Position, axis: 0 | 1, v: number): Position => {
    const t = (v - a[axis]!) / (b[axis]! - a[axis]!);
    return [tenth(a[0]! + t * (b[0]! - a[0]!)), tenth(a[1]! + t * (b[1]! - a[1]!))];
  };
  const edges: [(p: Position) => boolean, 0 | 1, number][] = [
    [(p) => p[0]! >= x0, 0, x0],
    [(p) => p[0]! <= x1, 0, x1],
    [(p) => p[1]! >= y0, 1, y0],
    [(p) => p[1]! <= y1, 1, y1],
  ];
  let points = ring.slice(0, -1);
  for (const [inside, axis, value] of edges) {
    const input = points;
    points = [];
    input.forEach((current, i) => {
      const previous = input[(i + input.length - 1) % input.length]!;
      if (inside(current)) {
        if (!inside(previous)) points.push(at(previous, current, axis, value));
        points.push(current);
      } else if (inside(previous)) points.push(at(previous, current, axis, value));
    });
  }
  const clean = points.filter((p, i) => i === 0 || p[0] !== points[i - 1]![0] || p[1] !== points[i - 1]![1]);
  return clean.length >= 3 ? [...clean, clean[0]!] : [];
}

/** The area of a ring in square pixels (positive or negative by winding). */
export function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) sum += ring[i - 1]![0]! * ring[i]![1]! - ring[i]![0]! * ring[i - 1]![1]!;
  return sum / 2;
}

const frames = new Map<string, MapFrame>();

/** Where frames are kept between processes. */
export const MAP_CACHE_DIR = join(INSTALL_CACHE_DIR, 'maps');

/** Forgets every frame and the topology in this process (not those on disk), so that a benchmark pays for them again. */
export function clearMapFrames(): void {
  frames.clear();
  panelsMade.clear();
  topologyRead = undefined;
}

/** The partners as a frame depends on them: codes and regions, in code order. */
function partnerKey(partners: readonly MapPartner[]): string {
  return partners
    .map((p) => `${p.m49}:${p.region}:${p.subregion}`)
    .sort()
    .join(',');
}

/** The file a frame is kept in: named by everything it is computed from. */
function frameFile(width: number, height: number, focus: MapFocus, partners: string): string {
  const require = createRequire(import.meta.url);
  const atlas = readFileSync(require.resolve('world-atlas/package.json'), 'utf8');
  const code = readFileSync(fileURLToPath(import.meta.url), 'utf8');
  const key = sha256(`${atlas}\n${vega().version}\n${code}\n${width}x${height}x${focus}\n${partners}`).slice(0, 24);
  return join(MAP_CACHE_DIR, `${focus.replace(/\W/g, '')}-${width}x${height}-${key}.json`);
}

/** A frame kept on disk, or undefined when there is none (or not a whole one). */
function readFrame(file: string, width: number, focus: MapFocus): MapFrame | undefined {
  try {
    const frame = JSON.parse(readFileSync(file, 'utf8')) as MapFrame;
    return frame.width === width && frame.focus === focus && Array.isArray(frame.panels) && frame.panels.every((p) => Array.isArray(p.shapes)) ? frame : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps a frame on disk, written whole; a cache that cannot be written is left unwritten. */
function writeFrame(file: string, frame: MapFrame): void {
  try {
    writeFileAtomically(file, JSON.stringify(frame));
  } catch {
    // The cache only saves time.
  }
}

/**
 * The panels of a map frame, with their country shapes in pixels; computed once per size, focus,
 * partner list and installation.
 *
 * @param width
 *   Frame width in pixels.
 * @param height
 *   Height of the main panel in pixels; the frame is taller by the inset strip when it has insets.
 * @param focus
 *   What the main panel is fitted to.
 * @param partners
 *   The partner countries: each is shown whole in the main panel or in an inset.
 */
export function mapFrame(width: number, height: number, focus: MapFocus, partners: readonly MapPartner[]): MapFrame {
  if (!(width >= 1 && height >= 1)) throw new Error(`A map frame needs a main panel of at least 1 x 1 pixels, but was asked for ${width} x ${height}: the chart left it no room.`);
  const partnersKey = partnerKey(partners);
  const key = `${width}x${height}x${focus}\n${partnersKey}`;
  const cached = frames.get(key);
  if (cached) return cached;
  const file = frameFile(width, height, focus, partnersKey);
  let frame = readFrame(file, width, focus);
  if (!frame) {
    frame = computeFrame(width, height, focus, partners);
    writeFrame(file, frame);
  }
  frames.set(key, frame);
  return frame;
}

type CountryFeature = { id?: string | number; properties: { name: string } | null; geometry: Polygon | MultiPolygon | { type: string } | null };

/** The polygons of a feature, or none for anything else. */
function polygonsOf(geometry: CountryFeature['geometry']): Position[][][] {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [(geometry as Polygon).coordinates];
  if (geometry.type === 'MultiPolygon') return (geometry as MultiPolygon).coordinates;
  return [];
}

/**
 * The shapes of one panel: the topology projected (only the arcs of `only`, when given), joined
 * into countries and clipped to `clip`.
 */
function panelShapes(project: Projection, clip: [number, number, number, number], only?: ReadonlySet<number>): CountryShape[] {
  const topology = readTopology();
  let needed: Set<number> | undefined;
  let objects = topology.objects;
  if (only) {
    const geometries = topology.objects.countries.geometries.filter((_, i) => only.has(i));
    needed = new Set();
    const collect = (arcs: unknown): void => {
      if (typeof arcs === 'number') needed!.add(arcs < 0 ? ~arcs : arcs);
      else if (Array.isArray(arcs)) arcs.forEach(collect);
    };
    for (const g of geometries) collect((g as { arcs?: unknown }).arcs);
    objects = { countries: { ...topology.objects.countries, geometries } };
  }
  const projected = projectTopology({ ...topology, objects }, project, needed);
  const collection = feature(projected, projected.objects.countries);
  const [x0, y0, x1, y1] = clip;
  return collection.features.flatMap((f): CountryShape[] => {
    const polygons = polygonsOf(f.geometry);
    if (polygons.length === 0) return [];
    // Rings under a square pixel go, except a country's largest polygon: Malta must stay on the map.
    const largest = Math.max(...polygons.map((rings) => Math.abs(ringArea(rings[0] ?? []))));
    let main: Position[] | undefined;
    const clipRingKept = (ring: Position[], keep: boolean): Position[] | undefined => {
      const clipped = clipRing(ring, x0, y0, x1, y1);
      return clipped.length > 0 && (keep || Math.abs(ringArea(clipped)) >= 1) ? clipped : undefined;
    };
    const kept = polygons.flatMap((rings): Position[][][] => {
      const isMain = rings[0] !== undefined && Math.abs(ringArea(rings[0])) === largest;
      const outer = rings[0] && clipRingKept(rings[0], isMain);
      if (!outer) return [];
      if (isMain) main ??= outer;
      return [[outer, ...rings.slice(1).map((r) => clipRingKept(r, false)).filter((r): r is Position[] => r !== undefined)]];
    });
    if (kept.length === 0) return [];
    const visible = main ? Math.abs(ringArea(main)) : 0;
    const name = f.properties?.name ?? '';
    const id = f.id === undefined ? SHOWN_AS[name] : String(f.id);
    const shaped: Polygon | MultiPolygon = kept.length === 1 ? { type: 'Polygon', coordinates: kept[0]! } : { type: 'MultiPolygon', coordinates: kept };
    const shown = largest > 0 ? Math.min(1, Math.round((visible / largest) * 100) / 100) : 1;
    return [{ id, name, geometry: shaped, shown }];
  });
}

/** The share of a partner the main panel shows (0 when it has no shape there). */
function shownIn(shapes: readonly CountryShape[], m49: string): number {
  return shapes.filter((s) => s.id === m49 && !shownAsAnother(s)).reduce((best, s) => Math.max(best, s.shown), 0);
}

/** Great-circle distance in degrees. */
function degreesApart([lon1, lat1]: readonly [number, number], [lon2, lat2]: readonly [number, number]): number {
  const r = Math.PI / 180;
  const h = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return (2 * Math.asin(Math.min(1, Math.sqrt(h)))) / r;
}

/** The partners' countries in degrees, by M49 code, with their index in the topology. */
function featuresInDegrees(): Map<string, { index: number; polygons: Position[][][] }> {
  const topology = readTopology();
  if (degreesRead?.topology === topology) return degreesRead.features;
  const out = new Map<string, { index: number; polygons: Position[][][] }>();
  const collection = feature(topology, topology.objects.countries);
  collection.features.forEach((f, index) => {
    if (f.id !== undefined && !out.has(String(f.id))) out.set(String(f.id), { index, polygons: polygonsOf(f.geometry) });
  });
  degreesRead = { topology, features: out };
  return out;
}

let degreesRead: { topology: Topo; features: Map<string, { index: number; polygons: Position[][][] }> } | undefined;

/** An inset's partners: its region, title and the partners' M49 codes. */
interface InsetGroup {
  key: string;
  title: string;
  partners: string[];
}

/**
 * Partners the main panel does not show whole, grouped by region: one group per UN region, titled
 * by its subregion when they all share one ('Northern America'), else by the region ('Americas').
 */
function insetGroups(partners: readonly MapPartner[], isShown: (m49: string) => boolean): InsetGroup[] {
  const byRegion = new Map<string, MapPartner[]>();
  for (const p of [...partners].sort((a, b) => (a.m49 < b.m49 ? -1 : a.m49 > b.m49 ? 1 : 0))) {
    if (isShown(p.m49)) continue;
    byRegion.set(p.region, [...(byRegion.get(p.region) ?? []), p]);
  }
  return [...byRegion].map(([region, members]) => {
    const subregions = [...new Set(members.map((m) => m.subregion))];
    const title = subregions.length === 1 ? subregions[0]! : region;
    return { key: title, title, partners: members.map((m) => m.m49) };
  });
}

/** An inset's projection: azimuthal equal-area, centred on its partners' main polygons. */
function insetCentre(group: InsetGroup, degrees: ReadonlyMap<string, { polygons: Position[][][] }>): [number, number] {
  // The mean of each partner's largest polygon's points, unwrapped around the first partner's
  // longitude so that a group across the antimeridian is not centred on the far side of the earth.
  let [sx, sy, n] = [0, 0, 0];
  let ref: number | undefined;
  for (const m49 of group.partners) {
    const polygons = degrees.get(m49)?.polygons ?? [];
    const ring = polygons.map((rings) => rings[0] ?? []).sort((a, b) => b.length - a.length)[0] ?? [];
    for (const p of ring) {
      ref ??= p[0]!;
      let lon = p[0]!;
      while (lon - ref > 180) lon -= 360;
      while (lon - ref < -180) lon += 360;
      sx += lon;
      sy += p[1]!;
      n++;
    }
  }
  if (n === 0) return [0, 0];
  const lon = ((((sx / n + 180) % 360) + 360) % 360) - 180;
  return [Math.round(lon * 10) / 10, Math.round((sy / n) * 10) / 10];
}

/** The MultiPoint of a group's partners (every vertex of their polygons), for fitting an inset. */
function groupPoints(group: InsetGroup, degrees: ReadonlyMap<string, { polygons: Position[][][] }>): [number, number][] {
  return group.partners.flatMap((m49) =>
    (degrees.get(m49)?.polygons ?? []).flatMap((rings) => (rings[0] ?? []).filter((p) => p[1]! > -60).map((p): [number, number] => [p[0]!, p[1]!])),
  );
}

/** Width over height of a set of points under a projection. */
function aspectOf(project: Projection, points: readonly [number, number][]): number {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of points) {
    const q = project(p);
    if (!q) continue;
    [x0, y0, x1, y1] = [Math.min(x0, q[0]), Math.min(y0, q[1]), Math.max(x1, q[0]), Math.max(y1, q[1])];
  }
  return x1 > x0 && y1 > y0 ? (x1 - x0) / (y1 - y0) : 1;
}

/** The countries (topology indexes) with a point within `radius` degrees of `centre`. */
function countriesNear(centre: [number, number], radius: number): Set<number> {
  const near = new Set<number>();
  for (const { index, cap } of featureCaps()) if (degreesApart(centre, cap.centre) - cap.radius <= radius) near.add(index);
  // Territories without a code (such as N. Cyprus) are never in an inset's region of interest.
  return near;
}

/** Each coded country's spherical cap: a point of it and the farthest any of its points lies from there, in degrees. */
function featureCaps(): { index: number; cap: { centre: [number, number]; radius: number } }[] {
  const degrees = featuresInDegrees();
  if (capsRead?.degrees === degrees) return capsRead.caps;
  const caps = [...degrees.values()].map(({ index, polygons }) => {
    const first = polygons[0]?.[0]?.[0] ?? [0, 0];
    const centre: [number, number] = [first[0]!, first[1]!];
    let radius = 0;
    for (const rings of polygons) for (const p of rings[0] ?? []) radius = Math.max(radius, degreesApart(centre, [p[0]!, p[1]!]));
    return { index, cap: { centre, radius } };
  });
  capsRead = { degrees, caps };
  return caps;
}

let capsRead: { degrees: ReturnType<typeof featuresInDegrees>; caps: ReturnType<typeof featureCaps> } | undefined;

/** Panels already projected in this process, by projection and box: zoomed frames share their insets. */
const panelsMade = new Map<string, CountryShape[]>();

/** The shapes of a panel, made once per projection and box in this process. */
function panelShapesOnce(key: string, make: () => CountryShape[]): CountryShape[] {
  let shapes = panelsMade.get(key);
  if (!shapes) panelsMade.set(key, (shapes = make()));
  return shapes;
}

/** A frame computed from world-atlas. */
function computeFrame(width: number, height: number, focus: MapFocus, partners: readonly MapPartner[]): MapFrame {
  const mainBox: Box = { x: 0, y: 0, width, height };
  const main: MapPanel = {
    key: 'main',
    title: null,
    box: mainBox,
    projection: { type: PROJECTION.type, rotate: PROJECTION.rotate, parallels: PROJECTION.parallels },
    partners: [],
    shapes: panelShapes(focusProjection(mainBox, focus, MARGIN), [-MARGIN, -MARGIN, width + MARGIN, height + MARGIN]),
  };
  // Which partners the 'all' view shows whole: those that need no inset of their own.
  const allShapes = focus === 'all' ? main.shapes : mapFrame(width, height, 'all', partners).panels[0]!.shapes;
  const inAll = (m49: string): boolean => shownIn(allShapes, m49) >= SHOWN_WHOLE;
  const groups = insetGroups(partners, inAll);
  const overview = focus === 'all' ? [] : [{ key: 'overview', title: 'Europe to East Asia', partners: partners.map((p) => p.m49).filter(inAll).sort() }];
  if (groups.length === 0 && overview.length === 0) return { width, height, focus, panels: [main] };

  // Widths in proportion to each inset's shape at the strip's height, within bounds, shrunk to fit.
  const degrees = featuresInDegrees();
  const mapHeight = INSET.height - INSET.title - 2 * INSET.pad;
  const far = groups
    .map((g) => {
      const centre = insetCentre(g, degrees);
      const points = groupPoints(g, degrees);
      const aspect = aspectOf(makeProjection('azimuthalEqualArea').rotate([-centre[0], -centre[1]]), points);
      return { group: g, aspect, centre: centre as [number, number] | undefined, points };
    })
    // West to east, as the insets lie on the globe.
    .sort((a, b) => a.centre![0] - b.centre![0] || (a.group.key < b.group.key ? -1 : 1));
  const planned = [...overview.map((g) => ({ group: g, aspect: width / height, centre: undefined as [number, number] | undefined, points: [] as [number, number][] })), ...far];
  const natural = planned.map((p) => Math.max(INSET.minWidth, Math.min(INSET.maxWidth, Math.round(p.aspect * mapHeight + 2 * INSET.pad))));
  const room = width - INSET.gap * (planned.length - 1);
  const total = natural.reduce((a, b) => a + b, 0);
  const widths = natural.map((w) => (total > room ? Math.floor((w * room) / total) : w));
  const top = height + INSET.gap;
  let x = 0;
  const insets = planned.map(({ group, centre, points }, i): MapPanel => {
    const box: Box = { x, y: top, width: widths[i]!, height: INSET.height };
    x += widths[i]! + INSET.gap;
    const mapBox: Box = { x: box.x + INSET.pad, y: box.y + INSET.title + INSET.pad, width: box.width - 2 * INSET.pad, height: mapHeight };
    const clip: [number, number, number, number] = [box.x, box.y + INSET.title, box.x + box.width, box.y + box.height];
    if (!centre) {
      return {
        key: group.key,
        title: group.title,
        box,
        projection: { type: PROJECTION.type, rotate: PROJECTION.rotate, parallels: PROJECTION.parallels },
        partners: group.partners,
        shapes: panelShapesOnce(`overview ${JSON.stringify(box)}`, () => panelShapes(focusProjection(mapBox, 'all', 0), clip)),
      };
    }
    const project = makeProjection('azimuthalEqualArea')
      .rotate([-centre[0], -centre[1]])
      .precision(0)
      .fitExtent([[mapBox.x, mapBox.y], [mapBox.x + mapBox.width, mapBox.y + mapBox.height]], { type: 'MultiPoint', coordinates: points });
    // Only countries near the inset are projected: the rest of the world would be clipped away.
    const radius = Math.max(...points.map((p) => degreesApart(centre, p))) * 1.6 + 5;
    return {
      key: group.key,
      title: group.title,
      box,
      projection: { type: 'azimuthalEqualArea', rotate: [-centre[0], -centre[1]] },
      partners: group.partners,
      shapes: panelShapesOnce(`inset ${centre.join(',')} ${JSON.stringify(box)} ${JSON.stringify(points.length)}`, () => panelShapes(project, clip, countriesNear(centre, radius))),
    };
  });
  return { width, height: top + INSET.height, focus, panels: [main, ...insets] };
}
