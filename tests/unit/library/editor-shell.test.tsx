// @vitest-environment happy-dom
// The frame every record form shares (EditorShell): the origin and id under the title, and Delete after the other
// actions, for each of the four editors; neither on a new record's form.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { EditorPanel } from '@/components/library/EditorPanel';
import type { Pending } from '@/components/library/library-types';
import { recordOptions } from '@/components/library/record-options';
import { createI18n } from '@/lib/i18n';
import { buildLibraryIndex, type LibraryIndex } from '@/lib/library/library-index';
import { loadLibrary, type RecordKind } from '@/lib/library/records';
import { seededDatabase } from './library-fixtures';

afterEach(cleanup);

let index: LibraryIndex;
beforeAll(async () => {
  const { db } = await seededDatabase();
  index = buildLibraryIndex(await loadLibrary(db));
});

function renderEditor(kind: RecordKind, route: { id?: string; create?: boolean }, lang: 'en' | 'fr' = 'en') {
  const i18n = createI18n(lang);
  const setPending = vi.fn<(pending: Pending) => void>();
  render(
    <EditorPanel
      kind={kind}
      route={{ section: kind, ...route }}
      index={index}
      options={recordOptions(index, i18n)}
      conflictedFacts={new Set()}
      i18n={i18n}
      onSave={async () => undefined}
      setPending={setPending}
    />,
  );
  return { setPending };
}

const actionNames = () =>
  Array.from(document.querySelectorAll('.dl-actions > *'), (element) => element.textContent?.trim());

describe('the editors’ shared frame', () => {
  const cases: [RecordKind, () => string, string[]][] = [
    ['entities', () => 'huawei', ['Save', 'Cancel', 'Merge…', 'Delete…']],
    ['deals', () => 'aws-mexico', ['Save', 'Cancel', 'Delete…']],
    ['facts', () => index.data.facts[0]?.id ?? '', ['Save', 'Cancel', 'Delete…']],
    ['articles', () => index.data.articles[0]?.id ?? '', ['Save', 'Cancel', 'Delete…']],
  ];

  it.each(cases)('%s: shows the origin and id, and Delete… asks to delete that record', (kind, id, actions) => {
    const { setPending } = renderEditor(kind, { id: id() });
    expect(document.querySelector('.dl-editor-meta')?.textContent).toBe(`Seed · id ${id()}`);
    expect(actionNames()).toEqual(actions);
    fireEvent.click(screen.getByRole('button', { name: 'Delete…' }));
    expect(setPending).toHaveBeenCalledWith({ type: 'delete', kind, id: id() });
  });

  it.each(['entities', 'deals', 'facts'] as const)('%s: a new record’s form has neither', (kind) => {
    renderEditor(kind, { create: true });
    expect(document.querySelector('.dl-editor-meta')).toBeNull();
    expect(actionNames()).toEqual(['Save', 'Cancel']);
  });

  it('says where an edited seed record came from, in the reader’s language', () => {
    const huawei = index.entities.get('huawei');
    if (!huawei) throw new Error('no huawei in the seed');
    index.entities.set('huawei', { ...huawei, editedAt: 1 });
    try {
      renderEditor('entities', { id: 'huawei' }, 'fr');
      expect(document.querySelector('.dl-editor-meta')?.textContent).toBe('Catalogue, modifié · identifiant huawei');
      expect(screen.getByRole('button', { name: 'Supprimer…' })).toBeTruthy();
    } finally {
      index.entities.set('huawei', huawei);
    }
  });
});
