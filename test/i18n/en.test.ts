import { describe, expect, it } from 'vitest';
import { en, LANGUAGES, stringsFor } from '../../pipeline/i18n/index.js';
import { STATUSES } from '../../pipeline/metrics/types.js';
import { chapter, compileChapters } from '../content/compile.js';
import { leaves } from './leaves.js';

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
