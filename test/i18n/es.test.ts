/** The Spanish words (pipeline/i18n/es.ts) and the sample's Spanish chapters (content/2021/es/). */
import { describe, expect, it } from 'vitest';
import { es, pluralOf } from '../../pipeline/i18n/es.js';
import { LANGUAGES } from '../../pipeline/i18n/index.js';
import { STATUSES } from '../../pipeline/metrics/types.js';
import { chapter, compileChapters } from '../content/compile.js';
import { leaves } from './leaves.js';

describe('the Spanish words', () => {
  it('give a text for every word of the report', () => {
    const all: [string, string][] = [];
    leaves(es, 'es', all);
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter(([path, text]) => text.trim() === '' && !path.endsWith('units.count') && path !== 'es.acronymLead')).toEqual([]);
    for (const status of STATUSES) expect(es.statuses[status]).toBeTruthy();
    expect(LANGUAGES.es).toMatchObject({ lang: 'es', locale: 'es', dir: 'ltr', languageName: 'Español' });
  });

  it('read back counts as Intl prints them for Spanish: one, many and other', () => {
    const print = (n: number): string => new Intl.NumberFormat('es').format(n);
    expect([print(1020), print(10020), print(2.5)]).toEqual(['1020', '10.020', '2,5']);
    expect([1, -1].map((n) => pluralOf(print(n)))).toEqual(['one', 'one']);
    expect([0, 2, 21, 101, 1020, 10020, 2.5].map((n) => pluralOf(print(n)))).toEqual(Array(7).fill('other'));
    expect([1_000_000, 2_000_000].map((n) => pluralOf(print(n)))).toEqual(['many', 'many']);
    expect([pluralOf('1,5'), pluralOf('n.\u00a0d.'), pluralOf(1), pluralOf(3)]).toEqual(['other', 'other', 'one', 'other']);
  });

  it('choose the noun form by the plural category of the count', () => {
    const w = es.whatChanged;
    expect(w.summary('1', '2', '1')).toBe('Hay diferencias en 1 cifra y 2 párrafos de 1 capítulo.');
    expect(w.summary('10.020', '0', '3')).toBe('Hay diferencias en 10.020 cifras y 0 párrafos de 3 capítulos.');
    expect(w.summary('1.000.000', '1,5', '2')).toBe('Hay diferencias en 1.000.000 cifras y 1,5 párrafos de 2 capítulos.');
    expect(w.otherFiguresNotPrinted('1')).toMatch(/^La otra cifra .* no se imprime\.$/);
    expect(w.otherFiguresNotPrinted('12')).toMatch(/^Las otras 12 cifras .* no se imprimen\.$/);
    expect(es.draftBannerIntro('1', '3')).toContain('1 error y 3 advertencias');
    expect(es.draftBannerIntro('12', '1')).toContain('12 errores y 1 advertencia');
    expect(es.units.days('1', 'one')).toBe('1 día');
    expect(es.units.days('48', 'other')).toBe('48 días');
    expect(es.units.days('1.000.000', 'many')).toBe('1.000.000 días');
    expect(es.percentagePoints('+2,5', 'other')).toBe('+2,5 puntos porcentuales');
    expect(es.percentagePoints('+1,0', 'one')).toBe('+1,0 punto porcentual');
    expect(es.percent('45,6')).toBe('45,6%');
    expect(es.sourceLines('data/observations/heroin-seizures.csv', '4', 1)).toBe('data/observations/heroin-seizures.csv, línea 4');
    expect(es.sourceLines('data/observations/heroin-seizures.csv', '4, 9', 2)).toBe('data/observations/heroin-seizures.csv, líneas 4, 9');
    expect(es.methodology.baselineFallback('1')).toContain('un margen de 1 año,');
    expect(es.methodology.baselineFallback('2')).toContain('un margen de 2 años,');
  });

  it('join lists with "y", and "e" before the sound i', () => {
    expect(es.notReportedNote(['Francia', 'Italia'], '2021')).toBe('No comunicado (ninguna cifra hasta 2021): Francia e Italia.');
    expect(es.notReportedNote(['Albania', 'Chipre', 'Irlanda'], '2021')).toBe('No comunicado (ninguna cifra hasta 2021): Albania, Chipre e Irlanda.');
    expect(es.notReportedNote(['Italia', 'Francia'], '2021')).toBe('No comunicado (ninguna cifra hasta 2021): Italia y Francia.');
  });

  it('know Spanish ordinals in digits', () => {
    expect(['1.º', '2.ª', '56º', '1.er', '3er'].map(es.prose.isOrdinal)).toEqual([true, true, true, true, true]);
    expect(['26', '2021', 'Xº', '26a'].map(es.prose.isOrdinal)).toEqual([false, false, false, false]);
  });
});

describe('Spanish prose', () => {
  it('are read by the prose check in Spanish: typed numbers, days, names and contradicted directions', () => {
    const typed =
      'Se incautaron 56 toneladas, según la resolución 56/3, los párrafos 9 a 11 y el 56º período de sesiones, celebrado del 21 al 22 de mayo de 2021 (véase la figura 3).';
    const contradicted =
      'La mediana del tiempo de espera aumentó de :metric{indicator=treatment-waiting-time entity="RP ANC" field=baseline} a :metric{indicator=treatment-waiting-time entity="RP ANC" field=current}.';
    const result = compileChapters({ 'c.md': chapter(`${typed}\n\n${contradicted}`) }, { edition: { language: 'es' } });
    expect(result.messages.map((m) => `${m.ruleId} ${m.value}`)).toEqual([
      'content/typed-number 56',
      'content/typed-number 3',
      'content/direction-contradicted aumentó',
    ]);
  });
});
