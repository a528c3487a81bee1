// Issue 21 part 4 on a live page: the context menu's "Add “…” to Deal Lens" submenu. The browser's native menu
// cannot be driven by Playwright, so this tests what the menu calls: its items, and the handler on a real store.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { saveArticleFromTab } from '@/lib/background/save-article';
import {
  ADD_SELECTION_MENU_ID,
  addSelectionFromMenu,
  choiceOfMenu,
  selectionMenuItems,
} from '@/lib/background/selection-menu';
import { createI18n } from '@/lib/i18n';
import { buildSeedRecords } from '@/lib/seed/seed-records';
import type { DealLensDatabase } from '@/lib/store/db';
import { applySeedRecords } from '@/lib/store/seed-store';
import { page, saveDeps, savePeruStory } from '../save/save-fixtures';
import { freshDatabase, readSeedBundle } from '../store/helpers';

let db: DealLensDatabase;
beforeEach(async () => {
  db = freshDatabase();
  await applySeedRecords(db, await buildSeedRecords(readSeedBundle(), 1));
});
const i18n = createI18n('en');
const STORY_URL = 'https://news.example/peru?utm=1';

describe('the selection submenu', () => {
  it('offers each kind and a figure under one item that shows the selection, on web pages only', () => {
    const items = selectionMenuItems(i18n);
    expect(items[0]).toMatchObject({
      id: ADD_SELECTION_MENU_ID,
      title: 'Add “%s” to Deal Lens',
      contexts: ['selection'],
    });
    const children = items.slice(1);
    expect(children.every((i) => i.parentId === ADD_SELECTION_MENU_ID)).toBe(true);
    expect(children.map((i) => i.title)).toEqual([
      'As company',
      'As government',
      'As person',
      'As organization',
      'As programme',
      'As place',
      'As a figure',
    ]);
    expect(children.map((i) => choiceOfMenu(i.id))).toContainEqual({ type: 'figure' });
    expect(choiceOfMenu(children[2]?.id ?? '')).toEqual({ type: 'name', kind: 'person' });
    expect(choiceOfMenu('deal-lens-save-article')).toBeUndefined();
    expect(choiceOfMenu('deal-lens-add-as-asteroid')).toBeUndefined();
  });
});

describe('adding a live page’s selection', { timeout: 20_000 }, () => {
  const save = vi.fn(async () => ({ ok: false as const, reason: 'no-article' as const }));

  it('adds a name of the chosen kind, matched from then on, from a page never saved', async () => {
    const result = await addSelectionFromMenu(
      { db, save, i18n },
      {
        choice: { type: 'name', kind: 'person' },
        selectionText: '  Katrin\n Vogel ',
        tabId: 3,
        pageUrl: 'https://elsewhere.example/',
      },
    );
    expect(result).toEqual({ ok: true, message: 'Deal Lens: added “Katrin Vogel” (Person)' });
    const entity = await db.entities.get('katrin-vogel');
    expect(entity).toMatchObject({ name: 'Katrin Vogel', kind: 'person', origin: 'user' });
    expect(save).not.toHaveBeenCalled();
  });

  it('does not make a second entity of a name the store already carries', async () => {
    const count = await db.entities.count();
    const request = { choice: { type: 'name', kind: 'company' } as const, selectionText: 'HUAWEI', tabId: 3 };
    expect((await addSelectionFromMenu({ db, save, i18n }, request)).ok).toBe(true);
    expect(await db.entities.count()).toBe(count);
  });

  it('settles the saved article’s own proposal of that name', async () => {
    const story = await savePeruStory(db, {
      text: `La société Pengyou Tech a signé avec Huawei. Pengyou Tech formera les enseignants.\n${page().text}`,
    });
    expect((await db.candidates.get(story))?.entities.map((e) => e.name)).toContain('Pengyou Tech');
    await addSelectionFromMenu(
      { db, save, i18n },
      { choice: { type: 'name', kind: 'company' }, selectionText: 'Pengyou Tech', tabId: 7, pageUrl: STORY_URL },
    );
    expect((await db.candidates.get(story))?.entities.map((e) => e.name)).not.toContain('Pengyou Tech');
    expect((await db.entities.get('pengyou-tech'))?.kind).toBe('company');
  });

  it('adds a figure to the saved article’s proposals, saving the page first when it is not saved yet', async () => {
    const text = `${page().text}\nLe site couvrira 40 hectares près de Lima.`;
    const saveTab = vi.fn((tabId: number) =>
      saveArticleFromTab(saveDeps(db, { ok: true, article: page({ text, length: text.length }) }), tabId),
    );
    const result = await addSelectionFromMenu(
      { db, save: saveTab, i18n },
      { choice: { type: 'figure' }, selectionText: '40 hectares', tabId: 7, pageUrl: STORY_URL },
    );
    expect(saveTab).toHaveBeenCalledWith(7);
    expect(result.ok).toBe(true);
    expect(result.message).toBe('Deal Lens: figure “40 hectares” added to the review of “Huawei et le Pérou”');
    const article = (await db.articles.toArray()).find((a) => a.url === STORY_URL);
    const proposed = (await db.candidates.get(article?.id ?? ''))?.facts[0];
    expect(proposed).toMatchObject({ value: 40, quote: 'Le site couvrira 40 hectares près de Lima.' });
  });

  it('says why when the selection holds no figure, or is not in the article', async () => {
    await savePeruStory(db);
    const figure = (selectionText: string) =>
      addSelectionFromMenu(
        { db, save, i18n },
        { choice: { type: 'figure' }, selectionText, tabId: 7, pageUrl: STORY_URL },
      );
    expect(await figure('Huawei')).toEqual({ ok: false, message: 'Deal Lens: no figure in “Huawei”' });
    expect(await figure('a cookie banner')).toEqual({
      ok: false,
      message: 'Deal Lens: “a cookie banner” is not in the article’s text',
    });
    // A page that cannot be saved: the save's own message, and nothing stored.
    const before = await db.candidates.count();
    const unsaved = await addSelectionFromMenu(
      { db, save, i18n },
      { choice: { type: 'figure' }, selectionText: '40 hectares', tabId: 9, pageUrl: 'https://nothing.example/' },
    );
    expect(unsaved.ok).toBe(false);
    expect(await db.candidates.count()).toBe(before);
  });
});
