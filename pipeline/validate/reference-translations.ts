/**
 * The reference data in other languages: data/reference/translations/<language>.yaml, one file per
 * UN language other than English (schemas/reference-translations.schema.json). Each is read with
 * the structured loader (every problem at its file:line:column) and checked against the English
 * files: every key names an entry there (an unknown code is an error, with the likely one), a
 * pillar has as many aims as in pillars.yaml, and no two entries print the same acronym. What the
 * file leaves out is allowed, and summed up in one warning per file: a list of 200 lines would
 * bury the errors, while one message naming each gap is a translator's to-do list. A project
 * without the folder is valid: its reports print the English names (and CLDR's country names).
 */
import { message, type Message } from '../diagnostics/message.js';
import { suggest } from '../diagnostics/suggest.js';
import { list } from '../diagnostics/wording.js';
import { UN_LANGUAGES } from '../edition/languages.js';
import { listFiles } from '../io/files.js';
import { readSource } from '../load/dataset-file.js';
import { readStructured, type StructuredFile } from '../load/structured.js';
import type { Country, EwgMeeting, GlossaryEntry, Indicator, Language, Organization, Pillar, ReferenceTranslation } from '../model.js';
import type { ProjectPaths } from '../project/paths.js';
import type { SchemaRegistry } from '../schema/registry.js';
import { validateMessages } from './messages.js';

/** Where the translations sit, relative to the project. */
export const TRANSLATIONS_DIR = 'data/reference/translations';

/** The languages the reference data may be translated into: the UN's six but English, the language it is written in. */
export const TRANSLATED_LANGUAGES: readonly Language[] = UN_LANGUAGES.filter((l) => l !== 'en');

/** The English data the translations are checked against, with the files it came from; a part that did not load is left out. */
export interface EnglishReference {
  countries?: { file: string; records: readonly Country[] } | undefined;
  organizations?: { file: string; records: readonly Organization[] } | undefined;
  pillars?: { file: string; records: readonly Pillar[] } | undefined;
  glossary?: { file: string; records: readonly GlossaryEntry[] } | undefined;
  indicators?: { file: string; records: readonly Indicator[] } | undefined;
  ewgMeetings?: { file: string; records: readonly EwgMeeting[] } | undefined;
}

/** A language's English name, for messages: "French". */
const languageName = (language: Language): string => new Intl.DisplayNames(['en'], { type: 'language' }).of(language) ?? language;

/**
 * Reads and checks every file under data/reference/translations/, pushing their problems to
 * `messages` and their paths to `files` (they are part of the data: the build key and the
 * published fingerprint see them). Never throws for bad input.
 *
 * @returns
 *   The translations that were read without an error, by language (empty without the folder).
 */
export function loadReferenceTranslations(
  project: Pick<ProjectPaths, 'root'>,
  schemas: SchemaRegistry,
  english: EnglishReference,
  messages: Message[],
  files: string[],
): Partial<Record<Language, ReferenceTranslation>> {
  const found: Partial<Record<Language, ReferenceTranslation>> = {};
  const names = listFiles(`${project.root}/${TRANSLATIONS_DIR}`, { within: project.root });
  if (names.length > 0 && !schemas.has('reference-translations')) {
    messages.push(message({ file: 'schemas/reference-translations.schema.json' }, validateMessages.translationSchemaMissing()));
    return found;
  }
  for (const name of names) {
    const file = `${TRANSLATIONS_DIR}/${name}`;
    files.push(file);
    const language = /^([a-z]{2})\.yaml$/.exec(name)?.[1];
    if (language === 'en') {
      messages.push(message({ file }, validateMessages.translationEnglish()));
      continue;
    }
    if (!language || !(TRANSLATED_LANGUAGES as readonly string[]).includes(language)) {
      const stem = name.replace(/\.[^.]*$/, '');
      messages.push(message({ file }, validateMessages.translationLanguage(name, TRANSLATED_LANGUAGES, suggest(stem, TRANSLATED_LANGUAGES)), { value: name }));
      continue;
    }
    const source = readSource(project.root, file, messages);
    const before = messages.length;
    const structured = source && readStructured(source, schemas.get('reference-translations'), messages);
    if (!structured) continue;
    const translation = toTranslation(language as Language, file, structured.value as RawTranslation);
    checkTranslation(translation, structured, english, messages);
    if (messages.slice(before).some((m) => m.severity === 'error')) continue;
    found[language as Language] = translation;
  }
  return found;
}

/** A translation file as its schema describes it. */
type RawTranslation = Partial<Omit<ReferenceTranslation, 'language' | 'file' | 'sample'>> & { sample: boolean };

function toTranslation(language: Language, file: string, raw: RawTranslation): ReferenceTranslation {
  return {
    language,
    file,
    sample: raw.sample,
    countries: raw.countries ?? {},
    regions: raw.regions ?? {},
    organizations: raw.organizations ?? {},
    pillars: raw.pillars ?? {},
    glossary: raw.glossary ?? {},
    indicators: raw.indicators ?? {},
    ewg_meetings: raw.ewg_meetings ?? {},
  };
}

