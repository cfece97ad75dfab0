/**
 * Translations that cannot drift (SPEC 12), on a copy of the sample project, whose 2021 edition
 * has the executive summary and the introduction translated into the five other UN languages:
 * stale blocks reported at the translation's line, directives missing or extra, a missing
 * promised chapter refused by a final build, the translations table and --accept, the notes on
 * chapters given in English, and the marks a draft puts on stale paragraphs.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../pipeline/build.js';
import { checkProject } from '../../pipeline/check.js';
import { chapterBlocks, checkTranslation, directiveUses } from '../../pipeline/content/translation.js';
import { parseMarkdown } from '../../pipeline/content/parse.js';
import type { Message } from '../../pipeline/diagnostics/message.js';
import { editionIn, editionLanguages, reportFile } from '../../pipeline/edition/languages.js';
import type { LoadedEdition } from '../../pipeline/edition/load.js';
import { openProject, type ProjectPaths } from '../../pipeline/project/index.js';
import { acceptTranslation, translationTable } from '../../pipeline/translations.js';
import { copyProject, removeProject } from '../publish/helpers.js';

const TRANSLATED = ['ar', 'zh', 'fr', 'ru', 'es'];

let project: ProjectPaths;
const file = (path: string): string => join(project.root, path);
const read = (path: string): string => readFileSync(file(path), 'utf8');
const write = (path: string, text: string): void => writeFileSync(file(path), text);

/** The 2021 edition of the copy, as loaded. */
function edition(): LoadedEdition {
  const picked = openProject(project, { edition: 2021 }).edition();
  if (typeof picked === 'string') throw new Error(picked);
  return picked;
}

/** What validate says about translations, as "file:line rule". */
function translationProblems(): string[] {
  return checkProject(openProject(project))
    .messages.filter((m) => m.ruleId.startsWith('translation/'))
    .map((m) => `${m.file}:${m.place?.line ?? ''} ${m.ruleId}`)
    .sort();
}

beforeAll(() => {
  project = copyProject('vdr-translations-');
});
afterAll(() => removeProject(project));

describe('the sample edition', () => {
  it('is in six languages, English first, with every promised translation current', () => {
    const sample = edition();
    expect(editionLanguages(sample)).toEqual(['en', ...TRANSLATED]);
    expect(reportFile(sample, 'ar', 'pdf')).toBe('report.ar.pdf');
    expect(reportFile(sample, 'en', 'html')).toBe('report.html');
    expect(editionIn(sample, 'fr').title).toBe('Mise en œuvre de la Déclaration de Vienne');
    const cells = translationTable(project.root, sample);
    expect(cells.filter((c) => c.status === 'current').map((c) => `${c.language} ${c.chapter}`).sort()).toEqual(
      TRANSLATED.flatMap((l) => [`${l} executive-summary.md`, `${l} introduction.md`]).sort(),
    );
    expect(cells.filter((c) => c.status !== 'current').every((c) => c.status === 'source')).toBe(true);
    // Every language's chapters compile against the data with no message, each translation holding
    // its source's directives and blocks, current.
    expect(checkProject(openProject(project)).messages).toEqual([]);
  });
});

describe('a translation that drifted', () => {
  it('is stale when its source changes: each block at its own line, in every language', () => {
    const source = 'content/2021/introduction.md';
    const before = read(source);
    try {
      // The second paragraph of the source changes.
      write(source, before.replace('has grown into one of the most important frameworks', 'has become one of the main frameworks'));
      const problems = translationProblems();
      for (const language of TRANSLATED) {
        const translation = `content/2021/${language}/introduction.md`;
        const blocks = chapterBlocks(parseMarkdown(read(translation)).tree, read(translation));
        expect(problems).toContain(`${translation}:${blocks[1]!.start.line} translation/stale`);
      }
      expect(problems.filter((p) => p.includes('translation/stale'))).toHaveLength(TRANSLATED.length);
      const cells = translationTable(project.root, edition());
      expect(cells.find((c) => c.language === 'ar' && c.chapter === 'introduction.md')).toMatchObject({ status: 'stale', staleBlocks: 1 });
      // --accept records the present source text: the French translation is current again, the others still stale.
      expect(acceptTranslation(project.root, edition(), 'content/2021/fr/introduction.md')).toBeUndefined();
      expect(read('content/2021/fr/introduction.md')).toMatch(/^---\n[\s\S]*\ntranslates:\n( {2}- [0-9a-f]{12}\n)+---\n/);
      expect(translationProblems().filter((p) => p.includes('/fr/'))).toEqual([]);
      expect(translationProblems().filter((p) => p.includes('translation/stale'))).toHaveLength(TRANSLATED.length - 1);
    } finally {
      write(source, before);
      for (const language of TRANSLATED) write(`content/2021/${language}/introduction.md`, readFileSync(join(import.meta.dirname, '..', '..', `content/2021/${language}/introduction.md`), 'utf8'));
    }
  });

  it('refuses --accept for a file that is not a translation of the edition', () => {
    expect(acceptTranslation(project.root, edition(), 'content/2021/introduction.md')).toMatch(/is not a translation of the 2021 edition/);
    expect(acceptTranslation(project.root, edition(), 'content/2021/de/introduction.md')).toMatch(/ar, zh, fr, ru, es/);
  });
});

