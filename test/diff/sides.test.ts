import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffSpecs, formatDiff, resolveSide, whatChanged, type Diff } from '../../pipeline/diff/index.js';
import { openProject, type ProjectPaths } from '../../pipeline/project/index.js';
import { prepare } from '../../pipeline/project/prepare.js';
import { publishEdition } from '../../pipeline/publish/index.js';
import { copyProject, finalBuild, madeFrom, removeProject, root } from '../publish/helpers.js';

function diffOf(outcome: ReturnType<typeof diffSpecs>): Diff {
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.diff;
}

describe('vdr diff on the real editions', () => {
  it('compares 2014 with 2021 as the project has them, figures and text', () => {
    const diff = diffOf(diffSpecs(openProject(root), '2014', '2021'));
    expect(diff.from).toEqual({ label: '2014 (current content)', kind: 'project', edition: 2014, version: null });
    expect(diff.to).toEqual({ label: '2021 (current content)', kind: 'project', edition: 2021, version: null });
    expect(diff.notes).toContain('These are two editions (2014 and 2021): their current figures are of different years, so most figures differ.');
    expect(diff.summary.figures.changed).toBeGreaterThan(100);
    expect(diff.summary.paragraphs.changed + diff.summary.paragraphs.added).toBeGreaterThan(10);
    expect(diff.text.map((c) => c.id)).toContain('pillar-1');
    for (const chapter of diff.text) {
      expect(chapter.old_file).toMatch(/^content\/2014\/[a-z0-9-]+\.md$/);
      expect(chapter.new_file).toMatch(/^content\/2021\/[a-z0-9-]+\.md$/);
    }
    const text = formatDiff(diff);
    expect(text).toMatch(/^What changed from 2014 \(current content\) to 2021 \(current content\)\n/);
    expect(text).toMatch(/\n {4}AFG: current [\d.]+ -> [\d.]+; change /);
    expect(text).toMatch(/\nSummary: \d+ figures changed, \d+ added, \d+ removed; \d+ paragraphs changed, \d+ added, \d+ removed in 7 chapters\.\n$/);
    expect(JSON.parse(JSON.stringify(diff))).toEqual(diff);
  });
});

