/** The Simplified Chinese words (pipeline/i18n/zh.ts) and the sample's Chinese chapters (content/2021/zh/). */
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../pipeline/i18n/index.js';
import { pluralOf, zh } from '../../pipeline/i18n/zh.js';
import { STATUSES } from '../../pipeline/metrics/types.js';
import { chapter, compileChapters } from '../content/compile.js';
import { leaves } from './leaves.js';

describe('the Chinese words', () => {
  it('give a text for every word of the report', () => {
    const all: [string, string][] = [];
    leaves(zh, 'zh', all);
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter(([path, text]) => text.trim() === '' && !path.endsWith('units.count') && path !== 'zh.acronymLead')).toEqual([]);
    for (const status of STATUSES) expect(zh.statuses[status]).toBeTruthy();
    expect(LANGUAGES.zh).toMatchObject({ lang: 'zh-Hans', locale: 'zh', dir: 'ltr', languageName: '中文' });
  });

  it('read back counts as Intl prints them for Chinese, whose one category is other', () => {
    const print = (n: number): string => new Intl.NumberFormat('zh').format(n);
    expect([print(1020), print(2.5)]).toEqual(['1,020', '2.5']);
    expect(new Intl.PluralRules('zh').resolvedOptions().pluralCategories).toEqual(['other']);
    expect([0, 1, 2, 5, 21, 1020, 1_000_000, 2.5].map((n) => pluralOf(print(n)))).toEqual(Array(8).fill('other'));
    expect([pluralOf('-1'), pluralOf('\u22121'), pluralOf('不详'), pluralOf(1)]).toEqual(['other', 'other', 'other', 'other']);
  });

  it('put the measure word the plural category chooses after each count, with no space', () => {
    const w = zh.whatChanged;
    expect(w.summary('1', '2', '1')).toBe('1个数字和2个段落有所不同，涉及1章。');
    expect(w.summary('1,020', '0', '3')).toBe('1,020个数字和0个段落有所不同，涉及3章。');
    expect(w.otherFiguresNotPrinted('12')).toMatch(/^国家、组织、区域和方案的其余12个数字列于 HTML 版报告/);
    expect(zh.draftBannerIntro('1', '3')).toContain('1个错误和3个警告');
    expect(zh.units.days('12', pluralOf('12'))).toBe('12天');
    expect(zh.units.kg('56,075.6', 'other')).toBe('56,075.6公斤');
    expect(zh.percentagePoints('+2.5', pluralOf('+2.5'))).toBe('+2.5个百分点');
    expect(zh.aggregateCoverage('45', '58', zh.reportedBy.country)).toBe('58个伙伴国家中的45个');
    expect(zh.notReportedNote(['阿富汗', '阿尔巴尼亚', '亚美尼亚'], '2021')).toBe('未报告（截至2021年无数字）：阿富汗、阿尔巴尼亚和亚美尼亚。');
  });

  it('write the numbered parts in Chinese order, the number between 第 and its noun', () => {
    expect([zh.chapter('3'), zh.figure('3.2'), zh.table('1'), zh.annex('II')]).toEqual(['第3章', '图3.2', '表1', '附件II']);
    expect(zh.prose.isOrdinal('26')).toBe(false);
  });
});

describe('Chinese prose', () => {
  it('are read by the prose check in Chinese, written without spaces: names, dates and ranges pass', () => {
    const names =
      '麻醉药品委员会第56/3号决议、安全理事会第2274(2016)号决议和第9至11段、第21、22段；会议于2003年5月21日及2012年10月至2021年10月举行，见E/CN.7/2014/14号文件（2012-2014年）。';
    const result = compileChapters({ 'c.md': chapter(names) }, { edition: { language: 'zh' } });
    expect(result.messages.map((m) => `${m.ruleId} ${m.value}`)).toEqual([]);
  });

  it('are read by the prose check in Chinese: a number typed by hand, a typed cross-reference and a contradicted direction are found', () => {
    const typed = '海洛因缉获量为56吨，见图3.2。';
    const contradicted =
      'RP ANC 的中位等待时间从:metric{indicator=treatment-waiting-time entity="RP ANC" field=baseline}增加到:metric{indicator=treatment-waiting-time entity="RP ANC" field=current}；海洛因缉获量有所上升（:metric{indicator=heroin-seizures entity=all field=relative_change}）。';
    const result = compileChapters({ 'c.md': chapter(`${typed}\n\n${contradicted}`) }, { edition: { language: 'zh' } });
    expect(result.messages.map((m) => `${m.ruleId} ${m.value}`)).toEqual([
      'content/typed-number 56',
      'content/typed-number 3.2',
      'content/direction-contradicted 增加到',
    ]);
    // 图3.2 is read as a cross-reference typed by hand: :ref gives it.
    expect(result.messages[1]?.reason).toContain('figure, table, chapter');
  });
});
