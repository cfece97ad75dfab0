/** The French words (pipeline/i18n/fr.ts) and the sample's French chapters (content/2021/fr/). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../pipeline/content/parse.js';
import { chapterBlocks, checkTranslation } from '../../pipeline/content/translation.js';
import type { Message } from '../../pipeline/diagnostics/message.js';
import { fr, pluralOf } from '../../pipeline/i18n/fr.js';
import { LANGUAGES } from '../../pipeline/i18n/index.js';
import { STATUSES } from '../../pipeline/metrics/types.js';
import { chapter, compileChapters } from '../content/compile.js';
import { ROOT } from '../metrics/real.js';
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

describe('the sample chapters in French', () => {
  // The chapters the introduction's references point to, present so :ref finds them.
  const others = {
    'pillar-1.md': chapter('Texte.', 'id: pillar-1\ntitle: Initiatives régionales\npillar: I'),
    'pillar-2.md': chapter('Texte.', 'id: pillar-2\ntitle: Flux financiers illicites\npillar: II'),
    'pillar-3.md': chapter('Texte.', 'id: pillar-3\ntitle: Précurseurs\npillar: III'),
    'pillar-4.md': chapter('Texte.', 'id: pillar-4\ntitle: Prévention de l’usage de drogues et santé\npillar: IV'),
    'conclusions.md': chapter('Texte.', 'id: conclusions\ntitle: Conclusions et lacunes dans les données'),
  };
  const read = (name: string): string => readFileSync(join(ROOT, 'content', '2021', 'fr', name), 'utf8');

  it('compile against the project data with no message', () => {
    const result = compileChapters(
      { 'executive-summary.md': read('executive-summary.md'), 'introduction.md': read('introduction.md'), ...others },
      { edition: { language: 'fr' } },
    );
    expect(result.messages.map((m) => `${m.file}:${m.place?.line ?? 0}:${m.place?.column ?? 0} ${m.ruleId} ${m.value ?? ''}: ${m.reason}`)).toEqual([]);
    const [summary, introduction] = result.document.chapters;
    expect([summary?.title, introduction?.title]).toEqual(['Résumé', 'Introduction']);
  });

  it('hold the directives and blocks of their English sources, one for one', () => {
    for (const name of ['executive-summary.md', 'introduction.md']) {
      const side = (file: string) => {
        const text = readFileSync(join(ROOT, file), 'utf8');
        return { file, text, tree: parseMarkdown(text).tree };
      };
      const source = side(`content/2021/${name}`);
      const translation = side(`content/2021/fr/${name}`);
      const messages: Message[] = [];
      // As if brought up to date with the source as it is: only directives and blocks are compared.
      const hashes = chapterBlocks(source.tree, source.text).map((b) => b.hash);
      const stale = checkTranslation(source, translation, { hashes, place: { line: 1, column: 1 } }, messages);
      expect(messages.map((m) => `${m.file}:${m.place?.line ?? 0} ${m.reason}`)).toEqual([]);
      expect(stale.size).toBe(0);
    }
  });

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
