// @vitest-environment happy-dom
// The saved-article page's deal proposal (issue 15): one click creates the deal, or attaches the figures to the
// store's deal; the proposal can be edited first.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticleApp } from '@/components/article/ArticleApp';
import { createI18n } from '@/lib/i18n';
import type { request } from '@/lib/messages/client';
import type { CandidateFact, DealProposal } from '@/lib/schema';
import { UNSEEN_DEAL_EN } from '../fixtures/unseen-deal';

afterEach(cleanup);

const articleId = 'cordillera-cloud-to-build-1-2bn-abcdef12';

/** A candidate fact of the article, as the saved-article page receives it. */
function fact(id: string, text: string, fields: Partial<CandidateFact>): CandidateFact {
  const start = UNSEEN_DEAL_EN.text.indexOf(text);
  return {
    id,
    label: 'Figure',
    quote: text,
    quoteStart: start,
    quoteEnd: start + text.length,
    articleId,
    figure: { kind: 'count', unit: 'people', start, end: start + text.length, text },
    ...fields,
  } as CandidateFact;
}

const facts = [
  fact('f-investment', '$1.2bn', {
    label: 'Investment',
    measure: 'investment',
    value: 1.2e9,
    unit: 'USD',
    figure: { kind: 'money', value: 1.2e9, unit: 'USD', start: 0, end: 6, text: '$1.2bn' },
  }),
  fact('f-capacity', '100MW', { label: 'Data-centre capacity', measure: 'power-capacity', value: 100, unit: 'MW' }),
  fact('f-jobs', '800 jobs', { label: 'Jobs created', measure: 'jobs', value: 800, unit: 'jobs' }),
];

const proposal: DealProposal = {
  recommended: 'create',
  title: 'Cordillera Cloud × Chile',
  kind: 'cloud-infrastructure',
  parties: [
    { type: 'new', name: 'Cordillera Cloud', kind: 'company' },
    { type: 'new', name: 'Fundación Aprende', kind: 'organization' },
    {
      type: 'new',
      name: 'Government of Chile',
      kind: 'government',
      governs: 'chile',
      aliases: [{ text: 'Chilean government', lang: 'en' }],
    },
  ],
  announcedDate: '2025-03-03',
  status: 'letter of intent, subject to legislative approval',
  statusFr: 'lettre d’intention, sous réserve de l’approbation législative',
  summary: 'Cordillera Cloud will invest $1.2bn in a cloud region in Chile.',
  headline: { factId: 'f-investment', value: 1.2e9, unit: 'USD' },
  announcedBy: [{ type: 'new', name: 'Ana Torres' }],
  factIds: ['f-investment', 'f-capacity', 'f-jobs'],
  figures: [],
};

const huaweiPeru = { id: 'huawei-peru', title: 'Huawei × Peru', doubts: [] };

function viewWith(p: DealProposal | null) {
  return {
    article: {
      id: articleId,
      url: UNSEEN_DEAL_EN.url,
      title: UNSEEN_DEAL_EN.title,
      language: 'en' as const,
      text: UNSEEN_DEAL_EN.text,
      contentHash: 'c'.repeat(64),
      savedAt: 1,
      origin: 'user' as const,
    },
    spans: [],
    entityNames: {},
    facts: [],
    deals: [{ id: 'huawei-peru', title: 'Huawei × Peru' }],
    candidates: { articleId, facts, entities: [] },
    proposal: p,
  };
}

function fakeSend(p: DealProposal | null) {
  return vi.fn(async (name: string) => {
    if (name === 'getArticleView') return viewWith(p);
    if (name === 'createDealFromProposal') {
      return {
        dealId: 'cordillera-cloud-chile',
        entityIds: ['a', 'b'],
        factIds: p?.factIds.length ? ['x', 'y', 'z'] : [],
        confirmedFactIds: [],
      };
    }
    return { ok: true };
  }) as unknown as typeof request & ReturnType<typeof vi.fn>;
}

/** The proposal's element, and its first button: the one that creates or attaches. */
async function proposalControl() {
  const element = await waitForElement('[data-candidate-deal]');
  const first = element.querySelector('button');
  if (!first) throw new Error('no button');
  return { element, first };
}

