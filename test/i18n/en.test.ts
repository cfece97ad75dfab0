import { describe, expect, it } from 'vitest';
import { en, LANGUAGES, stringsFor, type Strings } from '../../pipeline/i18n/index.js';
import { STATUSES } from '../../pipeline/metrics/types.js';
import { chapter, compileChapters } from '../content/compile.js';
import { leaves } from './leaves.js';

describe('the English strings', () => {
  it('give a text for every word of the report', () => {
    const all = leavesOf(en).map(([path, text]): [string, string] => [`en${path}`, text]);
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter(([path, text]) => text.trim() === '' && !path.endsWith('units.count') && path !== 'en.acronymLead')).toEqual([]);
    for (const status of STATUSES) expect(en.statuses[status]).toBeTruthy();
  });

  it('are one of the six UN languages, each with every word, Arabic-Indic digits on request', () => {
    expect(Object.keys(LANGUAGES).sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
    // Every language gives every word English gives (its lists may be longer), and none else.
    const paths = (strings: Strings): string[] => [...new Set(leavesOf(strings).map(([path]) => path.replace(/\.\d+$/, '')))].sort();
    for (const [language, strings] of Object.entries(LANGUAGES)) expect(paths(strings), language).toEqual(paths(en));
    expect(stringsFor('ar').locale).not.toContain('-u-nu-arab');
    expect(new Intl.NumberFormat(stringsFor('ar', 'arab').locale).format(1234.5)).toBe('١٬٢٣٤٫٥');
    expect(stringsFor('ar', 'arab')).toBe(stringsFor('ar', 'arab'));
    const result = compileChapters({ 'c.md': chapter('Texte.') }, { edition: { language: 'fr' } });
    expect(result.messages).toEqual([]);
    expect(result.document.edition.language).toBe('fr');
  });
});

/** The leaves of a language's words, the charts' left out (their words take a chart's figures; test/charts/languages.test.ts tries them). */
function leavesOf(strings: Strings): [string, string][] {
  const { charts: _charts, ...words } = strings;
  const all: [string, string][] = [];
  leaves(words, '', all);
  return all;
}
