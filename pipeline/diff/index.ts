/**
 * What changed between two editions or versions, in order:
 * 1. sides: read each side (side.ts): an edition as the project has it, a published version or
 *    a directory;
 * 2. figures: compare the metrics (figures.ts);
 * 3. text: compare the chapters paragraph by paragraph (blocks.ts, align.ts, text.ts);
 * 4. format: as text for the terminal (format.ts); the Diff itself is the JSON.
 */
import { join } from 'node:path';
import type { LoadedEdition } from '../edition/load.js';
import type { Metrics } from '../metrics/types.js';
import type { Project, ProjectPaths } from '../project/index.js';
import { readManifest } from '../publish/manifest.js';
import { compareVersions } from '../publish/version.js';
import { versionDirectories } from '../publish/verify.js';
import { nodeFiles, type FileAccess } from '../io/files.js';
import { diffFigures } from './figures.js';
import { buildSide, resolveSide, type SideOptions } from './side.js';
import { diffChapters } from './text.js';
import type { ChangeBaseline, ChangeCounts, Diff, Side, WhatChanged } from './types.js';

/** How many of the items are changed, added and removed. */
export const tally = (items: readonly { kind: string }[]): ChangeCounts => ({
  changed: items.filter((i) => i.kind === 'changed').length,
  added: items.filter((i) => i.kind === 'added').length,
  removed: items.filter((i) => i.kind === 'removed').length,
});

/**
 * Compares two sides: every figure that differs (old and new), and the paragraphs added, removed
 * and changed in each chapter.
 *
 * @param older
 *   The side compared from.
 * @param newer
 *   The side compared to.
 */
export function diffEditions(older: Side, newer: Side): Diff {
  const notes = [...older.notes, ...newer.notes];
  const { edition: a } = older.info;
  const { edition: b } = newer.info;
  if (a !== null && b !== null && a !== b) {
    notes.push(`These are two editions (${a} and ${b}): their current figures are of different years, so most figures differ.`);
  }
  for (const side of [older, newer]) {
    if (!side.metrics) notes.push(`${side.info.label} has no metrics, so figures are not compared.`);
  }
  const figures = older.metrics && newer.metrics ? diffFigures(older.metrics, newer.metrics) : [];
  const text = older.chapters && newer.chapters ? diffChapters(older.chapters, newer.chapters) : [];
  return {
    from: older.info,
    to: newer.info,
    notes,
    figures,
    text,
    summary: { figures: tally(figures), paragraphs: tally(text.flatMap((c) => c.paragraphs)), chapters: tally(text) },
  };
}

/** What `vdr diff` gets: the comparison, or why it could not be made (exit 1 or 2). */
export type DiffOutcome = { ok: true; diff: Diff } | { ok: false; reason: string; exit: 1 | 2 };

/**
 * What an edition's "What changed" compares with: its newest published version; when it has none,
 * the previous edition (its newest published version, else as the project has it now); when
 * there is no previous edition, nothing.
 *
 * @param project
 *   The project.
 * @param year
 *   The edition.
 * @param previous
 *   Its previous edition (metrics.json's edition.previous), or null.
 * @param fs
 *   (optional) The file system (default: the real one).
 * @param before
 *   (optional) Only versions of the edition older than this one count (for a published version
 *   compared with the one before it).
 */
