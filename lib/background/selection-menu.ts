import type { I18n } from '@/lib/i18n';
import type { MessageKey } from '@/lib/i18n/en';
import { locateSelection } from '@/lib/review/selection-figure';
import type { EntityKind, SaveOutcome } from '@/lib/schema';
import { addCandidateEntities, addSelectedFigure } from '@/lib/store/candidate-review';
import type { DealLensDatabase } from '@/lib/store/db';
import { savedArticleFor } from '@/lib/store/saved-articles';
import type { MenuItem } from './context-menus';

export const ADD_SELECTION_MENU_ID = 'deal-lens-add-selection';
const AS = 'deal-lens-add-as-';
const FIGURE_MENU_ID = `${AS}figure`;

/** The kinds the submenu offers, most asked first. */
export const MENU_KINDS: readonly EntityKind[] = [
  'company',
  'government',
  'person',
  'organization',
  'program',
  'place',
];

/** What the reader asked for from the submenu. */
export type SelectionChoice = { type: 'name'; kind: EntityKind } | { type: 'figure' };

/**
 * "Add “…” to Deal Lens" on a selection in a web page (issue 21: add what was missed), with one item per kind
 * and one for a figure. The browser shows the selection in the title and hands it to the background: the page
 * takes no part, and nothing is inserted in it.
 */
export function selectionMenuItems(i18n: I18n): MenuItem[] {
  const common = {
    contexts: ['selection'] as MenuItem['contexts'],
    documentUrlPatterns: ['http://*/*', 'https://*/*'],
  };
  return [
    { id: ADD_SELECTION_MENU_ID, title: i18n.t('menuAddSelection'), ...common },
    ...MENU_KINDS.map((kind) => ({
      id: `${AS}${kind}`,
      parentId: ADD_SELECTION_MENU_ID,
      title: i18n.t('menuAsKind', { kind: i18n.t(`kind_${kind}` as MessageKey).toLowerCase() }),
      ...common,
    })),
    { id: FIGURE_MENU_ID, parentId: ADD_SELECTION_MENU_ID, title: i18n.t('menuAsFigure'), ...common },
  ];
}

/** The choice a menu item stands for; undefined for any other item. */
export function choiceOfMenu(menuItemId: string | number): SelectionChoice | undefined {
  if (menuItemId === FIGURE_MENU_ID) return { type: 'figure' };
  const kind = typeof menuItemId === 'string' && menuItemId.startsWith(AS) ? menuItemId.slice(AS.length) : '';
  return (MENU_KINDS as readonly string[]).includes(kind) ? { type: 'name', kind: kind as EntityKind } : undefined;
}

/** What the menu handler needs: the store, saving a tab (for a figure of a page not saved yet), the UI strings. */
export interface SelectionMenuDeps {
  db: DealLensDatabase;
  save: (tabId: number) => Promise<SaveOutcome>;
  i18n: I18n;
}

/** What the menu did, in words for the toolbar button's tooltip. */
export interface SelectionMenuResult {
  ok: boolean;
  message: string;
}

/**
 * Adds a live page's selection to the store, as the reader chose from the menu:
 * - a name: an entity of that kind, matched on every page from the next scan; if the page is a saved article
 *   that proposed the same name, the proposal is settled;
 * - a figure: it joins the proposed figures of the page's saved article (the page is saved first if it is not
 *   yet, as the "Save this article" item does), parsed in its sentence there, for the reader to file on the
 *   review page.
 * Everything goes through lib/store; the page is not asked anything beyond what saving already reads.
 */
export async function addSelectionFromMenu(
  deps: SelectionMenuDeps,
  request: { choice: SelectionChoice; selectionText: string; tabId?: number; pageUrl?: string },
): Promise<SelectionMenuResult> {
  const { db, i18n } = deps;
  const text = request.selectionText.trim().replace(/\s+/gu, ' ');
  const short = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  const saved = request.pageUrl ? await savedArticleFor(db, request.pageUrl) : undefined;
  if (request.choice.type === 'name') {
    if (text.length < 2 || text.length > 200) return { ok: false, message: i18n.t('menuAddFailed', { error: short }) };
    const kind = request.choice.kind;
    await addCandidateEntities(db, saved?.id, [{ key: text, name: text, kind }], saved?.language ?? 'und');
    return { ok: true, message: i18n.t('menuNameAdded', { name: short, kind: i18n.t(`kind_${kind}` as MessageKey) }) };
  }
  let article = saved;
  if (!article && request.tabId !== undefined) {
    const outcome = await deps.save(request.tabId);
    if (!outcome.ok) {
      return { ok: false, message: i18n.t(`saveFailed_${outcome.reason.replaceAll('-', '_')}` as MessageKey) };
    }
    article = await db.articles.get(outcome.articleId);
  }
  if (!article) return { ok: false, message: i18n.t('menuNotInArticle', { text: short }) };
  const at = locateSelection(article.text, text);
  if (!at) return { ok: false, message: i18n.t('menuNotInArticle', { text: short }) };
  const fact = await addSelectedFigure(db, article.id, at.start, at.end);
  return fact
    ? { ok: true, message: i18n.t('menuFigureAdded', { text: fact.figure.text, title: article.title }) }
    : { ok: false, message: i18n.t('menuNoFigure', { text: short }) };
}
