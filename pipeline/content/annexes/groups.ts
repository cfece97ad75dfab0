/**
 * The indicators as the annexes list them: pillar by pillar, then the context indicators (outside
 * the pillars, data/indicators.yaml pillar: context) under a heading of their own.
 */
import type { Indicator } from '../../model.js';
import type { CompileState } from '../state.js';

/** One group of indicators with its heading. */
export interface IndicatorGroup {
  /** The part of the heading's id that names the group: pillar-1, or context. */
  slug: string;
  /** The heading, such as "Pillar I: Regional initiatives". */
  title: string;
  /** A shorter heading, such as "Pillar I: Regional initiatives" with the pillar's short title. */
  shortTitle: string;
  indicators: Indicator[];
}

/** The groups that have indicators, the pillars in their order, then the context. */
export function indicatorGroups(state: CompileState): IndicatorGroup[] {
  const { strings, dataset } = state;
  const pillars = [...dataset.reference.pillars].sort((a, b) => a.number - b.number);
  const groups: IndicatorGroup[] = pillars.map((pillar) => ({
    slug: `pillar-${pillar.number}`,
    title: strings.pillarTitle(pillar.id, pillar.title),
    shortTitle: strings.pillarTitle(pillar.id, pillar.short_title),
    indicators: dataset.indicators.filter((i) => i.pillar === pillar.id),
  }));
  groups.push({ slug: 'context', title: strings.contextTitle, shortTitle: strings.contextTitle, indicators: dataset.indicators.filter((i) => i.pillar === 'context') });
  return groups.filter((group) => group.indicators.length > 0);
}
