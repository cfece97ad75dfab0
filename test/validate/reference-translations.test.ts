/**
 * The reference data in other languages (data/reference/translations/<language>.yaml): read with
 * the project's structured loader, each problem at file:line:column with what fixes it, the gaps
 * summed up in one warning per file, the files part of the data's files.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { formatReport } from '../../pipeline/diagnostics/format.js';
import type { Message } from '../../pipeline/diagnostics/message.js';
import { FRENCH, removeProjects, validateWith } from './translations-project.js';

afterAll(removeProjects);

const FILE = 'data/reference/translations/fr.yaml';

/** The 1-based line and column where `needle` first stands in `text`. */
function placeOf(text: string, needle: string): { line: number; column: number } {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`the test's YAML has no ${needle}`);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/** The errors of a French file made from FRENCH with one replacement. */
function errorsOf(text: string): Message[] {
  return validateWith({ 'fr.yaml': text }).messages.filter((m) => m.severity === 'error');
}

describe('reference translations: loading', () => {
  it('accepts a project without data/reference/translations/ (English only)', () => {
    const result = validateWith(undefined);
    expect(result.messages).toEqual([]);
    expect(result.dataset?.reference.translations).toBeUndefined();
  });

  it('reads a translation into the data, as one of its files, and sums up its gaps in one warning', () => {
    const result = validateWith({ 'fr.yaml': FRENCH });
    expect(result.messages.filter((m) => m.severity === 'error')).toEqual([]);
    const fr = result.dataset?.reference.translations?.fr;
    expect(fr?.sample).toBe(true);
    expect(fr?.countries['SRB']).toBe('Serbie');
    expect(fr?.organizations['UNODC']).toEqual({ name: 'Office des Nations Unies contre la drogue et le crime', acronym: 'ONUDC' });
    expect(fr?.ewg_meetings['9']).toEqual({ topic: 'Flux financiers illicites', city: 'Almaty' });
    expect(result.files).toContain(FILE);
    expect(result.dataset?.files).toContain(FILE);
    const warnings = result.messages.filter((m) => m.severity === 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ file: FILE, ruleId: 'translation/incomplete' });
    expect(warnings[0]!.place).toBeUndefined();
    expect(warnings[0]!.reason).toBe(
      "the French translation of the reference data is incomplete: 1 country without a name, given CLDR's (AUT); 1 EWG meeting (13: city)",
    );
    expect(warnings[0]!.fix).toContain("CLDR's names for the countries");
  });

  it('says where an unknown code is, and the code meant', () => {
    const text = FRENCH.replace('  SRB: Serbie', '  SBR: Serbie');
    expect(errorsOf(text)).toEqual([
      {
        file: FILE,
        place: placeOf(text, 'SBR'),
        severity: 'error',
        ruleId: 'translation/unknown-key',
        reason: 'countries lists an entry that is not a partner country of data/reference/countries.csv',
        value: 'SBR',
        fix: 'write SRB if that is what was meant; otherwise use the code as data/reference/countries.csv writes it, or remove the entry',
      },
    ]);
  });

  it('checks every section’s keys: acronyms, pillar ids, indicator ids, meeting numbers, regions', () => {
    const text = FRENCH.replace('  UNODC: { name', '  UNDOC: { name')
      .replace('  IV:\n', '  Iv:\n')
      .replace('  heroin-seizures:', '  heroin-seizure:')
      .replace('  13: {', '  14: {')
      .replace('  Central Asia:', '  Centrl Asia:');
    const errors = errorsOf(text);
    expect(errors.map((e) => [e.place?.line, e.value, e.fix.split(' if ')[0]])).toEqual([
      [placeOf(text, 'Centrl').line, 'Centrl Asia', 'write Central Asia'],
      [placeOf(text, 'UNDOC').line, 'UNDOC', 'write UNODC'],
      [placeOf(text, '  Iv:').line, 'Iv', 'write IV'],
      [placeOf(text, 'heroin-seizure:').line, 'heroin-seizure', 'write heroin-seizures'],
      [placeOf(text, '  14:').line, '14', 'write 1'],
    ]);
    expect(errors.every((e) => e.ruleId === 'translation/unknown-key')).toBe(true);
  });

  it('refuses aims of another count than pillars.yaml’s, at the aims', () => {
    const text = FRENCH.replace('aims: [prévention, traitement]', 'aims: [prévention, traitement, réadaptation]');
    const [error, ...rest] = errorsOf(text);
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ file: FILE, place: placeOf(text, 'aims: [prévention'), ruleId: 'translation/aims' });
    expect(error!.reason).toBe('pillar IV has 3 aims here, but 2 in data/reference/pillars.yaml');
  });

  it('refuses an empty name, at its value', () => {
    const text = FRENCH.replace('  SRB: Serbie', '  SRB: ""').replace('  KAZ: Kazakhstan', '  KAZ:');
    const errors = errorsOf(text);
    expect(errors.map((e) => e.ruleId)).toEqual(['field/empty', 'field/empty']);
    const report = formatReport(errors, 1);
    expect(report).toContain(`${FILE}:${placeOf(text, 'KAZ:').line}:7: error: countries.KAZ is empty.`);
    expect(report).toContain(`${FILE}:${placeOf(text, '""').line}:8: error: countries.SRB is empty`);
  });

  it('explains a comma that split a value between { }', () => {
    const text = FRENCH.replace('{ topic: Flux financiers illicites, city: Almaty }', '{ topic: Flux financiers, illicites, city: Almaty }');
    const [error] = errorsOf(text);
    expect(error).toMatchObject({ place: placeOf(text, 'illicites, city'), ruleId: 'yaml/flow-comma' });
  });

  it('refuses two entries printing the same acronym', () => {
    const text = FRENCH.replace('    acronym: GTE', '    acronym: ONUDC');
    const [error, ...rest] = errorsOf(text);
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ ruleId: 'translation/duplicate-acronym', place: placeOf(text, 'ONUDC\n    expansion: Office'), value: 'ONUDC' });
  });

  it('refuses a file named after no translated language, with the name meant', () => {
    const result = validateWith({ 'fra.yaml': FRENCH, 'en.yaml': 'sample: true\n', 'fr.yml': FRENCH });
    const errors = result.messages.filter((m) => m.severity === 'error');
    expect(errors.map((e) => [e.file, e.ruleId, e.fix.split(';')[0]])).toEqual([
      ['data/reference/translations/en.yaml', 'translation/language', 'correct the English names in those files themselves, and remove en.yaml'],
      ['data/reference/translations/fr.yml', 'translation/language', 'write fr.yaml if that is what was meant'],
      ['data/reference/translations/fra.yaml', 'translation/language', 'write fr.yaml if that is what was meant'],
    ]);
    expect(result.dataset).toBeUndefined();
  });

  it('says which schema is missing when a project made before it has translations', () => {
    const result = validateWith({ 'fr.yaml': FRENCH }, true);
    expect(result.messages).toEqual([expect.objectContaining({ file: 'schemas/reference-translations.schema.json', ruleId: 'translation/schema' })]);
  });

  it('needs sample: to say whether UN translation services edited the file', () => {
    const [error] = errorsOf(FRENCH.replace('sample: true\n', ''));
    expect(error).toMatchObject({ file: FILE, ruleId: 'field/required' });
  });
});