describe('the front matter of a translation', () => {
  it('keeps the source id and numbering, and records what it translates', () => {
    const translation = 'content/2021/es/executive-summary.md';
    const before = read(translation);
    try {
      write(translation, before.replace(/^id: executive-summary$/m, 'id: resumen').replace(/^numbered: false$/m, 'numbered: true').replace(/^translates:\n( {2}- .*\n)+/m, ''));
      expect(translationProblems()).toEqual([
        `${translation}:1 translation/not-recorded`,
        `${translation}:2 translation/front-matter`,
        `${translation}:2 translation/id`,
      ]);
    } finally {
      write(translation, before);
    }
  });
});

describe('the directives of a translation', () => {
  const source = { file: 'content/2021/c.md', text: '' };
  const check = (sourceText: string, translationText: string): Message[] => {
    const messages: Message[] = [];
    const original = { ...source, text: sourceText, tree: parseMarkdown(sourceText).tree };
    const hashes = chapterBlocks(original.tree, sourceText).map((b) => b.hash);
    checkTranslation(original, { file: 'content/2021/fr/c.md', text: translationText, tree: parseMarkdown(translationText).tree }, { hashes, place: { line: 2, column: 1 } }, messages);
    return messages;
  };
  const front = '---\ntitle: T\n---\n\n';

  it('are the source directives in order, labels and descriptions translated', () => {
    const en = `${front}Seizures :trend{indicator=heroin-seizures} to :metric{indicator=heroin-seizures entity=all field=current}.\n\n::chart[Heroin seized]{#fig-h kind=time-series indicator=heroin-seizures description="Rising."}\n`;
    const fr = `${front}Les saisies :trend{indicator=heroin-seizures} à :metric{field=current indicator=heroin-seizures entity=all}.\n\n::chart[Héroïne saisie]{#fig-h kind=time-series indicator=heroin-seizures description="En hausse."}\n`;
    expect(check(en, fr)).toEqual([]);
    expect(directiveUses(parseMarkdown(en).tree).map((d) => d.written)).toEqual([
      ':trend{indicator=heroin-seizures}',
      ':metric{entity=all field=current indicator=heroin-seizures}',
      '::chart{#fig-h indicator=heroin-seizures kind=time-series}',
    ]);
  });

  it('name a dropped figure where it should stand, and an extra or changed one where it is', () => {
    const en = `${front}From :metric{indicator=heroin-seizures entity=all field=baseline} to :metric{indicator=heroin-seizures entity=all field=current}.\n`;
    const dropped = check(en, `${front}Jusqu'à :metric{indicator=heroin-seizures entity=all field=current}.\n`);
    expect(dropped.map((m) => `${m.file}:${m.place!.line}:${m.place!.column} ${m.ruleId} ${m.value}`)).toEqual([
      'content/2021/fr/c.md:5:9 translation/directive-missing :metric{entity=all field=baseline indicator=heroin-seizures}',
    ]);
    expect(dropped[0]!.reason).toContain('content/2021/c.md:5');
    const changed = check(en, `${front}De :metric{indicator=heroin-seizures entity=AFG field=baseline} à :metric{indicator=heroin-seizures entity=all field=current}.\n`);
    expect(changed.map((m) => m.ruleId).sort()).toEqual(['translation/directive-extra', 'translation/directive-missing']);
  });

  it('translate the source block for block', () => {
    const messages = check(`${front}One.\n\nTwo.\n`, `${front}Un et deux.\n`);
    expect(messages.map((m) => m.ruleId)).toEqual(['translation/blocks']);
  });
});

describe('builds of a translated edition', () => {
  it('refuse a final build with a promised chapter missing; a draft gives it in English, noted', async () => {
    const missing = 'content/2021/fr/introduction.md';
    const kept = read(missing);
    rmSync(file(missing));
    try {
      const final = await build(openProject(project, { edition: 2021 }), { final: true, pdf: false, language: 'fr' });
      expect(final.outputDir).toBeUndefined();
      expect(final.messages.map((m) => `${m.file} ${m.ruleId} ${m.value}`)).toContain('content/2021/edition.yaml translation/missing introduction.md');
      const draft = await build(openProject(project, { edition: 2021 }), { pdf: false, language: 'fr' });
      expect(draft.files).toEqual(['metrics.csv', 'metrics.json', 'report.fr.html']);
      const html = draft.written!.get('report.fr.html')!.toString();
      expect(html).toMatch(/<html lang="fr" dir="ltr"/);
      // The introduction, and the chapters never promised, in English, under a French note.
      expect(html).toMatch(/<section id="introduction" class="chapter" data-chapter="1" lang="en" dir="ltr">/);
      expect(html).toContain('il est présenté en anglais.');
    } finally {
      write(missing, kept);
    }
  });

  it('mark in a draft the paragraphs whose source changed', async () => {
    const source = 'content/2021/executive-summary.md';
    const before = read(source);
    try {
      write(source, before.replace('Data gaps remain the main limitation.', 'Data gaps remain the chief limitation.'));
      const draft = await build(openProject(project, { edition: 2021 }), { pdf: false, language: 'ar' });
      const html = draft.written!.get('report.ar.html')!.toString();
      expect(html.match(/class="vdr-stale-mark"/g)).toHaveLength(1);
      expect(html).toMatch(/<html lang="ar" dir="rtl"/);
      expect(draft.messages.filter((m) => m.ruleId === 'translation/stale').map((m) => m.file)).toEqual(['content/2021/ar/executive-summary.md']);
    } finally {
      write(source, before);
    }
  });
});
