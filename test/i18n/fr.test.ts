/** The French words (pipeline/i18n/fr.ts) and the sample's French chapters (content/2021/fr/). */
import { describe, expect, it } from 'vitest';
import { fr, pluralOf } from '../../pipeline/i18n/fr.js';
import { LANGUAGES } from '../../pipeline/i18n/index.js';
import { STATUSES } from '../../pipeline/metrics/types.js';
import { chapter, compileChapters } from '../content/compile.js';
import { leaves } from './leaves.js';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('the French words', () => {
  it('give a text for every word of the report', () => {
    const all: [string, string][] = [];
    leaves(fr, 'fr', all);
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter(([path, text]) => text.trim() === '' && !path.endsWith('units.count') && path !== 'fr.acronymLead')).toEqual([]);
    for (const status of STATUSES) expect(fr.statuses[status]).toBeTruthy();
    expect(LANGUAGES.fr).toMatchObject({ lang: 'fr', locale: 'fr', dir: 'ltr', languageName: 'Français' });
  });

  it('read back counts as Intl prints them for French: one, many and other', () => {
    const print = (n: number): string => new Intl.NumberFormat('fr').format(n);
    expect([print(1020), print(2.5)]).toEqual([`1${NNBSP}020`, '2,5']);
    // French counts 0, 1 and everything below 2 as one.
    expect([0, 1, -1, 1.5].map((n) => pluralOf(print(n)))).toEqual(['one', 'one', 'one', 'one']);
    expect([2, 21, 101, 1020, 10020, 2.5].map((n) => pluralOf(print(n)))).toEqual(Array(6).fill('other'));
    expect([1_000_000, 2_000_000].map((n) => pluralOf(print(n)))).toEqual(['many', 'many']);
    expect([pluralOf(`1${NBSP}000`), pluralOf('n.d.'), pluralOf(1), pluralOf(3), pluralOf('\u22121')]).toEqual(['other', 'other', 'one', 'other', 'one']);
  });

  it('choose the noun form by the plural category of the count', () => {
    const w = fr.whatChanged;
    expect(w.summary('1', '2', '1')).toBe(`Différences${NBSP}: 1 chiffre et 2 paragraphes, dans 1 chapitre.`);
    expect(w.summary(`10${NNBSP}020`, '0', '3')).toBe(`Différences${NBSP}: 10${NNBSP}020 chiffres et 0 paragraphe, dans 3 chapitres.`);
    expect(w.summary(`1${NNBSP}000${NNBSP}000`, '1,5', '2')).toBe(`Différences${NBSP}: 1${NNBSP}000${NNBSP}000 chiffres et 1,5 paragraphe, dans 2 chapitres.`);
    expect(w.otherFiguresNotPrinted('1')).toMatch(/^1 autre chiffre .* figure dans .* il n’est pas imprimé\.$/);
    expect(w.otherFiguresNotPrinted('12')).toMatch(/^Les 12 autres chiffres .* figurent dans .* ils ne sont pas imprimés\.$/);
    expect(fr.draftBannerIntro('1', '3')).toContain('1 erreur et 3 avertissements');
    expect(fr.draftBannerIntro(`1${NNBSP}020`, '0')).toContain(`1${NNBSP}020 erreurs et 0 avertissement`);
    expect(fr.draftBannerList('1')).toBe('Le problème, avec son emplacement et la façon de le corriger');
    expect(fr.draftBannerList('12')).toMatch(/^Les 12 problèmes/);
    expect(fr.units.days('1', 'one')).toBe(`1${NBSP}jour`);
    expect(fr.units.days('48', 'other')).toBe(`48${NBSP}jours`);
    expect(fr.units.days(`1${NNBSP}000${NNBSP}000`, 'many')).toBe(`1${NNBSP}000${NNBSP}000${NBSP}jours`);
    expect(fr.percentagePoints('+2,5', 'other')).toBe(`+2,5${NBSP}points de pourcentage`);
    expect(fr.percentagePoints('+1,5', 'one')).toBe(`+1,5${NBSP}point de pourcentage`);
    expect(fr.percent('45,6')).toBe(`45,6${NNBSP}%`);
    expect(fr.sourceLines('data/observations/heroin-seizures.csv', '4', 1)).toBe('data/observations/heroin-seizures.csv, ligne 4');
    expect(fr.sourceLines('data/observations/heroin-seizures.csv', '4, 9', 2)).toBe('data/observations/heroin-seizures.csv, lignes 4, 9');
    expect(fr.methodology.baselineFallback('1')).toContain('un intervalle de 1 an,');
    expect(fr.methodology.baselineFallback('2')).toContain('un intervalle de 2 ans,');
    expect(fr.annexes.partnerCountriesIntro('58')).toMatch(/^Les 58 pays partenaires/);
  });

  it('write French punctuation: no-break spaces before : ; and in « »', () => {
    expect(fr.notReportedNote(['France', 'Italie', 'Malte'], '2021')).toBe(`Non communiqué (aucun chiffre jusqu’en 2021)${NBSP}: France, Italie et Malte.`);
    expect(fr.fields.statusCount('amélioration')).toBe(`entités dont la situation est «${NBSP}amélioration${NBSP}»`);
    expect(fr.pillarTitle('I', 'Initiatives régionales')).toBe(`Pilier I${NBSP}: Initiatives régionales`);
    const all: [string, string][] = [];
    leaves(fr, 'fr', all);
    // No ordinary space before high punctuation, and none inside the quotation marks.
    expect(all.filter(([, text]) => / [:;?!»]|« /.test(text))).toEqual([]);
  });

  it('know French ordinals in digits', () => {
    expect(['1er', '1re', '1ère', '2e', '2nd', '56e', '3ème', '1ers'].map(fr.prose.isOrdinal)).toEqual(Array(8).fill(true));
    expect(['26', '2021', 'Xe', '26a', '2ex'].map(fr.prose.isOrdinal)).toEqual([false, false, false, false, false]);
  });
});

describe('French prose', () => {
  it('are read by the prose check in French: typed numbers, days, names, ordinals and contradicted directions', () => {
    const typed =
      'Il a été saisi 56 tonnes, selon la résolution 56/3, les paragraphes 9 à 11 et la 56e session, tenue du 21 au 22 mai 2021 (voir la figure 3).';
    const contradicted =
      'Le délai d’attente médian a augmenté de :metric{indicator=treatment-waiting-time entity="RP ANC" field=baseline} à :metric{indicator=treatment-waiting-time entity="RP ANC" field=current}.';
    const result = compileChapters({ 'c.md': chapter(`${typed}\n\n${contradicted}`) }, { edition: { language: 'fr' } });
    expect(result.messages.map((m) => `${m.ruleId} ${m.value}`)).toEqual([
      'content/typed-number 56',
      'content/typed-number 3',
      'content/direction-contradicted augmenté',
    ]);
  });
});
