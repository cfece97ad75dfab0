/**
 * Everything before a report is made, shared by build, explain, diff and publish: the edition,
 * the data validated, and the edition's metrics, from the opened project (which makes each once).
 */
import type { Message } from '../diagnostics/message.js';
import type { LoadedEdition } from '../edition/load.js';
import type { Metrics } from '../metrics/types.js';
import type { Dataset } from '../model.js';
import type { Project } from './index.js';

/** What preparing an edition gave: its data and metrics, or the messages and refusal that stopped it. */
export interface Prepared {
  /** Every problem in the data and the editions' configuration. */
  messages: Message[];
  /** Why nothing could be prepared at all (no such edition), with its exit code. */
  refusal?: { reason: string; exit: 2 | 3 };
  edition?: LoadedEdition;
  /** The data and metrics: absent when the data or any edition's configuration has an error. */
  dataset?: Dataset;
  metrics?: Metrics;
}

/**
 * Prepares an edition: picks it, and when neither the data nor any edition's configuration has an
 * error, gives its data and metrics.
 *
 * @param project
 *   The opened project.
 * @param year
 *   (optional) The edition (default: the one the project was opened for, else the newest).
 */
export function prepare(project: Project, year?: number): Prepared {
  const validation = project.validation();
  const editions = project.editions();
  const messages = [...validation.messages, ...editions.messages];
  const picked = project.edition(year);
  if (typeof picked === 'string') return { messages, refusal: { reason: picked, exit: 2 } };
  if (messages.some((m) => m.severity === 'error')) return { messages, edition: picked };
  const data = project.data(picked);
  return data ? { messages, edition: picked, ...data } : { messages, edition: picked };
}
