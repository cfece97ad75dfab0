/** The cell converters typed by the schemas: what each column type accepts, and the message for what it does not. */
import { describe, expect, it } from 'vitest';
import { convertCell, converterFor, type CellResult } from '../../pipeline/schema/cells.js';
import { type PropertySchema } from '../../pipeline/schema/registry.js';

const convert = (schema: PropertySchema, text: string, column = 'value'): CellResult => convertCell(converterFor(column, schema), text);

/** The message of a failed conversion; fails the test when the text converted. */
function failure(result: CellResult): { ruleId: string; reason: string; fix: string } {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  return result.message;
}

describe('cell converters', () => {
  const integer: PropertySchema = { type: 'integer', 'x-expected': 'a four-digit year such as 2016' };
  const number: PropertySchema = { type: 'number', 'x-expected': 'a number such as 1234.5' };

  it('reads whole numbers, signed or not', () => {
    expect(convert(integer, '2015')).toEqual({ ok: true, value: 2015 });
    expect(convert(integer, '-3')).toEqual({ ok: true, value: -3 });
    expect(convert(integer, '+7')).toEqual({ ok: true, value: 7 });
  });

  it('refuses "2015.0" as a whole number and says to write 2015', () => {
    expect(failure(convert(integer, '2015.0', 'year'))).toEqual({
      ruleId: 'cell/integer',
      reason: 'year must be a whole number',
      fix: 'write 2015',
    });
    expect(failure(convert(integer, '2015.5', 'year')).fix).toBe('write a four-digit year such as 2016');
    expect(failure(convert(integer, 'MMXV', 'year')).ruleId).toBe('cell/integer');
  });

  it('reads numbers with a point as the decimal separator', () => {
    expect(convert(number, '2780.5')).toEqual({ ok: true, value: 2780.5 });
    expect(convert(number, '-0.25')).toEqual({ ok: true, value: -0.25 });
    expect(convert(number, '.5')).toEqual({ ok: true, value: 0.5 });
    expect(convert(number, '1e3')).toEqual({ ok: true, value: 1000 });
    expect(convert(number, '0')).toEqual({ ok: true, value: 0 });
  });

  it('tells a thousands separator ("1,234") from a decimal comma ("12,5")', () => {
    expect(failure(convert(number, '1,234'))).toEqual({
      ruleId: 'cell/thousands-separator',
      reason: 'value has a comma as a thousands separator',
      fix: 'write the number without separators: 1234',
    });
    expect(failure(convert(number, '1,234,567.5')).fix).toBe('write the number without separators: 1234567.5');
    expect(failure(convert(number, '12,5'))).toEqual({
      ruleId: 'cell/decimal-comma',
      reason: 'value uses a comma as the decimal separator',
      fix: 'use a point: 12.5',
    });
    // Four digits after the comma cannot be a thousands group.
    expect(failure(convert(number, '1,2345')).ruleId).toBe('cell/decimal-comma');
  });

  it('sends placeholders such as "n/a" to missing_reason, and other text to the expected form', () => {
    for (const placeholder of ['n/a', 'N/A', 'NA', '-', '..', 'null', ' x ']) {
      expect(failure(convert(number, placeholder)).fix, placeholder).toMatch(/^leave the cell empty and say why in missing_reason/);
    }
    expect(failure(convert(number, 'about 300'))).toEqual({
      ruleId: 'cell/number',
      reason: 'value must be a number',
      fix: 'write a number such as 1234.5',
    });
  });

  it('reads only true and false as booleans', () => {
    const boolean: PropertySchema = { type: 'boolean' };
    expect(convert(boolean, 'true', 'trifold')).toEqual({ ok: true, value: true });
    expect(convert(boolean, 'false', 'trifold')).toEqual({ ok: true, value: false });
    for (const text of ['TRUE', 'yes', '1', 'False']) {
      expect(failure(convert(boolean, text, 'trifold')), text).toEqual({
        ruleId: 'cell/boolean',
        reason: 'trifold must be true or false',
        fix: 'write true or false',
      });
    }
  });

  it('checks enumerations, suggesting the likely value', () => {
    const flag: PropertySchema = { enum: ['estimate', 'provisional'] };
    expect(convert(flag, 'estimate', 'flag')).toEqual({ ok: true, value: 'estimate' });
    expect(failure(convert(flag, 'estimat', 'flag'))).toEqual({
      ruleId: 'cell/enum',
      reason: 'flag is not one of the allowed values',
      fix: 'write estimate if that is what was meant; otherwise write one of: estimate, provisional',
    });
    expect(failure(convert(flag, 'guess', 'flag')).fix).toBe('write one of: estimate, provisional');
  });

  it('splits lists on their separator and names the item at fault', () => {
    const pillars: PropertySchema = { type: 'array', items: { enum: ['I', 'II', 'III', 'IV'] }, 'x-separator': ';' };
    expect(convert(pillars, 'I;III', 'pillars')).toEqual({ ok: true, value: ['I', 'III'] });
    expect(convert(pillars, 'II ; IV', 'pillars')).toEqual({ ok: true, value: ['II', 'IV'] });
    expect(failure(convert(pillars, 'I;one', 'pillars'))).toEqual({
      ruleId: 'cell/enum',
      reason: 'pillars lists "one", which is not one of the allowed values',
      fix: 'list only I, II, III, IV, separated by semicolons',
    });
    expect(failure(convert(pillars, 'I;IIII', 'pillars')).fix).toBe(
      'write III for IIII if that is what was meant; otherwise list only I, II, III, IV, separated by semicolons',
    );
    const numbers: PropertySchema = { type: 'array', items: { type: 'integer' }, 'x-separator': '|' };
    expect(convert(numbers, '1|2', 'months')).toEqual({ ok: true, value: [1, 2] });
    expect(failure(convert(numbers, '1|2.0', 'months')).fix).toBe('write 2');
  });

  it('passes strings through unchanged', () => {
    expect(convert({ type: 'string' }, '  spaced, "quoted"  ', 'note')).toEqual({ ok: true, value: '  spaced, "quoted"  ' });
  });
});
