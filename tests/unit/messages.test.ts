import { describe, expect, it, vi } from 'vitest';
import { isPageMessage, pageProtocol } from '@/lib/messages/page-protocol';
import { protocol } from '@/lib/messages/protocol';
import { senderTrust } from '@/lib/messages/sender';
import { dispatch, type Handlers, handleMessages, type MessageSender } from '@/lib/messages/server';
import { isWireRequest, unwrapReply } from '@/lib/messages/wire';

const self = { id: 'deal-lens-id', origin: 'chrome-extension://deal-lens-id/' };
/** The popup, the library, the saved-article page: extension pages. */
const popup: MessageSender = { id: self.id, url: `${self.origin}popup.html?tab=3` };
/** A library page opened in a tab: an extension page even though it has a tab. */
const libraryTab: MessageSender = { id: self.id, url: `${self.origin}library.html`, tab: { id: 9 } };
/** Our content script in a web page: our id, but the page's URL. */
const contentScript: MessageSender = { id: self.id, url: 'https://news.example/story', tab: { id: 7 }, frameId: 0 };

function handlers(): Handlers {
  return {
    matchSegments: vi.fn(async () => ({ matches: [], support: [], kinds: {}, catalogVersion: 'v' })),
    reportTabState: vi.fn(async () => ({ ok: true as const })),
    showCard: vi.fn(async () => ({ delivered: true })),
    cardMoved: vi.fn(async () => ({ delivered: true })),
    loadPageUi: vi.fn(async () => ({ ok: true as const })),
    getTabState: vi.fn(async () => null),
    getRelatedDeals: vi.fn(async () => []),
    listDeals: vi.fn(async () => []),
    getEntityNames: vi.fn(async () => ({})),
    search: vi.fn(async () => ({ entities: [], deals: [], facts: [], articles: [] })),
    saveArticle: vi.fn(async () => ({ ok: false as const, reason: 'no-article' as const })),
    getPageFigures: vi.fn(async () => ({ ok: true as const, figures: [] })),
    filePageFigure: vi.fn(async () => ({ ok: false as const, reason: 'figure-gone' as const })),
    revealPageFigure: vi.fn(async () => ({ found: true })),
    getSavedStatus: vi.fn(async () => null),
    getArticleView: vi.fn(async () => null),
    acceptCandidateFact: vi.fn(async () => ({ ok: true as const })),
    discardCandidate: vi.fn(async () => ({ ok: true as const })),
    addCandidateEntity: vi.fn(async () => ({ id: 'x' })),
    createDealFromProposal: vi.fn(async () => ({ dealId: 'd', entityIds: [], factIds: [], confirmedFactIds: [] })),
    acceptCandidateFacts: vi.fn(async () => ({ factIds: [], confirmedFactIds: [] })),
    discardCandidates: vi.fn(async () => ({ ok: true as const })),
    addCandidateEntities: vi.fn(async () => ({ ids: ['x'] })),
    addSelectedFigure: vi.fn(async () => ({ fact: null })),
    syncNow: vi.fn(async () => ({ state: 'off' as const, waiting: 0, quarantined: 0, conflicts: 0 })),
    syncSoon: vi.fn(async () => ({ ok: true as const })),
  };
}

