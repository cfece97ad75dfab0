/** The Russian words (pipeline/i18n/ru.ts) and the sample's Russian chapters (content/2021/ru/). */
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../pipeline/i18n/index.js';
import { pluralOf, ru } from '../../pipeline/i18n/ru.js';
import { STATUSES } from '../../pipeline/metrics/types.js';
import { chapter, compileChapters } from '../content/compile.js';
import { leaves } from './leaves.js';

describe('the Russian words', () => {
  it('give a text for every word of the report', () => {
    const all: [string, string][] = [];
    leaves(ru, 'ru', all);
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter(([path, text]) => text.trim() === '' && !path.endsWith('units.count') && path !== 'ru.acronymLead')).toEqual([]);
    for (const status of STATUSES) expect(ru.statuses[status]).toBeTruthy();
    expect(LANGUAGES.ru).toMatchObject({ lang: 'ru', locale: 'ru', dir: 'ltr', languageName: 'Русский' });
  });

  it('read back counts as Intl prints them for Russian, one, few, many and other', () => {
    const print = (n: number): string => new Intl.NumberFormat('ru').format(n);
    expect(print(1020)).toBe('1\u00a0020');
    expect([1, 21, 101, 1021].map((n) => pluralOf(print(n)))).toEqual(['one', 'one', 'one', 'one']);
    expect([2, 3, 4, 22, 1024].map((n) => pluralOf(print(n)))).toEqual(['few', 'few', 'few', 'few', 'few']);
    expect([0, 5, 11, 12, 14, 20, 25, 111, 1020].map((n) => pluralOf(print(n)))).toEqual(Array(9).fill('many'));
    expect([pluralOf('1,5'), pluralOf('2,0'), pluralOf('н/д')]).toEqual(['other', 'other', 'other']);
  });

  it('choose the noun form by the plural category of the count', () => {
    const w = ru.whatChanged;
    expect(w.summary('1', '2', '1')).toBe('Различия: 1 значение и 2 абзаца в 1 главе.');
    expect(w.summary('21', '5', '3')).toBe('Различия: 21 значение и 5 абзацев в 3 главах.');
    expect(w.summary('1\u00a0020', '11', '2')).toBe('Различия: 1\u00a0020 значений и 11 абзацев в 2 главах.');
    expect(w.summary('1,5', '22', '21')).toBe('Различия: 1,5 значения и 22 абзаца в 21 главе.');
    expect(ru.draftBannerIntro('1', '3')).toContain('1 ошибка и 3 предупреждения');
    expect(ru.draftBannerIntro('12', '21')).toContain('12 ошибок и 21 предупреждение');
    expect(ru.units.days('1', 'one')).toBe('1 день');
    expect(ru.units.days('3', 'few')).toBe('3 дня');
    expect(ru.units.days('48', 'many')).toBe('48 дней');
    expect(ru.percentagePoints('+2,5', 'other')).toBe('+2,5 процентного пункта');
    expect(ru.aggregateCoverage('45', '58', ru.reportedBy.country)).toBe('45 из 58 стран-партнеров');
    expect(ru.aggregateCoverage('20', '21', ru.reportedBy.organization)).toBe('20 из 21 организации-партнера');
    expect(ru.sourceLines('data/observations/heroin-seizures.csv', '4, 9', 2)).toBe('data/observations/heroin-seizures.csv, строки 4, 9');
  });

  it('know Russian ordinals in digits', () => {
    expect(['1-й', '26-го', '10-м', '3-я', '1990-х'].map(ru.prose.isOrdinal)).toEqual([true, true, true, true, true]);
    expect(['26', '26-летний', 'X-й'].map(ru.prose.isOrdinal)).toEqual([false, false, false]);
  });
});

describe('Russian prose', () => {
  it('are read by the prose check in Russian: a number typed by hand and a contradicted direction are found', () => {
    const typed = 'Изъятия героина составили 56 тонн, как указано в резолюции 56/3 и в пунктах 9–11 документа, 21 мая 2021 года.';
    const contradicted = 'Время ожидания лечения увеличилось с :metric{indicator=treatment-waiting-time entity="RP ANC" field=baseline} до :metric{indicator=treatment-waiting-time entity="RP ANC" field=current}.';
    const result = compileChapters({ 'c.md': chapter(`${typed}\n\n${contradicted}`) }, { edition: { language: 'ru' } });
    expect(result.messages.map((m) => `${m.ruleId} ${m.value}`)).toEqual(['content/typed-number 56', 'content/direction-contradicted увеличилось']);
  });
});
