import { describe, expect, it, vi } from 'vitest';
import { type CardPort, CardRelay } from '@/lib/background/card-relay';
import { CARD_PORT_NAME, type ToCardFrame } from '@/lib/card/card-port';
import type { CardEvent } from '@/lib/messages/to-page';

const PAGE_URL = 'chrome-extension://deal-lens-id/card.html';
const TOKEN = 'abcdefghijkl-mnopqrstuvwx';

function fakePort(overrides: Partial<CardPort> = {}) {
  const posted: ToCardFrame[] = [];
  const messageListeners: ((m: unknown) => void)[] = [];
  const disconnectListeners: (() => void)[] = [];
  const port: CardPort = {
    name: CARD_PORT_NAME,
    sender: { id: 'deal-lens-id', url: `${PAGE_URL}#${TOKEN}`, tab: { id: 7 }, frameId: 3 },
    postMessage: (m) => posted.push(m),
    onMessage: { addListener: (l) => messageListeners.push(l) },
    onDisconnect: { addListener: (l) => disconnectListeners.push(l) },
    ...overrides,
  };
  return {
    port,
    posted,
    fromFrame: (m: unknown) => {
      for (const l of messageListeners) l(m);
    },
    disconnect: () => {
      for (const l of disconnectListeners) l();
    },
  };
}

function relay() {
  const sent: [number, number, CardEvent][] = [];
  const confirmations: [string, number][] = [];
  const loadCard = vi.fn(async (entityId: string) =>
    entityId === 'huawei' ? ({ status: 'missing', entityId } as const) : Promise.reject(new Error('db closed')),
  );
  const cards = new CardRelay({
    cardPageUrl: PAGE_URL,
    loadCard,
    sendToTab: async (tab, frame, event) => sent.push([tab, frame, event]),
    confirmLink: async (url, tab) => confirmations.push([url, tab]),
    connectTimeoutMs: 50,
  });
  return { cards, sent, loadCard, confirmations };
}

const showRequest = { token: TOKEN, showId: 2, entityId: 'huawei', scheme: 'dark' as const, focus: true };
const contentScript = { id: 'deal-lens-id', url: 'https://news.example/', tab: { id: 7 }, frameId: 0 };

describe('CardRelay', () => {
  it('hands the card to the frame paired by its token, and relays the frame’s answers to the content script', async () => {
    const { cards, sent } = relay();
    const frame = fakePort();
    expect(cards.connect(frame.port)).toBe(true);
    expect(await cards.show(showRequest, contentScript)).toEqual({ delivered: true });
    expect(frame.posted).toEqual([
      { type: 'show', showId: 2, state: { status: 'missing', entityId: 'huawei' }, scheme: 'dark', focus: true },
    ]);
    // The frame reports nothing of its size: only what the reader did.
    frame.fromFrame({ type: 'rendered', showId: 2, width: 380, height: 300 });
    frame.fromFrame({ type: 'close', showId: 2, returnFocus: true });
    frame.fromFrame({ type: 'evil', payload: 'x' }); // not of the protocol: dropped
    await Promise.resolve();
    expect(sent).toEqual([[7, 0, { token: TOKEN, showId: 2, event: 'close', returnFocus: true }]]);
  });

  it('tells the frame it moved, for its own content script only; opens http(s) confirmations only', async () => {
    const { cards, confirmations } = relay();
    const frame = fakePort();
    cards.connect(frame.port);
    expect(cards.moved({ token: TOKEN, showId: 2 }, contentScript)).toEqual({ delivered: true });
    expect(cards.moved({ token: TOKEN, showId: 2 }, { ...contentScript, tab: { id: 8 } })).toEqual({
      delivered: false,
    });
    expect(frame.posted).toEqual([{ type: 'moved', showId: 2 }]);
    frame.fromFrame({ type: 'confirm-link', url: 'https://news.example/source' });
    frame.fromFrame({ type: 'confirm-link', url: 'javascript:alert(1)' });
    await Promise.resolve();
    expect(confirmations).toEqual([['https://news.example/source', 7]]);
  });

  it('waits for a frame that is still loading', async () => {
    const { cards } = relay();
    const frame = fakePort();
    const pending = cards.show(showRequest, contentScript);
    cards.connect(frame.port);
    expect(await pending).toEqual({ delivered: true });
  });

  it.each([
    ['another port name', { name: 'something-else' }],
    [
      'a page that is not the card page',
      { sender: { id: 'deal-lens-id', url: `https://evil.example/card.html#${TOKEN}`, tab: { id: 7 } } },
    ],
    [
      'another extension page',
      { sender: { id: 'deal-lens-id', url: `chrome-extension://deal-lens-id/popup.html#${TOKEN}`, tab: { id: 7 } } },
    ],
    ['no tab', { sender: { id: 'deal-lens-id', url: `${PAGE_URL}#${TOKEN}` } }],
    ['a malformed token', { sender: { id: 'deal-lens-id', url: `${PAGE_URL}#<x>`, tab: { id: 7 } } }],
  ])('refuses a port from %s', (_label, overrides) => {
    const { cards } = relay();
    expect(cards.connect(fakePort(overrides as Partial<CardPort>).port)).toBe(false);
  });

  it('never shows a card in another tab’s frame, nor in a frame that never connected or went away', async () => {
    const { cards, loadCard } = relay();
    const frame = fakePort();
    cards.connect(frame.port);
    const otherTab = { ...contentScript, tab: { id: 8 } };
    expect(await cards.show(showRequest, otherTab)).toEqual({ delivered: false });
    expect(await cards.show({ ...showRequest, token: 'zzzzzzzzzzzz-zzzzzzzzzzzz' }, contentScript)).toEqual({
      delivered: false,
    });
    frame.disconnect();
    expect(await cards.show(showRequest, contentScript)).toEqual({ delivered: false });
    expect(frame.posted).toEqual([]);
    expect(loadCard).not.toHaveBeenCalled();
    await expect(cards.show(showRequest, { id: 'deal-lens-id' })).rejects.toThrow(/only a content script/);
  });

  it('a store failure reaches the frame as an error card', async () => {
    const { cards } = relay();
    const frame = fakePort();
    cards.connect(frame.port);
    await cards.show({ ...showRequest, entityId: 'aws' }, contentScript);
    const posted = frame.posted[0];
    expect(posted?.type === 'show' && posted.state).toEqual({ status: 'error', message: 'db closed' });
  });
});
