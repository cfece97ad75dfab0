/**
 * Country shapes for the partner map, offline, from world-atlas (Natural Earth 1:50m, public
 * domain), and the map's frame: a conic conformal projection centred on Central Asia, fitted so
 * that Portugal and Ireland in the west, India in the south and Scandinavia in the north show.
 * The shapes are clipped to a box a little larger than the frame and their coordinates rounded,
 * so the spec (and the SVG) carry only what can be seen: about a tenth of the world's points.
 * Everything here is deterministic and computed once per process.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import * as vega from 'vega';

/** What the map shows: west, south, east and north edges, in degrees. */
export const MAP_EXTENT = { west: -11, south: 6, east: 104, north: 71 } as const;

/** Natural Earth draws these apart; UN maps do not, so they take the colour of the country named. */
const SHOWN_AS: Readonly<Record<string, string>> = { 'N. Cyprus': '196', Kosovo: '688' };

/** Grid the coordinates are rounded to, in degrees (about a third of a pixel at the map's scale). */
const GRID = 0.02;

/** A d3 projection, as vega constructs it. */
export interface Projection {
  (point: [number, number]): [number, number] | null;
  invert(point: [number, number]): [number, number] | null;
  rotate(angles: [number, number]): Projection;
  parallels(angles: [number, number]): Projection;
  precision(value: number): Projection;
  fitExtent(extent: [[number, number], [number, number]], object: object): Projection;
  scale(): number;
  translate(): [number, number];
}

/** The projection parameters written into the spec, and the box the shapes are clipped to. */
export interface MapFrame {
  width: number;
  height: number;
  projection: {
    type: 'conicConformal';
    rotate: [number, number];
    parallels: [number, number];
    scale: number;
    translate: [number, number];
    clipExtent: [[number, number], [number, number]];
    precision: number;
  };
  /** Longitude and latitude bounds of everything visible, with a margin. */
  bounds: { west: number; south: number; east: number; north: number };
}

/** One country shape: its M49 code (undefined for a few territories) and name. */
export interface CountryShape {
  id: string | undefined;
  name: string;
  geometry: Polygon | MultiPolygon;
}

const round = (x: number, step: number): number => Math.round(x / step) * step;
const fixed = (x: number, digits: number): number => Number(x.toFixed(digits));

/** A fresh conic conformal projection with the map's rotation and parallels. */
export function baseProjection(): Projection {
  const make = (vega as unknown as { projection(type: string): () => Projection }).projection('conicConformal');
  return make().rotate([-50, 0]).parallels([35, 62]).precision(0);
}

/** Points along the edges of the map's extent, for fitting. */
function extentOutline(): Feature {
  const { west, south, east, north } = MAP_EXTENT;
  const points: Position[] = [];
  for (let lon = west; lon <= east; lon += 1) points.push([lon, south], [lon, north]);
  for (let lat = south; lat <= north; lat += 1) points.push([west, lat], [east, lat]);
  return { type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates: points } };
}

/**
 * The projection fitted to the frame, with its parameters rounded so the spec is short and stable.
 *
 * @param width
 *   Frame width in pixels.
 * @param height
 *   Frame height in pixels.
 */
export function mapFrame(width: number, height: number): MapFrame {
  const fitted = baseProjection().fitExtent([[4, 4], [width - 4, height - 4]], extentOutline());
  const scale = fixed(fitted.scale(), 2);
  const [tx, ty] = fitted.translate();
  const translate: [number, number] = [fixed(tx, 2), fixed(ty, 2)];
  const projection = frameProjection({ scale, translate });
  // What the frame shows, in degrees: invert points along its edges.
  let west = Infinity, south = Infinity, east = -Infinity, north = -Infinity;
  const steps = 40;
  for (let i = 0; i <= steps; i++) {
    for (const [x, y] of [[(width * i) / steps, 0], [(width * i) / steps, height], [0, (height * i) / steps], [width, (height * i) / steps]] as [number, number][]) {
      const at = projection.invert([x, y]);
      if (!at || !Number.isFinite(at[0]) || !Number.isFinite(at[1])) continue;
      west = Math.min(west, at[0]);
      east = Math.max(east, at[0]);
      south = Math.min(south, at[1]);
      north = Math.max(north, at[1]);
    }
  }
  return {
    width,
    height,
    projection: {
      type: 'conicConformal',
      rotate: [-50, 0],
      parallels: [35, 62],
      scale,
      translate,
      clipExtent: [[0, 0], [width, height]],
      precision: 0,
    },
    bounds: { west: Math.floor(west) - 2, south: Math.floor(south) - 2, east: Math.ceil(east) + 2, north: Math.min(90, Math.ceil(north) + 2) },
  };
}

