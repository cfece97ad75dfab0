/**
 * Where the partner map puts each country's symbol and name, computed before vega sees the spec
 * so that names never overlap: vega-lite has no label placement of its own.
 * 1. The anchor is the point of the country's largest visible polygon farthest from its border
 *    (a coarse-to-fine grid search for the "pole of inaccessibility"), so it falls inside even
 *    for Norway or Croatia, whose centroids lie outside them.
 * 2. Names are placed largest country first, each only if it fits inside its country's box and
 *    clears every name already placed and every symbol; a country too small or crowded for that
 *    gets its name nearby with a leader line, where it stands on no other partner; the map's key
 *    and its table name them all.
 */
import type { Position } from 'geojson';
import { textWidth } from './font-metrics.js';
import type { CountryShape } from './geometry.js';
import { ringArea } from './geometry.js';

export const LABEL_SIZE = 10;

export interface Anchor {
  x: number;
  y: number;
  /** The outer ring of the largest polygon, which a name must stay inside (flat x, y pairs). */
  ring: Float64Array;
  /** Visible area in square pixels. */
  area: number;
  /** The same ring thinned to at most 160 points, for quick tests of what a name outside stands on. */
  coarse: Float64Array;
}

/**
 * A ring as flat x, y pairs: the anchor search reads each ring hundreds of times, and typed
 * arrays make it several times faster than arrays of points.
 */
function flat(ring: readonly Position[]): Float64Array {
  const out = new Float64Array(ring.length * 2);
  ring.forEach((p, i) => {
    out[2 * i] = p[0]!;
    out[2 * i + 1] = p[1]!;
  });
  return out;
}

/** Whether a point is inside a ring (even-odd rule). */
function inside(x: number, y: number, ring: Float64Array): boolean {
  let result = false;
  for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
    const xi = ring[i]!;
    const yi = ring[i + 1]!;
    const xj = ring[j]!;
    const yj = ring[j + 1]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) result = !result;
  }
  return result;
}

/** Distance from a point to the nearest edge of a ring. */
function edgeDistance(x: number, y: number, ring: Float64Array): number {
  let best = Infinity;
  for (let i = 2; i < ring.length; i += 2) {
    const ax = ring[i - 2]!;
    const ay = ring[i - 1]!;
    const dx = ring[i]! - ax;
    const dy = ring[i + 1]! - ay;
    const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    const ex = x - ax - t * dx;
    const ey = y - ay - t * dy;
    best = Math.min(best, ex * ex + ey * ey);
  }
  return Math.sqrt(best);
}

/** The anchor of a country: inside its largest visible polygon, far from its border; cached per shape. */
export function anchorOf(shape: CountryShape): Anchor | undefined {
  if (anchors.has(shape)) return anchors.get(shape);
  const anchor = findAnchor(shape);
  anchors.set(shape, anchor);
  return anchor;
}

/** Anchors by shape: a frame's shapes live as long as the frame, and so do their anchors. */
const anchors = new WeakMap<CountryShape, Anchor | undefined>();

