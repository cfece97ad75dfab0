/**
 * What a partner is asked to check before publishing (issue 21, verification packets): every
 * figure of the partner that the report prints (each indicator's baseline and current figure, per
 * sex), each with the observation it came from, and whether it is new, changed or unchanged since
 * the last published edition, with the figure published then.
 *
 * What "the last published edition" is, is decided as for the report's "What changed"
 * (diff/index.ts `changeBaseline`); the partner's rows of that comparison (diff/figures.ts
 * `diffFigures`) come with the list, so the packet and the report never disagree on what moved.
 */
import type { Project } from '../project/index.js';
import type { Sex, SourceRef } from '../model.js';
import type { EntityMetric, Flag, Metrics } from '../metrics/types.js';
import { changeBaseline, diffFigures, resolveSide, type FigureChange, type SideOptions } from '../diff/index.js';

/** Which of a metric's figures a packet row is. */
export type FigureRole = 'baseline' | 'current';

/** How a figure stands against the last published edition. */
export type FigureKind = 'new' | 'changed' | 'unchanged';

/** A figure as the earlier edition published it. */
export interface PublishedFigure {
  year: number | null;
  value: number | null;
  flag: Flag | null;
}

/** One figure of the partner, as vdr holds it now, and as it was published. */
export interface PartnerFigure {
  indicator: string;
  /** The partner's code: ISO3 or acronym. */
  entity: string;
  sex: Sex;
  role: FigureRole;
  /** The year the figure is of (metrics.json's baseline_year or current_year). */
  year: number | null;
  /** Unrounded, as metrics.json holds it; null only for a published figure that is gone now. */
  value: number | null;
  flag: Flag | null;
  /** The observation the figure is (file and line), or null when there is none. */
  source: SourceRef | null;
  /**
   * new: no earlier edition had it, or had a figure of another year in its place; changed: the
   * same year's figure, with another value or flag (or gone); unchanged: as published.
   */
  kind: FigureKind;
  /** The same figure in the earlier edition (of the same indicator, partner, sex); null when it had none. */
  previous: PublishedFigure | null;
}

/** The metrics an earlier edition published, and how it was chosen (see `publishedMetrics`). */
export interface EarlierEdition {
  against: 'published' | 'previous-edition';
  /** A sentence saying what the figures are compared with, as the report's "What changed" says it. */
  note: string;
  metrics: Metrics;
}

/** No earlier edition to compare with, and why. */
export interface NoEarlierEdition {
  against: 'nothing';
  note: string;
}

/** What a partner's figures are compared with. */
export type Comparison = EarlierEdition | NoEarlierEdition;

/** A partner's figures to verify. */
export interface Verification {
  partner: string;
  edition: number;
  /** What the figures are compared with; 'nothing' when no earlier edition exists (every figure is new). */
  against: 'published' | 'previous-edition' | 'nothing';
  note: string;
  /** Every figure of the partner, in the order of metrics.json (indicator, sex), baseline before current. */
  figures: PartnerFigure[];
  /** The figures that are new or changed: the list a brief shows and the partner must look at first. */
  listed: PartnerFigure[];
  /** The partner's rows of the report's "What changed" (diffFigures), for the same comparison. */
  changes: FigureChange[];
}

const NOTHING = 'There is no earlier published edition to compare with, so every figure is marked new.';

const keyOf = (m: Pick<EntityMetric, 'indicator' | 'entity' | 'sex'>): string => `${m.indicator}\u0000${m.entity}\u0000${m.sex}`;

function published(m: EntityMetric | undefined, role: FigureRole): PublishedFigure | null {
  if (!m) return null;
  const figure = role === 'baseline' ? { year: m.baseline_year, value: m.baseline, flag: m.baseline_flag } : { year: m.current_year, value: m.current, flag: m.current_flag };
  return figure.value === null ? null : figure;
}