describe('sides and what changed', () => {
  let project: ProjectPaths;
  beforeAll(() => {
    project = copyProject('vdr-diff-');
  });
  afterAll(() => removeProject(project));

  it('refuses specs that name nothing, in plain words', () => {
    expect(resolveSide(openProject(project), '2019')).toEqual({ ok: false, exit: 2, reason: 'there is no 2019 edition; the editions are 2014, 2021' });
    expect(resolveSide(openProject(project), '2021@1.0.0')).toEqual({
      ok: false,
      exit: 2,
      reason: 'the 2021 edition has not been published: there is no output/2021/<version>/ with a manifest.json',
    });
    expect(resolveSide(openProject(project), 'content', { cwd: project.root })).toEqual({
      ok: false,
      exit: 2,
      reason: 'content has no metrics.json; give an edition year (2021), a published version (2021@1.0.0) or a build directory',
    });
    expect(resolveSide(openProject(project), 'nowhere', { cwd: project.root })).toEqual({ ok: false, exit: 2, reason: 'nowhere is not a directory' });
  });

  it('before anything is published, compares a build with the previous edition and says so; the first edition with nothing', () => {
    const opened = openProject(project);
    const outcome = prepare(opened, 2021);
    const changed = whatChanged(opened, outcome.edition!, outcome.metrics!);
    expect(changed.against).toBe('previous-edition');
    expect(changed.note).toBe('The 2021 edition has not been published yet, so this compares it with the previous edition, 2014, as the project has it now (2014 has not been published either).');
    expect(changed.diff?.notes[0]).toBe(changed.note);
    expect(changed.diff?.from.label).toBe('2014 (current content)');
    expect(changed.diff?.to.label).toBe('2021 (this build)');

    const first = prepare(opened, 2014);
    expect(whatChanged(opened, first.edition!, first.metrics!)).toEqual({
      against: 'nothing',
      note: 'The 2014 edition has not been published yet, and there is no previous edition, so there is nothing to compare it with.',
      diff: null,
    });
  });

  it('a build directory without sources compares figures only', async () => {
    const buildDir = await finalBuild(project, 2021);
    const diff = diffOf(diffSpecs(openProject(project), 'output/2021/build', '2021', { cwd: project.root }));
    expect(diff.from).toEqual({ label: 'output/2021/build', kind: 'directory', edition: 2021, version: null });
    expect(diff.notes).toEqual(['output/2021/build has no content sources (source/content/<year>/), so its text is not compared.']);
    expect(diff.figures).toEqual([]);
    expect(buildDir).toBe(join(project.outputDir, '2021', 'build'));
  });

  describe('once 2021 is published', () => {
    beforeAll(async () => {
      const result = await publishEdition(openProject(project), { version: '1.0.0', build: madeFrom(join(project.outputDir, '2021', 'build')) });
      if (!result.ok) throw new Error(result.reason);
    });

    it('compares a build with the last published version: nothing changed', () => {
      const opened = openProject(project);
      const outcome = prepare(opened, 2021);
      const changed = whatChanged(opened, outcome.edition!, outcome.metrics!);
      expect(changed.against).toBe('published');
      expect(changed.note).toBe('Compared with the last published version of the 2021 edition, 1.0.0 (published 2026-01-01).');
      expect(changed.diff?.from).toEqual({ label: '2021@1.0.0 (published 2026-01-01)', kind: 'published', edition: 2021, version: '1.0.0' });
      expect(changed.diff?.summary).toEqual({
        figures: { changed: 0, added: 0, removed: 0 },
        paragraphs: { changed: 0, added: 0, removed: 0 },
        chapters: { changed: 0, added: 0, removed: 0 },
      });
    });

    it('shows exactly the figure and the paragraph an editor changed since', () => {
      const csv = join(project.root, 'data/observations/pillar-1.csv');
      const rows = readFileSync(csv, 'utf8').split('\n');
      const at = rows.findIndex((r) => r.startsWith('joint-operations,ALB,2021,'));
      expect(at).toBeGreaterThan(0);
      const cells = rows[at]!.split(',');
      const oldValue = Number(cells[3]);
      cells[3] = String(oldValue + 7);
      rows[at] = cells.join(',');
      writeFileSync(csv, rows.join('\n'));
      const chapter = join(project.root, 'content/2021/conclusions.md');
      const text = readFileSync(chapter, 'utf8');
      const lineOf = (t: string, s: string): number => t.slice(0, t.indexOf(s)).split('\n').length;
      const sentence = 'The following steps are proposed';
      expect(text).toContain(sentence);
      writeFileSync(chapter, text.replace(sentence, 'These steps are proposed'));

      const diff = diffOf(diffSpecs(openProject(project), undefined, undefined));
      expect(diff.from.label).toBe('2021@1.0.0 (published 2026-01-01)');
      expect(diff.to.label).toBe('2021 (current content)');
      expect(diff.notes[0]).toBe('Compared with the last published version of the 2021 edition, 1.0.0 (published 2026-01-01).');
      const alb = diff.figures.find((f) => f.indicator === 'joint-operations' && f.label === 'ALB');
      expect(alb?.kind).toBe('changed');
      expect(alb?.fields.find((f) => f.field === 'current')).toEqual({ field: 'current', old: oldValue, new: oldValue + 7 });
      expect(new Set(diff.figures.map((f) => f.indicator))).toEqual(new Set(['joint-operations']));
      expect(diff.figures.filter((f) => f.scope === 'entity').map((f) => f.label)).toEqual(['ALB']);
      expect(diff.text).toHaveLength(1);
      expect(diff.text[0]).toMatchObject({ id: 'conclusions', kind: 'changed', old_file: 'content/2021/conclusions.md', new_file: 'content/2021/conclusions.md' });
      expect(diff.text[0]!.paragraphs).toHaveLength(1);
      expect(diff.text[0]!.paragraphs[0]).toMatchObject({ kind: 'changed', old_line: lineOf(text, sentence), new_line: lineOf(text, sentence) });
      expect(formatDiff(diff)).toContain('[-The following-] {+These+} steps are proposed');
      expect(formatDiff(diff)).toMatch(/Summary: \d+ figures? changed, 0 added, 0 removed; 1 paragraph changed, 0 added, 0 removed in 1 chapter\.\n$/);

      // The published version itself is read the same way by year@version, year@latest and its path.
      const byPath = diffOf(diffSpecs(openProject(project), 'output/2021/1.0.0', '2021@latest', { cwd: project.root }));
      expect(byPath.from).toEqual({ label: 'output/2021/1.0.0', kind: 'published', edition: 2021, version: '1.0.0' });
      expect(byPath.summary.figures).toEqual({ changed: 0, added: 0, removed: 0 });
      expect(byPath.summary.paragraphs).toEqual({ changed: 0, added: 0, removed: 0 });
    });

    it('compares a published version with the previous edition when it is the first of its edition', () => {
      const diff = diffOf(diffSpecs(openProject(project), undefined, '2021@1.0.0'));
      expect(diff.notes[0]).toBe('Version 1.0.0 is the first published version of the 2021 edition, so this compares it with the previous edition, 2014, as the project has it now (2014 has not been published either).');
      expect(diff.from.label).toBe('2014 (current content)');
      expect(resolveSide(openProject(project), '2021@2.0.0')).toEqual({ ok: false, exit: 2, reason: 'version 2.0.0 of the 2021 edition is not published; the published versions are 1.0.0' });
    });
  });
});
