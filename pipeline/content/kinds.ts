/**
 * What the report's figures are (SPEC 13): each observations file says so in data/datasets.yaml
 * (reported by partners, compiled from a named source, estimated, illustrative). The cover says
 * what the figures the report prints are; a report whose data mixes kinds says it for each figure
 * and table too, and the sources annex for each file. A report without illustrative figures never
 * calls itself illustrative.
 */
import type { ObservationSource, SourceRef } from '../model.js';
import type { Strings } from '../i18n/index.js';
import type { CompileState } from './state.js';

/** The kinds the files give, in words, each once, in the order of data/datasets.yaml: "reported by partners". */
export function kindWords(sources: readonly ObservationSource[], strings: Strings): string[] {
  return [...new Set(sources.map((s) => strings.kinds[s.kind](s.source)))];
}

/** Whether the project's observation files are of more than one kind (a compiled file counts with its source). */
export function mixedKinds(sources: readonly ObservationSource[], strings: Strings): boolean {
  return kindWords(sources, strings).length > 1;
}

/** The files behind some figures, in the order data/datasets.yaml names them. */
export function sourcesOf(state: Pick<CompileState, 'dataset'>, refs: readonly SourceRef[]): ObservationSource[] {
  const files = new Set(refs.map((r) => r.file));
  return state.dataset.sources.filter((s) => files.has(s.file));
}

/**
 * The note that says what the figures behind a figure or a table are ("Figures reported by partners
 * and compiled from ..."), when the project's data mixes kinds; undefined otherwise.
 */
export function figuresNote(state: Pick<CompileState, 'dataset' | 'strings'>, refs: readonly SourceRef[]): string | undefined {
  if (!mixedKinds(state.dataset.sources, state.strings)) return undefined;
  const words = kindWords(sourcesOf(state, refs), state.strings);
  return words.length === 0 ? undefined : state.strings.figuresAre(words);
}

/** The files behind every figure the report prints (every file, when it prints none). */
export function reportSources(state: Pick<CompileState, 'dataset' | 'provenance'>): ObservationSource[] {
  const refs = state.provenance.entries.flatMap((entry) => entry.rows.flatMap((row) => row.refs));
  return refs.length === 0 ? state.dataset.sources : sourcesOf(state, refs);
}