function kindOf(value: number | null, year: number | null, flag: Flag | null, previous: PublishedFigure | null, compared: boolean): FigureKind {
  if (!compared || previous === null || previous.year !== year) return 'new';
  return previous.value === value && previous.flag === flag ? 'unchanged' : 'changed';
}

/**
 * The partner's figures to verify: every baseline and current figure it has in the metrics, each
 * marked new, changed or unchanged against the earlier edition's metrics, with the figure
 * published then. A figure the earlier edition published that the partner no longer has is
 * listed too (as changed, with no value); a figure neither side has is not (the brief's "What is
 * missing" says what is expected and not reported).
 *
 * @param partner
 *   The partner's code (ISO3 or acronym).
 * @param metrics
 *   The edition's metrics.
 * @param comparison
 *   (optional) The last published edition's metrics, or why there is none (see
 *   `publishedMetrics`); without one every figure is new, and the note says so.
 */
export function verificationList(partner: string, metrics: Metrics, comparison?: Comparison): Verification {
  const previous = comparison?.against === 'nothing' ? undefined : comparison;
  const before = new Map((previous?.metrics.entities ?? []).filter((m) => m.entity === partner).map((m) => [keyOf(m), m]));
  const figures: PartnerFigure[] = [];
  for (const m of metrics.entities) {
    if (m.entity !== partner) continue;
    for (const role of ['baseline', 'current'] as const) {
      const now = role === 'baseline' ? { year: m.baseline_year, value: m.baseline, flag: m.baseline_flag } : { year: m.current_year, value: m.current, flag: m.current_flag };
      const was = published(before.get(keyOf(m)), role);
      if (now.value === null && was === null) continue;
      figures.push({
        indicator: m.indicator,
        entity: m.entity,
        sex: m.sex,
        role,
        year: now.value === null ? null : now.year,
        value: now.value,
        flag: now.value === null ? null : now.flag,
        source: now.value === null ? null : (m.sources[role] ?? null),
        kind: now.value === null ? 'changed' : kindOf(now.value, now.year, now.flag, was, previous !== undefined),
        previous: was,
      });
    }
  }
  // The report's comparison, of the partner's own rows only (no aggregate is the partner's).
  const own = (m: Metrics): Metrics => ({ ...m, entities: m.entities.filter((e) => e.entity === partner), aggregates: [] });
  const changes = previous ? diffFigures(own(previous.metrics), own(metrics)) : [];
  return {
    partner,
    edition: metrics.edition.year,
    against: previous?.against ?? 'nothing',
    note: comparison?.note ?? NOTHING,
    figures,
    listed: figures.filter((f) => f.kind !== 'unchanged'),
    changes,
  };
}

/**
 * The metrics an edition's packets compare with: what the report's "What changed" compares with
 * (its newest published version, else the previous edition's), read as `vdr diff` reads a side.
 *
 * @param project
 *   The project.
 * @param metrics
 *   The edition's metrics (its year and previous edition).
 * @param options
 *   (optional) The file system.
 * @returns
 *   The earlier edition's metrics, or why there are none (no earlier edition, or one that cannot
 *   be read); computed once per edition and passed to `verificationList` for every partner.
 */
export function publishedMetrics(project: Project, metrics: Metrics, options: SideOptions = {}): Comparison {
  const baseline = changeBaseline(project, metrics.edition.year, metrics.edition.previous, options.fs);
  if (baseline.spec === null || baseline.against === 'nothing') return { against: 'nothing', note: `${baseline.note} Every figure is therefore marked new.` };
  const side = resolveSide(project, baseline.spec, options);
  if (!side.ok) return { against: 'nothing', note: `${baseline.note} It could not be read (${side.reason}), so every figure is marked new.` };
  if (!side.side.metrics) return { against: 'nothing', note: `${baseline.note} It has no metrics, so every figure is marked new.` };
  return { against: baseline.against, note: baseline.note, metrics: side.side.metrics };
}
