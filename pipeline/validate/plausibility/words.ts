/**
 * How the plausibility warnings write figures and years: a figure as the file has it, with its
 * unit's symbol; a computed one (a median) rounded to the indicator's decimals; years as ranges.
 */
import type { Indicator, UnitDefinition } from '../../model.js';

/** Writes an indicator's figures. */
export interface FigureWriter {
  /** A figure as read ("757", "58.4%", "2780.5 kg"). */
  (value: number): string;
  /** A computed figure (a median), rounded to the indicator's decimals. */
  computed(value: number): string;
}

/** The writer of an indicator's figures. */
export function figureWriter(indicator: Indicator, unit: UnitDefinition | undefined): FigureWriter {
  const symbol = unit?.symbol;
  const decimals = indicator.decimals ?? unit?.decimals ?? 1;
  const withUnit = (text: string): string => (symbol === undefined ? text : symbol === '%' ? `${text}%` : `${text} ${symbol}`);
  const write = (value: number): string => withUnit(String(value));
  write.computed = (value: number): string => withUnit(trimmed(value, decimals));
  return write;
}

/** A number rounded to `decimals`, without trailing zeros. */
export function trimmed(value: number, decimals: number): string {
  let text = value.toFixed(decimals);
  if (text.includes('.')) text = text.replace(/0+$/, '').replace(/\.$/, '');
  return text === '-0' ? '0' : text;
}

/** Years as runs, with the verb's number: "2015 has", "2015-2017 have", "2014 and 2016-2017 have". */
export function yearsHave(years: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < years.length; ) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j]! + 1) j++;
    runs.push(j === i ? String(years[i]) : `${years[i]}-${years[j]}`);
    i = j + 1;
  }
  const joined = runs.length === 1 ? runs[0]! : `${runs.slice(0, -1).join(', ')} and ${runs[runs.length - 1]}`;
  return `${joined} ${years.length === 1 ? 'has' : 'have'}`;
}

/** A ratio as words: "9.6 times". */
export const times = (ratio: number): string => `${trimmed(ratio, 1)} times`;
