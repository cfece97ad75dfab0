/**
 * The generated words of reports in other languages: punctuation in the language's marks, Latin
 * acronyms and symbols found inside Chinese text, the annexes' notes on translated reference data,
 * and an Arabic report with Arabic-Indic digits written with them everywhere.
 */
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { datasetInLanguage } from '../../pipeline/edition/reference-language.js';
import { stringsFor } from '../../pipeline/i18n/index.js';
import type { Dataset, Language } from '../../pipeline/model.js';
import { realDataset } from '../metrics/real.js';
import { chapter, compileChapters, type FixtureOptions } from './compile.js';

/** A report in a language, with its data in that language (the digits as asked). */
function report(
  language: Language,
  body: string,
  options: { digits?: 'latn' | 'arab'; dataset?: Dataset } = {},
): { html: string; annexes: string; messages: string[]; document: ReturnType<typeof compileChapters>['document'] } {
  const fixture: FixtureOptions = {
    dataset: options.dataset ?? datasetInLanguage(realDataset(), language),
    edition: { language, ...(options.digits ? { translations: { [language]: { title: 'T', chapters: 'all', digits: options.digits } } } : {}) },
  };
  const result = compileChapters({ 'a.md': chapter(body) }, fixture);
  const html = result.document.chapters.map((c) => toHtml(c.tree)).join('\n');
  const annexes = [...result.document.annexes, ...result.document.backMatter].map((p) => toHtml(p.tree)).join('\n');
  return { html, annexes, messages: result.messages.map((m) => `${m.reason}`), document: result.document };
}

const AGGREGATE = ':metric{indicator=heroin-seizures entity=all field=current}';

describe('punctuation in the language of the report', () => {
  it('writes a figure’s notes and an acronym’s expansion in full-width marks in Chinese', () => {
    const { html } = report('zh', `由EWG支持。${AGGREGATE}`);
    expect(html).toMatch(/（<a class="acronym" href="#glossary--ewg">/);
    expect(html).toMatch(/<\/a>）支持/);
    // The aggregate's two notes (its years and its coverage), in （；）.
    expect(html).toMatch(/>[^<>]*（[^<>（]*；[^<>]*）<\/a>/);
    expect(html).not.toMatch(/>[^<>]* \([^<>]*; [^<>]*\)<\/a>/);
  });

  it('puts a narrow no-break space before the semicolon in French', () => {
    const { html } = report('fr', AGGREGATE);
    expect(html).toMatch(/ \([^<>]*\u202f; [^<>]*\)<\/a>/);
  });

  it('writes the Arabic semicolon between notes in Arabic', () => {
    const { html } = report('ar', AGGREGATE);
    expect(html).toMatch(/ \([^<>]*؛ [^<>]*\)<\/a>/);
    expect(html).not.toMatch(/>[^<>]*\([^<>]*; [^<>]*\)<\/a>/);
  });

  it('joins the sources of one row with the language’s separator', () => {
    expect(stringsFor('zh').listSeparator).toBe('；');
    expect(stringsFor('fr').listSeparator).toBe('\u202f; ');
    expect(stringsFor('ar').listSeparator).toBe('؛ ');
    expect(stringsFor('en').withNotes('58', ['a', 'b'])).toBe('58 (a; b)');
  });
});

