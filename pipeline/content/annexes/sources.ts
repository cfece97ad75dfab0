/**
 * Annex VI, the sources of the figures: one row per entry of the provenance (provenance.ts), in
 * order of first use, each with the observations behind it by file and line. Every inline figure
 * links to its row; so do the tables and charts whose figures can be traced to lines. When the
 * project's files are of several kinds (content/kinds.ts), it lists what each file's figures are.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { mixedKinds, reportSources } from '../kinds.js';
import { lineList, linesByFile, type SourceRow } from '../provenance.js';
import type { CompileState } from '../state.js';
import { dataTable } from '../table.js';

/** Where one row's figures came from, in words. */
function where(state: CompileState, row: SourceRow): string {
  const { strings } = state;
  const parts = [
    ...linesByFile(row.refs).map(([file, lines]) => strings.sourceLines(file, lineList(lines, (n) => state.format.label(n)), lines.length)),
    ...(row.files ?? []).map((file) => strings.sourceReference(file)),
  ];
  return parts.length > 0 ? parts.join(strings.listSeparator) : strings.sourceNone;
}

/** Annex VI. */
export function sourcesAnnex(state: CompileState): ElementContent[] {
  const { strings } = state;
  const entries = state.provenance.entries;
  const content: ElementContent[] = [h('p', { className: ['screen-only'] }, strings.annexes.sourcesIntro), h('p', { className: ['print-only'] }, strings.annexes.sourcesPrintNote)];
  const used = reportSources(state);
  if (used.some((s) => s.kind === 'illustrative')) content.push(h('p', { className: ['provenance-note'] }, strings.annexes.sourcesIllustrative));
  // What each file's figures are, when they are not all of one kind (one kind is on the cover).
  if (mixedKinds(state.dataset.sources, strings) && used.length > 0) {
    content.push(
      h('p', strings.annexes.sourcesFiles),
      h('ul', { className: ['source-files'] }, used.map((s) => h('li', [h('code', s.file), `: ${strings.kinds[s.kind](s.source)}`]))),
    );
  }
  if (entries.length === 0) return content;
  content.push(
    dataTable({
      id: 'annex-sources-table',
      caption: strings.annexes.sources,
      columns: [strings.sourceColumns.entry, strings.sourceColumns.figure, strings.sourceColumns.where],
      className: ['sources-table'],
      rowIds: entries.map((e) => e.id),
      rows: entries.map((entry) => {
        const single = entry.rows.length === 1 && entry.rows[0]!.label === entry.what;
        const cell: ElementContent[] = single
          ? [{ type: 'text', value: where(state, entry.rows[0]!) }]
          : [h('ul', { className: ['source-rows'] }, entry.rows.map((row) => h('li', [h('span', { className: ['source-row-label'] }, `${row.label}: `), where(state, row)])))];
        return [state.format.label(entry.number), entry.what, cell];
      }),
    }),
  );
  return content;
}
