import type { Observation, Sex } from '../model.js';

/** One indicator's figures for one entity and sex, by year (rows with a value only). */
export type Series = ReadonlyMap<number, Observation>;

/** The observations of a dataset, arranged for the metrics stage. */
export interface SeriesIndex {
  /** The series of `indicator` x `entity` x `sex`; empty when no row has a value. */
  series(indicator: string, entity: string, sex: Sex): Series;
  /**
   * Each entity with at least one row of `indicator` (with a value or a missing reason, in any
   * year), with the sexes it has rows for.
   */
  entitiesOf(indicator: string): ReadonlyMap<string, ReadonlySet<Sex>>;
}

const EMPTY: Series = new Map();
const key = (indicator: string, entity: string, sex: Sex): string => `${indicator}\u0000${entity}\u0000${sex}`;

/**
 * Indexes observations by indicator, entity, sex and year. Rows with a missing reason are not
 * figures: they never serve as a baseline or current value, but they do say which entities an
 * indicator concerns. Should a key repeat (validation reports that), the first row wins.
 *
 * @param observations
 *   Validated observations, in dataset order.
 */
export function indexSeries(observations: readonly Observation[]): SeriesIndex {
  const values = new Map<string, Map<number, Observation>>();
  const entities = new Map<string, Map<string, Set<Sex>>>();
  for (const o of observations) {
    let byEntity = entities.get(o.indicator);
    if (!byEntity) entities.set(o.indicator, (byEntity = new Map()));
    let sexes = byEntity.get(o.country);
    if (!sexes) byEntity.set(o.country, (sexes = new Set()));
    sexes.add(o.sex);
    if (o.value === undefined) continue;
    const k = key(o.indicator, o.country, o.sex);
    let byYear = values.get(k);
    if (!byYear) values.set(k, (byYear = new Map()));
    if (!byYear.has(o.year)) byYear.set(o.year, o);
  }
  return {
    series: (indicator, entity, sex) => values.get(key(indicator, entity, sex)) ?? EMPTY,
    entitiesOf: (indicator) => entities.get(indicator) ?? new Map(),
  };
}
