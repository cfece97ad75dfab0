import type { Dataset, Indicator, Observation, Sex } from '../model.js';
import { aggregateGroup, type AggregateCore, type Member } from './aggregate.js';
import { groupsOf } from './groups.js';
import { SEX_ORDER } from './order.js';
import { byCode } from '../io/order.js';
import { breakBetween, pickBaseline, pickCurrent, type BaselineReading, type Reading } from './readings.js';
import type { SeriesIndex } from './series.js';
import { entityStatus } from './status.js';
import type { Status } from './types.js';

/** The figures chosen for one indicator x entity x sex in one edition year. */
export interface EntityFigures {
  indicator: Indicator;
  entity: string;
  entity_type: 'country' | 'organization';
  sex: Sex;
  baseline: BaselineReading | undefined;
  current: Reading | undefined;
  /** The row flagged `break` the change crosses, if any. */
  crossed: Observation | undefined;
  status: Status;
}

/** Everything one edition year's figures give, before another edition is compared. */
export interface EditionFigures {
  /** In output order: catalogue order, entity code, sex. */
  entities: EntityFigures[];
  /** In output order: catalogue order, then the groups in `groupsOf` order. */
  aggregates: AggregateCore[];
}

/**
 * Chooses the baseline and current figures of every indicator x entity x sex as of `year`, and
 * aggregates the totals over each group. Rows: every partner country (sex 'total') for country
 * indicators, every organization with a row for organization indicators, plus each
 * disaggregation (female, male) an entity has rows for. No total is made up from female and
 * male rows: an entity without a total row has no total figures.
 *
 * @param dataset
 *   The validated data.
 * @param index
 *   Its observations, indexed.
 * @param year
 *   The edition year: figures after it are not used.
 */
export function editionFigures(dataset: Dataset, index: SeriesIndex, year: number): EditionFigures {
  const entities: EntityFigures[] = [];
  const aggregates: AggregateCore[] = [];
  const countries = dataset.reference.countries;
  for (const indicator of dataset.indicators) {
    const reported = index.entitiesOf(indicator.id);
    const byCountry = indicator.reported_by === 'country';
    const entity_type = byCountry ? 'country' : 'organization';
    const codes = new Set<string>(reported.keys());
    if (byCountry) for (const c of countries) codes.add(c.iso3);
    const members = new Map<string, Member>();
    for (const entity of [...codes].sort(byCode)) {
      const sexes = reported.get(entity);
      for (const sex of SEX_ORDER) {
        if (sex !== 'total' && !sexes?.has(sex)) continue;
        const series = index.series(indicator.id, entity, sex);
        const baseline = pickBaseline(series, indicator, year);
        const current = pickCurrent(series, baseline, indicator, year);
        const crossed = breakBetween(series, baseline, current);
        const status = entityStatus(indicator, series, baseline, current, year, crossed !== undefined);
        entities.push({ indicator, entity, entity_type, sex, baseline, current, crossed, status });
        if (sex === 'total') members.set(entity, { baseline, current, status });
      }
    }
    for (const group of groupsOf(indicator, countries, reported.keys())) {
      aggregates.push(aggregateGroup(indicator, group, members, year));
    }
  }
  return { entities, aggregates };
}
