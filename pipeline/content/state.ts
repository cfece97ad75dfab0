/**
 * What the content stage keeps while it compiles an edition: the chapters parsed, the ids the
 * report has (for :ref), and what the directives collect (charts, tables, sources, acronyms,
 * document symbols). Made once per build by `compileContent`, passed to each plugin.
 */
import type { Root } from 'mdast';
import type { ChartRequest } from '../charts/request.js';
import type { Message } from '../diagnostics/message.js';
import type { Strings } from '../i18n/index.js';
import type { TextSource } from '../load/text.js';
import type { Dataset, GlossaryEntry } from '../model.js';
import type { Metrics } from '../metrics/types.js';
import type { Formatter } from './format.js';
import type { FrontMatter } from './front-matter.js';
import type { Lookup } from './lookup.js';
import type { Provenance } from './provenance.js';
import type { Slots } from './slots.js';
import type { CompiledChapter, FigureEntry, OutlineEntry, TableEntry } from './types.js';
import type { LoadedEdition } from '../edition/load.js';

/** Something :ref{#id} can point to. */
export interface Target {
  id: string;
  kind: 'chapter' | 'section' | 'figure' | 'table' | 'annex' | 'part';
  /** What a reference to it reads: "Figure 3.2", "Chapter 4", "Annex II", or the title. */
  label: string;
  /** Where it was declared, for duplicate-id messages. */
  declared: string;
}

/** A numbered figure or table as the outline pass found it. */
export interface Numbered {
  id: string;
  number: string;
  label: string;
}

/** A chapter once parsed and outlined. */
export interface ParsedChapter {
  file: string;
  source: TextSource;
  tree: Root;
  front: FrontMatter;
  /** "3" in Western digits (ids and data-chapter are made of it), or null when unnumbered. */
  number: string | null;
  outline: OutlineEntry;
  /** Heading ids and section numbers (in the report's digits) by the heading's offset in the source. */
  headings: Map<number, { id: string; number: string | null; depth: number }>;
  /** A translation's source's headings, in order: their ids are the translation's (outline.ts). */
  sourceHeadings?: string[];
  /** A translation's blocks whose source changed since it was translated: the lines they start on (a draft marks them). */
  stale?: Set<number>;
  /** A chapter given in the source language, in a build of another language: what its section says (types.ts). */
  untranslated?: CompiledChapter['untranslated'];
}

/** One UN document symbol found in the text. */
export interface SymbolUse {
  symbol: string;
  id: string;
  title?: string;
  note?: string;
}

export interface CompileState {
  mode: 'draft' | 'final';
  edition: LoadedEdition;
  dataset: Dataset;
  metrics: Metrics;
  strings: Strings;
  format: Formatter;
  lookup: Lookup;
  messages: Message[];
  slots: Slots;
  provenance: Provenance;
  targets: Map<string, Target>;
  /** The figure or table number each directive node got in the outline pass. */
  numbered: WeakMap<object, Numbered>;
  /** The notes on an aggregate's years and coverage already printed in a paragraph (by the paragraph node). */
  notedIn: WeakMap<object, Set<string>>;
  figures: FigureEntry[];
  tables: TableEntry[];
  chartRequests: ChartRequest[];
  /** Told of each chart request once checked (ContentInput's `onChart`). */
  onChart?: (request: ChartRequest) => void;
  /** Glossary entries by acronym, and those used so far in reading order. */
  glossary: Map<string, GlossaryEntry>;
  acronymsUsed: Set<string>;
  /** Document symbols with their titles from content/references.yaml, and those cited. */
  referenceTitles: Map<string, { title: string; note?: string }>;
  symbolsUsed: Map<string, SymbolUse>;
}
