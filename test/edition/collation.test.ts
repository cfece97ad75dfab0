/**
 * Lists a reader sees sorted as the report's language sorts (Intl.Collator through byName): "Égypte"
 * with the E's in French, Chinese by the zh collator (pinyin), English as before.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Element, ElementContent } from 'hast';
import { countriesAnnex, organizationsAnnex } from '../../pipeline/content/annexes/reference.js';
import { Formatter } from '../../pipeline/content/format.js';
import type { CompileState } from '../../pipeline/content/state.js';
import { datasetInLanguage } from '../../pipeline/edition/reference-language.js';
import { en } from '../../pipeline/i18n/index.js';
import { byCode, byName } from '../../pipeline/io/order.js';
import type { Dataset, Language } from '../../pipeline/model.js';
import { FRENCH, removeProjects, validateWith } from '../validate/translations-project.js';

afterAll(removeProjects);

describe('byName', () => {
  it('sorts French names with their accented letters, where code units put them last', () => {
    const names = ['Zambie', 'Égypte', 'Estonie', 'Allemagne', 'Émirats arabes unis', 'États-Unis d’Amérique'];
    expect([...names].sort(byName('fr'))).toEqual(['Allemagne', 'Égypte', 'Émirats arabes unis', 'Estonie', 'États-Unis d’Amérique', 'Zambie']);
    expect([...names].sort(byCode).slice(-3)).toEqual(['Égypte', 'Émirats arabes unis', 'États-Unis d’Amérique']);
  });

  it('sorts Chinese names by the zh collator (pinyin), not by code point', () => {
    const names = ['伊朗', '阿富汗', '塞尔维亚', '巴基斯坦', '奥地利', '哈萨克斯坦'];
    expect([...names].sort(byName('zh'))).toEqual(['阿富汗', '奥地利', '巴基斯坦', '哈萨克斯坦', '塞尔维亚', '伊朗']);
    expect([...names].sort(byCode)).not.toEqual([...names].sort(byName('zh')));
  });

  it('orders names the collator finds equal by code unit, so that the order is total', () => {
    expect(['a\u0301', '\u00e1'].sort(byName('en'))).toEqual(['\u00e1', 'a\u0301'].sort(byCode));
    expect(byName('ar-u-nu-arab')('ب', 'أ')).toBeGreaterThan(0);
  });
});

describe('annexes sorted in the report language', () => {
  const { dataset } = validateWith({ 'fr.yaml': FRENCH });
  if (!dataset) throw new Error('the French test project does not validate');

  /** The first cell of each body row of the annex's table. */
  const firstColumn = (content: ElementContent[]): string[] => {
    const rows: string[] = [];
    const walk = (node: ElementContent): void => {
      if (node.type !== 'element') return;
      if (node.tagName === 'tr' && node.children.some((c) => c.type === 'element' && c.tagName === 'td')) {
        const cell = node.children.find((c): c is Element => c.type === 'element');
        rows.push(text(cell!));
        return;
      }
      node.children.forEach(walk);
    };
    content.forEach(walk);
    return rows;
  };
  const text = (node: ElementContent): string => (node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(text).join('') : '');
  const state = (data: Dataset, language: Language): CompileState => {
    const strings = { ...en, locale: language };
    return { strings, format: new Formatter(strings, data.units), dataset: data, edition: { year: 2021 } } as unknown as CompileState;
  };

  it('sorts the partner countries by their name in the language', () => {
    expect(firstColumn(countriesAnnex(state(dataset, 'en')))).toEqual([
      'Afghanistan (Islamic Republic of)',
      'Austria',
      'Iran (Islamic Republic of)',
      'Kazakhstan',
      'Pakistan (Islamic Republic of)',
      'Serbia',
    ]);
    expect(firstColumn(countriesAnnex(state(datasetInLanguage(dataset, 'fr'), 'fr')))).toEqual(['Afghanistan', 'Autriche', 'Iran (République islamique d’)', 'Kazakhstan', 'Pakistan', 'Serbie']);
    expect(firstColumn(countriesAnnex(state(datasetInLanguage(dataset, 'zh'), 'zh')))).toEqual(['阿富汗', '奥地利', '巴基斯坦', '哈萨克斯坦', '塞尔维亚', '伊朗']);
  });

  it('sorts and prints the organizations by the acronym the language uses', () => {
    expect(firstColumn(organizationsAnnex(state(dataset, 'en')))).toEqual(['CARICC', 'SELEC', 'UNODC']);
    expect(firstColumn(organizationsAnnex(state(datasetInLanguage(dataset, 'fr'), 'fr')))).toEqual(['CARICC', 'ONUDC', 'SELEC']);
  });
});
