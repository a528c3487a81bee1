// Issue 13: no lower layer imports a higher one. The store sits under what saves and extracts; lib/ under the
// components and entrypoints that use it; a library component under the LibraryApp that composes it. And the
// background, which validates what the page's extractor sends, never loads the extractor (Readability) itself.
import { describe, expect, it } from 'vitest';
import { importGraph, projectGraph, reachable } from './import-graph';

/** A layer rule: no file that `from` matches may import a file or package that `to` matches. */
interface LayerRule {
  name: string;
  from: (file: string) => boolean;
  to: (target: string) => boolean;
}

const under =
  (...folders: string[]) =>
  (file: string) =>
    folders.some((folder) => file.startsWith(`${folder}/`));
const LIBRARY_APP = 'components/library/LibraryApp.tsx';

const RULES: readonly LayerRule[] = [
  {
    name: 'lib/store imports no higher layer',
    from: under('lib/store'),
    to: under('lib/save', 'lib/extract', 'lib/capture', 'components'),
  },
  {
    // What a fact measures and when two agree: shared by extraction, deal capture and the store's write road.
    name: 'lib/facts imports only schemas and text helpers',
    from: under('lib/facts'),
    to: (target) => !under('lib/facts', 'lib/schema', 'lib/text')(target) && target.startsWith('lib/'),
  },
  {
    // Deal capture is pure: it reads an article and the store's records, and writes nothing.
    name: 'lib/capture touches no store, browser or page',
    from: under('lib/capture'),
    to: under('lib/store', 'lib/background', 'lib/content', 'lib/save', 'components'),
  },
  { name: 'lib imports no components or entrypoints', from: under('lib'), to: under('components', 'entrypoints') },
  {
    name: 'library components do not import their parent',
    from: (file) => file.startsWith('components/library/') && file !== LIBRARY_APP,
    to: (target) => target === LIBRARY_APP,
  },
];

/** Every import that breaks a rule, as "rule: importer → imported". */
function layerViolations(graph: ReadonlyMap<string, readonly string[]>, rules: readonly LayerRule[]): string[] {
  return rules.flatMap((rule) =>
    [...graph].flatMap(([file, targets]) =>
      rule.from(file) ? targets.filter(rule.to).map((target) => `${rule.name}: ${file} → ${target}`) : [],
    ),
  );
}

describe('layering', () => {
  it('reports each kind of violation on a small graph, and nothing on a sound one', () => {
    const sources: Record<string, string> = {
      'lib/store/writes.ts': "import { rules } from '@/lib/save/rules';\nimport type { X } from '../extract/x';",
      'lib/save/rules.ts':
        "import { writes } from '@/lib/store/writes';\nimport { Card } from '@/components/card/Card';",
      'lib/extract/x.ts': "import { Readability } from '@mozilla/readability';",
      'components/card/Card.tsx': "import { rules } from '@/lib/save/rules';",
      'components/library/LibraryApp.tsx': "import { List } from './List';",
      'components/library/List.tsx': "import type { Pending } from './LibraryApp';",
      'entrypoints/background.ts': "import { writes } from '@/lib/store/writes';",
    };
    const graph = importGraph(Object.keys(sources), (file) => sources[file] ?? '', { packages: true });
    expect(layerViolations(graph, RULES)).toEqual([
      'lib/store imports no higher layer: lib/store/writes.ts → lib/save/rules.ts',
      'lib/store imports no higher layer: lib/store/writes.ts → lib/extract/x.ts',
      'lib imports no components or entrypoints: lib/save/rules.ts → components/card/Card.tsx',
      'library components do not import their parent: components/library/List.tsx → components/library/LibraryApp.tsx',
    ]);
    expect(reachable(graph, 'entrypoints/background.ts')).toContain('@mozilla/readability');

    const sound = importGraph(
      ['lib/store/writes.ts', 'lib/save/rules.ts', 'entrypoints/background.ts'],
      (file) =>
        ({
          'lib/save/rules.ts': "import { writes } from '@/lib/store/writes';",
          'entrypoints/background.ts': "import { rules } from '@/lib/save/rules';",
        })[file] ?? '',
      { packages: true },
    );
    expect(layerViolations(sound, RULES)).toEqual([]);
    expect(reachable(sound, 'entrypoints/background.ts')).not.toContain('@mozilla/readability');
  });

  it('holds for the extension’s own files', () => {
    const graph = projectGraph();
    expect(graph.has(LIBRARY_APP)).toBe(true);
    expect(layerViolations(graph, RULES)).toEqual([]);
  });

  it('keeps Readability out of the background', () => {
    const graph = projectGraph();
    const background = reachable(graph, 'entrypoints/background.ts');
    expect(background).toContain('lib/store/db.ts');
    expect(background).not.toContain('@mozilla/readability');
    // The in-page extractor does load it: the check would see it if the background did.
    expect(reachable(graph, 'entrypoints/extractor.ts')).toContain('@mozilla/readability');
  });
});
