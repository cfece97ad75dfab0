/**
 * Running a worker thread from TypeScript source (under vitest or tsx). Node 20 applies no
 * loader hooks inside worker threads, so a worker cannot load its .ts file itself; instead its
 * import graph (the entry and the modules it imports, relative imports only) is transpiled with
 * the TypeScript compiler into node_modules/.cache/vdr/, in a folder named by a hash of the
 * sources. From there, packages such as vega resolve as they do from the project. Production
 * runs the compiled dist/ workers and never reaches this module.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeFileAtomically } from './atomic.js';

type TypeScript = typeof import('typescript');

/** Relative module specifiers a source file imports, as the TypeScript scanner reads them (comments skipped). */
function relativeImports(ts: TypeScript, source: string): string[] {
  return ts
    .preProcessFile(source, true, true)
    .importedFiles.map((file) => file.fileName)
    .filter((name) => name.startsWith('./') || name.startsWith('../'));
}

/**
 * The file to start a worker from: `NAME.js` beside a compiled module; beside a TypeScript
 * source, a transpiled copy of `NAME.ts` (made synchronously, so a synchronous caller can start
 * a worker too).
 *
 * @param moduleUrl
 *   `import.meta.url` of the module starting the worker.
 * @param name
 *   The worker module's name without extension, in the same folder.
 */
export function workerBeside(moduleUrl: string, name: string): URL {
  return moduleUrl.endsWith('.ts') ? transpiledWorker(new URL(`./${name}.ts`, moduleUrl)) : new URL(`./${name}.js`, moduleUrl);
}

/**
 * Transpiles the worker's import graph and returns the URL of the transpiled worker.
 *
 * @param entry
 *   URL of the worker's .ts file, under pipeline/<folder>/.
 */
function transpiledWorker(entry: URL): URL {
  const ts = createRequire(import.meta.url)('typescript') as TypeScript;
  const entryPath = fileURLToPath(entry);
  const root = resolve(dirname(entryPath), '..');
  const files = new Map<string, string>();
  const visit = (path: string): void => {
    if (files.has(path)) return;
    const source = readFileSync(path, 'utf8');
    files.set(path, source);
    for (const specifier of relativeImports(ts, source)) visit(resolve(dirname(path), specifier.replace(/\.js$/, '.ts')));
  };
  visit(entryPath);
  const hash = createHash('sha256');
  for (const [path, source] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) hash.update(`${relative(root, path)}\n${source}\n`);
  const projectRoot = resolve(root, '..');
  const outDir = join(projectRoot, 'node_modules', '.cache', 'vdr', `worker-${hash.digest('hex').slice(0, 16)}`);
  const outPath = (path: string): string => join(outDir, relative(root, path)).replace(/\.ts$/, '.js');
  if (!existsSync(outPath(entryPath))) {
    // The entry last: once it exists, everything it imports does (another process may be here too).
    // Each file is written whole, so a worker of another process never reads one half written.
    writeFileAtomically(join(outDir, 'package.json'), '{"type":"module"}\n');
    const order = [...files].sort(([a], [b]) => Number(a === entryPath) - Number(b === entryPath));
    for (const [path, source] of order) {
      const { outputText } = ts.transpileModule(source, {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
        fileName: path,
      });
      writeFileAtomically(outPath(path), outputText);
    }
  }
  return pathToFileURL(outPath(entryPath));
}
