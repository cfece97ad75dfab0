import { message, type Message, type MessageText } from '../diagnostics/message.js';
import { suggest } from '../diagnostics/suggest.js';
import { readCsv, type CsvRecord, type CsvTable } from '../load/csv.js';
import type { TextSource } from '../load/text.js';
import type { Indicator, IndicatorPillar, Observation, ProvenanceKind, Sex } from '../model.js';
import type { CompiledSchema } from '../schema/registry.js';
import { validateMessages } from './messages.js';

const SEX_INDEX: Record<Sex, number> = { total: 0, female: 1, male: 2 };

/** What the checks of observation rows need to know, built once for all files. */
export interface ObservationContext {
  window: { first: number; last: number };
  /** Undefined when the catalogue could not be loaded: indicator checks are then skipped. */
  indicators: ReadonlyMap<string, Indicator> | undefined;
  countries: ReadonlySet<string> | undefined;
  organizations: ReadonlySet<string> | undefined;
  /** The observations file of each pillar, to say where a misfiled row belongs. */
  fileOfPillar: ReadonlyMap<IndicatorPillar, string>;
}

/**
 * Reads one observations file and checks each row beyond its schema: known indicator filed under
 * its pillar, known reporting entity, year in the window, value within the indicator's bounds,
 * matching unit, a reason for every missing value, a note for every break, no repeated key. Appends the good rows to `out`.
 */