/** A valid request of every message, so each can be tried from every kind of sender. */
const VALID: { [N in keyof typeof protocol]: unknown } = {
  matchSegments: { segments: ['Huawei'], support: [] },
  reportTabState: { url: 'https://news.example/', status: 'ready', entityCounts: { huawei: 1 } },
  showCard: { token: 'abcdefghijkl-mnopqrstuvwx', showId: 1, entityId: 'huawei', scheme: 'light', focus: false },
  cardMoved: { token: 'abcdefghijkl-mnopqrstuvwx', showId: 1 },
  loadPageUi: {},
  getTabState: { tabId: 1 },
  getRelatedDeals: { entityIds: ['huawei'] },
  listDeals: {},
  search: { query: 'huawei' },
  saveArticle: { tabId: 1 },
  getPageFigures: { tabId: 1 },
  filePageFigure: {
    tabId: 1,
    key: '["It will create 9,000 jobs.",15,"9,000 jobs"]',
    subject: { type: 'deal', id: 'aws-mexico' },
  },
  revealPageFigure: { tabId: 1, text: '9,000 jobs', quote: 'It will create 9,000 jobs.' },
  getSavedStatus: { url: 'https://news.example/' },
  getArticleView: { articleId: 'a' },
  acceptCandidateFact: { articleId: 'a', factId: 'f', subject: { type: 'entity', id: 'huawei' } },
  discardCandidate: { articleId: 'a', kind: 'fact', key: 'k' },
  addCandidateEntity: { articleId: 'a', name: 'Evil Corp', kind: 'company' },
  createDealFromProposal: { mode: 'attach', articleId: 'a', dealId: 'huawei-peru', factIds: [] },
  getEntityNames: { entityIds: ['huawei'] },
  acceptCandidateFacts: { articleId: 'a', items: [{ factId: 'f', subject: { type: 'deal', id: 'huawei-peru' } }] },
  discardCandidates: { articleId: 'a', kind: 'entity', keys: ['Evil Corp'] },
  addCandidateEntities: { articleId: 'a', items: [{ key: 'Evil', name: 'Evil Corp', kind: 'company' }] },
  addSelectedFigure: { articleId: 'a', start: 0, end: 4 },
  syncNow: {},
  syncSoon: {},
};
const names = Object.keys(protocol) as (keyof typeof protocol)[];

describe('senderTrust', () => {
  it.each([
    ['an extension page', popup, 'extension-page'],
    ['an extension page in a tab', libraryTab, 'extension-page'],
    [
      'the card frame inside a web page',
      { id: self.id, url: `${self.origin}card.html#t`, tab: { id: 7 } },
      'extension-page',
    ],
    ['our content script', contentScript, 'content-script'],
    ['another extension', { id: 'other', url: 'chrome-extension://other/x.html' }, 'foreign'],
    ['a sender with no id', { url: `${self.origin}popup.html` }, 'foreign'],
    ['our id, no URL, no tab', { id: self.id }, 'foreign'],
    [
      'a page URL that only looks like ours',
      { id: self.id, url: `https://evil.example/?${self.origin}`, tab: { id: 1 } },
      'content-script',
    ],
    [
      'another extension origin sharing a prefix',
      { id: self.id, url: 'chrome-extension://deal-lens-id-evil/x', tab: { id: 1 } },
      'content-script',
    ],
  ] as const)('%s → %s', (_label, sender, trust) => {
    expect(senderTrust(sender, self.id, self.origin)).toBe(trust);
  });
});

