import { describe, expect, it } from 'vitest';
import { Formatter } from '../../pipeline/content/format.js';
import { unitLabel } from '../../pipeline/charts/kinds/lookup.js';
import { en } from '../../pipeline/i18n/index.js';
import type { UnitDefinition } from '../../pipeline/model.js';
import { BUILTIN_UNITS } from '../../pipeline/validate/units.js';

const format = new Formatter(en);
const kg1 = { unit: 'kg', decimals: 1 } as const;
const count = { unit: 'count' } as const;
const percent = { unit: 'percent', decimals: 1 } as const;
const days = { unit: 'days', decimals: 0 } as const;

describe('the one rounding rule', () => {
  it('rounds levels half away from zero to the indicator\'s decimals, as the stored decimal reads', () => {
    expect(format.level(2.345, { unit: 'kg', decimals: 2 })).toBe('2.35 kg');
    expect(format.level(1.005, { unit: 'kg', decimals: 2 })).toBe('1.01 kg');
    expect(format.level(-2.5, count)).toBe('-3');
    expect(format.level(2.5, count)).toBe('3');
    expect(format.level(1234.56, kg1)).toBe('1,234.6 kg');
  });

  it('writes counts as integers with a thousands separator, and never -0', () => {
    expect(format.level(1234567, count)).toBe('1,234,567');
    expect(format.level(-0.04, kg1)).toBe('0.0 kg');
    expect(format.count(58)).toBe('58');
    expect(format.count(1204.4)).toBe('1,204');
  });

  it('signs changes, and writes a change of a percentage in percentage points', () => {
    expect(format.change(12.34, kg1)).toBe('+12.3 kg');
    expect(format.change(-3, count)).toBe('-3');
    expect(format.change(0, count)).toBe('0');
    expect(format.change(2.25, percent)).toBe('+2.3 percentage points');
    expect(format.change(1, { unit: 'percent', decimals: 0 })).toBe('+1 percentage point');
  });

  it('writes relative and annualised changes as signed percentages with one decimal', () => {
    expect(format.relative(0.12345)).toBe('+12.3%');
    expect(format.relative(-0.0005)).toBe('-0.1%');
    expect(format.relative(0.00004)).toBe('0.0%');
    expect(format.relative(2.5)).toBe('+250.0%');
  });

  it('writes target progress as a percentage, signed only when negative', () => {
    expect(format.share(0.456)).toBe('45.6%');
    expect(format.share(-0.25)).toBe('-25.0%');
  });

  it('puts units in words, by plural', () => {
    expect(format.level(1, days)).toBe('1 day');
    expect(format.level(12, days)).toBe('12 days');
    expect(format.level(58.44, percent)).toBe('58.4%');
  });

  it('writes n/a for a figure that cannot be computed, never 0', () => {
    expect(format.level(null, kg1)).toBe('n/a');
    expect(format.change(null, kg1)).toBe('n/a');
    expect(format.relative(null)).toBe('n/a');
    expect(format.year(null)).toBe('n/a');
  });

  it('writes years without a thousands separator, and months in words', () => {
    expect(format.year(2014)).toBe('2014');
    expect(format.monthYear(2, 2013)).toBe('February 2013');
    expect(format.ofTotal(45, 58)).toBe('45 of 58');
  });
});

describe("a project's own units (data/units.yaml)", () => {
  const units = {
    ...BUILTIN_UNITS,
    'rate-per-100k': { id: 'rate-per-100k', name: 'rate per 100,000 population', symbol: 'per 100,000', change: 'difference', decimals: 1, builtin: false },
    'share-of-seizures': { id: 'share-of-seizures', name: 'share of all seizures', symbol: '%', change: 'percentage-points', builtin: false },
    cases: { id: 'cases', name: 'cases', change: 'difference', builtin: false },
  } satisfies Record<string, UnitDefinition>;
  const own = new Formatter(en, units);

  it('prints a figure with the declared symbol and decimals, and a change as the unit says', () => {
    expect(own.level(6.24, { unit: 'rate-per-100k' })).toBe('6.2 per 100,000');
    expect(own.level(6.24, { unit: 'rate-per-100k', decimals: 2 })).toBe('6.24 per 100,000');
    expect(own.change(-1.25, { unit: 'rate-per-100k' })).toBe('-1.3 per 100,000');
    expect(own.change(3, { unit: 'share-of-seizures' })).toBe('+3 percentage points');
    expect(own.level(1234, { unit: 'cases' })).toBe('1,234');
  });

  it('names the unit as declared, and a built-in one in the report language', () => {
    expect(own.unitName('rate-per-100k')).toBe('rate per 100,000 population');
    expect(own.unitName('kg')).toBe('kilograms');
    expect(unitLabel('rate-per-100k', units)).toBe('rate per 100,000 population');
    expect(unitLabel('percent', units)).toBe('%');
    expect(unitLabel('count', units)).toBe('number');
  });
});