describe('Chinese text around Latin acronyms and symbols', () => {
  it('finds an acronym and a UN symbol between Chinese characters', () => {
    const { html, messages } = report('zh', '由EWG支持，见E/CN.7/2012/17号文件。');
    expect(html).toContain('href="#glossary--ewg"');
    expect(html).toContain('<a class="un-symbol" href="#reference--e-cn-7-2012-17">E/CN.7/2012/17</a>号文件');
    expect(messages.filter((m) => m.includes('symbol'))).toEqual([]);
  });

  it('does not repeat an expansion the author wrote in full-width brackets', () => {
    const zh = datasetInLanguage(realDataset(), 'zh');
    const ewg = zh.reference.glossary.find((g) => g.acronym === 'EWG')!;
    const { html } = report('zh', `${ewg.expansion}（EWG）支持。`);
    expect(html.split(ewg.expansion)).toHaveLength(2 + (html.match(/title="/g)?.length ?? 0));
    expect(html).toContain(`${ewg.expansion}（<a class="acronym"`);
  });
});

describe('the annexes of a report whose reference data is translated', () => {
  it('say that the names are a sample translation, and which country names are CLDR’s', () => {
    const base = datasetInLanguage(realDataset(), 'fr');
    const dataset: Dataset = { ...base, language: { language: 'fr', sample: true, namesFromCldr: ['AFG'] } };
    const { annexes } = report('fr', 'Texte.', { dataset });
    const fr = stringsFor('fr');
    const countries = annexes.slice(annexes.indexOf('id="annex-partner-countries"'), annexes.indexOf('id="annex-partner-organizations"'));
    expect(countries).toContain(fr.namesFromCldr.replace(/’/g, '’'));
    expect(countries).toContain(fr.sampleTranslation);
    const organizations = annexes.slice(annexes.indexOf('id="annex-partner-organizations"'));
    expect(organizations).toContain(fr.sampleTranslation);
    expect(organizations.slice(0, organizations.indexOf('id="annex-ewg-meetings"'))).not.toContain(fr.namesFromCldr);
  });

  it('say nothing where the names are not a sample and all from the translation', () => {
    const base = datasetInLanguage(realDataset(), 'fr');
    const dataset: Dataset = { ...base, language: { language: 'fr', sample: false, namesFromCldr: [] } };
    const { annexes } = report('fr', 'Texte.', { dataset });
    expect(annexes).not.toContain(stringsFor('fr').namesFromCldr);
    expect(annexes).not.toContain(stringsFor('fr').sampleTranslation);
  });

  it('put the note on the cover when the reference data is a sample translation', () => {
    const base = datasetInLanguage(realDataset(), 'fr');
    const dataset: Dataset = { ...base, language: { language: 'fr', sample: true, namesFromCldr: [] } };
    const result = compileChapters({ 'a.md': chapter('Texte.') }, { dataset, edition: { language: 'fr' } });
    expect(result.document.sampleTranslation).toBe(true);
  });
});

describe('an Arabic report with Arabic-Indic digits', () => {
  const { html, annexes } = report('ar', `${AGGREGATE} :metric{indicator=heroin-seizures entity=all field=current} :metric{indicator=nope field=current}`, { digits: 'arab' });

  it('prints no Western digit in the text it generates in a chapter', () => {
    // The paragraphs' text only: links and ids keep their digits, and the chapter's number is the
    // outline's (not a word of the report).
    const paragraphs = [...html.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1]!.replace(/<[^>]*>/g, ''));
    expect(paragraphs.join('')).toMatch(/[\u0660-\u0669]/);
    expect(paragraphs.filter((t) => /[0-9]/.test(t))).toEqual([]);
  });

  it('prints counts, years and line numbers in Arabic-Indic digits', () => {
    expect(html).toMatch(/[\u0660-\u0669]/);
    // An error marker in the text, with its line and column.
    expect(html).toMatch(/في السطر [\u0660-\u0669]+، العمود [\u0660-\u0669]+/);
    // The methodology's years and fallback windows, and the sources' lines.
    expect(annexes).toMatch(/\.csv، (?:السطر|الأسطر) [\u0660-\u0669]/);
    expect(annexes).toMatch(/[\u0660-\u0669]{4}/);
  });

  it('numbers chapters, sections and figures in Arabic-Indic digits, their ids in Western ones', () => {
    const numbered = report('ar', '## أ\n\nنص.\n\n## ب\n\n::chart[ت]{kind=status-by-pillar}\n\n:ref[]{#figure-1-1}', { digits: 'arab' });
    expect(numbered.html).toContain('<span class="chapter-number">١</span>');
    expect(numbered.html).toContain('<span class="section-number">١.٢</span>');
    expect(numbered.html).toMatch(/id="figure-1-1"/);
    expect(numbered.html).toMatch(/>الشكل ١\.١</);
    const outline = numbered.document.chapters[0]!.outline;
    expect([outline.number, ...outline.children.map((c) => c.number)]).toEqual(['١', '١.١', '١.٢']);
    expect(numbered.document.figures.map((f) => [f.id, f.label])).toEqual([['figure-1-1', 'الشكل ١.١']]);
  });
});
