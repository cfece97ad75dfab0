/**
 * Country shapes for the partner map, offline, from world-atlas (Natural Earth 1:50m, public
 * domain), projected here, once, into the map's frame:
 * 1. a conic conformal projection centred on Central Asia (central meridian 50°E, standard
 *    parallels 35°N and 62°N), fitted so that Ireland and Portugal in the west, India in the south,
 *    China in the east and the North Cape show (MAP_FOCUS), or zoomed on one regional programme;
 * 2. every arc of the topology is projected and thinned to points at least a pixel apart,
 *    before the arcs are joined into countries, so neighbours keep one shared border;
 * 3. the countries are clipped to the frame, rings under a square pixel dropped (but
 *    never a country's largest), and everything
 *    rounded to a tenth of a pixel.
 * The spec then draws them with vega's identity projection: vega does no projecting, and the
 * SVG carries only what can be seen. Deterministic. A frame depends on nothing but world-atlas,
 * vega's projection and this module, so it is computed once per installation: kept in memory,
 * and as JSON in node_modules/.cache/vdr/maps/ under a hash of those three and the frame's size
 * and focus (computing one takes 50 to 80 ms; reading it, a few).
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
 * Points each view of the map must show, as [longitude, latitude]. 'all': the partner countries'
 * far ends, from Ireland to China and from the North Cape to the south of India; 'RP SEE' and
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

/** Shapes are clipped to the frame plus this margin, in pixels, so no edge shows. */
const MARGIN = 4;

/** A d3 projection, as vega constructs it. */
interface Projection {
  (point: [number, number]): [number, number] | null;
  rotate(angles: [number, number]): Projection;
  parallels(angles: [number, number]): Projection;
  precision(value: number): Projection;
  fitExtent(extent: [[number, number], [number, number]], object: object): Projection;
}

/** One country shape in frame pixels: its M49 code (undefined for a few territories) and name. */
export interface CountryShape {
  id: string | undefined;
  name: string;
  geometry: Polygon | MultiPolygon;
}

/** A map frame: its size and focus, and the country shapes that show in it. */
export interface MapFrame {
  width: number;
  height: number;
  focus: MapFocus;
  shapes: CountryShape[];
}

const tenth = (x: number): number => {
  const r = Math.round(x * 10) / 10;
  return Object.is(r, -0) ? 0 : r;
};

/** The projection fitted to a frame of this size around a focus. */
function fittedProjection(width: number, height: number, focus: MapFocus): Projection {
  const make = (vega as unknown as { projection(type: string): () => Projection }).projection(PROJECTION.type);
  const outline = MAP_FOCUS[focus].map(([lon, lat]) => [lon, lat]);
  return make()
    .rotate([...PROJECTION.rotate])
    .parallels([...PROJECTION.parallels])
    .precision(0)
    .fitExtent([[MARGIN, MARGIN], [width - MARGIN, height - MARGIN]], { type: 'MultiPoint', coordinates: outline });
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

/** The topology with every arc projected to pixels and thinned; shared arcs stay shared. */
function projectTopology(topology: Topo, project: Projection): Topo {
  const arcs = topology.arcs.map((arc) => {
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
  topologyRead = undefined;
}

/** The file a frame is kept in: named by everything it is computed from. */
function frameFile(width: number, height: number, focus: MapFocus): string {
  const require = createRequire(import.meta.url);
  const atlas = readFileSync(require.resolve('world-atlas/package.json'), 'utf8');
  const code = readFileSync(fileURLToPath(import.meta.url), 'utf8');
  const key = sha256(`${atlas}\n${vega.version}\n${code}\n${width}x${height}x${focus}`).slice(0, 24);
  return join(MAP_CACHE_DIR, `${focus.replace(/\W/g, '')}-${width}x${height}-${key}.json`);
}

/** A frame kept on disk, or undefined when there is none (or not a whole one). */
function readFrame(file: string, width: number, height: number, focus: MapFocus): MapFrame | undefined {
  try {
    const frame = JSON.parse(readFileSync(file, 'utf8')) as MapFrame;
    return frame.width === width && frame.height === height && frame.focus === focus && Array.isArray(frame.shapes) ? frame : undefined;
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
 * The country shapes of a map frame, in pixels; computed once per size, focus and installation.
 *
 * @param width
 *   Frame width in pixels.
 * @param height
 *   Frame height in pixels.
 * @param focus
 *   What the frame is fitted to (optional; default: 'all').
 */
export function mapFrame(width: number, height: number, focus: MapFocus = 'all'): MapFrame {
  const key = `${width}x${height}x${focus}`;
  const cached = frames.get(key);
  if (cached) return cached;
  const file = frameFile(width, height, focus);
  let frame = readFrame(file, width, height, focus);
  if (!frame) {
    frame = computeFrame(width, height, focus);
    writeFrame(file, frame);
  }
  frames.set(key, frame);
  return frame;
}

/** A frame computed from world-atlas. */
function computeFrame(width: number, height: number, focus: MapFocus): MapFrame {
  const topology = projectTopology(readTopology(), fittedProjection(width, height, focus));
  const collection = feature(topology, topology.objects.countries);
  const [x0, y0, x1, y1] = [-MARGIN, -MARGIN, width + MARGIN, height + MARGIN];
  const shapes = collection.features.flatMap((f): CountryShape[] => {
    const geometry = f.geometry;
    if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) return [];
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    // Rings under a square pixel go, except a country's largest polygon: Malta must stay on the map.
    const largest = Math.max(...polygons.map((rings) => Math.abs(ringArea(rings[0] ?? []))));
    const clip = (ring: Position[], keep: boolean): Position[] | undefined => {
      const clipped = clipRing(ring, x0, y0, x1, y1);
      return clipped.length > 0 && (keep || Math.abs(ringArea(clipped)) >= 1) ? clipped : undefined;
    };
    const kept = polygons.flatMap((rings): Position[][][] => {
      const outer = rings[0] && clip(rings[0], Math.abs(ringArea(rings[0])) === largest);
      if (!outer) return [];
      return [[outer, ...rings.slice(1).map((r) => clip(r, false)).filter((r): r is Position[] => r !== undefined)]];
    });
    if (kept.length === 0) return [];
    const name = f.properties?.name ?? '';
    const id = f.id === undefined ? SHOWN_AS[name] : String(f.id);
    const shaped: Polygon | MultiPolygon = kept.length === 1 ? { type: 'Polygon', coordinates: kept[0]! } : { type: 'MultiPolygon', coordinates: kept };
    return [{ id, name, geometry: shaped }];
  });
  return { width, height, focus, shapes };
}
