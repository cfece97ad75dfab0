/**
 * Makes the illustrative observations that ship with vdr (data/observations/pillar-1.csv to
 * pillar-4.csv) from the indicator catalogue and the reference lists of partner countries and
 * organizations. The figures are invented, and every row says so in its source column.
 *
 * Deterministic: a small seeded PRNG (mulberry32) is used, never Math.random or the clock, and
 * every indicator x entity pair draws from its own stream, seeded from the seed, the indicator id
 * and the entity. So the same inputs always give byte-identical files, and adding an indicator or
 * a country does not change the figures of the others.
 *
 * Usage: npx tsx scripts/generate-observations.ts   (or: npm run generate:sample)
 *
 * The generation functions are exported so that tests and the benchmark can call them:
 * `generateRows` / `iterateRows` make rows for any catalogue (the benchmark passes a catalogue
 * widened with `syntheticCatalogue` or `copies` to reach a million rows with every year inside
 * the window), `rowsToCsv` / `csvLine` write them, `buildSampleFiles` makes the shipped files.
 */
import { mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import type { Indicator, MissingReason, PillarId, PriorityProgramme, Sex } from '../pipeline/model.js';

/** The seed of the shipped sample files. */
export const SAMPLE_SEED = 20_140_314;

/** What every generated row says in its source column. */
export const ILLUSTRATIVE_SOURCE = 'illustrative (vdr sample generator)';

/** The columns of an observations file, in order. */
export const HEADER = [
  'indicator',
  'country',
  'year',
  'value',
  'unit',
  'sex',
  'denominator',
  'flag',
  'missing_reason',
  'source',
  'note',
] as const;

/** The priority countries of the regional programmes (seed 000), the default for `priority`. */
export const DEFAULT_PRIORITY: Readonly<Record<string, PriorityProgramme>> = {
  AFG: 'RP ANC', IRN: 'RP ANC', PAK: 'RP ANC', KAZ: 'RP ANC', KGZ: 'RP ANC', TJK: 'RP ANC', TKM: 'RP ANC', UZB: 'RP ANC',
  ALB: 'RP SEE', BIH: 'RP SEE', HRV: 'RP SEE', MNE: 'RP SEE', SRB: 'RP SEE', MKD: 'RP SEE',
};

export interface GenerateOptions {
  /** Any integer; the same seed gives the same rows. */
  seed: number;
  /** The reporting countries' ISO alpha-3 codes (for indicators reported by countries). */
  countries: readonly string[];
  /** The reporting organizations' acronyms (for indicators reported by organizations). */
  organizations: readonly string[];
  /** The catalogue to generate rows for. */
  indicators: readonly Indicator[];
  /** The years to generate, both included: keep them inside the edition window. */
  years: { first: number; last: number };
  /** Priority programme per country code; a code not listed is 'none'. Default DEFAULT_PRIORITY. */
  priority?: Readonly<Record<string, PriorityProgramme>>;
  /** Generate each indicator under this many distinct ids (see syntheticCatalogue). Default 1. */
  copies?: number;
}

// ---------------------------------------------------------------------------------------------
// Pseudo-random numbers

/** mulberry32: a tiny, fast 32-bit PRNG; returns numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A 32-bit hash of a string and a seed (FNV-1a, then a murmur3 finaliser with the seed). */
function hash32(text: string, seed: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  const s = fmix32(Math.imul(seed >>> 0, 0x9e3779b1) ^ fmix32(Math.floor(seed / 4_294_967_296) >>> 0));
  return fmix32(h ^ s);
}

class Rng {
  private readonly next: () => number;
  private spare: number | undefined;
  constructor(seed: number, ...keys: string[]) {
    this.next = mulberry32(hash32(keys.join('\u001f'), seed));
  }
  float(): number {
    return this.next();
  }
  uniform(lo: number, hi: number): number {
    return lo + (hi - lo) * this.next();
  }
  /** An integer from lo to hi, both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** A standard normal deviate (Box-Muller). */
  normal(): number {
    if (this.spare !== undefined) {
      const s = this.spare;
      this.spare = undefined;
      return s;
    }
    const u = 1 - this.next();
    const v = this.next();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  }
  /** A Poisson deviate: exact for small means, normal approximation for large ones. */
  poisson(mean: number): number {
    if (mean <= 0) return 0;
    if (mean > 40) return Math.max(0, Math.round(mean + Math.sqrt(mean) * this.normal()));
    const limit = Math.exp(-mean);
    let k = 0;
    let p = this.next();
    while (p > limit) {
      k++;
      p *= this.next();
    }
    return k;
  }
  /** One of the keys, with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const keys = Object.keys(weights) as K[];
    let total = 0;
    for (const k of keys) total += weights[k];
    let x = this.next() * total;
    for (const k of keys) {
      x -= weights[k];
      if (x < 0) return k;
    }
    return keys[keys.length - 1] as K;
  }
}

// ---------------------------------------------------------------------------------------------
// Country magnitudes (rough orders of magnitude around 2012, enough for plausible samples)

/** Population in millions. */
const POPULATION: Readonly<Record<string, number>> = {
  AFG: 32, ALB: 2.9, ARM: 2.9, AUS: 23, AUT: 8.5, AZE: 9.4, BLR: 9.5, BEL: 11.1, BIH: 3.6, BGR: 7.3,
  CAN: 35, CHN: 1360, HRV: 4.3, CYP: 1.1, CZE: 10.5, DNK: 5.6, EST: 1.3, FIN: 5.4, FRA: 66, GEO: 3.7,
  DEU: 81, GRC: 11, HUN: 9.9, IND: 1280, IRN: 77, IRL: 4.6, ITA: 60, JPN: 127, KAZ: 17, KGZ: 5.7,
  LVA: 2, LTU: 3, LUX: 0.54, MKD: 2.1, MLT: 0.42, MDA: 3.6, MNE: 0.62, NLD: 16.8, NOR: 5.1, PAK: 185,
  POL: 38, PRT: 10.5, ROU: 20, RUS: 143, SRB: 7.2, SVK: 5.4, SVN: 2.1, ESP: 46, SWE: 9.6, CHE: 8.1,
  TJK: 8, TUR: 76, TKM: 5.2, UKR: 45, ARE: 9, GBR: 64, USA: 316, UZB: 30,
};

/** Heroin seized, kg per year. */
const HEROIN_KG: Readonly<Record<string, number>> = {
  IRN: 22_000, PAK: 24_000, AFG: 3_500, TUR: 9_000, CHN: 7_500, IND: 1_000, RUS: 2_000, USA: 5_000,
  KAZ: 250, TJK: 300, UZB: 150, KGZ: 80, TKM: 120, AZE: 150, GEO: 25, ARM: 12, UKR: 120, BLR: 25,
  MDA: 10, ARE: 150, GBR: 900, NLD: 700, DEU: 300, FRA: 700, ITA: 900, BEL: 350, ESP: 250, BGR: 300,
  GRC: 300, ROU: 60, SRB: 150, ALB: 180, BIH: 30, MNE: 12, MKD: 90, HRV: 30, CAN: 120, AUS: 350,
  AUT: 120, CHE: 200, CZE: 30, POL: 40, HUN: 20, SVK: 5, SVN: 15, PRT: 80, SWE: 20, DNK: 40,
  NOR: 50, FIN: 2, IRL: 60, CYP: 3, MLT: 2, EST: 1, LVA: 3, LTU: 5, LUX: 12, JPN: 3,
};

/** Opium seized, kg per year: only the countries on the opium routes. */
const OPIUM_KG: Readonly<Record<string, number>> = {
  IRN: 400_000, AFG: 45_000, PAK: 30_000, TKM: 1_500, TJK: 500, UZB: 350, KGZ: 150, KAZ: 100,
  IND: 2_000, RUS: 150, AZE: 150, TUR: 400, ARE: 60, ARM: 5, GEO: 5, CHN: 300,
};

/** Acetic anhydride seized, kg per year: only the countries on the precursor routes. */
const ACETIC_ANHYDRIDE_KG: Readonly<Record<string, number>> = {
  AFG: 12_000, PAK: 9_000, IRN: 4_000, TUR: 15_000, CHN: 5_000, IND: 800, UZB: 900, TJK: 250,
  KGZ: 150, KAZ: 80, TKM: 120, ARE: 2_500, RUS: 300, NLD: 1_200, BEL: 600, DEU: 300, SVN: 200,
  BGR: 500, ROU: 250, HUN: 400, SRB: 120, ALB: 30, GEO: 60, AZE: 80, POL: 150, CZE: 60,
};

/** Border liaison offices beyond the priority countries: land-border transit countries. */
const BORDER_LIAISON_EXTRA = new Set(['TUR', 'AZE', 'GEO', 'ARM', 'UKR', 'MDA', 'BLR', 'RUS', 'CHN', 'IND', 'BGR', 'ROU', 'GRC', 'HUN']);

/** Prevalence of opioid use disorders among adults, percent. */
const OPIOID_PREVALENCE: Readonly<Record<string, number>> = {
  AFG: 2.2, IRN: 1.9, PAK: 0.9, RUS: 1.6, UKR: 0.9, KAZ: 0.6, KGZ: 0.5, TJK: 0.35, UZB: 0.3,
  TKM: 0.4, AZE: 0.4, GEO: 0.8, GBR: 0.8, USA: 0.9, ITA: 0.5, FRA: 0.45, AUT: 0.55, IRL: 0.6,
  LVA: 0.7, EST: 0.6, MLT: 0.6, LUX: 0.5, SRB: 0.25, ALB: 0.3, MKD: 0.3, MNE: 0.3, BIH: 0.2,
  HRV: 0.35, CHN: 0.12, IND: 0.25, JPN: 0.02, ARE: 0.2, CAN: 0.5, AUS: 0.45,
};

/** Share of women among people in treatment for opioid use. */
const FEMALE_SHARE: Readonly<Record<string, number>> = {
  AFG: 0.1, IRN: 0.07, PAK: 0.04, TJK: 0.05, UZB: 0.06, TKM: 0.04, KGZ: 0.07, KAZ: 0.12,
  RUS: 0.18, UKR: 0.17, USA: 0.38, CAN: 0.35, AUS: 0.33, IND: 0.05, CHN: 0.12, ARE: 0.03,
};

const REGIONAL_CENTRE_OPERATIONS: Readonly<Record<string, number>> = {
  CARICC: 12, CSTO: 3, EUROPOL: 60, INTERPOL: 35, SELEC: 20, WCO: 8,
};

const PRECURSOR_ALERTS: Readonly<Record<string, number>> = {
  CARICC: 15, EUROPOL: 55, INCB: 250, INTERPOL: 25, SELEC: 18, WCO: 40,
};

// ---------------------------------------------------------------------------------------------
// Series models

interface Entity {
  code: string;
  priority: PriorityProgramme;
  organization: boolean;
}

/** One year's figure before gaps, flags and rounding. */
interface Point {
  value: number;
  denominator?: number;
  /** For indicators disaggregated by sex: the share of women. */
  femaleShare?: number;
}

interface Context {
  r: Rng;
  e: Entity;
  /** Number of years. */
  n: number;
  treatment: (code: string) => TreatmentState;
}

interface Profile {
  /** Whether a country or organization reports the indicator at all; all when absent. */
  applies?: (e: Entity, r: Rng) => boolean;
  series: (c: Context) => Point[];
  /** Share of value rows flagged as estimates. */
  estimateShare?: number;
  /** Relative weight of 'confidential' among missing reasons. */
  confidential?: number;
  bySex?: boolean;
}

interface TreatmentState {
  need: number[];
  coverage: number[];
  femaleShare: number;
}

const pop = (code: string): number => POPULATION[code] ?? 5;
const anc = (e: Entity): boolean => e.priority === 'RP ANC';
const see = (e: Entity): boolean => e.priority === 'RP SEE';

/** A level that drifts by a random yearly rate and wobbles (AR(1) noise in log space). */
function level(r: Rng, n: number, base: number, drift: readonly [number, number], noise: number): number[] {
  const slope = r.uniform(drift[0], drift[1]);
  const out: number[] = [];
  let wobble = noise * r.normal();
  for (let i = 0; i < n; i++) {
    if (i > 0) wobble = 0.5 * wobble + noise * r.normal();
    out.push(base * Math.exp(slope * i + wobble));
  }
  return out;
}

/** A count: a Poisson draw around a drifting level. */
function counts(r: Rng, n: number, base: number, drift: readonly [number, number], noise: number): Point[] {
  return level(r, n, base, drift, noise).map((m) => ({ value: r.poisson(m) }));
}

/** A quantity seized: a drifting level, sometimes nothing at all in small countries. */
function quantities(r: Rng, n: number, base: number, drift: readonly [number, number], noise: number, zeroShare: number): Point[] {
  return level(r, n, base, drift, noise).map((v) => ({ value: r.chance(zeroShare) ? 0 : v }));
}

/** A small stock (offices, programmes) that grows by steps and sometimes shrinks. */
function steps(r: Rng, n: number, start: number, up: number, down: number): Point[] {
  const out: Point[] = [];
  let v = start;
  for (let i = 0; i < n; i++) {
    if (i > 0) {
      if (r.chance(up)) v += r.chance(0.2) ? 2 : 1;
      else if (r.chance(down)) v = Math.max(0, v - 1);
    }
    out.push({ value: v });
  }
  return out;
}

/** A percentage of a denominator: share answered, drifting upwards, with its denominator. */
function shares(
  r: Rng,
  n: number,
  start: number,
  slope: readonly [number, number],
  noise: number,
  denominatorBase: number,
): Point[] {
  const s = r.uniform(slope[0], slope[1]);
  const denominators = level(r, n, Math.max(2, denominatorBase), [-0.03, 0.06], 0.15);
  const out: Point[] = [];
  for (let i = 0; i < n; i++) {
    const d = Math.max(1, Math.round(denominators[i] ?? 1));
    const p = Math.min(100, Math.max(0, start + s * i + noise * r.normal()));
    const answered = Math.round((p / 100) * d);
    out.push({ value: (answered / d) * 100, denominator: d });
  }
  return out;
}

function treatmentState(seed: number, code: string, priority: PriorityProgramme, n: number): TreatmentState {
  const r = new Rng(seed, 'treatment', code);
  const prevalence = (OPIOID_PREVALENCE[code] ?? r.uniform(0.15, 0.5)) * Math.exp(0.15 * r.normal());
  const needBase = Math.max(50, pop(code) * 1e6 * 0.7 * (prevalence / 100));
  const need = level(r, n, needBase, [-0.02, 0.03], 0.03).map((v) => Math.max(1, Math.round(v)));
  let start: number;
  if (code === 'IRN') start = r.uniform(25, 38);
  else if (code === 'IND') start = r.uniform(2, 8);
  else if (code === 'CHN') start = r.uniform(15, 30);
  else if (code === 'RUS') start = r.uniform(10, 22);
  else if (priority === 'RP ANC') start = r.uniform(2, 18);
  else if (priority === 'RP SEE') start = r.uniform(10, 35);
  else start = r.uniform(12, 62);
  const slope = r.uniform(0.3, 3);
  const coverage: number[] = [];
  for (let i = 0; i < n; i++) coverage.push(Math.min(92, Math.max(0.5, start + slope * i + 1.2 * r.normal())));
  const femaleShare = Math.min(0.45, Math.max(0.02, (FEMALE_SHARE[code] ?? r.uniform(0.15, 0.3)) + 0.02 * r.normal()));
  return { need, coverage, femaleShare };
}

function orgBase(table: Readonly<Record<string, number>>): (e: Entity, r: Rng) => boolean {
  return (e) => e.code in table;
}

/** The models of the catalogue's indicators, by id. */
const PROFILES: Readonly<Record<string, Profile>> = {
  'heroin-seizures': {
    series: ({ r, e, n }) => {
      const base = (HEROIN_KG[e.code] ?? pop(e.code) * 3) * Math.exp(0.3 * r.normal());
      return quantities(r, n, base, [-0.08, 0.08], 0.3, base < 20 ? 0.08 : 0);
    },
  },
  'opium-seizures': {
    applies: (e) => e.code in OPIUM_KG,
    series: ({ r, e, n }) => {
      const base = (OPIUM_KG[e.code] ?? 100) * Math.exp(0.3 * r.normal());
      return quantities(r, n, base, [-0.06, 0.06], 0.35, base < 100 ? 0.12 : 0);
    },
  },
  'joint-operations': {
    series: ({ r, e, n }) => {
      if (e.priority !== 'none') return counts(r, n, r.uniform(6, 25), [0, 0.1], 0.15);
      return counts(r, n, Math.max(0.4, Math.pow(pop(e.code), 0.35) * r.uniform(0.4, 2.5)), [-0.05, 0.08], 0.2);
    },
  },
  'border-liaison-offices': {
    applies: (e) => e.priority !== 'none' || BORDER_LIAISON_EXTRA.has(e.code),
    series: ({ r, e, n }) =>
      anc(e) ? steps(r, n, r.int(3, 9), 0.25, 0.04) : steps(r, n, r.int(1, 5), see(e) ? 0.2 : 0.12, 0.04),
  },
  'regional-centre-operations': {
    applies: orgBase(REGIONAL_CENTRE_OPERATIONS),
    series: ({ r, e, n }) => counts(r, n, REGIONAL_CENTRE_OPERATIONS[e.code] ?? 10, [0, 0.08], 0.15),
    estimateShare: 0,
  },
  'suspicious-transactions': {
    series: ({ r, e, n }) => {
      const base = 3000 * Math.pow(pop(e.code), 0.75) * Math.exp(0.7 * r.normal()) * (anc(e) ? 0.2 : 1);
      return level(r, n, base, [0.03, 0.15], 0.1).map((v) => ({ value: Math.round(v) }));
    },
    confidential: 0.1,
  },
  'mla-answered': {
    series: ({ r, e, n }) =>
      shares(r, n, e.priority === 'none' ? r.uniform(45, 88) : r.uniform(35, 75), [0, 2.5], 4, Math.pow(pop(e.code), 0.7) * r.uniform(3, 12)),
    confidential: 0.15,
  },
  'asset-cases': {
    series: ({ r, e, n }) => counts(r, n, Math.pow(pop(e.code), 0.7) * r.uniform(0.5, 4), [0, 0.1], 0.2),
    confidential: 0.25,
  },
  'financial-investigations': {
    series: ({ r, e, n }) => counts(r, n, Math.pow(pop(e.code), 0.7) * r.uniform(0.8, 5), [0.02, 0.12], 0.2),
    confidential: 0.25,
  },
  'acetic-anhydride-seizures': {
    applies: (e) => e.code in ACETIC_ANHYDRIDE_KG,
    series: ({ r, e, n }) => {
      const base = (ACETIC_ANHYDRIDE_KG[e.code] ?? 100) * Math.exp(0.3 * r.normal());
      return quantities(r, n, base, [-0.1, 0.1], 0.6, base < 300 ? 0.15 : 0.03);
    },
  },
  'pen-answered': {
    series: ({ r, e, n }) =>
      shares(r, n, e.priority === 'none' ? r.uniform(55, 92) : r.uniform(40, 80), [0.3, 2.5], 3, Math.pow(pop(e.code), 0.6) * r.uniform(2, 15)),
  },
  'precursor-investigations': {
    series: ({ r, e, n }) =>
      counts(r, n, anc(e) ? r.uniform(5, 40) : Math.pow(pop(e.code), 0.5) * r.uniform(0.2, 2), [-0.03, 0.1], 0.25),
    confidential: 0.1,
  },
  'stopped-shipments': {
    series: ({ r, e, n }) =>
      counts(r, n, Math.pow(pop(e.code), 0.4) * r.uniform(0.1, 1.5) * (anc(e) ? 2 : 1), [-0.05, 0.1], 0.25),
  },
  'precursor-alerts': {
    applies: orgBase(PRECURSOR_ALERTS),
    series: ({ r, e, n }) => counts(r, n, PRECURSOR_ALERTS[e.code] ?? 10, [0, 0.08], 0.15),
    estimateShare: 0,
  },
  'treatment-coverage': {
    series: ({ r, e, n, treatment }) => {
      const t = treatment(e.code);
      const out: Point[] = [];
      for (let i = 0; i < n; i++) {
        out.push({ value: Math.max(0, (t.coverage[i] ?? 0) + 0.3 * r.normal()), denominator: t.need[i] ?? 1 });
      }
      return out;
    },
    estimateShare: 0.2,
  },
  'people-in-treatment': {
    series: ({ r, e, n, treatment }) => {
      const t = treatment(e.code);
      const out: Point[] = [];
      for (let i = 0; i < n; i++) {
        const total = ((t.need[i] ?? 0) * (t.coverage[i] ?? 0)) / 100;
        out.push({ value: Math.round(total * (1 + 0.03 * r.normal())), femaleShare: t.femaleShare * (1 + 0.05 * r.normal()) });
      }
      return out;
    },
    bySex: true,
    estimateShare: 0.06,
  },
  'treatment-waiting-time': {
    applies: (e, r) => e.priority !== 'none' || r.chance(0.55),
    series: ({ r, e, n }) => {
      const base = anc(e) ? r.uniform(20, 75) : see(e) ? r.uniform(10, 45) : r.uniform(3, 40);
      return level(r, n, base, [-0.1, 0.02], 0.12).map((v) => ({ value: v }));
    },
  },
  'drug-induced-deaths': {
    series: ({ r, e, n, treatment }) => {
      const t = treatment(e.code);
      // Deaths per person with an opioid use disorder; registration is weaker in parts of Asia.
      const registered = anc(e) || e.code === 'IND' || e.code === 'CHN' ? 0.3 : 1;
      return counts(r, n, (t.need[0] ?? 100) * r.uniform(0.0015, 0.008) * registered, [-0.04, 0.07], 0.08);
    },
    estimateShare: 0.05,
  },
  'family-prevention-programmes': {
    series: ({ r, e, n }) =>
      e.priority === 'none' ? steps(r, n, r.int(0, 8), 0.2, 0.05) : steps(r, n, r.int(0, 3), 0.4, 0.05),
  },
};

/** A model for an indicator the generator does not know, from its unit. */
function genericProfile(indicator: Indicator): Profile {
  const max = indicator.bounds.max;
  switch (indicator.unit) {
    case 'percent':
      return {
        series: ({ r, e, n }) => {
          const points = shares(r, n, r.uniform(20, 80), [-0.5, 2], 3, Math.pow(pop(e.code), 0.6) * r.uniform(2, 15));
          if (indicator.aggregation === 'weighted-mean') return points;
          return points.map((p) => ({ value: p.value }));
        },
      };
    case 'days':
      return { series: ({ r, n }) => level(r, n, r.uniform(5, max === undefined ? 60 : Math.min(60, max)), [-0.08, 0.03], 0.12).map((v) => ({ value: v })) };
    case 'kg':
      return { series: ({ r, e, n }) => quantities(r, n, (e.organization ? 50 : pop(e.code) * 5) * Math.exp(0.8 * r.normal()), [-0.08, 0.08], 0.3, 0.03) };
    default:
      // A count, or any unit of the project's own: whole numbers around a level.
      return { series: ({ r, e, n }) => counts(r, n, (e.organization ? 15 : Math.pow(pop(e.code), 0.6) * 3) * Math.exp(0.5 * r.normal()), [-0.03, 0.1], 0.2) };
  }
}

const COPY_SUFFIX = /^(.+)-c[0-9]+$/;

/** The model of an indicator: its own, its original's for a synthetic copy, or one from its unit. */
function profileOf(indicator: Indicator): Profile {
  const own = PROFILES[indicator.id];
  if (own) return own;
  const copyOf = COPY_SUFFIX.exec(indicator.id)?.[1];
  const original = copyOf === undefined ? undefined : PROFILES[copyOf];
  return original ?? genericProfile(indicator);
}

// ---------------------------------------------------------------------------------------------
// Rows

interface EntityState {
  /** The first year the country reports anything (late joiners), or undefined. */
  startFrom?: number;
  /** The last year the country reports anything (those that stopped), or undefined. */
  stopAfter?: number;
}

function entityState(seed: number, e: Entity, years: { first: number; last: number }): EntityState {
  if (e.organization || e.priority !== 'none') return {};
  const r = new Rng(seed, 'entity', e.code);
  const span = years.last - years.first;
  if (span >= 6 && r.chance(0.12)) return { stopAfter: years.first + r.int(4, Math.min(7, span - 1)) };
  if (span >= 4 && r.chance(0.1)) return { startFrom: years.first + r.int(1, 3) };
  return {};
}

/** Formats a number with at most `decimals` decimals and no exponent, trailing zeros dropped. */
export function formatValue(value: number, decimals: number): string {
  let text = value.toFixed(decimals);
  if (text.includes('.')) text = text.replace(/0+$/, '').replace(/\.$/, '');
  return text === '-0' ? '0' : text;
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The catalogue widened to `copies` indicators per original: copy 1 keeps the original id, copy
 * n >= 2 gets the id `<id>-c<n>` (and the title "<title> (synthetic copy n)"). The generator gives
 * each copy its own figures with its original's model. For benchmarks.
 */
export function syntheticCatalogue(indicators: readonly Indicator[], copies: number): Indicator[] {
  if (!Number.isInteger(copies) || copies < 1) throw new RangeError(`copies must be a whole number of at least 1, not ${copies}`);
  const out: Indicator[] = [];
  for (const indicator of indicators) {
    out.push(indicator);
    for (let n = 2; n <= copies; n++) {
      out.push({ ...indicator, id: `${indicator.id}-c${n}`, title: `${indicator.title} (synthetic copy ${n})` });
    }
  }
  return out;
}

/**
 * The observation rows, one string per column in HEADER order, sorted by indicator, country,
 * year and sex (code-unit order). Lazily, so a benchmark can stream a million rows.
 */
export function* iterateRows(options: GenerateOptions): Generator<string[], void, undefined> {
  const { seed, years } = options;
  if (!Number.isInteger(years.first) || !Number.isInteger(years.last) || years.first > years.last) {
    throw new RangeError(`years must run from a first to a last whole year, not ${years.first} to ${years.last}`);
  }
  const n = years.last - years.first + 1;
  const priority = options.priority ?? DEFAULT_PRIORITY;
  const indicators = syntheticCatalogue(options.indicators, options.copies ?? 1).sort((a, b) => compareCodeUnits(a.id, b.id));
  const countries: Entity[] = [...new Set(options.countries)]
    .sort(compareCodeUnits)
    .map((code) => ({ code, priority: priority[code] ?? 'none', organization: false }));
  const organizations: Entity[] = [...new Set(options.organizations)]
    .sort(compareCodeUnits)
    .map((code) => ({ code, priority: 'none', organization: true }));

  const treatmentCache = new Map<string, TreatmentState>();
  const treatment = (code: string): TreatmentState => {
    let t = treatmentCache.get(code);
    if (!t) {
      t = treatmentState(seed, code, priority[code] ?? 'none', n);
      treatmentCache.set(code, t);
    }
    return t;
  };
  const stateCache = new Map<string, EntityState>();

  for (const indicator of indicators) {
    const profile = profileOf(indicator);
    const entities = indicator.reported_by === 'organization' ? organizations : countries;
    const decimals = indicator.decimals ?? 0;
    const min = indicator.bounds.min;
    const max = indicator.bounds.max ?? Number.POSITIVE_INFINITY;
    const clamp = (v: number): number => Math.min(max, Math.max(min, v));
    const withDenominator = indicator.aggregation === 'weighted-mean';
    const confidential = profile.confidential ?? 0.03;
    const missingWeights: Record<MissingReason, number> = {
      'not-reported': 0.72,
      'not-collected': 0.15,
      confidential,
      'not-applicable': 0.04,
    };

    for (const e of entities) {
      if (profile.applies && !profile.applies(e, new Rng(seed, indicator.id, e.code, 'applies'))) continue;
      const r = new Rng(seed, indicator.id, e.code);
      const points = profile.series({ r, e, n, treatment });

      let state = stateCache.get(e.code);
      if (!state) {
        state = entityState(seed, e, years);
        stateCache.set(e.code, state);
      }
      let reportShare: number;
      if (e.organization) reportShare = 0.93;
      else if (e.priority !== 'none') reportShare = 0.96;
      else {
        if (r.chance(0.05)) continue; // never reported by this country
        reportShare = r.uniform(0.6, 0.95);
      }
      const splitsBySex = profile.bySex === true && r.chance(e.priority !== 'none' ? 0.9 : 0.6);
      const estimateShare = profile.estimateShare ?? 0.04;
      const reporter = e.organization ? 'the organization' : 'the national focal point';

      for (let i = 0; i < n; i++) {
        const year = years.first + i;
        // Draw the same numbers whatever happens, so one year's outcome never shifts the next.
        const reported = r.chance(reportShare);
        const keepEmpty = r.chance(0.35);
        const reason = r.weighted(missingWeights);
        const flagDraw = r.float();
        const noteDraw = r.float();
        const splitDraw = r.chance(0.9);

        if (state.startFrom !== undefined && year < state.startFrom) continue;

        const yearText = String(year);
        const sexCell: Sex | '' = profile.bySex ? 'total' : '';
        // A year without a figure is written down with the reason, as a coordination unit records
        // an unanswered questionnaire: no silent gaps, which vdr validate would warn of. A partner
        // that stopped reporting has not reported each later year.
        if (state.stopAfter !== undefined && year > state.stopAfter) {
          yield [indicator.id, e.code, yearText, '', indicator.unit, sexCell, '', '', 'not-reported', ILLUSTRATIVE_SOURCE, ''];
          continue;
        }
        if (!reported) {
          const note = keepEmpty && reason === 'confidential' && noteDraw < 0.5 ? 'withheld while investigations are ongoing' : '';
          yield [indicator.id, e.code, yearText, '', indicator.unit, sexCell, '', '', keepEmpty ? reason : 'not-reported', ILLUSTRATIVE_SOURCE, note];
          continue;
        }

        const point = points[i];
        if (!point) continue;
        let flag = '';
        let note = '';
        if (year === years.last && flagDraw < (e.organization ? 0.2 : 0.45)) flag = 'provisional';
        else if (year === years.last - 1 && flagDraw < 0.08) flag = 'provisional';
        else if (flagDraw > 1 - estimateShare) {
          flag = 'estimate';
          if (noteDraw < 0.5) note = `estimated by ${reporter} from partial data`;
        }
        const denominator = withDenominator && point.denominator !== undefined ? String(point.denominator) : '';
        const value = clamp(point.value);

        if (splitsBySex && splitDraw && point.femaleShare !== undefined) {
          const total = Math.round(value);
          const female = Math.min(total, Math.max(0, Math.round(total * point.femaleShare)));
          const rows: [Sex, number][] = [['female', female], ['male', total - female], ['total', total]];
          for (const [sex, v] of rows) {
            yield [indicator.id, e.code, yearText, formatValue(clamp(v), decimals), indicator.unit, sex, denominator, flag, '', ILLUSTRATIVE_SOURCE, note];
          }
        } else {
          yield [indicator.id, e.code, yearText, formatValue(value, decimals), indicator.unit, sexCell, denominator, flag, '', ILLUSTRATIVE_SOURCE, note];
        }
      }
    }
  }
}

/** All the rows of iterateRows, as an array. */
export function generateRows(options: GenerateOptions): string[][] {
  return Array.from(iterateRows(options));
}

function csvCell(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** One CSV line, without its line feed. */
export function csvLine(row: readonly string[]): string {
  return row.map(csvCell).join(',');
}

/** A whole observations file: the header, the rows, LF line ends and a final newline. */
export function rowsToCsv(rows: Iterable<readonly string[]>): string {
  const lines = [HEADER.join(',')];
  for (const row of rows) lines.push(csvLine(row));
  return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------
// The shipped sample files

export interface SampleFile {
  /** Project-relative path, such as data/observations/pillar-1.csv. */
  path: string;
  pillar: PillarId;
  content: string;
  rows: number;
}

interface DatasetsFile {
  window: { first: number; last: number };
  reference: { countries: string; organizations: string };
  indicators: string;
  observations: { path: string; pillar: PillarId }[];
}

function readCsvColumn(file: string, column: string): Record<string, string>[] {
  const records: unknown = parseCsv(readFileSync(file, 'utf8'), { columns: true, bom: true, skip_empty_lines: true, trim: true });
  if (!Array.isArray(records)) throw new Error(`${file}: expected CSV rows`);
  const out: Record<string, string>[] = [];
  for (const rec of records as Record<string, string>[]) {
    if (typeof rec[column] !== 'string' || rec[column] === '') throw new Error(`${file}: a row has no ${column}`);
    out.push(rec);
  }
  return out;
}

/**
 * The sample observation files as they should be on disk, made from data/datasets.yaml (window
 * and file per pillar), data/reference/countries.csv, organizations.csv and the indicator catalogue
 * under `root` (the project directory).
 */
export function buildSampleFiles(root: string, seed: number = SAMPLE_SEED): SampleFile[] {
  const dataDir = path.join(root, 'data');
  const datasets = parseYaml(readFileSync(path.join(dataDir, 'datasets.yaml'), 'utf8')) as DatasetsFile;
  const countryRows = readCsvColumn(path.join(dataDir, datasets.reference.countries), 'iso3');
  const organizationRows = readCsvColumn(path.join(dataDir, datasets.reference.organizations), 'acronym');
  const catalogue: unknown = parseYaml(readFileSync(path.join(dataDir, datasets.indicators), 'utf8'));
  if (!Array.isArray(catalogue)) throw new Error(`data/${datasets.indicators}: expected a list of indicators`);
  const indicators = catalogue as Indicator[];

  const countries = countryRows.map((c) => c['iso3'] ?? '');
  const priority: Record<string, PriorityProgramme> = {};
  for (const c of countryRows) {
    const p = c['priority_programme'];
    priority[c['iso3'] ?? ''] = p === 'RP ANC' || p === 'RP SEE' ? p : 'none';
  }
  const organizations = organizationRows.map((o) => o['acronym'] ?? '');

  return datasets.observations.map((file) => {
    const rows = generateRows({
      seed,
      countries,
      organizations,
      indicators: indicators.filter((i) => i.pillar === file.pillar),
      years: datasets.window,
      priority,
    });
    return { path: path.posix.join('data', file.path), pillar: file.pillar, content: rowsToCsv(rows), rows: rows.length };
  });
}

function main(): void {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  for (const file of buildSampleFiles(root)) {
    const target = path.join(root, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.content, 'utf8');
    process.stdout.write(`${file.path}: ${file.rows} rows (pillar ${file.pillar})\n`);
  }
}

function runDirectly(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(script)).href;
  } catch {
    return false;
  }
}

if (runDirectly()) main();
