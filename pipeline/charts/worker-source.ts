/**
 * Running the render worker from TypeScript source (under vitest or tsx). Node 20 applies no
 * loader hooks inside worker threads, so a worker cannot load worker.ts itself; instead its
 * import graph (worker.ts and the modules it imports, relative imports only) is transpiled with
 * the TypeScript compiler into node_modules/.cache/vdr/, in a folder named by a hash of the
 * sources. From there, packages such as vega resolve as they do from the project. Production
 * runs the compiled dist/charts/worker.js and never reaches this module.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Relative module specifiers of a source file (`from './x.js'`, `import('./x.js')`), not type-only imports. */
function relativeImports(source: string): string[] {
  const found: string[] = [];
  const pattern = /(?:^|\n)\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;
  for (const match of source.matchAll(pattern)) {
    if (match[2]) continue;
    const specifier = match[3] ?? match[4];
    if (specifier) found.push(specifier);
  }
  return found;
}

/**
 * Transpiles the worker's import graph and returns the URL of the transpiled worker.
 *
 * @param entry
 *   URL of worker.ts.
 */
export async function transpiledWorker(entry: URL): Promise<URL> {
  const ts = (await import('typescript')).default;
  const entryPath = fileURLToPath(entry);
  const root = resolve(dirname(entryPath), '..');
  const files = new Map<string, string>();
  const visit = (path: string): void => {
    if (files.has(path)) return;
    const source = readFileSync(path, 'utf8');
    files.set(path, source);
    for (const specifier of relativeImports(source)) visit(resolve(dirname(path), specifier.replace(/\.js$/, '.ts')));
  };
  visit(entryPath);
  const hash = createHash('sha256');
  for (const [path, source] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) hash.update(`${relative(root, path)}\n${source}\n`);
  const projectRoot = resolve(root, '..');
  const outDir = join(projectRoot, 'node_modules', '.cache', 'vdr', `charts-worker-${hash.digest('hex').slice(0, 16)}`);
  const outPath = (path: string): string => join(outDir, relative(root, path)).replace(/\.ts$/, '.js');
  if (!existsSync(outPath(entryPath))) {
    // The entry last: once it exists, everything it imports does (another process may be here too).
    // Each file is written whole under another name and renamed, so a worker of another process
    // never reads one half written.
    const write = (target: string, text: string): void => {
      mkdirSync(dirname(target), { recursive: true });
      const temporary = `${target}.${process.pid}.tmp`;
      writeFileSync(temporary, text);
      renameSync(temporary, target);
    };
    write(join(outDir, 'package.json'), '{"type":"module"}\n');
    const order = [...files].sort(([a], [b]) => Number(a === entryPath) - Number(b === entryPath));
    for (const [path, source] of order) {
      const { outputText } = ts.transpileModule(source, {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
        fileName: path,
      });
      write(outPath(path), outputText);
    }
  }
  return pathToFileURL(outPath(entryPath));
}
