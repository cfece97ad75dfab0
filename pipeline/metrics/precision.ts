/** Significant digits kept in every derived figure. */
export const SIGNIFICANT_DIGITS = 12;

/**
 * The one rule for storing a derived figure: rounded to 12 significant digits, so plain double
 * arithmetic does not leave noise such as 0.30000000000000004 (0.1 + 0.2 stays 0.3), while the
 * figure keeps far more precision than any report prints. Rounding for display happens only at
 * presentation. Returns null for NaN and ±Infinity, so no undefined figure is ever stored; -0
 * becomes 0.
 *
 * @param value
 *   A computed figure.
 * @returns
 *   The stored figure, or null when it is not a finite number.
 */
export function derived(value: number): number | null {
  if (!Number.isFinite(value)) return null;
  if (value === 0) return 0;
  return Number(value.toPrecision(SIGNIFICANT_DIGITS));
}
