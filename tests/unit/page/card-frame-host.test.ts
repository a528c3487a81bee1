// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { CardFrameHost } from '@/lib/card/card-frame-host';

afterEach(() => {
  for (const element of [...document.documentElement.children])
    if (element !== document.head && element !== document.body) element.remove();
});

const makeHost = () =>
  new CardFrameHost({
    doc: document,
    frameUrl: () => 'chrome-extension://dynamic-id/card.html',
    frameTitle: 'Deal Lens card',
  });

describe('CardFrameHost', () => {
  it('adds one host with an unpredictable custom element name and a closed shadow root, holding the frame', () => {
    const host = makeHost();
    const token = host.ensureFrame();
    expect(token).toMatch(/^[a-z0-9]{12}-[a-z0-9]{12}$/);
    const added = document.documentElement.lastElementChild as HTMLElement;
    expect(added.localName).toMatch(/^x[a-z0-9]{10}-[a-z0-9]{6}$/);
    expect(added.shadowRoot).toBeNull(); // closed: the page cannot reach inside
    expect(added.getAttribute('style')).toContain('z-index: 2147483647 !important');
    expect(host.isHost(added)).toBe(true);
    expect(host.ensureFrame()).toBe(token); // one frame at a time
    expect(makeHost().ensureFrame()).not.toBe(token);
  });

  it('removes everything it added', () => {
    const host = makeHost();
    const before = document.documentElement.innerHTML;
    host.ensureFrame();
    host.announce('Huawei, mention 1 of 3');
    expect(document.documentElement.innerHTML).not.toBe(before);
    host.removeFrame(false);
    expect(document.documentElement.innerHTML).toBe(before);
    expect(host.token).toBeUndefined();
  });

  it('keeps the host (and its live region) when asked, for keyboard navigation', () => {
    const host = makeHost();
    host.ensureFrame();
    host.removeFrame(true);
    expect(host.hasFrame).toBe(false);
    expect(document.documentElement.lastElementChild?.localName).toMatch(/^x/);
    host.remove();
    expect(document.documentElement.lastElementChild).toBe(document.body);
  });
});