export function readObservations(
  source: TextSource,
  pillar: IndicatorPillar,
  kind: ProvenanceKind,
  compiled: CompiledSchema,
  context: ObservationContext,
  messages: Message[],
  out: Observation[],
): void {
  const file = source.file;
  const { window, indicators, countries, organizations } = context;
  const indicatorIds = indicators ? [...indicators.keys()] : [];
  // A reversed window is reported in data/datasets.yaml; checking years against it would only
  // repeat that on every row.
  const windowUsable = window.first <= window.last;
  // Each row's key (country, year, sex) as a small integer, per indicator, with the line it was
  // first seen on: small maps of small integers keep a million-row file cheap. A row repeated in
  // another file is filed under the wrong pillar there, which is reported as such.
  const seen = new Map<string, Map<number, number>>();
  // Each reporting entity as a small integer, and its name once: the rows that name it share it.
  const entityIndex = new Map<string, number>();
  const entityNames: string[] = [];
  const entityOf = (name: string): number => {
    let index = entityIndex.get(name);
    if (index === undefined) {
      entityIndex.set(name, (index = entityNames.length));
      entityNames.push(name);
    }
    return index;
  };
  // Rows come grouped by indicator, so the last lookup usually answers the next one.
  let lastId: string | undefined;
  let lastIndicator: Indicator | undefined;
  let lastSeen: Map<number, number> | undefined;
  const lookUp = (id: string): Indicator | undefined => {
    if (id !== lastId) {
      lastId = id;
      lastIndicator = indicators?.get(id);
      lastSeen = undefined;
      if (lastIndicator) {
        lastSeen = seen.get(id);
        if (!lastSeen) seen.set(id, (lastSeen = new Map()));
      }
    }
    return lastIndicator;
  };
  /** A row's (entity, year, sex) as a small integer, unique within its indicator. */
  const keyOf = (entity: number, year: number, sex: Sex): number | undefined =>
    entity < 16384 && year >= 0 && year < 4096 ? (entity * 4096 + year) * 4 + SEX_INDEX[sex] : undefined;

  let line = 0;
  let table: CsvTable;
  let ok = true;
  const fail = (column: string, text: MessageText, value?: unknown): void => {
    ok = false;
    messages.push(message({ file, place: table.place(line, column) }, text, { value: value === undefined ? undefined : String(value) }));
  };

  readCsv(source, compiled, messages, (record: CsvRecord, at: number, csv: CsvTable, failed: ReadonlySet<string>) => {
    line = at;
    table = csv;
    ok = failed.size === 0;
    // A field that failed its cell or schema check has been reported; the checks below that
    // need it are skipped, and the others still run, so that a row shows all its faults at once.
    const clean = ok;
    const id = record['indicator'] as string;
    const country = record['country'] as string;
    const year = record['year'] as number;
    const value = record['value'] as number | undefined;
    const sex = (record['sex'] as Sex | undefined) ?? 'total';

    const hasIndicator = id !== undefined && (clean || !failed.has('indicator'));
    const hasCountry = country !== undefined && (clean || !failed.has('country'));
    const hasYear = year !== undefined && (clean || !failed.has('year'));
    const indicator = hasIndicator ? lookUp(id) : undefined;
    if (hasIndicator && indicators && !indicator) fail('indicator', validateMessages.unknownIndicator(suggest(id, indicatorIds)), id);
    if (indicator && indicator.pillar !== pillar) {
      fail('indicator', validateMessages.wrongPillar(id, indicator.pillar, pillar, context.fileOfPillar.get(indicator.pillar)));
    }
    if (hasCountry) {
      if (!indicator) {
        // Without a known indicator, either kind of reporting entity may be meant.
        if (countries && organizations && !countries.has(country) && !organizations.has(country)) {
          fail('country', validateMessages.unknownEntity(suggest(country, [...countries, ...organizations])), country);
        }
      } else if (indicator.reported_by === 'organization') {
        if (organizations && !organizations.has(country)) {
          fail('country', validateMessages.unknownOrganization(id, suggest(country, organizations)), country);
        }
      } else if (countries && !countries.has(country)) {
        const text = organizations?.has(country)
          ? validateMessages.organizationForCountryIndicator(id)
          : validateMessages.unknownCountry(suggest(country, countries));
        fail('country', text, country);
      }
    }
    if (hasYear && windowUsable && (year < window.first || year > window.last)) {
      fail('year', validateMessages.yearOutsideWindow(window.first, window.last), year);
    }

    const valueOk = clean || !failed.has('value');
    if (valueOk && (clean || !failed.has('missing_reason'))) {
      if (value === undefined) {
        if (record['missing_reason'] === undefined) fail('value', validateMessages.missingWithoutReason());
      } else if (record['missing_reason'] !== undefined) {
        fail('missing_reason', validateMessages.valueWithReason(), record['missing_reason']);
      }
    }
    if (value !== undefined && valueOk && indicator) {
      const { min, max } = indicator.bounds;
      if (value < min) {
        fail('value', min === 0 ? validateMessages.negativeValue(id, indicator.unit) : validateMessages.belowBounds(id, min), value);
      } else if (max !== undefined && value > max) {
        fail('value', validateMessages.aboveBounds(id, max, indicator.unit), value);
      }
    }
    if (record['flag'] === 'break' && record['note'] === undefined && (clean || !failed.has('flag'))) fail('flag', validateMessages.breakWithoutNote(), 'break');
    const unit = record['unit'] as string | undefined;
    if (indicator && unit !== undefined && unit !== indicator.unit) fail('unit', validateMessages.unitMismatch(id, indicator.unit), unit);

    const entity = hasCountry ? entityOf(country) : undefined;
    const seenHere = indicator ? lastSeen : undefined;
    const key = seenHere && entity !== undefined && hasYear && (clean || !failed.has('sex')) ? keyOf(entity, year, sex) : undefined;
    if (seenHere && key !== undefined) {
      const first = seenHere.get(key);
      if (first !== undefined) {
        const label = `the row for ${id}, ${country}, ${year}${sex === 'total' ? '' : `, ${sex}`}`;
        fail('indicator', validateMessages.duplicateKey(label, first));
      } else {
        seenHere.set(key, line);
      }
    }
    if (!ok) return;

    // The typed row becomes the observation: no copy of a million rows. Its codes become the
    // catalogue's and the first row's strings, so the rows share a few hundred strings, not millions.
    const observation = record as unknown as Observation;
    if (indicator) {
      observation.indicator = indicator.id;
      if (unit !== undefined) observation.unit = indicator.unit;
    }
    if (entity !== undefined) observation.country = entityNames[entity]!;
    observation.sex = sex;
    observation.kind = kind;
    observation.file = file;
    observation.line = line;
    out.push(observation);
  });
}