describe('message dispatch', () => {
  it('the page protocol is exactly: match text, report tab state, load the page UI, show a card', () => {
    expect(Object.keys(pageProtocol).sort()).toEqual([
      'cardMoved',
      'loadPageUi',
      'matchSegments',
      'reportTabState',
      'showCard',
    ]);
  });

  it.each(names)('%s: an extension page may send it', async (name) => {
    const h = handlers();
    await dispatch(h, name, VALID[name], libraryTab, self);
    expect(h[name]).toHaveBeenCalledTimes(1);
  });

  it.each(names)('%s: a content script may send it only if it is in the page protocol', async (name) => {
    const h = handlers();
    const run = dispatch(h, name, VALID[name], contentScript, self);
    if (isPageMessage(name)) {
      await run;
      expect(h[name]).toHaveBeenCalledTimes(1);
    } else {
      await expect(run).rejects.toThrow(/not allowed from a web page/);
      expect(h[name]).not.toHaveBeenCalled();
    }
  });

  it.each(names)('%s: another extension or a forged sender is refused', async (name) => {
    const h = handlers();
    for (const sender of [{ id: 'someone-else', url: 'chrome-extension://someone-else/' }, {}, { id: self.id }]) {
      await expect(dispatch(h, name, VALID[name], sender, self)).rejects.toThrow(/not sent by Deal Lens/);
    }
    expect(h[name]).not.toHaveBeenCalled();
  });

  it('refuses a name outside the protocol, even one on Object.prototype', async () => {
    const h = handlers();
    await expect(dispatch(h, 'toString' as never, {}, popup, self)).rejects.toThrow(/unknown message/);
    await expect(dispatch(h, 'getEntityCard' as never, {}, popup, self)).rejects.toThrow(/unknown message/);
  });

  it.each([
    ['showCard', { ...(VALID.showCard as object), entityId: 'Not a slug!' }, 'entityId'],
    ['showCard', { ...(VALID.showCard as object), token: '<script>' }, 'token'],
    ['matchSegments', { segments: ['ok', 42], support: [] }, 'segments.1'],
    ['matchSegments', { segments: ['ok'] }, 'support'],
    ['getRelatedDeals', { entityIds: 'huawei' }, 'entityIds'],
    ['getTabState', { tabId: 1.5 }, 'tabId'],
    [
      'createDealFromProposal',
      {
        mode: 'create',
        articleId: 'a',
        title: 'Acme × Chile',
        kind: 'investment',
        parties: [{ type: 'entity', id: 'acme', name: 'Acme', kind: 'company' }],
        summary: 's',
        factIds: [],
      },
      'parties',
    ],
    ['createDealFromProposal', { mode: 'attach', articleId: 'a', dealId: 'Not a slug', factIds: [] }, 'dealId'],
    ['createDealFromProposal', { mode: 'merge', articleId: 'a' }, 'mode'],
  ] as const)('refuses a malformed %s request, naming the field (%j)', async (name, data, field) => {
    const h = handlers();
    await expect(dispatch(h, name, data, popup, self)).rejects.toThrow(new RegExp(`${field.replace('.', '\\.')}:`));
    expect(h[name]).not.toHaveBeenCalled();
  });

  it('refuses a scan batch with too much text', async () => {
    const h = handlers();
    const huge = ['x'.repeat(600_000)];
    await expect(dispatch(h, 'matchSegments', { segments: huge, support: [] }, contentScript, self)).rejects.toThrow(
      /too much text/,
    );
  });
});

describe('the wire', () => {
  it('answers our envelope through sendResponse, ignores anything else', async () => {
    let listener: ((m: unknown, s: MessageSender, r: (reply: unknown) => void) => boolean) | undefined;
    handleMessages(handlers(), self, {
      addListener: (l) => {
        listener = l as never;
      },
      removeListener: () => {},
    });
    const replies: unknown[] = [];
    expect(listener?.({ type: 'other-extension-format' }, popup, (r) => replies.push(r))).toBe(false);
    expect(listener?.({ dl: 'listDeals', data: {} }, popup, (r) => replies.push(r))).toBe(true);
    expect(listener?.({ dl: 'search', data: { query: 'x' } }, contentScript, (r) => replies.push(r))).toBe(true);
    await new Promise((r) => setTimeout(r, 0));
    expect(replies).toHaveLength(2);
    expect(replies).toContainEqual({ ok: true, value: [] });
    expect(replies).toContainEqual({ ok: false, error: 'Refused search: not allowed from a web page' });
  });

  it('unwraps a reply or throws its error', () => {
    expect(isWireRequest({ dl: 'x', data: 1 })).toBe(true);
    expect(isWireRequest({ name: 'x' })).toBe(false);
    expect(unwrapReply('x', { ok: true, value: 3 })).toBe(3);
    expect(() => unwrapReply('x', { ok: false, error: 'nope' })).toThrow('nope');
    expect(() => unwrapReply('x', undefined)).toThrow(/no valid reply/);
  });
});
