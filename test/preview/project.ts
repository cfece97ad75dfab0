/**
 * Temporary projects for the preview tests: a copy of the project's data, schemas and content,
 * which the tests edit as an author would.
 */
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { resolveProject, type ProjectPaths } from '../../pipeline/project/index.js';

export const ROOT = resolve(import.meta.dirname, '..', '..');

/** A copy of the project's inputs in a fresh temporary directory. */
export function copyProject(): ProjectPaths {
  const dir = mkdtempSync(join(tmpdir(), 'vdr-preview-test-'));
  for (const part of ['data', 'schemas', 'content']) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  return resolveProject(dir);
}

export function removeProject(project: ProjectPaths): void {
  rmSync(project.root, { recursive: true, force: true });
}

/**
 * Saves a file as many editors do: a hidden copy renamed over it, so the preview never sees it
 * half written (which it would only show for a moment, but a test could catch that moment).
 */
export function save(project: ProjectPaths, file: string, text: string): void {
  const path = join(project.root, file);
  const copy = join(dirname(path), `.${basename(path)}.tmp`);
  writeFileSync(copy, text);
  renameSync(copy, path);
}

/** Appends a paragraph to a file of the project, as an author saving a chapter. */
export function appendParagraph(project: ProjectPaths, file: string, text: string): void {
  save(project, file, `${readFileSync(join(project.root, file), 'utf8')}\n\n${text}\n`);
}

/** Replaces the first occurrence of `from` in a file of the project. */
export function replaceIn(project: ProjectPaths, file: string, from: string, to: string): void {
  const path = join(project.root, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}`);
  save(project, file, text.replace(from, to));
}