function findAnchor(shape: CountryShape): Anchor | undefined {
  const polygons = shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates;
  let largest: Position[][] | undefined;
  let area = 0;
  let total = 0;
  for (const p of polygons) {
    const a = Math.abs(ringArea(p[0] ?? []));
    total += a;
    if (a > area) [largest, area] = [p, a];
  }
  const fullOuter = largest?.[0];
  if (!largest || !fullOuter) return undefined;
  // Search on rings thinned to at most 160 points: a pixel or two of error, fifty times faster.
  const thin = (ring: Position[]): Position[] => {
    const step = Math.ceil(ring.length / 160);
    return step <= 1 ? ring : [...ring.filter((_, k) => k % step === 0), ring[0]!];
  };
  const rings = largest.map((ring) => flat(thin(ring)));
  const outer = rings[0]!;
  const xs = fullOuter.map((p) => p[0]!);
  const ys = fullOuter.map((p) => p[1]!);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const holes = rings.slice(1);
  const score = (x: number, y: number): number => {
    if (!inside(x, y, outer) || holes.some((hole) => inside(x, y, hole))) return -1;
    let d = Infinity;
    for (const ring of rings) d = Math.min(d, edgeDistance(x, y, ring));
    return d;
  };
  const search = (cx0: number, cy0: number, cx1: number, cy1: number, n: number, start: { x: number; y: number; d: number }) => {
    let best = start;
    for (let i = 0; i <= n; i++) {
      for (let j = 0; j <= n; j++) {
        const x = cx0 + ((cx1 - cx0) * i) / n;
        const y = cy0 + ((cy1 - cy0) * j) / n;
        const d = score(x, y);
        if (d > best.d) best = { x, y, d };
      }
    }
    return best;
  };
  // A 12 x 12 grid, then three finer 6 x 6 grids around the best point so far.
  let best = search(x0, y0, x1, y1, 12, { x: (x0 + x1) / 2, y: (y0 + y1) / 2, d: -Infinity });
  let [sx, sy] = [(x1 - x0) / 12, (y1 - y0) / 12];
  for (let round = 0; round < 3; round++) {
    best = search(best.x - sx, best.y - sy, best.x + sx, best.y + sy, 6, best);
    [sx, sy] = [sx / 3, sy / 3];
  }
  const fine = best;
  const round = (v: number): number => Math.round(v * 10) / 10;
  return { x: round(fine.x), y: round(fine.y), ring: flat(fullOuter), area: Math.round(total), coarse: outer };
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Half the side of the box a symbol takes, in pixels. */
const SYMBOL_HALF = 4;

export interface LabelCandidate {
  key: string;
  /** Texts to try, best first (such as the code). */
  texts: string[];
  anchor: Anchor;
}

/** Where a name was placed: its text, the centre of its box, and where its leader line ends, if it has one. */
export interface PlacedLabel {
  text: string;
  x: number;
  y: number;
  /** The point of the name's box nearest the anchor, where a line from the anchor ends; absent for a name inside its country. */
  leader?: { x: number; y: number };
}

/** Distances (pixels) and directions (16, from the east, clockwise) a name is tried at outside its country. */
const CALLOUT_DISTANCES = [16, 24, 34, 46, 60, 76] as const;
const CALLOUT_DIRECTIONS = 16;

/**
 * Which names to show, largest country first, in two rounds:
 * 1. inside: centred at the anchor (symbolGap below it, or beside the symbol), inside the
 *    country (box corners and edge midpoints), inside the bounds, and clear of every name placed
 *    before and every symbol;
 * 2. outside, for the countries too small or too crowded for that: nearby, with a leader line
 *    from the anchor, clear of every name and symbol and of every candidate's country.
 *
 * @param candidates
 *   One per country in the panel.
 * @param bounds
 *   The panel's rectangle in pixels: names must stay inside.
 * @param symbolGap
 *   Pixels between the anchor and the name's centre; 0 when there are no symbols (optional; default: 0).
 */
export function placeLabels(candidates: readonly LabelCandidate[], bounds: Box, symbolGap = 0): Map<string, PlacedLabel> {
  if (!(bounds.x1 >= bounds.x0 && bounds.y1 >= bounds.y0)) {
    throw new Error(`Map labels need a panel whose right edge is not left of its left edge nor its bottom above its top, but got x ${bounds.x0} to ${bounds.x1}, y ${bounds.y0} to ${bounds.y1}.`);
  }
  const placed = new Map<string, PlacedLabel>();
  const boxes: Box[] = symbolGap
    ? candidates.map(({ anchor: { x, y } }) => ({ x0: x - SYMBOL_HALF, y0: y - SYMBOL_HALF, x1: x + SYMBOL_HALF, y1: y + SYMBOL_HALF }))
    : [];
  const order = [...candidates].sort((a, b) => b.anchor.area - a.anchor.area || (a.key < b.key ? -1 : 1));
  const fits = (box: Box): boolean =>
    box.x0 >= bounds.x0 + 2 && box.y0 >= bounds.y0 + 2 && box.x1 <= bounds.x1 - 2 && box.y1 <= bounds.y1 - 2 && !boxes.some((t) => overlaps(t, box));
  const boxAt = (cx: number, cy: number, w: number): Box => ({ x0: cx - w / 2 - 1, y0: cy - LABEL_SIZE / 2, x1: cx + w / 2 + 1, y1: cy + LABEL_SIZE / 2 });
  const probesOf = (box: Box): [number, number][] => {
    const xm = (box.x0 + box.x1) / 2;
    const ym = (box.y0 + box.y1) / 2;
    return [[box.x0, box.y0], [box.x1, box.y0], [box.x0, box.y1], [box.x1, box.y1], [xm, box.y0], [xm, box.y1], [box.x0, ym], [box.x1, ym], [xm, ym]];
  };
  // The box of each country's ring: a name's box outside it cannot be inside the country.
  const outlines = new Map(candidates.map(({ key, anchor }) => [key, ringBox(anchor.ring)]));
  const within = (box: Box, outer: Box): boolean => box.x0 >= outer.x0 && box.x1 <= outer.x1 && box.y0 >= outer.y0 && box.y1 <= outer.y1;
  // 1. Inside: under the symbol (or at the anchor without symbols), else beside the symbol.
  for (const { key, texts, anchor } of order) {
    const outline = outlines.get(key)!;
    for (const text of texts) {
      const w = textWidth(text, LABEL_SIZE);
      const spots: [number, number][] = symbolGap
        ? [[anchor.x, anchor.y + symbolGap], [anchor.x + SYMBOL_HALF + 2 + w / 2 + 1, anchor.y], [anchor.x - SYMBOL_HALF - 2 - w / 2 - 1, anchor.y], [anchor.x, anchor.y - symbolGap]]
        : [[anchor.x, anchor.y]];
      const spot = spots.find(([cx, cy]) => {
        const box = boxAt(cx, cy, w);
        return within(box, outline) && fits(box) && probesOf(box).every(([x, y]) => inside(x, y, anchor.ring));
      });
      if (spot) {
        boxes.push(boxAt(spot[0], spot[1], w));
        placed.set(key, { text, x: spot[0], y: spot[1] });
        break;
      }
    }
  }
  // 2. Outside, with a leader line, on the sea or a non-partner (never on a partner, its own
  // included, so always in dark ink): where the partners lie is rasterised once.
  const mask = partnerMask(candidates.map(({ anchor }) => anchor.coarse), bounds);
  const onPartner = (box: Box): boolean => mask(box);
  for (const { key, texts, anchor } of order) {
    if (placed.has(key)) continue;
    const text = texts[0]!;
    const w = textWidth(text, LABEL_SIZE);
    search: for (const d of CALLOUT_DISTANCES) {
      for (let k = 0; k < CALLOUT_DIRECTIONS; k++) {
        const angle = (2 * Math.PI * k) / CALLOUT_DIRECTIONS;
        const cx = Math.round((anchor.x + Math.cos(angle) * (d + w / 2)) * 10) / 10;
        const cy = Math.round((anchor.y + Math.sin(angle) * d) * 10) / 10;
        const box = boxAt(cx, cy, w);
        if (!fits(box) || onPartner(box)) continue;
        const end = { x: Math.round(Math.max(box.x0, Math.min(box.x1, anchor.x)) * 10) / 10, y: Math.round(Math.max(box.y0, Math.min(box.y1, anchor.y)) * 10) / 10 };
        boxes.push(box);
        placed.set(key, { text, x: cx, y: cy, leader: end });
        break search;
      }
    }
  }
  return placed;
}

/** Cells of the raster of partners, in pixels. */
const CELL = 2;

/**
 * Which cells of the bounds the rings cover (even-odd, scanline at each cell's centre), and a test
 * of whether a box touches any covered cell.
 */
function partnerMask(rings: readonly Float64Array[], bounds: Box): (box: Box) => boolean {
  const columns = Math.ceil((bounds.x1 - bounds.x0) / CELL);
  const rows = Math.ceil((bounds.y1 - bounds.y0) / CELL);
  const covered = new Uint8Array(columns * rows);
  for (const ring of rings) {
    const box = ringBox(ring);
    const r0 = Math.max(0, Math.floor((box.y0 - bounds.y0) / CELL));
    const r1 = Math.min(rows - 1, Math.ceil((box.y1 - bounds.y0) / CELL));
    for (let r = r0; r <= r1; r++) {
      const y = bounds.y0 + (r + 0.5) * CELL;
      const crossings: number[] = [];
      for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
        const yi = ring[i + 1]!;
        const yj = ring[j + 1]!;
        if (yi > y !== yj > y) crossings.push(ring[i]! + ((y - yi) * (ring[j]! - ring[i]!)) / (yj - yi));
      }
      crossings.sort((a, b) => a - b);
      for (let k = 0; k + 1 < crossings.length; k += 2) {
        const c0 = Math.max(0, Math.ceil((crossings[k]! - bounds.x0) / CELL - 0.5));
        const c1 = Math.min(columns - 1, Math.floor((crossings[k + 1]! - bounds.x0) / CELL - 0.5));
        for (let c = c0; c <= c1; c++) covered[r * columns + c] = 1;
      }
    }
  }
  return (box) => {
    const c0 = Math.max(0, Math.floor((box.x0 - bounds.x0) / CELL));
    const c1 = Math.min(columns - 1, Math.floor((box.x1 - bounds.x0) / CELL));
    const r0 = Math.max(0, Math.floor((box.y0 - bounds.y0) / CELL));
    const r1 = Math.min(rows - 1, Math.floor((box.y1 - bounds.y0) / CELL));
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) if (covered[r * columns + c]) return true;
    return false;
  };
}

/** The bounding box of a flat ring. */
function ringBox(ring: Float64Array): Box {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < ring.length; i += 2) {
    x0 = Math.min(x0, ring[i]!);
    x1 = Math.max(x1, ring[i]!);
    y0 = Math.min(y0, ring[i + 1]!);
    y1 = Math.max(y1, ring[i + 1]!);
  }
  return { x0, y0, x1, y1 };
}
