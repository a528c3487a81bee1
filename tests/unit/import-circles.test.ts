// Issue 13: no files import each other in a circle. A circle (even through `import type`) means two files can only
// be understood together; the library's LibraryApp ↔ LibraryView ↔ EditorPanel was one.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const SOURCE_DIRS = ['components', 'lib', 'entrypoints'];

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [file] : [];
  });
}

// Static imports and re-exports (`import type` too), side-effect imports and dynamic `import()`.
const IMPORT =
  /\b(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]|\bimport\s+['"]([^'"]+)['"]/g;

/** Each project file and the project files it imports (`@/…` and relative specifiers). */
function importGraph(files: readonly string[], read: (file: string) => string): Map<string, string[]> {
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
      const targets = [...read(file).matchAll(IMPORT)].flatMap((m) => resolve(file, m[1] ?? m[2] ?? m[3] ?? '') ?? []);
      return [file, [...new Set(targets)]];
    }),
  );
}

/** The groups of files that reach each other through imports (strongly connected components larger than one). */
function importCircles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
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

describe('import circles', () => {
  it('finds a circle through a type import, and none in a chain', () => {
    const sources: Record<string, string> = {
      'components/a/App.tsx': "import { View } from './View';",
      'components/a/View.tsx': "import { Panel } from './Panel';\nimport x from 'preact';",
      'components/a/Panel.tsx': "import type { Pending } from '@/components/a/App';",
      'lib/b.ts': "export { c } from './c';",
      'lib/c.ts': "const lazy = () => import('./d');",
      'lib/d.ts': '',
    };
    const graph = importGraph(Object.keys(sources), (file) => sources[file] ?? '');
    expect(importCircles(graph)).toEqual([['components/a/App.tsx', 'components/a/Panel.tsx', 'components/a/View.tsx']]);
    expect(graph.get('lib/c.ts')).toEqual(['lib/d.ts']);
  });

  it('has no circle among the extension’s own files', () => {
    const files = SOURCE_DIRS.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(100);
    const graph = importGraph(files, (file) => readFileSync(path.join(ROOT, file), 'utf8'));
    expect(importCircles(graph)).toEqual([]);
  });
});
