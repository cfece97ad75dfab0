/**
 * From a table's records to the rows vdr writes: who each figure is about (entities.ts), its year
 * and value by the value rules (values.ts), its sex and flag, and where it came from (a note
 * naming the source cell). A figure listed twice is an error at the second.
 */
import { basename } from 'node:path';
import { message, type Message } from '../diagnostics/message.js';
import type { Indicator, MissingReason, Sex, UnitDefinition } from '../model.js';
import { byCode } from '../io/order.js';
import { SEX_ORDER } from '../metrics/order.js';
import type { EntityResolver } from './entities.js';
import { importMessages } from './messages.js';
import { where } from './shape.js';
import type { ImportedRow, SourceCell, SourceRecord } from './types.js';
import { readFigure, readYear, type DecimalMark } from './values.js';
import { cellAddress } from '../diagnostics/format.js';
import { hostileText } from '../load/hostile.js';

const SEXES: Readonly<Record<string, Sex>> = { total: 'total', t: 'total', _t: 'total', 'both sexes': 'total', both: 'total', female: 'female', f: 'female', male: 'male', m: 'male' };
const FLAGS: Readonly<Record<string, 'estimate' | 'provisional'>> = { estimate: 'estimate', e: 'estimate', provisional: 'provisional', p: 'provisional' };
const REASONS: readonly MissingReason[] = ['not-reported', 'not-applicable', 'confidential', 'not-collected'];
/** SDMX observation status codes: read as a flag, a missing figure, or kept in the note. */
const SDMX_STATUS: Readonly<Record<string, { flag?: 'estimate' | 'provisional'; missing?: MissingReason; noted?: string }>> = {
  A: {},
  E: { flag: 'estimate' },
  P: { flag: 'provisional' },
  F: { flag: 'estimate' },
  M: { missing: 'not-reported' },
  L: { missing: 'not-reported' },
  O: { missing: 'not-reported' },
  N: { missing: 'not-collected' },
  B: { noted: 'a break in the series' },
  U: { noted: 'low reliability' },
  I: { noted: 'an imputed figure' },
};

/** A source cell as the row's note names it, by the file's name alone: "homicide.xlsx[2019-2021]!C5", "homicide.csv:4:3". */
function origin(cell: SourceCell): string {
  const { file, place } = cell.at;
  const name = basename(file);
  return file.endsWith(']') ? `${name}!${cellAddress(place)}` : `${name}:${place.line}:${place.column}`;
}

export interface RowOptions {
  indicator: Indicator;
  unit: UnitDefinition;
  /** The text of each row's source column. */
  source: string;
  mark: DecimalMark | undefined;
  resolver: EntityResolver;
}

/**
 * The rows of a table's records.
 *
 * @param records
 *   The records, of every table of the source.
 * @param options
 *   The indicator, its unit, the source text, the file's decimal mark and the entity resolver.
 * @param messages
 *   Where every cell no rule reads is reported.
 */
