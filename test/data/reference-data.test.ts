/**
 * Checks the reference data under data/reference/ against its JSON Schemas and against the
 * seed documents it was transcribed from (seed 000: the Paris Pact Phase IV leaflet; seed
 * 001: E/CN.7/2014/14; seed 003: the 2008 Paris Pact leaflet). Wherever it can, the test
 * derives what it expects from the seed text itself rather than from a copy of the data.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { Country, EwgMeeting, GlossaryEntry, Organization, Pillar, PillarId } from '../../pipeline/model.js';

const dataUrl = (name: string): URL => new URL(`../../data/reference/${name}`, import.meta.url);
const schemaUrl = (name: string): URL => new URL(`../../schemas/${name}`, import.meta.url);
const seedUrl = (name: string): URL => new URL(`../../../shared/seeds/${name}`, import.meta.url);

const readText = (url: URL): string => readFileSync(url, 'utf8');
const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

const seed000 = readText(seedUrl('000_75cee65931a42696.txt'));
const seed000Flat = collapse(seed000);
const allSeedsFlat = collapse(
  [seed000, readText(seedUrl('001_6827d0b0fac5bd8b.txt')), readText(seedUrl('003_e52bd50297b6f7ce.txt'))].join('\n'),
);

type Row = Record<string, string>;
type JsonSchema = {
  properties?: Record<string, { type?: string; 'x-separator'?: string }>;
  required?: string[];
};

function readCsv(name: string): { header: string; rows: Row[] } {
  const text = readText(dataUrl(name));
  const rows = parse(text, { columns: true, skip_empty_lines: false }) as Row[];
  return { header: text.slice(0, text.indexOf('\n')), rows };
}

function readSchema(name: string): JsonSchema & Record<string, unknown> {
  return JSON.parse(readText(schemaUrl(name))) as JsonSchema & Record<string, unknown>;
}

/**
 * Turns a CSV row into the typed object its schema describes: integers, booleans and
 * separated lists are converted only when they are written exactly right (otherwise the
 * string is left for the schema to reject), and an empty optional cell is left out.
 */
function coerce(row: Row, schema: JsonSchema): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const required = new Set(schema.required ?? []);
  for (const [key, raw] of Object.entries(row)) {
    const prop = schema.properties?.[key];
    if (raw === '' && !required.has(key)) continue;
    if (prop?.type === 'integer' && /^-?[0-9]+$/.test(raw)) out[key] = Number(raw);
    else if (prop?.type === 'boolean' && (raw === 'true' || raw === 'false')) out[key] = raw === 'true';
    else if (prop?.type === 'array' && prop['x-separator']) out[key] = raw.split(prop['x-separator']);
    else out[key] = raw;
  }
  return out;
}

