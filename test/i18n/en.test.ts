import { describe, expect, it } from 'vitest';
import { en, LANGUAGES, stringsFor } from '../../pipeline/i18n/index.js';
import { STATUSES } from '../../pipeline/metrics/types.js';
import { chapter, compileChapters } from '../content/compile.js';

/** Every leaf of the strings: text, or a function's result for sample arguments. */
function leaves(value: unknown, path: string, out: [string, string][]): void {
  if (typeof value === 'string') out.push([path, value]);
  else if (typeof value === 'function') {
    // Words take texts, numbers or lists of texts: try texts first, then a list.
    const call = (...args: unknown[]): unknown => (value as (...args: unknown[]) => unknown)(...args);
    let result: unknown;
    try {
      result = call('X', 'other', 'Y');
    } catch {
      result = call(['X', 'Y']);
    }
    if (typeof result === 'string') out.push([path, result]);
  } else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) leaves(v, `${path}.${k}`, out);
}

describe('the English strings', () => {
  it('give a text for every word of the report', () => {
    const all: [string, string][] = [];
    leaves(en, 'en', all);
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter(([path, text]) => text.trim() === '' && !path.endsWith('units.count') && path !== 'en.acronymLead')).toEqual([]);
    for (const status of STATUSES) expect(en.statuses[status]).toBeTruthy();
  });

  it('are the only language so far; another is built in English with an error saying how to add it', () => {
    expect(Object.keys(LANGUAGES)).toEqual(['en']);
    expect(stringsFor('fr')).toBeUndefined();
    const result = compileChapters({ 'c.md': chapter('Texte.') }, { edition: { language: 'fr' } });
    expect(result.messages.map((m) => `${m.file} ${m.ruleId} ${m.value}`)).toEqual(['content/2021/edition.yaml content/language fr']);
    expect(result.messages[0]!.fix).toContain('pipeline/i18n/fr.ts');
  });
});
