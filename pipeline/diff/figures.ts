/**
 * Figures that moved: entity metrics matched by (indicator, entity, sex), aggregates by
 * (indicator, group type, group), compared on baseline, current, change, relative change,
 * status and (aggregates) coverage. Only what differs is reported.
 */
import type { AggregateMetric, EntityMetric, Metrics } from '../metrics/types.js';
import { byCode } from '../io/order.js';
import { FIGURE_FIELDS, type FieldChange, type FigureChange, type FigureField, type FigureValue } from './types.js';

const SEX_ORDER: Record<string, number> = { total: 0, female: 1, male: 2 };
const GROUP_ORDER: Record<string, number> = { all: 0, region: 1, programme: 2 };

/** A figure of either side, reduced to what is compared and how it is sorted. */
interface Figure {
  key: string;
  indicator: string;
  /** Within an indicator: aggregates first, in group order; then entities, then sex. */
  order: [number, number, string, number];
  base: Omit<FigureChange, 'kind' | 'fields'>;
  values: Partial<Record<FigureField, FigureValue>>;
}

function entityFigure(m: EntityMetric): Figure {
  const sexed = m.sex === 'total' ? {} : { sex: m.sex };
  return {
    key: `${m.indicator}\u0000e\u0000${m.entity}\u0000${m.sex}`,
    indicator: m.indicator,
    order: [1, 0, m.entity, SEX_ORDER[m.sex] ?? 3],
    base: { indicator: m.indicator, scope: 'entity', entity: m.entity, ...sexed, label: m.sex === 'total' ? m.entity : `${m.entity} ${m.sex}` },
    values: { baseline: m.baseline, current: m.current, change: m.change, relative_change: m.relative_change, status: m.status },
  };
}

function aggregateFigure(m: AggregateMetric): Figure {
  return {
    key: `${m.indicator}\u0000a\u0000${m.group_type}\u0000${m.group}`,
    indicator: m.indicator,
    order: [0, GROUP_ORDER[m.group_type] ?? 3, m.group, 0],
    base: {
      indicator: m.indicator,
      scope: 'aggregate',
      group_type: m.group_type,
      group: m.group,
      label: m.group_type === 'all' ? 'all partners' : `${m.group_type} ${m.group}`,
    },
    values: { baseline: m.baseline, current: m.current, change: m.change, relative_change: m.relative_change, status: m.status, coverage: m.coverage },
  };
}

function figuresOf(metrics: Metrics): Map<string, Figure> {
  const out = new Map<string, Figure>();
  for (const figure of [...metrics.aggregates.map(aggregateFigure), ...metrics.entities.map(entityFigure)]) out.set(figure.key, figure);
  return out;
}

/** Equal as metrics.json would write them (numbers exactly, coverage field by field). */
function same(a: FigureValue | undefined, b: FigureValue | undefined): boolean {
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    return a.expected === b.expected && a.with_baseline === b.with_baseline && a.with_current === b.with_current && a.with_both === b.with_both;
  }
  return a === b;
}

const present = (values: Figure['values']): FigureField[] => FIGURE_FIELDS.filter((f) => f in values);

/**
 * The figures that differ between two metrics documents.
 *
 * @param older
 *   The metrics compared from.
 * @param newer
 *   The metrics compared to.
 * @returns
 *   Changed, added and removed figures, sorted by indicator (in the catalogue order the metrics
 *   list them, the newer side's first), aggregates before entities.
 */
export function diffFigures(older: Metrics, newer: Metrics): FigureChange[] {
  const a = figuresOf(older);
  const b = figuresOf(newer);
  const indicatorOrder = new Map<string, number>();
  for (const figure of [...b.values(), ...a.values()]) if (!indicatorOrder.has(figure.indicator)) indicatorOrder.set(figure.indicator, indicatorOrder.size);
  const changes: { figure: Figure; change: FigureChange }[] = [];
  for (const [key, nf] of b) {
    const of = a.get(key);
    if (!of) {
      changes.push({ figure: nf, change: { ...nf.base, kind: 'added', fields: present(nf.values).map((field) => ({ field, new: nf.values[field] ?? null })) } });
      continue;
    }
    const fields: FieldChange[] = [];
    for (const field of present(nf.values)) {
      const oldValue = of.values[field] ?? null;
      const newValue = nf.values[field] ?? null;
      if (!same(oldValue, newValue)) fields.push({ field, old: oldValue, new: newValue });
    }
    if (fields.length > 0) changes.push({ figure: nf, change: { ...nf.base, kind: 'changed', fields } });
  }
  for (const [key, of] of a) {
    if (b.has(key)) continue;
    changes.push({ figure: of, change: { ...of.base, kind: 'removed', fields: present(of.values).map((field) => ({ field, old: of.values[field] ?? null })) } });
  }
  return changes
    .sort((x, y) => {
      const byIndicator = (indicatorOrder.get(x.figure.indicator) ?? 0) - (indicatorOrder.get(y.figure.indicator) ?? 0);
      if (byIndicator !== 0) return byIndicator;
      const [xs, xg, xn, xx] = x.figure.order;
      const [ys, yg, yn, yx] = y.figure.order;
      return xs - ys || xg - yg || byCode(xn, yn) || xx - yx;
    })
    .map(({ change }) => change);
}