function validator(schema: Record<string, unknown>): (value: unknown) => string[] {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const validate = ajv.compile(schema);
  return (value) => (validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`));
}

function checkTextFile(name: string): void {
  const buf = readFileSync(dataUrl(name));
  expect(buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf, `${name} starts with a BOM`).toBe(false);
  const text = buf.toString('utf8');
  expect(text.includes('\r'), `${name} has CR characters`).toBe(false);
  expect(text.endsWith('\n'), `${name} lacks a final newline`).toBe(true);
  expect(text.endsWith('\n\n'), `${name} ends with a blank line`).toBe(false);
}

// ---------------------------------------------------------------------------------------------
// The data

const countriesCsv = readCsv('countries.csv');
const organizationsCsv = readCsv('organizations.csv');
const ewgCsv = readCsv('ewg-meetings.csv');

const countries = countriesCsv.rows.map((r) => coerce(r, readSchema('countries.schema.json')) as unknown as Country);
const organizations = organizationsCsv.rows.map(
  (r) => coerce(r, readSchema('organizations.schema.json')) as unknown as Organization,
);
const ewgs = ewgCsv.rows.map((r) => coerce(r, readSchema('ewg-meetings.schema.json')) as unknown as EwgMeeting);
const pillars = parseYaml(readText(dataUrl('pillars.yaml'))) as Pillar[];
const glossary = parseYaml(readText(dataUrl('glossary.yaml'))) as GlossaryEntry[];

/** Natural Earth country names by M49 id, from world-atlas (the geometry the m49 column joins to). */
const atlasNamesById = new Map<string, string[]>();
{
  const atlasPath = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
  const atlas = JSON.parse(readFileSync(atlasPath, 'utf8')) as {
    objects: { countries: { geometries: { id?: string; properties?: { name?: string } }[] } };
  };
  for (const g of atlas.objects.countries.geometries) {
    if (g.id === undefined || g.properties?.name === undefined) continue;
    atlasNamesById.set(g.id, [...(atlasNamesById.get(g.id) ?? []), g.properties.name]);
  }
}

const countryByIso = new Map(countries.map((c) => [c.iso3, c]));
const ewgByNumber = new Map(ewgs.map((m) => [m.number, m]));

// ---------------------------------------------------------------------------------------------
// What the seed says

/** The country table of seed 000, read column by column (the order the leaflet lists them in). */
function seedCountries(): { name: string; starred: boolean }[] {
  const start = seed000.indexOf('58 PARIS PACT PARTNER COUNTRIES');
  const end = seed000.indexOf('23 PARIS PACT PARTNER ORGANIZATIONS');
  const lines = seed000
    .slice(start, end)
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '');
  const grid = lines.map((l) => l.split('\t').map((c) => c.trim()));
  const out: { name: string; starred: boolean }[] = [];
  for (let col = 0; col < 4; col++) {
    for (const row of grid) {
      const cell = row[col];
      if (cell === undefined || cell === '') continue;
      const starred = cell.endsWith('*');
      out.push({ name: starred ? cell.slice(0, -1).trim() : cell, starred });
    }
  }
  return out;
}

/** The organization list of seed 000: "- Name (ACRONYM)" with an optional " *". */
function seedOrganizations(): { name: string; acronym: string; starred: boolean }[] {
  const start = seed000.indexOf('23 PARIS PACT PARTNER ORGANIZATIONS');
  const end = seed000.indexOf('* Paris Pact Partners since the 3rd Ministerial Conference');
  const out: { name: string; acronym: string; starred: boolean }[] = [];
  for (const line of seed000.slice(start, end).split('\n')) {
    const m = /^- (.+) \(([^()]+)\)( \*)?\s*$/.exec(line);
    if (m?.[1] && m[2]) out.push({ name: m[1], acronym: m[2], starred: m[3] !== undefined });
  }
  return out;
}

interface SeedEwg {
  number: number;
  topic: string;
  trifold: boolean;
  host: string;
  city: string;
  country: string;
  month: number;
  year: number;
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** The list "Paris Pact Expert Working Groups since 2012" of seed 000. */
function seedEwgs(): SeedEwg[] {
  const start = seed000.indexOf('Paris Pact Expert Working Groups since 2012:');
  const end = seed000.indexOf('PILLAR I: REGIONAL INITIATIVES');
  const out: SeedEwg[] = [];
  for (const line of seed000.slice(start, end).split('\n')) {
    const m = /^- (\d+) (.+?)( \(Tri-fold EWGs\))? – (.+?)\s*$/.exec(line);
    if (!m?.[1] || !m[2] || !m[4]) continue;
    const parts = m[4].split(', ');
    const where = parts[0] ?? '';
    const slash = where.lastIndexOf('/');
    const [monthName, year] = (parts[parts.length - 1] ?? '').split(' ');
    out.push({
      number: Number(m[1]),
      topic: m[2],
      trifold: m[3] !== undefined,
      host: slash < 0 ? '' : where.slice(0, slash),
      city: slash < 0 ? where : where.slice(slash + 1),
      country: parts.slice(1, -1).join(', '),
      month: MONTHS.indexOf(monthName ?? '') + 1,
      year: Number(year),
    });
  }
  return out;
}

/** The seed's names of the host countries of EWGs, and their ISO codes. */
const SEED_COUNTRY_ISO: Record<string, string> = {
  Austria: 'AUT',
  'The Netherlands': 'NLD',
  Turkey: 'TUR',
  Kazakhstan: 'KAZ',
  Kyrgyzstan: 'KGZ',
  Serbia: 'SRB',
  France: 'FRA',
  Romania: 'ROU',
  'I.R. of Iran': 'IRN',
  China: 'CHN',
  India: 'IND',
  // No. 26 reads "Vienna, October, October 2021": the country is garbled, the city is Vienna.
  October: 'AUT',
};

/** The pillar(s) an EWG topic serves, by the project's rule. */
function pillarsOfTopic(topic: string): PillarId[] {
  const out: PillarId[] = [];
  if (/cross-border|information sharing|law enforcement training/i.test(topic)) out.push('I');
  if (/financial flows/i.test(topic)) out.push('II');
  if (/precursor/i.test(topic)) out.push('III');
  if (/prevention|treatment|demand reduction|quality|families/i.test(topic)) out.push('IV');
  return out;
}

// ---------------------------------------------------------------------------------------------

describe('file format', () => {
  it.each(['countries.csv', 'country-names.csv', 'organizations.csv', 'ewg-meetings.csv', 'pillars.yaml', 'glossary.yaml'])(
    '%s is UTF-8 without BOM, LF line endings, one final newline',
    (name) => checkTextFile(name),
  );

  it('CSV headers are exactly as specified', () => {
    expect(countriesCsv.header).toBe('iso3,iso2,m49,name,region,subregion,partner_since,priority_programme');
    expect(readCsv('country-names.csv').header).toBe('iso3,name,from');
    expect(organizationsCsv.header).toBe('acronym,name,partner_since');
    expect(ewgCsv.header).toBe('number,topic,host,city,country,month,year,trifold,pillars');
  });

  it('YAML files begin with a comment naming the source', () => {
    expect(readText(dataUrl('pillars.yaml'))).toMatch(/^# .*\n(#.*\n)*#.*seed 000/);
  });
});

describe('schemas', () => {
  it('every country row is valid', () => {
    const check = validator(readSchema('countries.schema.json'));
    for (const c of countries) expect(check(c), c.iso3).toEqual([]);
  });
  it('every organization row is valid', () => {
    const check = validator(readSchema('organizations.schema.json'));
    for (const o of organizations) expect(check(o), o.acronym).toEqual([]);
  });
  it('every EWG row is valid', () => {
    const check = validator(readSchema('ewg-meetings.schema.json'));
    for (const m of ewgs) expect(check(m), String(m.number)).toEqual([]);
  });
  it('pillars.yaml is valid', () => {
    expect(validator(readSchema('pillars.schema.json'))(pillars)).toEqual([]);
  });
  it('glossary.yaml is valid', () => {
    expect(validator(readSchema('glossary.schema.json'))(glossary)).toEqual([]);
  });
});

describe('countries.csv', () => {
  const seed = seedCountries();

  it('has the 58 partner countries', () => {
    expect(seed).toHaveLength(58);
    expect(countries).toHaveLength(58);
  });

  it('writes every name verbatim as the seed does, in the seed order', () => {
    for (const c of countries) expect(seed000, c.name).toContain(c.name);
    expect(countries.map((c) => c.name)).toEqual(seed.map((s) => s.name));
  });

  it('is sorted by name', () => {
    const names = countries.map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('has unique iso3 and m49 codes', () => {
    expect(new Set(countries.map((c) => c.iso3)).size).toBe(58);
    expect(new Set(countries.map((c) => c.m49)).size).toBe(58);
  });

  it('has m49 codes that join to the map geometry of the same country', () => {
    const words = (s: string): string[] => s.toLowerCase().split(/[^a-z]+/).filter(Boolean);
    // Natural Earth names that are not a word-by-word abbreviation of the seed's name.
    const atlasAlias: Record<string, string> = { CZE: 'Czechia' };
    for (const c of countries) {
      const names = atlasNamesById.get(c.m49) ?? [];
      const matches = names.some((atlasName) => {
        if (atlasAlias[c.iso3] === atlasName) return true;
        const ours = words(c.name);
        return words(atlasName).every((w, i) => ours[i]?.startsWith(w) === true);
      });
      expect(matches, `${c.iso3} ${c.m49} ${c.name}: map has ${names.join(' / ') || 'nothing'}`).toBe(true);
    }
  });

  it('has ISO alpha-2 codes that name the same country, and each name since the seed with its first year', () => {
    expect(new Set(countries.map((c) => c.iso2)).size).toBe(58);
    const english = new Intl.DisplayNames(['en'], { type: 'region' });
    const words = (s: string): string => s.toLowerCase().replace(/[^a-z]+/g, ' ').trim().split(' ')[0]!;
    // Where the seed's name and the name Intl gives today start differently, the name changed since the seed.
    const renamed: Record<string, string> = { CZE: 'Czechia', MKD: 'North Macedonia', TUR: 'Türkiye', RUS: 'Russia', USA: 'United States' };
    for (const c of countries) {
      const today = english.of(c.iso2) ?? '';
      if (renamed[c.iso3]) expect(today, c.iso3).toBe(renamed[c.iso3]);
      else expect(words(today), `${c.iso3} ${c.iso2}: ${today} / ${c.name}`).toBe(words(c.name));
    }
    const names = readCsv('country-names.csv').rows;
    expect(names).toEqual([
      { iso3: 'CZE', name: 'Czechia', from: '2016' },
      { iso3: 'MKD', name: 'North Macedonia', from: '2019' },
      { iso3: 'TUR', name: 'Türkiye', from: '2022' },
    ]);
    const check = validator(readSchema('country-names.schema.json'));
    for (const row of names) expect(check(coerce(row, readSchema('country-names.schema.json'))), row.iso3).toEqual([]);
  });

  it('marks exactly the starred countries as partners since the Third Ministerial Conference', () => {
    const late = countries.filter((c) => c.partner_since === 'third-ministerial-2012').map((c) => c.iso3);
    expect(late.sort()).toEqual(['ARE', 'AUS', 'CHN']);
    const starred = seed.filter((s) => s.starred).map((s) => s.name);
    expect(countries.filter((c) => c.partner_since === 'third-ministerial-2012').map((c) => c.name)).toEqual(starred);
  });

  it('assigns the priority programmes', () => {
    const of = (p: string): string[] => countries.filter((c) => c.priority_programme === p).map((c) => c.iso3).sort();
    expect(of('RP ANC')).toEqual(['AFG', 'IRN', 'KAZ', 'KGZ', 'PAK', 'TJK', 'TKM', 'UZB']);
    expect(of('RP SEE')).toEqual(['ALB', 'BIH', 'HRV', 'MKD', 'MNE', 'SRB']);
    expect(of('none')).toHaveLength(58 - 14);
  });

  it('has the right fields for specific countries', () => {
    expect(countryByIso.get('AFG')).toEqual({
      iso3: 'AFG', iso2: 'AF', m49: '004', name: 'Afghanistan (Islamic Republic of)', region: 'Asia',
      subregion: 'Southern Asia', partner_since: 'original', priority_programme: 'RP ANC',
    });
    expect(countryByIso.get('MKD')).toEqual({
      iso3: 'MKD', iso2: 'MK', m49: '807', name: 'Macedonia (The former Yugoslav Republic of)', region: 'Europe',
      subregion: 'Southern Europe', partner_since: 'original', priority_programme: 'RP SEE',
    });
    expect(countryByIso.get('CHN')).toEqual({
      iso3: 'CHN', iso2: 'CN', m49: '156', name: "China (The People's Republic of)", region: 'Asia',
      subregion: 'Eastern Asia', partner_since: 'third-ministerial-2012', priority_programme: 'none',
    });
    expect(countryByIso.get('MDA')).toMatchObject({ m49: '498', name: 'Moldova (Republic of)', subregion: 'Eastern Europe' });
    expect(countryByIso.get('RUS')).toMatchObject({ m49: '643', region: 'Europe', subregion: 'Eastern Europe' });
    expect(countryByIso.get('AUS')).toMatchObject({ m49: '036', region: 'Oceania', subregion: 'Australia and New Zealand' });
    expect(countryByIso.get('USA')).toMatchObject({ m49: '840', region: 'Americas', subregion: 'Northern America' });
    expect(countryByIso.get('CAN')).toMatchObject({ m49: '124', region: 'Americas', subregion: 'Northern America' });
    expect(countryByIso.get('IRN')).toMatchObject({ m49: '364', subregion: 'Southern Asia', priority_programme: 'RP ANC' });
    expect(countryByIso.get('UZB')).toMatchObject({ m49: '860', subregion: 'Central Asia', priority_programme: 'RP ANC' });
    expect(countryByIso.get('GBR')).toMatchObject({ m49: '826', name: 'United Kingdom', subregion: 'Northern Europe' });
    for (const iso of ['TUR', 'CYP', 'ARM', 'AZE', 'GEO', 'ARE']) {
      expect(countryByIso.get(iso), iso).toMatchObject({ region: 'Asia', subregion: 'Western Asia' });
    }
  });
});

describe('organizations.csv', () => {
  const seed = seedOrganizations();

  it('has the 23 partner organizations in the seed order, named as the seed names them', () => {
    expect(seed).toHaveLength(23);
    expect(organizations).toHaveLength(23);
    expect(organizations.map((o) => [o.acronym, o.name])).toEqual(seed.map((s) => [s.acronym, s.name]));
    for (const o of organizations) expect(seed000, o.name).toContain(`${o.name} (${o.acronym})`);
  });

  it('marks exactly the starred organizations as partners since the Third Ministerial Conference', () => {
    const late = organizations.filter((o) => o.partner_since === 'third-ministerial-2012').map((o) => o.acronym);
    expect(late).toEqual(['EAG', 'GCC-CICCD']);
    expect(late).toEqual(seed.filter((s) => s.starred).map((s) => s.acronym));
  });
});

describe('pillars.yaml', () => {
  it('has the four pillars in order', () => {
    expect(pillars.map((p) => [p.id, p.number])).toEqual([['I', 1], ['II', 2], ['III', 3], ['IV', 4]]);
  });

  it('takes titles and short titles from the seed', () => {
    expect(pillars.map((p) => p.short_title)).toEqual([
      'Regional initiatives', 'Illicit financial flows', 'Precursors', 'Drug prevention and health',
    ]);
    expect(pillars[0]?.title).toBe('Strengthening and implementing regional initiatives');
    for (const p of pillars) {
      expect(seed000, p.id).toContain(`Pillar ${p.id}:** ${p.title}\n`);
      expect(seed000, p.id).toContain(`PILLAR ${p.id}: ${p.short_title.toUpperCase()}\n`);
    }
  });

  it('lists every aim verbatim from the seed, without trailing punctuation', () => {
    expect(pillars.map((p) => p.aims.length)).toEqual([6, 5, 7, 4]);
    for (const p of pillars) {
      for (const aim of p.aims) {
        expect(seed000Flat, aim).toContain(`- ${collapse(aim)}`);
        expect(aim, aim).not.toMatch(/(;|; and( to)?|\.)$/);
        expect(aim, aim).toBe(aim.trim());
      }
    }
    expect(pillars[0]?.aims[0]).toBe(
      'strengthen the capacity of the Islamic Republic of Afghanistan and its institutions to combat opiates',
    );
    expect(pillars[3]?.aims.slice(0, 3)).toEqual(['prevention', 'treatment', 'care and related support services']);
  });
});

describe('ewg-meetings.csv', () => {
  const seed = seedEwgs();

  it('has the 26 EWGs, numbered 1 to 26', () => {
    expect(seed).toHaveLength(26);
    expect(ewgs).toHaveLength(26);
    expect(ewgs.map((m) => m.number)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
  });

  it('agrees with the seed list on every field', () => {
    for (const s of seed) {
      const m = ewgByNumber.get(s.number);
      expect(seed000, `topic of ${s.number}`).toContain(`- ${s.number} ${m?.topic ?? '?'}`);
      expect(m, `EWG ${s.number}`).toMatchObject({
        topic: s.topic,
        city: s.city,
        country: SEED_COUNTRY_ISO[s.country],
        month: s.month,
        year: s.year,
        trifold: s.trifold,
      });
      if (s.host === '') expect(m?.host, `host of ${s.number}`).toBeUndefined();
      else expect(m?.host, `host of ${s.number}`).toBe(s.host);
    }
  });

  it('files each EWG under the pillar its topic serves', () => {
    for (const m of ewgs) expect(m.pillars, `${m.number} ${m.topic}`).toEqual(pillarsOfTopic(m.topic));
  });

  it('holds every EWG in a partner country', () => {
    for (const m of ewgs) expect(countryByIso.has(m.country), `${m.number} ${m.country}`).toBe(true);
  });

  it('has the right fields for specific meetings', () => {
    expect(ewgByNumber.get(2)).toEqual({
      number: 2, topic: 'Precursors', host: 'Europol', city: 'The Hague', country: 'NLD',
      month: 2, year: 2013, trifold: true, pillars: ['III'],
    });
    expect(ewgByNumber.get(5)).toMatchObject({
      topic: 'Effective Drug Demand Reduction Interventions for Children, Adolescents and Families',
      host: 'UNODC', city: 'Vienna', country: 'AUT', month: 10, year: 2013, trifold: false, pillars: ['IV'],
    });
    expect(ewgByNumber.get(19)).toEqual({
      number: 19, topic: 'Cross-border Cooperation', city: 'Tehran', country: 'IRN',
      month: 12, year: 2017, trifold: false, pillars: ['I'],
    });
    expect(ewgByNumber.get(20)).toMatchObject({ host: 'EU-ACT/CADAP', city: 'Bishkek', country: 'KGZ', pillars: ['IV'] });
    expect(ewgByNumber.get(26)).toEqual({
      number: 26, topic: 'Precursors', city: 'Vienna', country: 'AUT',
      month: 10, year: 2021, trifold: false, pillars: ['III'],
    });
    expect(ewgs.filter((m) => m.trifold).map((m) => m.number)).toEqual([2, 3, 4, 9, 10, 11]);
  });
});

describe('glossary.yaml', () => {
  const acronyms = glossary.map((g) => g.acronym);
  const byAcronym = new Map(glossary.map((g) => [g.acronym, g]));

  it('is sorted by acronym, without duplicates', () => {
    expect(acronyms).toEqual([...acronyms].sort());
    expect(new Set(acronyms).size).toBe(acronyms.length);
  });

  it('contains every organization acronym, expanded as the organization list names it', () => {
    for (const o of organizations) {
      expect(byAcronym.has(o.acronym), o.acronym).toBe(true);
      // The seed writes "Interpol (INTERPOL)", which is no expansion; the glossary spells it out.
      if (o.acronym !== 'INTERPOL') expect(byAcronym.get(o.acronym)?.expansion, o.acronym).toBe(o.name);
    }
  });

  it('contains the acronyms the report uses', () => {
    for (const a of [
      'ADAM', 'AOTP', 'APG', 'BENATOC', 'BOMCA', 'BOMNAF', 'CADAP', 'CARICC', 'CASH', 'CAU', 'CMF', 'CND',
      'CSTO', 'CIS', 'ECO', 'EAG', 'EMCDDA', 'EU', 'EU-ACT', 'EWG', 'FATF', 'GCC-CICCD', 'GPML', 'INCB', 'LO',
      'OSCE', 'PCGM', 'PPCU', 'PPI', 'RP ANC', 'RP SEE', 'ROCA', 'SCO', 'SDGs', 'SELEC', 'UNAIDS', 'UNAMA',
      'UNMIK', 'UNODC', 'WCO', 'WHO',
    ]) {
      expect(byAcronym.has(a), a).toBe(true);
    }
  });

  it('uses acronyms and expansions the seeds use', () => {
    const notExpandedInSeeds = new Set(['EU-ACT', 'INTERPOL']);
    for (const g of glossary) {
      expect(allSeedsFlat, g.acronym).toContain(g.acronym);
      if (!notExpandedInSeeds.has(g.acronym)) {
        // The seeds introduce an acronym as "Expansion (ACRONYM" (or both in the plural, or in capitals).
        const lower = allSeedsFlat.toLowerCase();
        const e = g.expansion.toLowerCase();
        const a = g.acronym.toLowerCase();
        expect(lower.includes(`${e} (${a}`) || lower.includes(`${e}s (${a}s`), `${g.expansion} (${g.acronym})`).toBe(true);
      }
      if (g.description !== undefined) expect(g.description, g.acronym).toMatch(/^[A-Z].*\.$/);
    }
    expect(byAcronym.get('RP ANC')?.expansion).toBe('Regional Programme for Afghanistan and Neighbouring Countries');
    expect(byAcronym.get('ADAM')?.expansion).toBe('Automated Donor Assistance Mechanism');
    expect(byAcronym.get('PCGM')?.expansion).toBe('Policy Consultative Group Meeting');
  });
});
