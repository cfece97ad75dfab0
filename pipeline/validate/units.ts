/**
 * The units an indicator may have: the four built in (their words are the report language's, in
 * pipeline/i18n/), and the project's own from data/units.yaml (their words are the project's).
 */
import type { BuiltinUnit, UnitDefinition } from '../model.js';

/** The built-in units. Their names and symbols here are English fallbacks; the report prints pipeline/i18n/'s. */
export const BUILTIN_UNITS: Readonly<Record<BuiltinUnit, UnitDefinition>> = {
  kg: { id: 'kg', name: 'kilograms', symbol: 'kg', change: 'difference', builtin: true },
  count: { id: 'count', name: 'number', change: 'difference', decimals: 0, builtin: true },
  percent: { id: 'percent', name: 'percentage', symbol: '%', change: 'percentage-points', builtin: true },
  days: { id: 'days', name: 'days', symbol: 'days', change: 'difference', builtin: true },
};

/** data/units.yaml's entries, as its schema describes them. */
export interface DeclaredUnit {
  id: string;
  name: string;
  symbol?: string;
  change: UnitDefinition['change'];
  decimals?: number;
}

/** Every unit by id: the built-in ones and the declared ones. */
export function unitsOf(declared: readonly DeclaredUnit[]): Record<string, UnitDefinition> {
  const units: Record<string, UnitDefinition> = { ...BUILTIN_UNITS };
  for (const unit of declared) units[unit.id] = { ...unit, builtin: false };
  return units;
}
