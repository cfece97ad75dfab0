import type { Observation, SourceRef } from '../model.js';

/** Where an observation came from, as a copy the metrics own. */
export function refOf(observation: Observation): SourceRef {
  return { file: observation.file, line: observation.line };
}

/**
 * Where some observations came from, each place once, sorted by file then line.
 *
 * @param observations
 *   The observations used for a figure.
 */
export function uniqueRefs(observations: readonly Observation[]): SourceRef[] {
  const seen = new Map<string, SourceRef>();
  for (const o of observations) seen.set(`${o.file}:${o.line}`, refOf(o));
  return [...seen.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}