/** The checks beyond the schema: keys, aims, acronyms, and the summary of what is left in English. */
function checkTranslation(translation: ReferenceTranslation, structured: StructuredFile, english: EnglishReference, messages: Message[]): void {
  const { file } = translation;
  // A meeting number is a number in the document: its place is found by the number.
  const at = (path: (string | number)[]): (string | number)[] => path.map((s) => (typeof s === 'string' && /^[0-9]+$/.test(s) ? Number(s) : s));
  const error = (path: (string | number)[], text: Parameters<typeof message>[1], value: string, key = true): void => {
    messages.push(message({ file, place: structured.place(at(path), key) }, text, { value }));
  };
  const gaps: string[] = [];
  let cldrCountries = 0;
  const gap = (one: string, many: string, items: readonly string[]): void => {
    if (items.length > 0) gaps.push(`${items.length} ${items.length === 1 ? one : many} (${list(items, 8)})`);
  };

  /** Reports keys of `section` that `known` lacks; returns the records by key. */
  const keysOf = <T>(section: keyof RawTranslation, loaded: { file: string; records: readonly T[] } | undefined, keyOf: (record: T) => string, what: string): Map<string, T> | undefined => {
    if (!loaded) return undefined;
    const byKey = new Map(loaded.records.map((r) => [keyOf(r), r]));
    for (const key of Object.keys(translation[section as keyof ReferenceTranslation] as object)) {
      if (!byKey.has(key)) error([section, key], validateMessages.translationUnknownKey(section, what, loaded.file, suggest(key, byKey.keys())), key);
    }
    return byKey;
  };
  const missing = <T>(byKey: Map<string, T> | undefined, fields: (record: T, key: string) => string[]): string[] => {
    if (!byKey) return [];
    const out: string[] = [];
    for (const [key, record] of byKey) {
      const lacking = fields(record, key);
      if (lacking.length > 0) out.push(lacking.length === 1 && lacking[0] === '' ? key : `${key}: ${lacking.join(', ')}`);
    }
    return out;
  };
  const lacks = (entry: object | undefined, fields: readonly string[]): string[] =>
    !entry ? [''] : fields.filter((f) => (entry as Record<string, unknown>)[f] === undefined);

  // Countries: by ISO3; a missing name is CLDR's.
  const countries = keysOf('countries', english.countries, (c) => c.iso3, 'a partner country');
  const noName = missing(countries, (_c, key) => (translation.countries[key] === undefined ? [''] : []));
  cldrCountries = noName.length;
  gap("country without a name, given CLDR's", "countries without a name, given CLDR's", noName);

  // Regions: by the English names of countries.csv.
  if (english.countries) {
    const names = new Set(english.countries.records.flatMap((c) => [c.region, c.subregion]));
    for (const key of Object.keys(translation.regions)) {
      if (!names.has(key)) error(['regions', key], validateMessages.translationUnknownKey('regions', 'a region or subregion', english.countries.file, suggest(key, names)), key);
    }
    gap('region or subregion', 'regions and subregions', [...names].filter((n) => translation.regions[n] === undefined));
  }

  // Organizations: by acronym; each printed acronym once.
  const organizations = keysOf('organizations', english.organizations, (o) => o.acronym, 'a partner organization');
  gap('organization without a name', 'organizations without a name', missing(organizations, (_o, key) => lacks(translation.organizations[key], ['name'])));
  if (organizations) sameAcronyms('organizations', organizations.keys(), translation.organizations, structured, file, messages);

  // Pillars: title, short title and the aims, as many as in English.
  const pillars = keysOf('pillars', english.pillars, (p) => p.id, 'a pillar');
  if (pillars && english.pillars) {
    for (const [id, entry] of Object.entries(translation.pillars)) {
      const aims = entry?.aims;
      const expected = pillars.get(id)?.aims.length;
      if (aims && expected !== undefined && aims.length !== expected) {
        messages.push(message({ file, place: structured.place(at(['pillars', id, 'aims']), true) }, validateMessages.translationAims(id, aims.length, expected, english.pillars.file)));
      }
    }
  }
  gap('pillar', 'pillars', missing(pillars, (p) => lacks(translation.pillars[p.id], ['title', 'short_title', 'aims'])));

  // Glossary: expansion, and description where the English has one; each printed acronym once.
  const glossary = keysOf('glossary', english.glossary, (g) => g.acronym, 'an acronym');
  gap('glossary entry', 'glossary entries', missing(glossary, (g, key) => lacks(translation.glossary[key], g.description === undefined ? ['expansion'] : ['expansion', 'description'])));
  if (glossary) sameAcronyms('glossary', glossary.keys(), translation.glossary, structured, file, messages);

  // Indicators and EWG meetings.
  const indicators = keysOf('indicators', english.indicators, (i) => i.id, 'an indicator');
  gap('indicator', 'indicators', missing(indicators, (_i, key) => lacks(translation.indicators[key], ['title', 'definition', 'source'])));
  const meetings = keysOf('ewg_meetings', english.ewgMeetings, (m) => String(m.number), 'an Expert Working Group meeting');
  gap('EWG meeting', 'EWG meetings', missing(meetings, (_m, key) => lacks(translation.ewg_meetings[key], ['topic', 'city'])));

  if (gaps.length > 0) {
    messages.push(message({ file }, validateMessages.translationGaps(languageName(translation.language), gaps, cldrCountries), { severity: 'warning' }));
  }
}

/** Reports an acronym a section would print for two entries (a translated one, or one kept in English). */
function sameAcronyms(
  section: 'organizations' | 'glossary',
  keys: Iterable<string>,
  entries: Record<string, { acronym?: string }>,
  structured: StructuredFile,
  file: string,
  messages: Message[],
): void {
  const printed = new Map<string, string>();
  // The English acronyms kept first, so that the translated entry is the one reported.
  const all = [...keys];
  const ordered = [...all.filter((k) => entries[k]?.acronym === undefined), ...all.filter((k) => entries[k]?.acronym !== undefined)];
  for (const key of ordered) {
    const shown = entries[key]?.acronym ?? key;
    const other = printed.get(shown);
    if (other !== undefined) {
      messages.push(message({ file, place: structured.place([section, /^[0-9]+$/.test(key) ? Number(key) : key, 'acronym'], false) }, validateMessages.translationSameAcronym(section, shown, other), { value: shown }));
    } else printed.set(shown, key);
  }
}
