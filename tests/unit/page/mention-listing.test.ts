// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isOwnExtension } from '@/lib/content/mention-listing';
import { bodyTextSpans } from '@/lib/content/text-offsets';

describe('bodyTextSpans', () => {
  it('gives offsets into body.textContent, in order, whatever the nesting', () => {
    document.body.innerHTML =
      '<h1>Huawei</h1><p>Le <b>Pérou</b> et <i>AWS</i></p><script>var x = 1;</script><p>AWS</p>';
    const text = (selector: string) => document.querySelector(selector)?.firstChild as Text;
    const spans = bodyTextSpans(document.body, [
      { node: document.body.lastChild?.firstChild as Text, start: 0, end: 3 },
      { node: text('h1'), start: 0, end: 6 },
      { node: text('b'), start: 0, end: 5 },
      { node: text('i'), start: 0, end: 3 },
    ]);
    const all = document.body.textContent ?? '';
    expect(spans.map(({ start, end }) => all.slice(start, end))).toEqual(['Huawei', 'Pérou', 'AWS', 'AWS']);
    expect(spans[3]?.start).toBe(all.lastIndexOf('AWS'));
  });

  it('leaves out a mention whose node left the body or no longer holds it', () => {
    document.body.innerHTML = '<p>Huawei</p>';
    const node = document.querySelector('p')?.firstChild as Text;
    const gone = document.createTextNode('AWS');
    expect(
      bodyTextSpans(document.body, [
        { node: gone, start: 0, end: 3 },
        { node, start: 0, end: 60 },
      ]),
    ).toEqual([]);
  });
});

describe('isOwnExtension', () => {
  const id = 'abcdefghijklmnop';
  const origin = `chrome-extension://${id}/`;
  it.each([
    ['the service worker', { id, url: `${origin}background.js` }, true],
    ['an extension page in a tab', { id, url: `${origin}popup.html?tab=3` }, true],
    ['a sender known by its origin only', { id, origin: `chrome-extension://${id}` }, true],
    ['a content script (a web page’s URL)', { id, url: 'https://news.example/a' }, false],
    ['another extension', { id: 'other', url: 'chrome-extension://other/background.js' }, false],
    ['a look-alike origin', { id, url: `chrome-extension://${id}.evil/` }, false],
    ['no URL at all', { id }, false],
  ])('%s → %s', (_name, sender, own) => {
    expect(isOwnExtension(sender, id, origin)).toBe(own);
  });
});
