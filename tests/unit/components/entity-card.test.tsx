// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CardPopover } from '@/components/card/CardPopover';
import { EntityCard } from '@/components/card/EntityCard';
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
  it('is a labelled dialog with a close button, and shows loading and error states', () => {
    const i18n = createI18n('en');
    let closed = 0;
    const { rerender } = render(
      <CardPopover
        state={{ status: 'loading', entityId: 'huawei' }}
        i18n={i18n}
        dark={false}
        focus={false}
        onClose={() => closed++}
        onRendered={() => {}}
      />,
    );
    expect(screen.getByRole('status').textContent).toContain('Loading');
    rerender(
      <CardPopover
        state={{ status: 'error', entityId: 'huawei', message: 'offline' }}
        i18n={i18n}
        dark
        focus={false}
        onClose={() => closed++}
        onRendered={() => {}}
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('offline');
    rerender(
      <CardPopover
        state={{ status: 'ready', card: huaweiCard }}
        i18n={i18n}
        dark
        focus
        onClose={() => closed++}
        onRendered={() => {}}
      />,
    );
    const dialog = screen.getByRole('dialog', { name: 'Deal Lens: Huawei' });
    expect(dialog.getAttribute('data-scheme')).toBe('dark');
    screen.getByRole('button', { name: 'Close' }).click();
    expect(closed).toBe(1);
  });
});
