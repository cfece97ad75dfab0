/**
 * `vdr init DIR` (SPEC 13): a project of one's own, without the sample. It writes, in one step:
 * 1. schemas/: the JSON Schemas vdr checks the data against, as this vdr has them;
 * 2. data/: the real reference data (partner countries and their names by date, organizations,
 *    pillars, Expert Working Group meetings, glossary), an empty indicator catalogue and units
 *    file, no observations, and a datasets.yaml whose comments show how to add them;
 * 3. content/: the UN documents the report may cite, and one edition whose chapter builds as it
 *    is and explains each directive in comments;
 * 4. README.md (how to go on, from adding an indicator to publishing) and .gitignore.
 * The directory must not exist or be empty; nothing is written on refusal.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeDirectoryAtomically, type OutputFiles } from '../io/atomic.js';
import { listFiles } from '../io/files.js';
import { chapterTemplate, datasetsTemplate, editionTemplate, gitignoreTemplate, indicatorsTemplate, readmeTemplate, unitsTemplate } from './templates.js';

/** Where vdr itself sits: its schemas/, data/reference/ and content/references.yaml are copied from there. */
const TOOL_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The reference files a new project gets, as data/datasets.yaml names them. */
const REFERENCE_FILES = ['countries.csv', 'country-names.csv', 'organizations.csv', 'pillars.yaml', 'ewg-meetings.csv', 'glossary.yaml'];

export interface InitOptions {
  /** The year of the first edition, such as 2025. */
  year: number;
}

/** A new project, or why there is none (exit 2: the directory is taken; 3: it cannot be written). */
export type InitResult = { ok: true; dir: string; files: string[] } | { ok: false; reason: string; exit: 2 | 3 };

/**
 * Makes a new vdr project.
 *
 * @param dir
 *   Where, absolute or relative to the working directory; it must not exist or be empty.
 * @param options
 *   The first edition's year.
 */
export function initProject(dir: string, options: InitOptions): InitResult {
  const target = resolve(dir);
  if (existsSync(target)) {
    if (!statSync(target).isDirectory()) return { ok: false, reason: `${dir} is a file; give a new directory`, exit: 2 };
    if (readdirSync(target).length > 0) return { ok: false, reason: `${dir} is not empty; give a new directory, so that nothing in it is overwritten`, exit: 2 };
  }
  const files: OutputFiles = new Map();
  for (const path of listFiles(join(TOOL_ROOT, 'schemas'))) files.set(`schemas/${path}`, readFileSync(join(TOOL_ROOT, 'schemas', path)));
  for (const name of REFERENCE_FILES) files.set(`data/reference/${name}`, readFileSync(join(TOOL_ROOT, 'data', 'reference', name)));
  files.set('data/datasets.yaml', datasetsTemplate(options.year));
  files.set('data/indicators.yaml', indicatorsTemplate());
  files.set('data/units.yaml', unitsTemplate());
  files.set('content/references.yaml', readFileSync(join(TOOL_ROOT, 'content', 'references.yaml')));
  files.set(`content/${options.year}/edition.yaml`, editionTemplate(options.year));
  files.set(`content/${options.year}/introduction.md`, chapterTemplate());
  files.set('README.md', readmeTemplate(options.year));
  files.set('.gitignore', gitignoreTemplate());
  try {
    writeDirectoryAtomically(target, files);
  } catch (error) {
    return { ok: false, reason: `could not write ${dir} (${(error as Error).message}); nothing was written`, exit: 3 };
  }
  return { ok: true, dir: target, files: [...files.keys()].sort() };
}
