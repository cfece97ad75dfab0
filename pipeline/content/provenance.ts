/**
 * Where each printed figure came from, for the "Sources of the figures" annex. Every inline
 * metric, fact, indicator table and indicator chart gets an entry (one per distinct figure,
 * numbered in order of first use); each entry lists the observations used by file and line, from
 * the metrics' `sources`.
 */
import type { SourceRef } from '../model.js';
import { byCode } from '../io/order.js';

export interface SourceRow {
  /** What the row traces, such as "Afghanistan: baseline (2014), current (2021)". */
  label: string;
  refs: SourceRef[];
  /** Whole files, for figures counted from reference data. */
  files?: string[];
}

export interface SourceEntry {
  number: number;
  /** The element id of its row in the annex. */
  id: string;
  /** What the entry traces, such as "Heroin seized, all partners: current figure (2021)". */
  what: string;
  rows: SourceRow[];
}

/** Entry ids: never the form of a heading's id (chapter-slug) nor an author's id (no double hyphen there). */
export const sourceId = (number: number): string => `source--${number}`;

export class Provenance {
  private readonly byKey = new Map<string, SourceEntry>();
  readonly entries: SourceEntry[] = [];

  /**
   * The entry for a figure, made on first use.
   *
   * @param key
   *   Identifies the figure (the same figure printed twice shares one entry).
   * @param make
   *   Builds the entry's description and rows.
   */
  entry(key: string, make: () => Pick<SourceEntry, 'what' | 'rows'>): SourceEntry {
    const found = this.byKey.get(key);
    if (found) return found;
    const number = this.entries.length + 1;
    const entry: SourceEntry = { number, id: sourceId(number), ...make() };
    this.byKey.set(key, entry);
    this.entries.push(entry);
    return entry;
  }
}

/** Source refs grouped by file, lines sorted and unique: [["data/x.csv", [3, 9, 14]]]. */
export function linesByFile(refs: readonly SourceRef[]): [string, number[]][] {
  const files = new Map<string, Set<number>>();
  for (const ref of refs) {
    let lines = files.get(ref.file);
    if (!lines) files.set(ref.file, (lines = new Set()));
    lines.add(ref.line);
  }
  return [...files.entries()]
    .sort(([a], [b]) => byCode(a, b))
    .map(([file, lines]) => [file, [...lines].sort((a, b) => a - b)]);
}

/**
 * "3, 9, 14-16": runs of three or more consecutive lines shortened to a range.
 *
 * @param lines
 *   Line numbers, sorted.
 * @param print
 *   (optional) Prints one number in the report's digits (default: String, Western digits).
 */
export function lineList(lines: readonly number[], print: (line: number) => string = String): string {
  const parts: string[] = [];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1] === lines[j]! + 1) j++;
    if (j - i >= 2) parts.push(`${print(lines[i]!)}\u2013${print(lines[j]!)}`);
    else for (let k = i; k <= j; k++) parts.push(print(lines[k]!));
    i = j + 1;
  }
  return parts.join(', ');
}