async function waitForElement(selector: string): Promise<HTMLElement> {
  await screen.findByRole('heading', { level: 1 });
  const found = document.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

describe('deal proposal on the saved-article page', () => {
  it('creates the proposed deal with one click on its first button, and says what it did', async () => {
    const send = fakeSend(proposal);
    render(<ArticleApp i18n={createI18n('en')} articleId={articleId} send={send} />);
    expect(await screen.findByRole('heading', { name: /^Deal 1 to review/ })).toBeTruthy();
    const { element, first } = await proposalControl();
    expect(first.textContent).toBe('Create the deal');
    expect((within(element).getByLabelText('Headline amount') as HTMLSelectElement).value).toBe('f-investment');
    expect(within(element).getByText('3 figures will be filed under the deal.')).toBeTruthy();
    expect(within(element).getByText('Announced by Ana Torres.')).toBeTruthy();
    fireEvent.click(first);
    expect(send).toHaveBeenCalledWith('createDealFromProposal', {
      mode: 'create',
      articleId,
      title: 'Cordillera Cloud × Chile',
      kind: 'cloud-infrastructure',
      parties: proposal.parties,
      announcedDate: '2025-03-03',
      status: 'letter of intent, subject to legislative approval',
      statusFr: 'lettre d’intention, sous réserve de l’approbation législative',
      summary: proposal.summary,
      headline: { value: 1.2e9, unit: 'USD', factId: 'f-investment' },
      announcedBy: proposal.announcedBy,
      factIds: proposal.factIds,
    });
    expect(await screen.findByText('Created “Cordillera Cloud × Chile”: 2 new names, 3 figures filed.')).toBeTruthy();
  });

  it('the deal group’s “accept all” files it as edited, focuses the form when it cannot, and “discard all” sets it aside', async () => {
    const send = fakeSend(proposal);
    render(<ArticleApp i18n={createI18n('en')} articleId={articleId} send={send} />);
    const group = await screen.findByRole('region', { name: /^Deal/ });
    const title = within(group).getByLabelText('Title') as HTMLInputElement;
    fireEvent.input(title, { target: { value: '' } });
    fireEvent.click(within(group).getByRole('button', { name: /^Accept all/ }));
    expect(send).not.toHaveBeenCalledWith('createDealFromProposal', expect.anything());
    expect(document.activeElement).toBe(title);
    fireEvent.input(title, { target: { value: 'Cordillera Cloud region' } });
    fireEvent.click(within(group).getByRole('button', { name: /^Accept all/ }));
    expect(send).toHaveBeenCalledWith(
      'createDealFromProposal',
      expect.objectContaining({ mode: 'create', title: 'Cordillera Cloud region' }),
    );
    cleanup();
    render(<ArticleApp i18n={createI18n('en')} articleId={articleId} send={fakeSend(proposal)} />);
    const again = await screen.findByRole('region', { name: /^Deal/ });
    fireEvent.click(within(again).getByRole('button', { name: /^Discard all/ }));
    expect(document.querySelector('[data-candidate-deal]')).toBeNull();
    fireEvent.click(within(again).getByRole('button', { name: 'Show it again' }));
    expect(document.querySelector('[data-candidate-deal]')).not.toBeNull();
  });

  it('lets the reader choose another headline amount, or none', async () => {
    const send = fakeSend(proposal);
    render(<ArticleApp i18n={createI18n('en')} articleId={articleId} send={send} />);
    const { first } = await proposalControl();
    fireEvent.change(screen.getByLabelText('Headline amount'), { target: { value: '' } });
    fireEvent.click(first);
    expect(send).toHaveBeenCalledWith('createDealFromProposal', expect.objectContaining({ headline: undefined }));
  });

  it('sends the proposal as edited: title, kind, date, status and the parties kept', async () => {
    const send = fakeSend(proposal);
    render(<ArticleApp i18n={createI18n('en')} articleId={articleId} send={send} />);
    const { first } = await proposalControl();
    fireEvent.input(screen.getByLabelText('Title'), { target: { value: 'Cordillera Cloud region, Santiago' } });
    fireEvent.change(screen.getByLabelText('Kind of deal'), { target: { value: 'data-centre' } });
    fireEvent.input(screen.getByLabelText('Announced on (YYYY, YYYY-MM or YYYY-MM-DD)'), {
      target: { value: '2025-03' },
    });
    fireEvent.input(screen.getByLabelText('Status'), { target: { value: 'signed' } });
    fireEvent.click(screen.getByLabelText(/Fundación Aprende/));
    fireEvent.click(first);
    expect(send).toHaveBeenCalledWith(
      'createDealFromProposal',
      expect.objectContaining({
        title: 'Cordillera Cloud region, Santiago',
        kind: 'data-centre',
        announcedDate: '2025-03',
        status: 'signed',
        statusFr: undefined,
        parties: [proposal.parties[0], proposal.parties[2]],
      }),
    );
  });

  it.each([
    [
      'fewer than two parties',
      () => {
        fireEvent.click(screen.getByLabelText(/Fundación Aprende/));
        fireEvent.click(screen.getByLabelText(/Government of Chile/));
      },
    ],
    ['an empty title', () => fireEvent.input(screen.getByLabelText('Title'), { target: { value: '  ' } })],
    [
      'a malformed date',
      () =>
        fireEvent.input(screen.getByLabelText('Announced on (YYYY, YYYY-MM or YYYY-MM-DD)'), {
          target: { value: '3 March' },
        }),
    ],
  ])('will not create a deal with %s', async (_case, edit) => {
    const send = fakeSend(proposal);
    render(<ArticleApp i18n={createI18n('en')} articleId={articleId} send={send} />);
    const { first } = await proposalControl();
    edit();
    expect((first as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(first);
    expect(send).not.toHaveBeenCalledWith('createDealFromProposal', expect.anything());
  });

  it('proposes attaching the figures when the store has the deal, or creating a new one instead', async () => {
    const existing: DealProposal = { ...proposal, recommended: 'attach', match: huaweiPeru };
    const send = fakeSend(existing);
    render(<ArticleApp i18n={createI18n('en')} articleId={articleId} send={send} />);
    const { element, first } = await proposalControl();
    expect(element.getAttribute('data-candidate-deal')).toBe('huawei-peru');
    expect(first.textContent).toBe('Attach 3 figures to “Huawei × Peru”');
    fireEvent.click(first);
    expect(send).toHaveBeenCalledWith('createDealFromProposal', {
      mode: 'attach',
      articleId,
      dealId: 'huawei-peru',
      headline: proposal.headline,
      factIds: proposal.factIds,
    });
    expect(await screen.findByText('Filed 3 figures under “Huawei × Peru”.')).toBeTruthy();
  });

  it('adds the article to the deal’s sources when it has no figure to file', async () => {
    const send = fakeSend({ ...proposal, recommended: 'attach', factIds: [], headline: undefined, match: huaweiPeru });
    render(<ArticleApp i18n={createI18n('en')} articleId={articleId} send={send} />);
    const { first } = await proposalControl();
    expect(first.textContent).toBe('Add this article to the sources of “Huawei × Peru”');
    fireEvent.click(first);
    expect(send).toHaveBeenCalledWith('createDealFromProposal', {
      mode: 'attach',
      articleId,
      dealId: 'huawei-peru',
      factIds: [],
    });
    expect(await screen.findByText('Added this article to the sources of “Huawei × Peru”.')).toBeTruthy();
  });

  it('switches from attaching to creating a new deal', async () => {
    const send = fakeSend({ ...proposal, recommended: 'attach', match: huaweiPeru });
    render(<ArticleApp i18n={createI18n('en')} articleId={articleId} send={send} />);
    await proposalControl();
    fireEvent.click(screen.getByRole('button', { name: 'Create a new deal instead' }));
    const { element, first } = await proposalControl();
    expect(element.getAttribute('data-candidate-deal')).toBe('new');
    expect(first.textContent).toBe('Create the deal');
    expect(screen.getByRole('button', { name: 'Attach to “Huawei × Peru” instead' })).toBeTruthy();
  });

  it('speaks French and edits the French status under a French browser', async () => {
    const send = fakeSend(proposal);
    render(<ArticleApp i18n={createI18n('fr')} articleId={articleId} send={send} />);
    expect(await screen.findByRole('heading', { name: /^Accord 1 à examiner/ })).toBeTruthy();
    const status = screen.getByLabelText('Statut') as HTMLInputElement;
    expect(status.value).toBe('lettre d’intention, sous réserve de l’approbation législative');
    fireEvent.input(status, { target: { value: 'signé' } });
    const { first } = await proposalControl();
    expect(first.textContent).toBe('Créer l’accord');
    fireEvent.click(first);
    expect(send).toHaveBeenCalledWith(
      'createDealFromProposal',
      expect.objectContaining({ status: undefined, statusFr: 'signé' }),
    );
    expect(
      await screen.findByText('Accord « Cordillera Cloud × Chile » créé : 2 nouveaux noms, 3 chiffres rattachés.'),
    );
  });

  it.each([
    ['attach', ['huawei-peru', 'new']],
    ['create', ['new', 'huawei-peru']],
  ] as const)('when unsure, says why and offers both, the likelier (%s) first', async (recommended, order) => {
    const unsure: DealProposal = {
      ...proposal,
      recommended,
      match: { ...huaweiPeru, doubts: ['another-deal', 'date'] },
    };
    render(<ArticleApp i18n={createI18n('en')} articleId={articleId} send={fakeSend(unsure)} />);
    await proposalControl();
    const offered = [...document.querySelectorAll('[data-candidate-deal]')].map((e) =>
      e.getAttribute('data-candidate-deal'),
    );
    expect(offered).toEqual(order);
    expect(
      screen.getByText(
        'Not sure this article reports “Huawei × Peru”: it speaks of a second or new deal; their dates are years apart. Both are offered, the likelier first.',
      ),
    ).toBeTruthy();
  });

  it('shows no proposal when there is none', async () => {
    render(<ArticleApp i18n={createI18n('en')} articleId={articleId} send={fakeSend(null)} />);
    await screen.findByRole('heading', { level: 1 });
    expect(document.querySelector('[data-candidate-deal]')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Deal in this article' })).toBeNull();
  });
});
