/**
 * Everything `vdr validate` checks, in order: the data (validate/), each edition's configuration
 * (edition/), and each edition's chapters against the data and its metrics (content/).
 */
import { checkContent } from './content/index.js';
import type { Message } from './diagnostics/message.js';
import { loadEditions, previousEdition } from './edition/load.js';
import { computeMetrics } from './metrics/index.js';
import type { Project } from './project.js';
import { SchemaRegistry } from './schema/registry.js';
import { validateProject } from './validate/index.js';

export interface CheckResult {
  messages: Message[];
  /** Project-relative paths of every file checked. */
  files: string[];
  /** Whether every chapter could be checked (they need data without errors); true when there are none. */
  contentChecked: boolean;
}

/** Checks the data, every edition and every chapter; collects every problem. */
export function checkProject(project: Project): CheckResult {
  const registry = SchemaRegistry.load(project.schemasDir);
  const validation = validateProject(project, registry);
  const messages = [...validation.messages];
  const files = [...validation.files];
  const editions = loadEditions(project, registry, messages);
  for (const edition of editions) files.push(edition.file, ...edition.chapters.map((c) => `${edition.dir}/${c}`));
  const dataset = validation.dataset;
  if (!dataset) return { messages, files, contentChecked: editions.length === 0 };
  for (const edition of editions) {
    const previous = previousEdition(editions, edition);
    const metrics = computeMetrics(dataset, previous === undefined ? { year: edition.year } : { year: edition.year, previous });
    messages.push(...checkContent({ root: project.root, edition, dataset, metrics }));
  }
  return { messages, files, contentChecked: true };
}
