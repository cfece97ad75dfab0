/**
 * What the content stage gives the HTML stage, declared once. Every tree is hast, sanitised
 * where it holds what an author wrote, with the `position` of the Markdown it came from.
 */
import type { Root } from 'hast';
import type { ChartRequest } from '../charts/request.js';
import type { DataRow } from '../data-out/rows.js';
import type { Located } from '../diagnostics/message.js';
import type { Edition, PillarId } from '../model.js';
import type { FileKinds } from '../data-out/csv.js';

/** A heading of the report, for the table of contents and the sidebar. */
export interface OutlineEntry {
  id: string;
  /** "3", "3.1", "I" as the reader sees it (in the report's digits), or null for unnumbered parts. */
  number: string | null;
  title: string;
  children: OutlineEntry[];
}

/** A numbered figure: the chart the charts stage renders into it. */
export interface FigureEntry {
  id: string;
  /** "3.2". */
  number: string;
  /** "Figure 3.2". */
  label: string;
  title: string;
  /** The chapter it sits in. */
  chapter: string;
  request: ChartRequest;
  /** Where its directive is written. */
  at: Located;
  /** Its entry in the sources annex, when its figures can be traced to lines. */
  sourceEntry?: number;
  /** What its figures are, when the project's data mixes kinds ("Figures reported by partners."). */
  figuresNote?: string;
  /** The data it shows, for its download (content/directives/chart-data.ts). */
  data: DataRow[];
}

/** A numbered table written in a chapter (indicator and pillar tables). */
export interface TableEntry {
  id: string;
  number: string;
  label: string;
  caption: string;
  chapter: string;
  /** Where its directive is written. */
  at: Located;
  /** The data it shows, for its download: its rows' metrics. */
  data: DataRow[];
}

/** A chapter, compiled. */
export interface CompiledChapter {
  id: string;
  /** Project-relative path of its Markdown file. */
  file: string;
  title: string;
  /** "3", or null for an unnumbered chapter (the executive summary). */
  number: string | null;
  pillar?: PillarId;
  status: 'draft' | 'final';
  /** One <section class="chapter"> with its heading, text, figures, tables and notes. */
  tree: Root;
  outline: OutlineEntry;
  /**
   * A chapter given in the edition's source language because this language has no translation
   * of it: its language tag and direction (for the <section>), and the note, in the report's
   * language, that says so ("This chapter is not translated; it is given in English.").
   */
  untranslated?: { lang: string; dir: 'ltr' | 'rtl'; note: string };
}

/** An annex or a part of the back matter (glossary, references), generated. */
export interface CompiledPart {
  id: string;
  /** "I" for Annex I; null for the glossary and the references. */
  number: string | null;
  title: string;
  /** One <section> with its heading. */
  tree: Root;
  outline: OutlineEntry;
}

/** The whole report, before the charts are drawn into it. */
export interface CompiledDocument {
  edition: Pick<Edition, 'year' | 'title' | 'language' | 'status'> & { subtitle?: string; previous?: number };
  /** What the figures the report prints are, for the cover (content/kinds.ts); absent without observations. */
  figuresNote?: string;
  /** What the figures of each observations file are (data/datasets.yaml `kind`), for the data downloads' `kind` column. */
  fileKinds?: FileKinds;
  chapters: CompiledChapter[];
  annexes: CompiledPart[];
  /** The glossary and the references. */
  backMatter: CompiledPart[];
  /** In reading order; each has a placeholder <figure> in its chapter's tree. */
  figures: FigureEntry[];
  tables: TableEntry[];
  /**
   * The report in each language of a multi-language edition, this one included (`current`), in
   * the edition's order: its name in itself, its tag, and the file it is in (report.fr.html).
   * Absent for an edition in one language.
   */
  languages?: { lang: string; name: string; href: string; current: boolean }[];
  /** The report's translation was made for a sample, not edited by UN translation services: the cover says so. */
  sampleTranslation?: boolean;
}

/** Extra data the content stage puts on hast nodes (never serialised). */
declare module 'hast' {
  interface Data {
    /** On a <figure> whose chart the HTML stage draws in: the figure's id. */
    vdrFigure?: string;
    /** On the link that downloads a numbered table's data: the table's id (the HTML stage points it at the rows). */
    vdrDownload?: string;
  }
}
