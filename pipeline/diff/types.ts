/**
 * What changed between two editions or versions, declared once: the JSON that `vdr diff --json`
 * prints and the data a draft's "What changed" section is rendered from.
 */
import type { Coverage, Metrics } from '../metrics/types.js';

/** The figures compared, in the order they are reported. */
export const FIGURE_FIELDS = ['baseline', 'current', 'change', 'relative_change', 'status', 'coverage'] as const;
export type FigureField = (typeof FIGURE_FIELDS)[number];

/** A figure as metrics.json has it: a number, null (not defined), a status, or a coverage. */
export type FigureValue = number | string | null | Coverage;

/** One field of a figure: `old` is absent for an added figure, `new` for a removed one. */
export interface FieldChange {
  field: FigureField;
  old?: FigureValue;
  new?: FigureValue;
}

/** A figure whose fields differ, or that only one side has. */
export interface FigureChange {
  indicator: string;
  /** An entity's own figure, or an aggregate over a group. */
  scope: 'entity' | 'aggregate';
  /** Country code or acronym for entities (`sex` set when not total); the group for aggregates. */
  entity?: string;
  sex?: 'female' | 'male';
  group_type?: 'all' | 'region' | 'programme';
  group?: string;
  /** How a reader names it: "AFG", "AFG female", "all partners", "region Asia", "programme RP ANC". */
  label: string;
  kind: 'changed' | 'added' | 'removed';
  /** For changed: the fields that differ; for added and removed: every field, on the side that has it. */
  fields: FieldChange[];
}

/** A paragraph (any top-level block: heading, list item, table, directive) that moved; texts as written. */
export type ParagraphChange =
  | { kind: 'added'; new_line: number; text: string }
  | { kind: 'removed'; old_line: number; text: string }
  | { kind: 'changed'; old_line: number; new_line: number; old_text: string; new_text: string; similarity: number };

/** The changes of one chapter, matched across the sides by its front matter id. */
export interface ChapterDiff {
  id: string;
  /** The title on the newer side (the older one for a removed chapter). */
  title: string;
  kind: 'changed' | 'added' | 'removed';
  /** Project-relative paths, such as content/2021/pillar-1.md; null on the side without it. */
  old_file: string | null;
  new_file: string | null;
  /** In reading order of the newer side. */
  paragraphs: ParagraphChange[];
}

/** What one side of a diff is. */
export interface SideInfo {
  /** How it is named to a reader, such as "2021@1.0.0 (published 2026-01-01)". */
  label: string;
  kind: 'project' | 'published' | 'directory';
  edition: number | null;
  version: string | null;
}

/** How many things changed, were added and were removed. */
export interface ChangeCounts {
  changed: number;
  added: number;
  removed: number;
}

/** Everything that changed from one side to the other; also the JSON of `vdr diff --json`. */
export interface Diff {
  from: SideInfo;
  to: SideInfo;
  /** Plain sentences about the comparison: what was compared with what, what could not be. */
  notes: string[];
  /** Sorted by indicator (catalogue order), aggregates before entities, then group or entity. */
  figures: FigureChange[];
  /** Only the chapters with a change. */
  text: ChapterDiff[];
  summary: { figures: ChangeCounts; paragraphs: ChangeCounts; chapters: ChangeCounts };
}

/** One chapter of a side, as its Markdown source. */
export interface SideChapter {
  /** The front matter id, or the file name without .md. */
  id: string;
  title: string;
  /** Project-relative path. */
  file: string;
  text: string;
}

/** One side of a diff: its figures and its chapters, each null when the side has none. */
export interface Side {
  info: SideInfo;
  metrics: Metrics | null;
  chapters: SideChapter[] | null;
  /** Why part of the side is missing, for the diff's notes. */
  notes: string[];
}

/** What a build or an edition is compared with by default, and the sentence that says so. */
export interface ChangeBaseline {
  against: 'published' | 'previous-edition' | 'nothing';
  /** A side spec for resolveSide; null when there is nothing to compare with. */
  spec: string | null;
  note: string;
}

/** A draft's "What changed" section: what it was compared with, and the diff (null when nothing). */
export interface WhatChanged {
  against: ChangeBaseline['against'];
  /** One sentence for the reader: what the draft is compared with, and why. */
  note: string;
  diff: Diff | null;
}
