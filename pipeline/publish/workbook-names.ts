/**
 * Names a workbook gives its sheets and tables, as Excel accepts them: a sheet name has at most
 * 31 characters, none of [ ] : * ? / \, no apostrophe at either end, and differs from every other
 * sheet's (ignoring case); a table name starts with a letter or an underscore, holds letters,
 * digits, underscores and points only, cannot read as a cell reference (A1, R1C1), and is unique
 * in the workbook (ignoring case).
 */

/** The longest sheet name Excel accepts. */
export const SHEET_NAME_MAX = 31;

/** Hands out sheet names and table names, each unique. */
export class WorkbookNames {
  private readonly sheets = new Set<string>();
  private readonly tables = new Set<string>();

  /**
   * A sheet name made from `wanted`: forbidden characters become a hyphen, cut to 31 characters,
   * and numbered (-2, -3...) when taken.
   */
  sheet(wanted: string): string {
    const base = wanted.replace(/[[\]:*?/\\]/g, '-').replace(/^'+|'+$/g, '').trim() || 'Sheet';
    for (let n = 1; ; n++) {
      const suffix = n === 1 ? '' : `-${n}`;
      const name = `${base.slice(0, SHEET_NAME_MAX - suffix.length).replace(/'+$/, '')}${suffix}`;
      if (!this.sheets.has(name.toLowerCase()) && name.toLowerCase() !== 'history') {
        this.sheets.add(name.toLowerCase());
        return name;
      }
    }
  }

  /** A table name made from `wanted`: other characters become underscores, prefixed when it could read as a reference, numbered when taken. */
  table(wanted: string): string {
    let base = wanted.replace(/[^A-Za-z0-9_.]/g, '_');
    if (!/^[A-Za-z_]/.test(base) || /^[A-Za-z]{1,3}\d+$/.test(base) || /^[RrCc]\d*([RrCc]\d*)?$/.test(base)) base = `Table_${base}`;
    for (let n = 1; ; n++) {
      const name = n === 1 ? base : `${base}_${n}`;
      if (!this.tables.has(name.toLowerCase())) {
        this.tables.add(name.toLowerCase());
        return name;
      }
    }
  }
}
