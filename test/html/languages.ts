/**
 * Reports in Arabic and in Chinese made in the tests: a chapter written in the language (with a
 * UN symbol, an acronym, figures, a table, a list, emphasis), compiled against the project's
 * data and rendered with the English words under the language's tag and direction (and its
 * words for the draft mark and page numbers), as a multi-language edition's report in a
 * language with a sample translation. The figures' unit words stay English: the words are not
 * what these reports test.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryCache, renderCharts } from '../../pipeline/charts/index.js';
import type { CompiledDocument } from '../../pipeline/content/types.js';
import { renderHtml } from '../../pipeline/html/index.js';
import { en, type Strings } from '../../pipeline/i18n/index.js';
import { chapter, compileChapters, realMetrics } from '../content/compile.js';
import { realDataset } from '../metrics/real.js';

export interface LanguageReport {
  lang: 'ar' | 'zh';
  strings: Strings;
  document: CompiledDocument;
  html: string;
  /** The HTML written to a temporary file, absolute. */
  path: string;
}

/** A word of the Arabic chapter whose letters join: "المخدرات" (drugs). */
export const ARABIC_WORD = 'المخدرات';

const CHAPTERS = {
  ar: {
    title: 'مقدمة التقرير',
    strings: { draftMark: 'مسودة', pageNumber: 'الصفحة {page} من {pages}', otherLanguages: 'اللغات الأخرى', sampleTranslation: 'ترجمة نموذجية لم تحررها دوائر الترجمة في الأمم المتحدة.' },
    body: [
      'يعرض هذا الفصل التقدم المحرز في تنفيذ إعلان فيينا E/CN.7/2012/17 الذي اعتمده الشركاء بدعم من UNODC في مكافحة المخدرات. ارتفعت المضبوطات من :metric{indicator=heroin-seizures field=baseline} إلى :metric{indicator=heroin-seizures field=current}، أي بتغير قدره :metric{indicator=heroin-seizures field=relative_change}.',
      '## مكافحة الاتجار بالمخدرات',
      '- البند الأول من القائمة\n- البند الثاني من القائمة',
      '*نص مائل* و**نص عريض** في الفقرة.',
      '::indicator-table[مضبوطات الهيروين]{#tab-heroin indicator=heroin-seizures}',
      '::chart[الاجتماعات]{#fig-ewg kind=ewg-timeline}',
    ],
  },
  zh: {
    title: '报告导言',
    strings: { draftMark: '草稿', pageNumber: '第 {page} 页，共 {pages} 页', otherLanguages: '其他语文', sampleTranslation: '样本翻译，未经联合国翻译部门编辑。' },
    body: [
      '本章介绍执行《维也纳宣言》E/CN.7/2012/17的进展，由UNODC支持打击毒品贩运。缉获量从:metric{indicator=heroin-seizures field=baseline}增至:metric{indicator=heroin-seizures field=current}，变化为:metric{indicator=heroin-seizures field=relative_change}。',
      '## 打击毒品贩运',
      '- 第一项\n- 第二项',
      '*强调文字*和**粗体文字**。',
      '::indicator-table[海洛因缉获量]{#tab-heroin indicator=heroin-seizures}',
      '::chart[会议]{#fig-ewg kind=ewg-timeline}',
    ],
  },
} as const;

const cache = new Map<string, Promise<LanguageReport>>();

/**
 * The report in a language, made once per test run.
 *
 * @param lang
 *   ar (right to left) or zh.
 */
export function languageReport(lang: 'ar' | 'zh'): Promise<LanguageReport> {
  let found = cache.get(lang);
  if (!found) cache.set(lang, (found = make(lang)));
  return found;
}

async function make(lang: 'ar' | 'zh'): Promise<LanguageReport> {
  const source = CHAPTERS[lang];
  const strings: Strings = { ...en, ...source.strings, lang, dir: lang === 'ar' ? 'rtl' : 'ltr' };
  const result = compileChapters({ 'intro.md': chapter(source.body.join('\n\n'), `id: intro\ntitle: ${source.title}`) }, { mode: 'draft' });
  const unexpected = result.messages.filter((m) => m.severity === 'error');
  if (unexpected.length > 0) throw new Error(`the ${lang} chapter does not compile: ${unexpected.map((m) => m.reason).join('; ')}`);
  const document: CompiledDocument = {
    ...result.document,
    edition: { ...result.document.edition, language: lang },
    languages: [
      { lang: 'en', name: 'English', href: 'report.html', current: false },
      { lang: 'ar', name: 'العربية', href: 'report.ar.html', current: lang === 'ar' },
      { lang: 'zh', name: '中文', href: 'report.zh.html', current: lang === 'zh' },
    ],
    sampleTranslation: true,
  };
  const figures = await renderCharts(result.chartRequests, { dataset: realDataset(), metrics: realMetrics(), edition: { year: 2021, previous: 2014 } }, { workers: 0, cache: memoryCache() });
  const html = await renderHtml(document, figures, { mode: 'draft', warnings: [], strings, buildStamp: { edition: 2021, dataFingerprint: 'sha256:test', buildTime: '2026-01-01T00:00:00Z' } });
  const path = join(mkdtempSync(join(tmpdir(), `vdr-${lang}-`)), `report.${lang}.html`);
  writeFileSync(path, html);
  return { lang, strings, document, html, path };
}
