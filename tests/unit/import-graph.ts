// The project's import graph, read from the sources with a regular expression (no bundler): what the
// import-circles and layering tests check. Issue 13.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
export const SOURCE_DIRS = ['components', 'lib', 'entrypoints'];

export function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [file] : [];
  });
}

// Static imports and re-exports (`import type` too), side-effect imports and dynamic `import()`.
const IMPORT =
  /\b(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]|\bimport\s+['"]([^'"]+)['"]/g;

/**
 * Each project file and the project files it imports (`@/…` and relative specifiers); with `packages`, also the
 * packages it imports, by their specifier ("@mozilla/readability").
 */
export function importGraph(
  files: readonly string[],
  read: (file: string) => string,
  { packages = false } = {},
): Map<string, string[]> {
  const known = new Set(files);
  const resolve = (from: string, spec: string): string | undefined => {
    let base: string;
    if (spec.startsWith('@/')) base = spec.slice(2);
    else if (spec.startsWith('.')) base = path.posix.join(path.posix.dirname(from), spec);
    else return undefined;
    return [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`].find((f) => known.has(f));
  };
  return new Map(
    files.map((file) => {
      const targets = [...read(file).matchAll(IMPORT)].flatMap((m) => {
        const spec = m[1] ?? m[2] ?? m[3] ?? '';
        const isPackage = !spec.startsWith('.') && !spec.startsWith('@/');
        return (isPackage ? (packages ? spec : undefined) : resolve(file, spec)) ?? [];
      });
      return [file, [...new Set(targets)]];
    }),
  );
}

/** The groups of files that reach each other through imports (strongly connected components larger than one). */
export function importCircles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  const visit = (file: string) => {
    order.set(file, counter);
    low.set(file, counter++);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!order.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file) ?? 0, order.get(next) ?? 0));
    }
    if (low.get(file) !== order.get(file)) return;
    const group: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      group.push(member);
    } while (member !== file);
    if (group.length > 1 || graph.get(file)?.includes(file)) circles.push(group.sort());
  };
  for (const file of graph.keys()) if (!order.has(file)) visit(file);
  return circles;
}

/** Everything `start` imports, directly or through other files (files and, if the graph has them, packages). */
export function reachable(graph: ReadonlyMap<string, readonly string[]>, start: string): Set<string> {
  const seen = new Set<string>();
  const queue = [start];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    for (const next of graph.get(file) ?? []) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return seen;
}

/** The extension's own files and their imports, packages included. */
export function projectGraph(): Map<string, string[]> {
  const files = SOURCE_DIRS.flatMap(sourceFiles);
  return importGraph(files, (file) => readFileSync(path.join(ROOT, file), 'utf8'), { packages: true });
}
