// Issue 13: no files import each other in a circle. A circle (even through `import type`) means two files can only
// be understood together; the library's LibraryApp ↔ LibraryView ↔ EditorPanel was one.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCircles, importGraph, ROOT, SOURCE_DIRS, sourceFiles } from './import-graph';

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
