/**
 * Temporary projects for the publish and diff tests: a copy of the project's data, schemas and
 * content, and a final build directory with the real metrics and stub report files (the HTML
 * and PDF stages are tested elsewhere), with a stand-in for the build publish runs.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { build } from '../../pipeline/build.js';
import { editionLanguages, reportFile } from '../../pipeline/edition/languages.js';
import type { Message } from '../../pipeline/diagnostics/message.js';
import type { OutputFiles } from '../../pipeline/io/atomic.js';
import type { SealableBuild } from '../../pipeline/publish/index.js';
import { openProject, resolveProject, type ProjectPaths } from '../../pipeline/project/index.js';

export const root = resolve(import.meta.dirname, '..', '..');

/** A copy of the project's inputs in a fresh temporary directory. */
export function copyProject(prefix = 'vdr-publish-'): ProjectPaths {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const part of ['data', 'schemas', 'content']) cpSync(join(root, part), join(dir, part), { recursive: true });
  return resolveProject(dir);
}

export function removeProject(project: ProjectPaths): void {
  rmSync(project.root, { recursive: true, force: true });
}

/**
 * Builds an edition's metrics with the real build (its source language only), and adds stub
 * reports for each of its languages (report.html and report.pdf, report.fr.html...), as a final
 * build would.
 *
 * @returns
 *   The build directory, absolute.
 */
export async function finalBuild(project: ProjectPaths, edition: number): Promise<string> {
  const opened = openProject(project, { edition });
  const picked = opened.edition();
  if (typeof picked === 'string') throw new Error(picked);
  const outcome = await build(opened, { pdf: false, language: picked.language });
  if (!outcome.outputDir) throw new Error(`the test build of ${edition} failed: ${JSON.stringify(outcome.messages.slice(0, 3))}`);
  for (const language of editionLanguages(picked)) {
    writeFileSync(join(outcome.outputDir, reportFile(picked, language, 'html')), `<!DOCTYPE html><html lang="${language}"><title>${edition}</title><p>Stub report ${edition}.</p></html>\n`);
    writeFileSync(join(outcome.outputDir, reportFile(picked, language, 'pdf')), `%PDF-1.7\n% stub report ${edition} ${language}\n%%EOF\n`);
  }
  return outcome.outputDir;
}

/** Every file under `dir` (hidden ones too), relative with forward slashes, with the sha256 of its bytes. */
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (at: string): void => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.set(relative(dir, path).split(sep).join('/'), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  if (statSync(dir, { throwIfNoEntry: false })?.isDirectory()) walk(dir);
  return out;
}

/** Writes a file, making its directory. */
export function put(path: string, content: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
}

/**
 * A stand-in for the build publish runs: it makes the files now in `dir` (a build directory
 * from finalBuild), as bytes, with `messages`.
 */
export function madeFrom(dir: string, messages: Message[] = []): () => Promise<SealableBuild> {
  return async () => {
    const written: OutputFiles = new Map();
    for (const path of snapshot(dir).keys()) written.set(path, readFileSync(join(dir, path)));
    return { messages, written };
  };
}

/** madeFrom(dir), counting how often publish asks for the build (a refusal that comes first asks for none). */
export function countedBuild(dir: string): { build: () => Promise<SealableBuild>; calls: () => number } {
  const made = madeFrom(dir);
  let calls = 0;
  return {
    build: () => {
      calls += 1;
      return made();
    },
    calls: () => calls,
  };
}
