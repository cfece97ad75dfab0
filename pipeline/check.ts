/**
 * Everything `vdr validate` checks, in order: the data (validate/), each edition's configuration
 * (edition/), and each edition's chapters against the data and its metrics (content/). The data,
 * the editions and each edition's metrics come from the opened project, as they do for a build.
 */
import { checkContent } from './content/index.js';
import type { Message } from './diagnostics/message.js';
import type { Project } from './project/index.js';

export interface CheckResult {
  messages: Message[];
  /** Project-relative paths of every file checked. */
  files: string[];
  /** Whether every chapter could be checked (they need data without errors); true when there are none. */
  contentChecked: boolean;
}

/**
 * Checks the data, every edition and every chapter; collects every problem. Unlike a build, an
 * edition whose configuration is broken does not stop the others' chapters from being checked.
 */
export function checkProject(project: Project): CheckResult {
  const validation = project.validation();
  const { editions, messages: editionMessages } = project.editions();
  const messages = [...validation.messages, ...editionMessages];
  const files = [...validation.files, ...editions.flatMap((edition) => [edition.file, ...edition.chapters.map((c) => `${edition.dir}/${c}`)])];
  if (!validation.dataset) return { messages, files, contentChecked: editions.length === 0 };
  for (const edition of editions) {
    const data = project.data(edition)!;
    messages.push(...checkContent({ root: project.root, edition, ...data }));
  }
  return { messages, files, contentChecked: true };
}
