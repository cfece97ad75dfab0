import { catalogue, type MessageText } from '../diagnostics/catalogue.js';
import type { Message } from '../diagnostics/message.js';
import { suggest } from '../diagnostics/suggest.js';
import { readCsv, type CsvRecord, type CsvTable } from '../load/csv.js';
import type { TextSource } from '../load/text.js';
import type { Indicator, Observation, PillarId, Sex } from '../model.js';
import type { CompiledSchema } from '../schema/registry.js';

/** What the checks of observation rows need to know, built once for all files. */
export interface ObservationContext {
  window: { first: number; last: number };
  /** Undefined when the catalogue could not be loaded: indicator checks are then skipped. */
  indicators: ReadonlyMap<string, Indicator> | undefined;
  countries: ReadonlySet<string> | undefined;
  organizations: ReadonlySet<string> | undefined;
  /** The observations file of each pillar, to say where a misfiled row belongs. */
  fileOfPillar: ReadonlyMap<PillarId, string>;
}

/**
 * Reads one observations file and checks each row beyond its schema: known indicator filed under
 * its pillar, known reporting entity, year in the window, value within the indicator's bounds,
 * matching unit, a reason for every missing value, no repeated key. Appends the good rows to `out`.
 */
export function readObservations(
  source: TextSource,
  pillar: PillarId,
  illustrative: boolean,
  compiled: CompiledSchema,
  context: ObservationContext,
  messages: Message[],
  out: Observation[],
): void {
  const file = source.file;
  const { window, indicators, countries, organizations } = context;
  // Key of every row seen so far in this file, with its line. A row repeated in another file is
  // filed under the wrong pillar there, which is reported as such.
  const seen = new Map<string, number>();
  const indicatorIds = indicators ? [...indicators.keys()] : [];

  readCsv(source, compiled, messages, (record: CsvRecord, line: number, table: CsvTable, failed: ReadonlySet<string>) => {
    let ok = failed.size === 0;
    const fail = (column: string, text: MessageText, value?: unknown): void => {
      ok = false;
      messages.push({ file, place: table.place(line, column), severity: 'error', ...text, ...(value === undefined ? {} : { value: String(value) }) });
    };
    // A field that failed its cell or schema check has been reported; the checks below that
    // need it are skipped, and the others still run, so that a row shows all its faults at once.
    const has = (field: string): boolean => !failed.has(field) && record[field] !== undefined;
    const id = record['indicator'] as string;
    const country = record['country'] as string;
    const year = record['year'] as number;
    const value = record['value'] as number | undefined;
    const sex = (record['sex'] as Sex | undefined) ?? 'total';

    const indicator = has('indicator') ? indicators?.get(id) : undefined;
    if (has('indicator') && indicators && !indicator) fail('indicator', catalogue.unknownIndicator(suggest(id, indicatorIds)), id);
    if (indicator && indicator.pillar !== pillar) {
      fail('indicator', catalogue.wrongPillar(id, indicator.pillar, pillar, context.fileOfPillar.get(indicator.pillar)));
    }
    if (has('country')) {
      if (!indicator) {
        // Without a known indicator, either kind of reporting entity may be meant.
        if (countries && organizations && !countries.has(country) && !organizations.has(country)) {
          fail('country', catalogue.unknownEntity(suggest(country, [...countries, ...organizations])), country);
        }
      } else if (indicator.reported_by === 'organization') {
        if (organizations && !organizations.has(country)) {
          fail('country', catalogue.unknownOrganization(id, suggest(country, organizations)), country);
        }
      } else if (countries && !countries.has(country)) {
        const text = organizations?.has(country)
          ? catalogue.organizationForCountryIndicator(id)
          : catalogue.unknownCountry(suggest(country, countries));
        fail('country', text, country);
      }
    }
    // A reversed window is reported in data/datasets.yaml; checking years against it would only
    // repeat that on every row.
    const windowUsable = window.first <= window.last;
    if (has('year') && windowUsable && (year < window.first || year > window.last)) {
      fail('year', catalogue.yearOutsideWindow(window.first, window.last), year);
    }

    if (!failed.has('value') && !failed.has('missing_reason')) {
      if (value === undefined) {
        if (record['missing_reason'] === undefined) fail('value', catalogue.missingWithoutReason());
      } else if (record['missing_reason'] !== undefined) {
        fail('missing_reason', catalogue.valueWithReason(), record['missing_reason']);
      }
    }
    if (value !== undefined && !failed.has('value') && indicator) {
      const { min, max } = indicator.bounds;
      if (value < min) {
        fail('value', min === 0 ? catalogue.negativeValue(id, indicator.unit) : catalogue.belowBounds(id, min), value);
      } else if (max !== undefined && value > max) {
        fail('value', catalogue.aboveBounds(id, max, indicator.unit), value);
      }
    }
    const unit = record['unit'] as string | undefined;
    if (indicator && unit !== undefined && unit !== indicator.unit) fail('unit', catalogue.unitMismatch(id, indicator.unit), unit);

    if (has('indicator') && has('country') && has('year') && !failed.has('sex')) {
      const key = `${id}\u0000${country}\u0000${year}\u0000${sex}`;
      const first = seen.get(key);
      if (first !== undefined) {
        const label = `the row for ${id}, ${country}, ${year}${sex === 'total' ? '' : `, ${sex}`}`;
        fail('indicator', catalogue.duplicateKey(label, first));
      } else {
        seen.set(key, line);
      }
    }
    if (!ok) return;

    const observation: Observation = { indicator: id, country, year, sex, illustrative, at: { file, line } };
    if (value !== undefined) observation.value = value;
    for (const optional of ['unit', 'denominator', 'flag', 'missing_reason', 'source', 'note'] as const) {
      const v = record[optional];
      if (v !== undefined) (observation as unknown as Record<string, unknown>)[optional] = v;
    }
    out.push(observation);
  });
}