export function changeBaseline(project: ProjectPaths, year: number, previous: number | null, fs: FileAccess = nodeFiles, before?: string): ChangeBaseline {
  // Every version directory counts, a damaged one too: resolving it then says what is wrong,
  // rather than an older version being compared in its place without a word.
  const versionsOf = (edition: number): string[] => versionDirectories(project, edition, fs).reverse();
  /** When a version was published, from its manifest; undefined when that cannot be read. */
  const dateOf = (edition: number, version: string): string | undefined => {
    const manifest = readManifest(join(project.outputDir, String(edition), version), fs);
    return typeof manifest === 'string' ? undefined : manifest.date;
  };
  const unreadable = 'its manifest.json cannot be read';
  const own = versionsOf(year).find((v) => before === undefined || compareVersions(v, before) < 0);
  if (own) {
    const date = dateOf(year, own);
    return { against: 'published', spec: `${year}@${own}`, note: `Compared with the last published version of the ${year} edition, ${own} (${date === undefined ? unreadable : `published ${date}`}).` };
  }
  const unpublished = before === undefined ? `The ${year} edition has not been published yet` : `Version ${before} is the first published version of the ${year} edition`;
  if (previous === null) {
    return { against: 'nothing', spec: null, note: `${unpublished}, and there is no previous edition, so there is nothing to compare it with.` };
  }
  const last = versionsOf(previous)[0];
  if (last) {
    return {
      against: 'previous-edition',
      spec: `${previous}@${last}`,
      note: `${unpublished}, so this compares it with the previous edition, ${previous}, as published (version ${last}, ${dateOf(previous, last) ?? unreadable}).`,
    };
  }
  return {
    against: 'previous-edition',
    spec: String(previous),
    note: `${unpublished}, so this compares it with the previous edition, ${previous}, as the project has it now (${previous} has not been published either).`,
  };
}

/**
 * The "What changed" data of a build: the build's metrics and the project's chapters, compared
 * with the last published version of the edition (or the previous edition: see changeBaseline).
 *
 * @param project
 *   The project.
 * @param edition
 *   The edition built.
 * @param metrics
 *   The metrics the build computed.
 * @param options
 *   (optional) The file system.
 */
export function whatChanged(project: Project, edition: LoadedEdition, metrics: Metrics, options: SideOptions = {}): WhatChanged {
  const fs = options.fs ?? nodeFiles;
  const baseline = changeBaseline(project, edition.year, metrics.edition.previous, fs);
  if (baseline.spec === null) return { against: baseline.against, note: baseline.note, diff: null };
  const older = resolveSide(project, baseline.spec, options);
  if (!older.ok) return { against: 'nothing', note: `${baseline.note} It could not be read: ${older.reason}.`, diff: null };
  const diff = diffEditions(older.side, buildSide(project, edition, metrics, `${edition.year} (this build)`, fs));
  diff.notes.unshift(baseline.note);
  return { against: baseline.against, note: baseline.note, diff };
}

/**
 * `vdr diff`: resolves both sides and compares them.
 *
 * @param project
 *   The project.
 * @param from
 *   (optional) The side compared from (see resolveSide); default: what `to` is compared with in
 *   a build (see changeBaseline).
 * @param to
 *   (optional) The side compared to; default: the newest edition as the project has it now.
 * @param options
 *   (optional) Where relative directories are resolved from, and the file system.
 */
export function diffSpecs(project: Project, from: string | undefined, to: string | undefined, options: SideOptions = {}): DiffOutcome {
  let toSpec = to;
  if (toSpec === undefined) {
    const picked = project.edition();
    if (typeof picked === 'string') return { ok: false, reason: picked, exit: 2 };
    toSpec = String(picked.year);
  }
  const newer = resolveSide(project, toSpec, options);
  if (!newer.ok) return newer;
  let fromSpec = from;
  let note: string | undefined;
  if (fromSpec === undefined) {
    const year = newer.side.info.edition;
    if (year === null) return { ok: false, reason: `${newer.side.info.label} does not say its edition; give --from`, exit: 2 };
    const version = newer.side.info.version;
    const baseline = changeBaseline(project, year, newer.side.metrics?.edition.previous ?? null, options.fs, version ?? undefined);
    if (baseline.spec === null) return { ok: false, reason: `${baseline.note.replace(/\.$/, '')}; give --from`, exit: 2 };
    fromSpec = baseline.spec;
    note = baseline.note;
  }
  const older = resolveSide(project, fromSpec, options);
  if (!older.ok) return older;
  const diff = diffEditions(older.side, newer.side);
  if (note !== undefined) diff.notes.unshift(note);
  return { ok: true, diff };
}

export { formatDiff, formatValue } from './format.js';
export { wordDiff, formatWordDiff, type WordPart } from './words.js';
export { resolveSide, buildSide, CHAPTER_NAME, sideChapter, type SideResult, type SideOptions } from './side.js';
export { diffFigures } from './figures.js';
export { diffChapters } from './text.js';
export type * from './types.js';
