// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { type CardChannel, CardFrameApp, type CardShow } from '@/components/card/CardFrameApp';
import { CardPopover } from '@/components/card/CardPopover';
import { EntityCard } from '@/components/card/EntityCard';
import type { FromCardFrame } from '@/lib/card/card-port';
import { createI18n } from '@/lib/i18n';
import { huaweiCard, huaweiEntity } from './fixtures';

afterEach(cleanup);

describe('EntityCard', () => {
  it('shows the entity, its deal with the figure, the exact quote and its source', () => {
    render(<EntityCard card={huaweiCard} i18n={createI18n('en')} />);
    expect(screen.getByRole('heading', { name: 'Huawei' })).toBeTruthy();
    expect(screen.getByText('Company')).toBeTruthy();
    expect(screen.getByText('Huawei × Peru')).toBeTruthy();
    expect(screen.getByText('20,000')).toBeTruthy();
    expect(screen.getByText(/former 20 000 jeunes au Pérou/)).toBeTruthy();
    expect(screen.getAllByText(/SCMP/).length).toBeGreaterThan(0);
    expect(screen.getByText('Also mentioned in 1 saved article')).toBeTruthy();
  });

  it('speaks French under a French browser', () => {
    render(<EntityCard card={huaweiCard} i18n={createI18n('fr')} />);
    expect(screen.getByText('Entreprise')).toBeTruthy();
    expect(screen.getByText('Entreprise technologique chinoise.')).toBeTruthy();
    expect(screen.getByText('Formation à l’IA')).toBeTruthy();
    expect(screen.getByText(/^20\s000$/)).toBeTruthy();
  });

  it('renders markup from stored data as text, never as HTML', () => {
    const hostile = {
      ...huaweiCard,
      entity: { ...huaweiEntity, description: '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>' },
    };
    const { container } = render(<EntityCard card={hostile} i18n={createI18n('en')} />);
    expect(container.querySelector('img, script')).toBeNull();
    expect(screen.getByText(/<img src=x onerror=/)).toBeTruthy();
  });

  it('says so when the store knows nothing more', () => {
    render(<EntityCard card={{ ...huaweiCard, deals: [], mentionedIn: [] }} i18n={createI18n('en')} />);
    expect(screen.getByText('No deal or fact about it in your store yet.')).toBeTruthy();
  });
});

describe('CardPopover', () => {
  it('is a labelled dialog with a close button, Escape to close, and missing and error states', () => {
    const i18n = createI18n('en');
    let closed = 0;
    const { rerender } = render(
      <CardPopover
        state={{ status: 'missing', entityId: 'huawei' }}
        i18n={i18n}
        dark={false}
        focusKey={undefined}
        onClose={() => closed++}
      />,
    );
    expect(screen.getByRole('status').textContent).toContain('no longer in your store');
    rerender(
      <CardPopover
        state={{ status: 'error', message: 'offline' }}
        i18n={i18n}
        dark
        focusKey={undefined}
        onClose={() => closed++}
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('offline');
    rerender(
      <CardPopover
        state={{ status: 'ready', card: huaweiCard }}
        i18n={i18n}
        dark
        focusKey={1}
        onClose={() => closed++}
      />,
    );
    const dialog = screen.getByRole('dialog', { name: 'Deal Lens: Huawei' });
    expect(dialog.getAttribute('data-scheme')).toBe('dark');
    expect(document.activeElement).toBe(dialog);
    screen.getByRole('button', { name: 'Close' }).click();
    expect(closed).toBe(1);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(closed).toBe(2);
  });
});

describe('CardFrameApp', () => {
  function fakeChannel() {
    const listeners = new Set<(message: CardShow) => void>();
    const sent: FromCardFrame[] = [];
    const channel: CardChannel = {
      onShow: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      send: (message) => sent.push(message),
    };
    const show = (message: CardShow) =>
      act(() => {
        for (const l of listeners) l(message);
      });
    return { channel, sent, show };
  }

  it('shows nothing until the background sends a card, reports nothing of its size, asks to close on Escape', async () => {
    const { channel, sent, show } = fakeChannel();
    const { container } = render(<CardFrameApp channel={channel} i18n={createI18n('en')} />);
    expect(container.innerHTML).toBe('');
    show({ type: 'show', showId: 4, state: { status: 'ready', card: huaweiCard }, scheme: 'light', focus: true });
    const dialog = await screen.findByRole('dialog', { name: 'Deal Lens: Huawei' });
    expect(sent).toEqual([]);
    expect(document.activeElement).toBe(dialog);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(sent.at(-1)).toEqual({ type: 'close', showId: 4, returnFocus: true });
  });

  it('a card opened by hover does not take focus', async () => {
    const { channel, show } = fakeChannel();
    render(<CardFrameApp channel={channel} i18n={createI18n('fr')} />);
    show({ type: 'show', showId: 1, state: { status: 'ready', card: huaweiCard }, scheme: 'dark', focus: false });
    const dialog = await screen.findByRole('dialog');
    expect(document.activeElement).not.toBe(dialog);
    expect(dialog.getAttribute('data-scheme')).toBe('dark');
  });
});
