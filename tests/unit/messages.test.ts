import { describe, expect, it, vi } from 'vitest';
import { dispatch, type Handlers } from '@/lib/messages/server';

const OWN_ID = 'deal-lens-id';
const own = { id: OWN_ID, tab: { id: 7 } };

function handlers(): Handlers {
  const reply = vi.fn(async () => null);
  return {
    matchSegments: vi.fn(async () => ({ matches: [], support: [], kinds: {}, catalogVersion: 'v' })),
    reportTabState: vi.fn(async () => ({ ok: true as const })),
    getTabState: reply,
    loadCardUi: vi.fn(async () => ({ ok: true as const })),
    getEntityCard: reply,
    getRelatedDeals: vi.fn(async () => []),
    listDeals: vi.fn(async () => []),
    getEntityNames: vi.fn(async () => ({})),
    search: vi.fn(async () => ({ entities: [], deals: [], facts: [], articles: [] })),
    saveArticle: vi.fn(async () => ({ ok: false as const, reason: 'no-article' as const })),
    getSavedStatus: vi.fn(async () => null),
    getArticleView: vi.fn(async () => null),
    acceptCandidateFact: vi.fn(async () => ({ ok: true as const })),
    discardCandidate: vi.fn(async () => ({ ok: true as const })),
    addCandidateEntity: vi.fn(async () => ({ id: 'x' })),
    createDealFromProposal: vi.fn(async () => ({ dealId: 'd', entityIds: [], factIds: [] })),
  };
}

describe('message dispatch', () => {
  it('runs the handler of a valid request from the extension itself', async () => {
    const h = handlers();
    await dispatch(h, 'getEntityCard', { entityId: 'huawei' }, own, OWN_ID);
    expect(h.getEntityCard).toHaveBeenCalledWith({ entityId: 'huawei' }, own);
  });

  it('refuses a message from another extension or a page', async () => {
    const h = handlers();
    await expect(dispatch(h, 'listDeals', {}, { id: 'someone-else' }, OWN_ID)).rejects.toThrow(/not sent by Deal Lens/);
    await expect(dispatch(h, 'listDeals', {}, {}, OWN_ID)).rejects.toThrow(/not sent by Deal Lens/);
    expect(h.listDeals).not.toHaveBeenCalled();
  });

  it.each([
    ['getEntityCard', { entityId: 'Not a slug!' }, 'entityId'],
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
    await expect(dispatch(h, name, data, own, OWN_ID)).rejects.toThrow(new RegExp(`${field.replace('.', '\\.')}:`));
    expect(h[name]).not.toHaveBeenCalled();
  });

  it('refuses a scan batch with too much text', async () => {
    const h = handlers();
    const huge = ['x'.repeat(600_000)];
    await expect(dispatch(h, 'matchSegments', { segments: huge, support: [] }, own, OWN_ID)).rejects.toThrow(
      /too much text/,
    );
  });
});
