/**
 * Annex V: one table per pillar (and one for the context indicators), each indicator added up over all partners and, for indicators
 * countries report, over each regional programme's countries.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Indicator } from '../../model.js';
import type { AggregateMetric } from '../../metrics/types.js';
import { aggregateTableRows } from '../directives/tables.js';
import type { CompileState } from '../state.js';
import { dataTable } from '../table.js';
import { indicatorGroups } from './groups.js';

/** Annex V. */
export function dataTablesAnnex(state: CompileState): ElementContent[] {
  const { strings, lookup } = state;
  const programmes = lookup.groups.filter((g) => g.startsWith('RP '));
  const content: ElementContent[] = [h('p', strings.annexes.dataTablesIntro)];
  const annexNotes = new Set<string>();
  for (const part of indicatorGroups(state)) {
    const rows: { indicator: Indicator; aggregate: AggregateMetric; group: string }[] = [];
    for (const indicator of part.indicators) {
      const groups = indicator.reported_by === 'country' ? ['all', ...programmes] : ['all'];
      for (const group of groups) {
        const aggregate = lookup.aggregate(indicator.id, group);
        if (aggregate) rows.push({ indicator, aggregate, group: group === 'all' ? strings.allPartners : group });
      }
    }
    if (rows.length === 0) continue;
    const { columns, cells, notes } = aggregateTableRows(state, rows);
    for (const note of notes) annexNotes.add(note);
    const title = part.shortTitle;
    content.push(
      h('h2', { id: `annex-data-tables-${part.slug}` }, title),
      dataTable({
        id: `annex-data-tables-${part.slug}-table`,
        caption: strings.annexes.dataTableCaption(title),
        columns,
        rows: cells,
        numeric: columns.map((_, i) => i >= 2 && i !== 6),
      }),
    );
  }
  for (const note of annexNotes.size > 0 ? annexNotes : [strings.coverageNote]) content.push(h('p', { className: ['table-note'] }, note));
  return content;
}
