/** The Arabic words (pipeline/i18n/ar.ts) and the sample's Arabic chapters (content/2021/ar/). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ar, pluralOf } from '../../pipeline/i18n/ar.js';
import { LANGUAGES, stringsFor } from '../../pipeline/i18n/index.js';
import { STATUSES } from '../../pipeline/metrics/types.js';
import { datasetInLanguage } from '../../pipeline/edition/reference-language.js';
import { chapter, compileChapters, realMetrics } from '../content/compile.js';
import { realDataset, ROOT } from '../metrics/real.js';
import { leaves } from './leaves.js';

/** Bidi controls: the HTML isolates the Latin inside Arabic, the words never write them. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('the Arabic words', () => {
  it('give a text for every word of the report, right to left and with no bidi control', () => {
    const all: [string, string][] = [];
    leaves(ar, 'ar', all);
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter(([path, text]) => text.trim() === '' && !path.endsWith('units.count') && path !== 'ar.acronymLead')).toEqual([]);
    expect(all.filter(([, text]) => BIDI_CONTROLS.test(text))).toEqual([]);
    for (const status of STATUSES) expect(ar.statuses[status]).toBeTruthy();
    expect(LANGUAGES.ar).toMatchObject({ lang: 'ar', locale: 'ar', dir: 'rtl', languageName: 'العربية' });
    expect(LANGUAGES.ar?.charts).toBeDefined();
    expect(stringsFor('ar', 'arab')?.locale).toBe('ar-u-nu-arab');
  });

  it('read back counts as Intl prints them for Arabic, in Western or Arabic-Indic digits, into all six categories', () => {
    const latn = (n: number): string => new Intl.NumberFormat('ar').format(n);
    const arab = (n: number): string => new Intl.NumberFormat('ar-u-nu-arab').format(n);
    expect([latn(1020), arab(1020.5), latn(-3)]).toEqual(['1,020', '١٬٠٢٠٫٥', '\u200e-3']);
    const counts = [0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 111, 1020, 1.5];
    const categories = ['zero', 'one', 'two', 'few', 'few', 'many', 'many', 'other', 'other', 'few', 'many', 'many', 'other'];
    expect(counts.map((n) => pluralOf(latn(n)))).toEqual(categories);
    expect(counts.map((n) => pluralOf(arab(n)))).toEqual(categories);
    expect(counts.map((n) => pluralOf(n))).toEqual(categories);
    expect([pluralOf(latn(-2)), pluralOf('\u22121'), pluralOf('غير متاح'), pluralOf('')]).toEqual(['two', 'one', 'other', 'other']);
  });

  it('write a count with the noun form of its category: one and two in words, 3 to 10 plural, 11 to 99 accusative, 100 singular', () => {
    const w = ar.whatChanged;
    expect(w.summary('1', '2', '1')).toBe('الاختلافات: رقم واحد وفقرتان، في فصل واحد.');
    expect(w.summary('3', '11', '2')).toBe('الاختلافات: 3 أرقام و11 فقرة، في فصلين.');
    expect(w.summary('1,020', '0', '100')).toBe('الاختلافات: 1,020 رقماً و0 فقرة، في 100 فصل.');
    expect(w.summary('١١', '٣', '١٠٣')).toBe('الاختلافات: ١١ رقماً و٣ فقرات، في ١٠٣ فصول.');
    expect([w.otherFigures('2'), w.otherFigures('5')]).toEqual(['رقمان آخران بشأن البلدان والمنظمات والمناطق والبرامج', '5 أرقام أخرى بشأن البلدان والمنظمات والمناطق والبرامج']);
    expect(w.otherFiguresNotPrinted('1')).toMatch(/^يرد .* رقم آخر .* ولا يُطبع\.$/);
    expect(w.otherFiguresNotPrinted('2')).toMatch(/^يرد .* رقمان آخران .* ولا يُطبعان\.$/);
    expect(w.otherFiguresNotPrinted('12')).toMatch(/^ترد .* وعددها 12، ولا تُطبع\.$/);
    expect(ar.draftBannerIntro('1', '2')).toContain('خطأ واحد وتحذيران.');
    expect(ar.draftBannerIntro('5', '11')).toContain('5 أخطاء و11 تحذيراً.');
    expect(ar.draftBannerIntro('100', '0')).toContain('100 خطأ و0 تحذير.');
    expect([ar.draftBannerList('1'), ar.draftBannerList('2')]).toEqual(['المشكلة، مع بيان موضعها وطريقة تصحيحها', 'المشكلتان، حسب الملف، مع بيان موضع كل منهما وطريقة تصحيحها']);
    expect(ar.draftBannerList('12')).toMatch(/^المشاكل، وعددها 12،/);
    expect(['1', '2', '3', '11', '100'].map((n) => ar.methodology.baselineFallback(n).match(/في حدود (.*?)،/)?.[1])).toEqual(['سنة واحدة', 'سنتين', '3 سنوات', '11 سنة', '100 سنة']);
    expect(ar.sourceLines('data/observations/heroin-seizures.csv', '4', 1)).toBe('data/observations/heroin-seizures.csv، السطر 4');
    expect(ar.sourceLines('data/observations/heroin-seizures.csv', '4, 9', 2)).toBe('data/observations/heroin-seizures.csv، الأسطر 4, 9');
  });

  it('write units after a figure that keeps its digits, by the category Intl gives the figure', () => {
    expect(['one', 'two', 'few', 'many', 'other'].map((c) => ar.units.days('n', c as Intl.LDMLPluralRule))).toEqual(['n يوم', 'n يوم', 'n أيام', 'n يوماً', 'n يوم']);
    expect(ar.percentagePoints('+2.5', 'other')).toBe('+2.5 نقطة مئوية');
    expect(ar.percentagePoints('+3', 'few')).toBe('+3 نقاط مئوية');
    expect(ar.percent('45.6')).toBe('45.6 في المائة');
    expect(ar.units.kg('1,234.5', 'other')).toBe('1,234.5 كغ');
  });

  it('write Arabic punctuation and lists, and pillars with Arabic ordinals', () => {
    expect(ar.notReportedNote(['فرنسا', 'إيطاليا', 'مالطة'], '2021')).toBe('لم يُبلَّغ عنها (لا رقم حتى عام 2021): فرنسا وإيطاليا ومالطة.');
    expect(ar.pillarTitle('I', 'المبادرات الإقليمية')).toBe('الركيزة الأولى: المبادرات الإقليمية');
    expect(ar.pillarTitle('IV', 'الوقاية من المخدرات والصحة')).toBe('الركيزة الرابعة: الوقاية من المخدرات والصحة');
    expect(ar.sourceNote('المكتب')).toBe('المصدر: المكتب.');
    expect(ar.sourceNote('المكتب؟')).toBe('المصدر: المكتب؟');
  });

  it('never make an ordinal of digits and letters', () => {
    expect(['1', '26th', '2021', '56/3'].map(ar.prose.isOrdinal)).toEqual([false, false, false, false]);
  });
});

describe('the sample chapters in Arabic', () => {
  // The chapters the introduction's references point to, present so :ref finds them.
  const others = {
    'pillar-1.md': chapter('نص.', 'id: pillar-1\ntitle: المبادرات الإقليمية\npillar: I'),
    'pillar-2.md': chapter('نص.', 'id: pillar-2\ntitle: التدفقات المالية غير المشروعة\npillar: II'),
    'pillar-3.md': chapter('نص.', 'id: pillar-3\ntitle: السلائف\npillar: III'),
    'pillar-4.md': chapter('نص.', 'id: pillar-4\ntitle: الوقاية من المخدرات والصحة\npillar: IV'),
    'conclusions.md': chapter('نص.', 'id: conclusions\ntitle: الاستنتاجات والثغرات في البيانات'),
  };
  const read = (name: string): string => readFileSync(join(ROOT, 'content', '2021', 'ar', name), 'utf8');

  it('compile against the project data, named in Arabic (data/reference/translations/ar.yaml), with no message', () => {
    const result = compileChapters(
      { 'executive-summary.md': read('executive-summary.md'), 'introduction.md': read('introduction.md'), ...others },
      { edition: { language: 'ar' }, dataset: datasetInLanguage(realDataset(), 'ar'), metrics: realMetrics() },
    );
    expect(result.messages.map((m) => `${m.file}:${m.place?.line ?? 0}:${m.place?.column ?? 0} ${m.ruleId} ${m.value ?? ''}: ${m.reason}`)).toEqual([]);
    const [summary, introduction] = result.document.chapters;
    expect([summary?.title, introduction?.title]).toEqual(['الملخص التنفيذي', 'مقدمة']);
    // RP ANC, kept as a code, is written out in Arabic where the report first uses it.
    expect(JSON.stringify(summary)).toContain('البرنامج الإقليمي لأفغانستان والبلدان المجاورة (');
  });

  it('are read by the prose check in Arabic: typed numbers, names with joined letters, days, ؛ and contradicted directions', () => {
    const typed =
      'ضُبط 56 طناً، وفقاً لقرارها 56/3 والفقرات 9 إلى 11 و12، في اجتماع عُقد يومي 21 و22 أيار/مايو 2021 (انظر الشكل 3).';
    // The waiting time fell in RP ANC. A direction word is read with the metrics of its clause only: ؛ ends a clause.
    const contradicted =
      'ارتفعت مدة الانتظار الوسيطة من :metric{indicator=treatment-waiting-time entity="RP ANC" field=baseline} إلى :metric{indicator=treatment-waiting-time entity="RP ANC" field=current}.';
    const separated = 'ارتفعت أرقام أخرى؛ أما مدة الانتظار فبلغت :metric{indicator=treatment-waiting-time entity="RP ANC" field=current}.';
    const result = compileChapters({ 'c.md': chapter(`${typed}\n\n${contradicted}\n\n${separated}`) }, { edition: { language: 'ar' } });
    expect(result.messages.map((m) => `${m.ruleId} ${m.value}`)).toEqual(['content/typed-number 56', 'content/typed-number 3', 'content/direction-contradicted ارتفعت']);
  });
});
