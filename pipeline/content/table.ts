/**
 * Every table the project generates (indicator and pillar tables, annexes, the figures behind a
 * chart) is built here, one way: a <caption>, column headers with scope="col", the first cell of
 * each row a row header with scope="row", numbers aligned right, and the whole table inside a
 * keyboard-scrollable region named by its caption, so a wide table scrolls on a phone instead of
 * widening the page.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';

/** A cell: text, or nodes (a link, a value with a note). */
export type TableCell = string | ElementContent[];

export interface TableSpec {
  /** Id of the table's region; the caption gets `${id}-caption`. */
  id: string;
  caption: TableCell;
  columns: string[];
  rows: TableCell[][];
  /** Columns whose cells are numbers, aligned right (optional). */
  numeric?: readonly boolean[];
  /** Whether the first cell of each row names the row (default: true). */
  rowHeaders?: boolean;
  /** Extra classes on the region (optional). */
  className?: string[];
  /** Ids for each row, such as the sources annex's entries (optional). */
  rowIds?: readonly (string | undefined)[];
}

const content = (cell: TableCell): ElementContent[] => (typeof cell === 'string' ? [{ type: 'text', value: cell }] : cell);

/**
 * Builds a table inside its scrollable region.
 *
 * @param spec
 *   Caption, columns, rows.
 */
export function dataTable(spec: TableSpec): Element {
  const rowHeaders = spec.rowHeaders ?? true;
  const numeric = (i: number): string[] | undefined => (spec.numeric?.[i] ? ['numeric'] : undefined);
  const head = h(
    'thead',
    h(
      'tr',
      spec.columns.map((column, i) => h('th', { scope: 'col', className: numeric(i) }, column)),
    ),
  );
  const body = h(
    'tbody',
    spec.rows.map((row, r) =>
      h(
        'tr',
        { id: spec.rowIds?.[r] },
        row.map((cell, i) =>
          i === 0 && rowHeaders ? h('th', { scope: 'row' }, content(cell)) : h('td', { className: numeric(i) }, content(cell)),
        ),
      ),
    ),
  );
  const captionId = `${spec.id}-caption`;
  return h(
    'div',
    {
      id: spec.id,
      className: ['table-scroll', ...(spec.className ?? [])],
      role: 'region',
      tabIndex: 0,
      ariaLabelledBy: captionId,
    },
    h('table', [h('caption', { id: captionId }, content(spec.caption)), head, body]),
  );
}
