/**
 * A draft's "What changed" section, kept between rebuilds. It gives what `whatChanged`
 * (diff/index.ts) gives, but remembers what a chapter edit leaves as it was: the side compared
 * with (reading it may mean validating the data again), the figures' comparison, and the
 * comparison of every chapter not edited. Only the edited chapter is read for its front matter
 * and compared again. What is compared with is read once: a version published while the preview
 * runs is used from the next change to the data, the schemas or another edition.
 * test/preview/changes.test.ts checks that both give the same result.
 */
import { readInside } from '../io/read.js';
import { buildSide, changeBaseline, CHAPTER_NAME, diffChapters, diffEditions, resolveSide, sideChapter, tally, type ChangeBaseline, type ChapterDiff, type Diff, type Side, type SideChapter, type SideResult, type WhatChanged } from '../diff/index.js';
import type { LoadedEdition } from '../edition/load.js';
import type { Metrics } from '../metrics/types.js';
import type { Project } from '../project/index.js';

export interface ChangeTracker {
  /** The "What changed" of the project's edition with these metrics, as `whatChanged` gives it. */
  whatChanged(project: Project, edition: LoadedEdition, metrics: Metrics): WhatChanged;
  /** Forgets everything kept: call it when the data, the schemas or another edition changed. */
  forget(): void;
}

/** Starts keeping the comparison of a project's edition. */
export function changeTracker(): ChangeTracker {
  let older: { year: number; previous: number | null; baseline: ChangeBaseline; side: SideResult | undefined } | undefined;
  let figures: { metrics: Metrics; side: Side; diff: Diff } | undefined;
  let chapters = new Map<string, ChapterDiff[]>();
  let read = new Map<string, SideChapter>();

  /** The edition's chapters as buildSide reads them (projectChapters), each parsed once per text. */
  const readChapters = (root: string, edition: LoadedEdition): SideChapter[] => {
    const kept = new Map<string, SideChapter>();
    const out: SideChapter[] = [];
    for (const name of edition.chapters) {
      if (!CHAPTER_NAME.test(name)) continue;
      const file = `${edition.dir}/${name}`;
      const got = readInside(root, file);
      if (!got.ok) continue;
      const text = got.bytes.toString('utf8');
      const key = `${file}\n${text}`;
      const chapter = read.get(key) ?? sideChapter(name, file, text);
      kept.set(key, chapter);
      out.push(chapter);
    }
    read = kept;
    return out;
  };

  /** diffChapters, one chapter at a time, each remembered by its text. */
  const diffText = (before: readonly SideChapter[], after: readonly SideChapter[]): ChapterDiff[] => {
    const kept = new Map<string, ChapterDiff[]>();
    const out: ChapterDiff[] = [];
    for (const chapter of after) {
      const key = JSON.stringify([chapter.id, chapter.title, chapter.file, chapter.text]);
      const diff = kept.get(key) ?? chapters.get(key) ?? diffChapters(before.filter((c) => c.id === chapter.id), [chapter]);
      kept.set(key, diff);
      out.push(...diff);
    }
    const ids = new Set(after.map((c) => c.id));
    out.push(...diffChapters(before.filter((c) => !ids.has(c.id)), []));
    chapters = kept;
    return out;
  };

  return {
    whatChanged(project, edition, metrics) {
      const previous = metrics.edition.previous;
      if (!older || older.year !== edition.year || older.previous !== previous) {
        const baseline = changeBaseline(project, edition.year, previous);
        older = { year: edition.year, previous, baseline, side: baseline.spec === null ? undefined : resolveSide(project, baseline.spec) };
        figures = undefined;
        chapters = new Map();
        read = new Map();
      }
      const { baseline, side } = older;
      if (!side) return { against: baseline.against, note: baseline.note, diff: null };
      if (!side.ok) return { against: 'nothing', note: `${baseline.note} It could not be read: ${side.reason}.`, diff: null };
      // The figures and notes, without the text: the same until the data changes.
      if (!figures || figures.metrics !== metrics) {
        const newer = buildSide(project, edition, metrics);
        figures = { metrics, side: newer, diff: diffEditions(side.side, { ...newer, chapters: null }) };
      }
      const base = figures.diff;
      const newer: Side = { ...figures.side, chapters: readChapters(project.root, edition) };
      const text = side.side.chapters && newer.chapters ? diffText(side.side.chapters, newer.chapters) : [];
      const diff: Diff = {
        from: base.from,
        to: base.to,
        notes: [baseline.note, ...base.notes],
        figures: base.figures,
        text,
        summary: { figures: base.summary.figures, paragraphs: tally(text.flatMap((c) => c.paragraphs)), chapters: tally(text) },
      };
      return { against: baseline.against, note: baseline.note, diff };
    },
    forget() {
      older = undefined;
      figures = undefined;
      chapters = new Map();
      read = new Map();
    },
  };
}
