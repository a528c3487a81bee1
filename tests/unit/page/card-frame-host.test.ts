// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, CardFrameHost } from '@/lib/card/card-frame-host';
import { PageHost } from '@/lib/content/page-host';

afterEach(() => {
  for (const element of [...document.documentElement.children])
    if (element !== document.head && element !== document.body) element.remove();
});

const makeHost = (host = new PageHost(document)) =>
  new CardFrameHost({
    doc: document,
    host,
    frameUrl: () => 'chrome-extension://dynamic-id/card.html',
    frameTitle: 'Deal Lens card',
  });

describe('PageHost', () => {
  it('is one element with an unpredictable custom element name, no box, and a closed shadow root', () => {
    const host = new PageHost(document);
    host.attach();
    const added = document.documentElement.lastElementChild as HTMLElement;
    expect(added).toBe(host.element);
    expect(added.localName).toMatch(/^x[a-z0-9]{10}-[a-z0-9]{6}$/);
    expect(added.shadowRoot).toBeNull(); // closed: the page cannot reach inside
    expect(added.getAttribute('style')).toBe('all: initial !important; display: contents !important');
    expect(added.attributes.length).toBe(1);
    expect(added.childNodes.length).toBe(0);
    expect(new PageHost(document).element.localName).not.toBe(added.localName);
    host.remove();
    expect(document.documentElement.lastElementChild).toBe(document.body);
  });

  it('comes back at the end when the reader uses it after the page removed it', () => {
    const host = new PageHost(document);
    host.attach();
    host.element.remove();
    host.announce('Huawei, mention 1 of 3');
    expect(document.documentElement.lastElementChild).toBe(host.element);
  });
});

describe('CardFrameHost', () => {
  it('makes the frame inside the page host, one at a time, with a fresh token', () => {
    const pageHost = new PageHost(document);
    const host = makeHost(pageHost);
    const token = host.ensureFrame();
    expect(token).toMatch(/^[a-z0-9]{12}-[a-z0-9]{12}$/);
    expect(document.documentElement.lastElementChild).toBe(pageHost.element);
    expect(pageHost.element.childNodes.length).toBe(0); // the frame is in the shadow root, not in the page's tree
    expect(host.isHost(pageHost.element)).toBe(true);
    expect(host.ensureFrame()).toBe(token);
    host.removeFrame();
    expect(host.hasFrame).toBe(false);
    expect(host.ensureFrame()).not.toBe(token);
  });

  it('places the card at one size whatever it holds, and says when it moved', () => {
    const pageHost = new PageHost(document);
    const host = makeHost(pageHost);
    host.ensureFrame();
    const frame = pageHost.shadow.querySelector('iframe') as HTMLIFrameElement;
    expect(host.place({ top: 100, left: 50, width: 60, height: 20 })).toBe(false);
    expect([frame.style.width, frame.style.height]).toEqual([`${CARD_WIDTH}px`, `${CARD_HEIGHT}px`]);
    expect(frame.classList.contains('shown')).toBe(true);
    expect(host.place({ top: 100, left: 50, width: 60, height: 20 })).toBe(false);
    expect(host.place({ top: 140, left: 50, width: 60, height: 20 })).toBe(true);
  });
});
