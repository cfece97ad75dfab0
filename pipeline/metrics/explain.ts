import type { Dataset, Indicator, UnitDefinition } from '../model.js';
import { explainAggregate } from './explain-aggregate.js';
import { explainEntity } from './explain-entity.js';
import type { Metrics } from './types.js';
import { directionWords } from './wording.js';

const GROUP_WORDS = { all: 'all partners', region: 'region', programme: 'priority programme' } as const;

/** The heading shared by every explanation: what is measured, how, in which edition. */
function heading(indicator: Indicator, unit: UnitDefinition, who: string, metrics: Metrics): string[] {
  const previous = metrics.edition.previous === null ? '' : `, compared with the ${metrics.edition.previous} edition`;
  return [
    `${indicator.title} (${indicator.id}), ${who}: ${metrics.edition.year} edition${previous}`,
    `Unit: ${unit.builtin ? indicator.unit : unit.name}; direction: ${directionWords(indicator)}; aggregated by ${indicator.aggregation}; tolerance ±${indicator.tolerance ?? 0}; baseline year ${indicator.baseline_year}`,
  ];
}

/**
 * Explains how one figure was computed, in plain text, with the file and line of every
 * observation used, for `vdr explain INDICATOR ENTITY`. ENTITY is a country's ISO alpha-3 code,
 * an organization's acronym, or an aggregate group: 'all', a region (such as 'Asia') or a
 * priority programme (such as 'RP ANC'); letter case does not matter. An entity with
 * disaggregated rows gets one section per sex, the total first.
 *
 * @param metrics
 *   The computed metrics.
 * @param dataset
 *   The data they were computed from (for titles and names).
 * @param indicator
 *   The indicator's id.
 * @param entity
 *   The entity or group.
 * @returns
 *   Lines joined by LF, ending with LF; undefined when the indicator or entity is unknown.
 */
export function explainMetric(metrics: Metrics, dataset: Dataset, indicator: string, entity: string): string | undefined {
  const ind = dataset.indicators.find((i) => i.id === indicator);
  if (!ind) return undefined;
  const unit = dataset.units[ind.unit] ?? { id: ind.unit, name: ind.unit, change: 'difference', builtin: false };
  const wanted = entity.toLowerCase();
  const rows = metrics.entities.filter((e) => e.indicator === ind.id && e.entity.toLowerCase() === wanted);
  if (rows.length > 0) {
    const code = rows[0]!.entity;
    const name =
      dataset.reference.countries.find((c) => c.iso3 === code)?.name ??
      dataset.reference.organizations.find((o) => o.acronym === code)?.name;
    const lines = heading(ind, unit, name ? `${code} (${name})` : code, metrics);
    for (const row of rows) {
      lines.push('', ...(rows.length > 1 ? [`Sex: ${row.sex}`] : []), ...explainEntity(row, ind, unit, metrics));
      if (row.sex === 'total' && rows.length > 1 && row.baseline === null && row.current === null) {
        lines.push('Only disaggregated figures were reported: no total is made up from them.');
      }
    }
    return `${lines.join('\n')}\n`;
  }
  const group = metrics.aggregates.find((a) => a.indicator === ind.id && a.group.toLowerCase() === wanted);
  if (!group) return undefined;
  const who = group.group_type === 'all' ? 'all partners (aggregate)' : `${GROUP_WORDS[group.group_type]} ${group.group} (aggregate)`;
  return `${[...heading(ind, unit, who, metrics), '', ...explainAggregate(group, ind, unit, metrics, dataset)].join('\n')}\n`;
}

/**
 * The records of metrics.json that explainMetric explains (an entity's rows, one per sex, or a
 * group's aggregate), for `vdr explain --json`; undefined when there are none.
 */
export function explainedRecords(metrics: Metrics, indicator: string, entity: string): { level: 'entity' | 'aggregate'; records: object[] } | undefined {
  const wanted = entity.toLowerCase();
  const rows = metrics.entities.filter((e) => e.indicator === indicator && e.entity.toLowerCase() === wanted);
  if (rows.length > 0) return { level: 'entity', records: rows };
  const group = metrics.aggregates.find((a) => a.indicator === indicator && a.group.toLowerCase() === wanted);
  return group ? { level: 'aggregate', records: [group] } : undefined;
}
