/**
 * The names a chapter may use, resolved once per build: indicators, reporting entities, groups,
 * pillars, and the metrics rows behind them.
 */
import { regionName, shownAcronym } from '../edition/reference-language.js';
import type { Country, Dataset, Indicator, Organization, PillarId } from '../model.js';
import type { AggregateMetric, EntityMetric, Metrics } from '../metrics/types.js';

/** What an `entity=` names. */
export type EntityRef =
  | { kind: 'country'; code: string; country: Country }
  | { kind: 'organization'; code: string; organization: Organization }
  | { kind: 'group'; code: string; groupType: 'all' | 'region' | 'programme' };

/** Indicators, entities, groups and metrics rows by their codes, built once from the data. */
export class Lookup {
  readonly indicators: ReadonlyMap<string, Indicator>;
  readonly countries: ReadonlyMap<string, Country>;
  readonly organizations: ReadonlyMap<string, Organization>;
  /** 'all', the M49 regions of the partner countries, then the priority programmes. */
  readonly groups: readonly string[];
  readonly pillars: readonly PillarId[];
  /** Whether the catalogue has indicators outside the pillars (pillar: context). */
  readonly hasContext: boolean;
  private readonly regions: ReadonlySet<string>;
  private readonly entityRows = new Map<string, EntityMetric>();
  /** The entity metrics (sex total) of each indicator, in the metrics' order. */
  private readonly byIndicator = new Map<string, EntityMetric[]>();
  private readonly aggregateRows = new Map<string, AggregateMetric>();

  constructor(
    readonly dataset: Dataset,
    readonly metrics: Metrics,
  ) {
    this.indicators = new Map(dataset.indicators.map((i) => [i.id, i]));
    this.countries = new Map(dataset.reference.countries.map((c) => [c.iso3, c]));
    this.organizations = new Map(dataset.reference.organizations.map((o) => [o.acronym, o]));
    const regions = [...new Set(dataset.reference.countries.map((c) => c.region))].sort();
    this.regions = new Set(regions);
    const programmes = [...new Set(dataset.reference.countries.map((c) => c.priority_programme))].filter((p) => p !== 'none').sort();
    this.groups = ['all', ...regions, ...programmes];
    this.pillars = [...dataset.reference.pillars].sort((a, b) => a.number - b.number).map((p) => p.id);
    this.hasContext = dataset.indicators.some((i) => i.pillar === 'context');
    for (const row of metrics.entities) {
      if (row.sex !== 'total') continue;
      this.entityRows.set(`${row.indicator}\u0000${row.entity}`, row);
      const rows = this.byIndicator.get(row.indicator);
      if (rows) rows.push(row);
      else this.byIndicator.set(row.indicator, [row]);
    }
    for (const row of metrics.aggregates) this.aggregateRows.set(`${row.indicator}\u0000${row.group}`, row);
  }

  /** Every code an `entity=` may take, for suggestions. */
  entityCodes(): string[] {
    return [...this.countries.keys(), ...this.organizations.keys(), ...this.groups];
  }

  /** What a code names, or undefined. Codes are matched exactly (ISO codes are upper case). */
  entity(code: string): EntityRef | undefined {
    const country = this.countries.get(code);
    if (country) return { kind: 'country', code, country };
    const organization = this.organizations.get(code);
    if (organization) return { kind: 'organization', code, organization };
    if (code === 'all') return { kind: 'group', code, groupType: 'all' };
    if (this.regions.has(code)) return { kind: 'group', code, groupType: 'region' };
    if (this.groups.includes(code)) return { kind: 'group', code, groupType: 'programme' };
    return undefined;
  }

  /** The entity metric (sex total) of an indicator, if the metrics have one. */
  entityMetric(indicator: string, entity: string): EntityMetric | undefined {
    return this.entityRows.get(`${indicator}\u0000${entity}`);
  }

  /** The aggregate of an indicator over a group, if the metrics have one. */
  aggregate(indicator: string, group: string): AggregateMetric | undefined {
    return this.aggregateRows.get(`${indicator}\u0000${group}`);
  }

  /** The entity metrics (sex total) of an indicator, in the metrics' order. */
  entityMetrics(indicator: string): EntityMetric[] {
    return [...(this.byIndicator.get(indicator) ?? [])];
  }

  /**
   * A display name, in the data's language (edition/reference-language.ts): the country's name,
   * an organization's acronym, or a group's name.
   */
  entityName(code: string, allPartners: string): string {
    if (code === 'all') return allPartners;
    const organization = this.organizations.get(code);
    if (organization) return shownAcronym(organization);
    if (this.regions.has(code)) return regionName(this.dataset.reference, code);
    return this.countries.get(code)?.name ?? code;
  }
}
