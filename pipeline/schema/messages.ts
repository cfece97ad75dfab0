/**
 * Every message the schema checks can give: a CSV cell of the wrong type, a value the schema does
 * not allow, a field missing, unknown or of the wrong form in a YAML or JSON file. Each says what
 * is wrong (reason) and what to do (fix), as sentences without a final full stop (the formatter
 * adds it); the caller adds the file, the place and the value found (diagnostics/message.ts).
 */
import type { MessageText } from '../diagnostics/message.js';
import { list, meant } from '../diagnostics/wording.js';

export const schemaMessages = {
  // Cells typed by the schema
  notWholeNumber: (column: string, expected: string | undefined, suggestion?: string): MessageText => ({
    ruleId: 'cell/integer',
    reason: `${column} must be a whole number`,
    fix: suggestion ? `write ${suggestion}` : `write ${expected ?? 'a whole number'}`,
  }),
  thousandsSeparator: (column: string, suggestion: string): MessageText => ({
    ruleId: 'cell/thousands-separator',
    reason: `${column} has a comma as a thousands separator`,
    fix: `write the number without separators: ${suggestion}`,
  }),
  commaDecimal: (column: string, suggestion: string): MessageText => ({
    ruleId: 'cell/decimal-comma',
    reason: `${column} uses a comma as the decimal separator`,
    fix: `use a point: ${suggestion}`,
  }),
  notNumber: (column: string, expected: string | undefined, placeholder: boolean): MessageText => ({
    ruleId: 'cell/number',
    reason: `${column} must be a number`,
    fix: placeholder
      ? 'leave the cell empty and say why in missing_reason (not-reported, not-applicable, confidential or not-collected)'
      : `write ${expected ?? 'a number, with a point as the decimal separator'}`,
  }),
  notBoolean: (column: string): MessageText => ({
    ruleId: 'cell/boolean',
    reason: `${column} must be true or false`,
    fix: 'write true or false',
  }),
  notInList: (column: string, allowed: readonly unknown[], suggestion: string | undefined): MessageText => ({
    ruleId: 'cell/enum',
    reason: `${column} is not one of the allowed values`,
    fix: meant(suggestion, `write one of: ${list(allowed.map(String), 20)}`),
  }),
  notInListItem: (column: string, item: string, allowed: readonly unknown[], separator: string, suggestion: string | undefined): MessageText => ({
    ruleId: 'cell/enum',
    reason: `${column} lists ${JSON.stringify(item)}, which is not one of the allowed values`,
    fix: meant(
      suggestion && `${suggestion} for ${item}`,
      `list only ${list(allowed.map(String), 20)}, separated by ${separator === ';' ? 'semicolons' : JSON.stringify(separator)}`,
    ),
  }),
  requiredEmpty: (column: string, expected: string | undefined): MessageText => ({
    ruleId: 'cell/required',
    reason: `${column} is empty but every row needs it`,
    fix: `write ${expected ?? 'a value'}`,
  }),
  invalidValue: (column: string, expected: string | undefined, detail: string): MessageText => ({
    ruleId: 'cell/invalid',
    reason: `${column} is not valid (${detail})`,
    fix: `write ${expected ?? 'a valid value'}`,
  }),
  belowMinimum: (column: string, minimum: number, expected: string | undefined, exclusive = false): MessageText => ({
    ruleId: 'cell/minimum',
    reason: `${column} must be ${exclusive ? 'more than' : 'at least'} ${minimum}`,
    fix: `write ${expected ?? `a value ${exclusive ? 'above' : 'of at least'} ${minimum}`}`,
  }),
  aboveMaximum: (column: string, maximum: number, expected: string | undefined, exclusive = false): MessageText => ({
    ruleId: 'cell/maximum',
    reason: `${column} must be ${exclusive ? 'less than' : 'at most'} ${maximum}`,
    fix: `write ${expected ?? `a value ${exclusive ? 'below' : 'of at most'} ${maximum}`}`,
  }),

  // Fields of structured files
  missingField: (field: string, expected: string | undefined): MessageText => ({
    ruleId: 'field/required',
    reason: `the entry has no ${field}`,
    fix: `add ${field}: with ${expected ?? 'a value'}`,
  }),
  unknownField: (allowed: readonly string[], suggestion: string | undefined): MessageText => ({
    ruleId: 'field/unknown',
    reason: 'this field is not one vdr knows',
    fix: suggestion
      ? `rename it to ${suggestion} if that is what was meant; otherwise remove it (the fields are: ${list(allowed, 20)})`
      : `remove it, or use one of: ${list(allowed, 20)}`,
  }),
  emptyText: (field: string, expected: string | undefined): MessageText => ({
    ruleId: 'field/empty',
    reason: `${field} is empty`,
    fix: `write ${expected ?? 'a value'}, or remove ${field} if it is optional`,
  }),
  wrongShape: (field: string, expected: string): MessageText => ({
    ruleId: 'field/type',
    reason: `${field} has the wrong form`,
    fix: `write ${expected}`,
  }),
} as const;