/** The projection the spec describes, for placing labels exactly where vega will draw. */
export function frameProjection(p: { scale: number; translate: [number, number] }): Projection & {
  scale(value: number): Projection;
  translate(value: [number, number]): Projection;
} {
  const projection = baseProjection() as Projection & { scale(value: number): Projection; translate(value: [number, number]): Projection };
  projection.scale(p.scale).translate(p.translate);
  return projection;
}

let world: CountryShape[] | undefined;

/** Every country of world-atlas's 1:50m map, in the file's order; read once. */
export function worldShapes(): CountryShape[] {
  if (world) return world;
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const collection = feature(topology, topology.objects.countries);
  world = collection.features.flatMap((f) => {
    const geometry = f.geometry as Geometry | null;
    if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) return [];
    const name = f.properties?.name ?? '';
    const id = f.id === undefined ? SHOWN_AS[name] : String(f.id);
    return [{ id, name, geometry }];
  });
  return world;
}

type Box = MapFrame['bounds'];

/** Sutherland-Hodgman: one ring clipped to a longitude/latitude box. */
export function clipRing(ring: readonly Position[], box: Box): Position[] {
  const edges: [(p: Position) => boolean, (a: Position, b: Position) => Position][] = [
    [(p) => p[0]! >= box.west, (a, b) => cross(a, b, 0, box.west)],
    [(p) => p[0]! <= box.east, (a, b) => cross(a, b, 0, box.east)],
    [(p) => p[1]! >= box.south, (a, b) => cross(a, b, 1, box.south)],
    [(p) => p[1]! <= box.north, (a, b) => cross(a, b, 1, box.north)],
  ];
  let points = ring.slice(0, -1);
  for (const [inside, intersect] of edges) {
    if (points.length === 0) break;
    const input = points;
    points = [];
    for (let i = 0; i < input.length; i++) {
      const current = input[i]!;
      const previous = input[(i + input.length - 1) % input.length]!;
      if (inside(current)) {
        if (!inside(previous)) points.push(intersect(previous, current));
        points.push(current);
      } else if (inside(previous)) points.push(intersect(previous, current));
    }
  }
  return points.length ? [...points, points[0]!] : [];
}

/** Where the segment a-b crosses the line coordinate[axis] = value. */
function cross(a: Position, b: Position, axis: 0 | 1, value: number): Position {
  const t = (value - a[axis]!) / (b[axis]! - a[axis]!);
  return [a[0]! + t * (b[0]! - a[0]!), a[1]! + t * (b[1]! - a[1]!)];
}

/** A ring on the grid, without repeated points; undefined when too little is left of it. */
function simplifyRing(ring: readonly Position[]): Position[] | undefined {
  const out: Position[] = [];
  for (const p of ring) {
    const q: Position = [fixed(round(p[0]!, GRID), 2), fixed(round(p[1]!, GRID), 2)];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out.length >= 4 ? out : undefined;
}

/** A polygon's rings clipped and simplified; undefined when its outer ring is gone. */
function polygonIn(rings: readonly Position[][], box: Box): Position[][] | undefined {
  const outer = rings[0] && simplifyRing(clipRing(rings[0], box));
  if (!outer) return undefined;
  const holes = rings.slice(1).map((r) => simplifyRing(clipRing(r, box)));
  return [outer, ...holes.filter((h): h is Position[] => h !== undefined)];
}

/**
 * The country shapes that show in the frame, clipped to its bounds and rounded.
 *
 * @param frame
 *   The map frame.
 */
export function shapesIn(frame: MapFrame): CountryShape[] {
  const box = frame.bounds;
  return worldShapes().flatMap((shape) => {
    const polygons = shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates;
    const kept = polygons.map((p) => polygonIn(p, box)).filter((p): p is Position[][] => p !== undefined);
    return kept.length ? [{ ...shape, geometry: toGeometry(kept) }] : [];
  });
}

function toGeometry(polygons: Position[][][]): Polygon | MultiPolygon {
  return polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons };
}
