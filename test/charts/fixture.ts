/**
 * The data the chart tests draw on: the project's real reference data (partner countries,
 * organizations, pillars, EWG meetings, from the seeds), with a small, fixed indicator catalogue
 * and observations made by a formula here, so that golden specs do not change when the sample
 * observations are regenerated. `realContext` gives the sample edition as it ships.
 */
import { fileURLToPath } from 'node:url';
import { computeMetrics } from '../../pipeline/metrics/index.js';
import type { Dataset, Indicator, Observation } from '../../pipeline/model.js';
import { openProject } from '../../pipeline/project/index.js';
import type { ChartContext } from '../../pipeline/charts/index.js';

export const repo = fileURLToPath(new URL('../..', import.meta.url));

let real: Dataset | undefined;

/** The project's data as validated (throws when it has errors). */
export function realDataset(): Dataset {
  if (real) return real;
  const result = openProject(repo).validation();
  if (!result.dataset) throw new Error(`the project data has errors: ${result.messages.map((m) => m.reason).join('; ')}`);
  real = result.dataset;
  return real;
}

const source = 'Test figures';
export const INDICATORS: Indicator[] = [
  { id: 'seizures', pillar: 'I', title: 'Heroin seized', definition: 'kg seized', unit: 'kg', reported_by: 'country', direction: 'higher-is-better', aggregation: 'sum', baseline_year: 2014, tolerance: 0.05, bounds: { min: 0 }, decimals: 1, source },
  { id: 'coverage', pillar: 'IV', title: 'Treatment coverage among people with opioid use disorders', definition: 'share', unit: 'percent', reported_by: 'country', direction: 'higher-is-better', aggregation: 'median', baseline_year: 2014, bounds: { min: 0, max: 100 }, source },
  { id: 'opium', pillar: 'I', title: 'Opium seized', definition: 'kg seized', unit: 'kg', reported_by: 'country', direction: 'neutral', aggregation: 'sum', baseline_year: 2014, tolerance: 0.05, bounds: { min: 0 }, source },
  { id: 'alerts', pillar: 'III', title: 'Precursor incident alerts shared by organizations', definition: 'alerts', unit: 'count', reported_by: 'organization', direction: 'higher-is-better', aggregation: 'sum', baseline_year: 2014, bounds: { min: 0 }, source },
];

/** A fixed figure for an entity and year: varied, with gaps, estimates and missing values. */
function observationsFor(indicator: Indicator, entities: readonly string[], first: number, last: number): Observation[] {
  const out: Observation[] = [];
  entities.forEach((entity, e) => {
    for (let year = first; year <= last; year++) {
      const k = (e * 7 + year * 3 + indicator.id.length) % 23;
      if (k === 0 && year !== 2021) continue; // no row
      const base: Observation = {
        indicator: indicator.id,
        country: entity,
        year,
        sex: 'total',
        kind: 'illustrative',
        file: 'data/observations/test.csv',
        line: out.length + 2,
      };
      if (k === 1 || (e % 9 === 4 && year === 2014)) {
        out.push({ ...base, missing_reason: k === 1 && e % 2 === 0 ? 'not-applicable' : 'not-reported' });
        continue;
      }
      const scale = indicator.unit === 'percent' ? 1 : 10 ** (e % 4);
      const value = indicator.unit === 'percent' ? (e * 13 + (year - first) * (e % 5)) % 100 : Math.round(scale * (5 + ((e + 1) * (year - first + 3)) % 17) * 10) / 10;
      out.push({ ...base, value, ...(k === 2 ? { flag: 'estimate' as const } : k === 3 ? { flag: 'provisional' as const } : {}) });
    }
  });
  return out;
}

let fixture: Dataset | undefined;

/** Real reference data with the fixed indicators and observations above. */
export function fixtureDataset(): Dataset {
  if (fixture) return fixture;
  const base = realDataset();
  const countries = base.reference.countries.map((c) => c.iso3);
  const organizations = base.reference.organizations.slice(0, 5).map((o) => o.acronym);
  const observations = INDICATORS.flatMap((i) => observationsFor(i, i.reported_by === 'country' ? countries : organizations, base.window.first, base.window.last));
  fixture = { ...base, indicators: INDICATORS, observations };
  return fixture;
}

/** The fixture as a chart context for the 2021 edition. */
export function fixtureContext(): ChartContext {
  const dataset = fixtureDataset();
  return { dataset, metrics: computeMetrics(dataset, { year: 2021, previous: 2014 }), edition: { year: 2021, previous: 2014 } };
}

/** The sample edition as it ships. */
export function realContext(): ChartContext {
  const dataset = realDataset();
  return { dataset, metrics: computeMetrics(dataset, { year: 2021, previous: 2014 }), edition: { year: 2021, previous: 2014 } };
}