export function rowsOf(records: readonly SourceRecord[], options: RowOptions, messages: Message[]): ImportedRow[] {
  const { indicator, unit, resolver } = options;
  const percent = unit.change === 'percentage-points';
  const rows: ImportedRow[] = [];
  const firstAt = new Map<string, SourceCell>();
  for (const record of records) {
    const value = readFigure(record.value, options.mark, { id: unit.id, percent }, messages);
    if (!value) continue;
    const reasonCell = record.missingReason;
    const reasonText = reasonCell?.text.trim() ?? '';
    // An empty value without a reason is no figure: nothing to write.
    if (value.kind === 'none' && reasonText === '' && !record.status?.text.trim()) continue;
    const entities = record.entity.filter((c) => c.kind !== 'empty');
    if (entities.length === 0) {
      messages.push(message(record.entity[0]?.at ?? record.value.at, importMessages.emptyEntity()));
      continue;
    }
    let code: string | undefined;
    let ok = true;
    for (const cell of entities) {
      const match = resolver.resolve(cell.text);
      if (match.kind === 'country' || match.kind === 'organization') {
        if (code !== undefined && code !== match.code) {
          messages.push(message(cell.at, importMessages.entitiesDisagree(code, match.code), { value: cell.text }));
          ok = false;
        } else if ((match.kind === 'country') !== (indicator.reported_by === 'country')) {
          messages.push(message(cell.at, importMessages.wrongEntityKind(match.kind, indicator.id), { value: cell.text }));
          ok = false;
        }
        code = match.code;
      } else {
        const text =
          match.kind === 'not-a-partner'
            ? importMessages.notAPartner(match.name)
            : match.kind === 'ambiguous'
              ? importMessages.ambiguousEntity(match.codes)
              : importMessages.unknownEntity(indicator.reported_by, 'suggestion' in match ? match.suggestion : undefined);
        messages.push(message(cell.at, text, { value: cell.text }));
        ok = false;
      }
    }
    const year = readYear(record.year, messages);
    if (!ok || code === undefined || year === undefined) continue;
    const notes = [`imported from ${origin(record.value)}`];
    let sex: Sex = 'total';
    if (record.sex && record.sex.text.trim() !== '') {
      const found = SEXES[record.sex.text.trim().toLowerCase()];
      if (!found) {
        messages.push(message(record.sex.at, importMessages.unknownCode('sex', ['total', 'female', 'male'], undefined), { value: record.sex.text }));
        continue;
      }
      sex = found;
    }
    let flag: 'estimate' | 'provisional' | undefined;
    if (record.flag && record.flag.text.trim() !== '') {
      flag = FLAGS[record.flag.text.trim().toLowerCase()];
      if (!flag) {
        messages.push(message(record.flag.at, importMessages.unknownCode('flag', ['estimate', 'provisional'], undefined), { value: record.flag.text }));
        continue;
      }
    }
    let missing: MissingReason | undefined = value.kind === 'missing' ? value.reason : undefined;
    if (reasonText !== '') {
      if (!(REASONS as readonly string[]).includes(reasonText)) {
        messages.push(message(reasonCell!.at, importMessages.unknownCode('missing_reason', REASONS, undefined), { value: reasonText }));
        continue;
      }
      if (value.kind === 'number') {
        messages.push(message(reasonCell!.at, importMessages.valueAndReason(), { value: reasonText }));
        continue;
      }
      missing = reasonText as MissingReason;
    }
    const status = record.status?.text.trim();
    if (status) {
      const known = SDMX_STATUS[status];
      if (!known) {
        messages.push(message(record.status!.at, importMessages.sdmxStatus(Object.keys(SDMX_STATUS)), { value: status }));
        continue;
      }
      flag ??= known.flag;
      if (known.missing && value.kind !== 'number') missing = known.missing;
      if (known.noted) {
        messages.push(message(record.status!.at, importMessages.sdmxStatusNoted(known.noted), { severity: 'warning', value: status }));
        notes.push(`OBS_STATUS ${status}: ${known.noted}`);
      }
    }
    if (value.kind === 'none' && missing === undefined) continue;
    let denominator: number | undefined;
    if (record.denominator && record.denominator.kind !== 'empty') {
      const read = readFigure(record.denominator, options.mark, { id: unit.id, percent: false }, messages);
      if (!read || read.kind !== 'number') continue;
      denominator = read.value;
    }
    if (value.kind === 'number' && value.footnote) notes.push(`footnote ${value.footnote}`);
    if (record.note && record.note.text.trim() !== '') {
      // A hidden character is said at the partner's own cell, not in the file it would be written to.
      const hostile = hostileText(record.note.text);
      if (hostile && hostile.text.ruleId === 'cell/hidden-character') {
        messages.push(message(record.note.at, hostile.text, { value: record.note.text }));
        continue;
      }
      notes.push(record.note.text.trim());
    }
    const key = `${code}\u0000${year}\u0000${sex}`;
    const first = firstAt.get(key);
    if (first) {
      messages.push(message(record.value.at, importMessages.listedTwice(`${code} ${year}${sex === 'total' ? '' : ` (${sex})`}`, where(first))));
      continue;
    }
    firstAt.set(key, record.value);
    rows.push({
      indicator: indicator.id,
      country: code,
      year,
      ...(value.kind === 'number' ? { value: value.value } : {}),
      unit: indicator.unit,
      ...(sex === 'total' ? {} : { sex }),
      ...(denominator === undefined ? {} : { denominator }),
      ...(flag ? { flag } : {}),
      ...(missing && value.kind !== 'number' ? { missing_reason: missing } : {}),
      source: options.source,
      note: notes.join('; '),
      at: record.value.at,
    });
  }
  return rows;
}

/** The order vdr writes rows in: indicator, entity, year, then the total before female and male. */
export function compareRows(a: ImportedRow | Readonly<Record<string, string>>, b: ImportedRow | Readonly<Record<string, string>>): number {
  const key = (row: ImportedRow | Readonly<Record<string, string>>) => {
    const r = row as Record<string, string | number | undefined>;
    return { indicator: String(r['indicator']), country: String(r['country']), year: Number(r['year']), sex: (r['sex'] || 'total') as Sex };
  };
  const x = key(a);
  const y = key(b);
  return byCode(x.indicator, y.indicator) || byCode(x.country, y.country) || x.year - y.year || SEX_ORDER.indexOf(x.sex) - SEX_ORDER.indexOf(y.sex);
}
