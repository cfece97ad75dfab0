/**
 * Who a source row is about: a partner country by its ISO alpha-3 or alpha-2 code, its M49
 * number, or any name it has had (countries.csv's, country-names.csv's, and the English name
 * Intl gives today), or a partner organization by its acronym or name. Names are compared without
 * case, accents, punctuation or a leading "the". A country that is not a partner, a name that
 * fits no partner, or one that fits two, is an error with a suggestion.
 */
import { suggest } from '../diagnostics/suggest.js';
import type { ReferenceData } from '../model.js';

/** What a cell names: a partner, or why not. */
export type EntityMatch =
  | { kind: 'country' | 'organization'; code: string }
  | { kind: 'not-a-partner'; name: string }
  | { kind: 'ambiguous'; codes: string[] }
  | { kind: 'unknown'; suggestion?: string };

/** A name or code as compared: "Côte d'Ivoire" and "COTE D IVOIRE" are one. */
export function nameKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/** Every ISO region code Intl names: the world's countries and territories, by their English names. */
function worldNames(): Map<string, string> {
  const english = new Intl.DisplayNames(['en'], { type: 'region' });
  const names = new Map<string, string>();
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = english.of(code);
      if (name && name !== code) names.set(nameKey(name), name);
    }
  }
  return names;
}

/** Resolves source cells to partners, from the project's reference data. */
export class EntityResolver {
  private readonly keys = new Map<string, Set<string>>();
  private readonly kinds = new Map<string, 'country' | 'organization'>();
  /** Display names, by the key they are looked up under, for suggestions. */
  private readonly shown = new Map<string, string>();
  private world: Map<string, string> | undefined;

  constructor(reference: Pick<ReferenceData, 'countries' | 'organizations' | 'countryNames'>) {
    const english = new Intl.DisplayNames(['en'], { type: 'region' });
    for (const c of reference.countries) {
      this.kinds.set(c.iso3, 'country');
      const names = [c.name, english.of(c.iso2) ?? '', ...reference.countryNames.filter((n) => n.iso3 === c.iso3).map((n) => n.name)];
      // "Iran (Islamic Republic of)" is also written "Iran, Islamic Republic of".
      for (const name of names.filter(Boolean)) {
        this.add(name, c.iso3, true);
        this.add(name.replace(/\s*\(([^)]*)\)\s*$/, ', $1'), c.iso3, false);
      }
      for (const code of [c.iso3, c.iso2, c.m49, String(Number(c.m49))]) this.add(code, c.iso3, false);
    }
    for (const o of reference.organizations) {
      this.kinds.set(o.acronym, 'organization');
      this.add(o.acronym, o.acronym, true);
      this.add(o.name, o.acronym, true);
    }
  }

  private add(text: string, code: string, suggestible: boolean): void {
    const key = nameKey(text);
    if (key === '') return;
    let codes = this.keys.get(key);
    if (!codes) this.keys.set(key, (codes = new Set()));
    codes.add(code);
    if (suggestible && !this.shown.has(key)) this.shown.set(key, text);
  }

  /**
   * What a cell's text names.
   *
   * @param text
   *   A code or a name, as the source writes it.
   */
  resolve(text: string): EntityMatch {
    const key = nameKey(text);
    const codes = this.keys.get(key);
    if (codes && codes.size === 1) {
      const code = [...codes][0]!;
      return { kind: this.kinds.get(code)!, code };
    }
    if (codes) return { kind: 'ambiguous', codes: [...codes].sort() };
    this.world ??= worldNames();
    const country = this.world.get(key);
    if (country) return { kind: 'not-a-partner', name: country };
    const near = suggest(key, [...this.shown.keys()]);
    if (near === undefined) return { kind: 'unknown' };
    const code = [...this.keys.get(near)!][0]!;
    return { kind: 'unknown', suggestion: `${this.shown.get(near)} (${code})` };
  }
}
