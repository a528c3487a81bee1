// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { selectionOffsets } from '@/components/article/selection-offsets';

describe('selectionOffsets', () => {
  const text = 'Huawei signe avec le Pérou.\nIl formera 20 000 jeunes.';
  const setup = () => {
    document.body.innerHTML = `<div id="text"><p data-offset="0"><mark>Huawei</mark> signe avec le Pérou.</p><p data-offset="28">Il formera 20 000 jeunes.</p></div><p id="out">elsewhere</p>`;
    return document.getElementById('text') as HTMLElement;
  };

  it('maps a selection inside a paragraph, across a mark, and across paragraphs to offsets in the text', () => {
    const root = setup();
    const [first, second] = [...root.querySelectorAll('p')] as unknown as [HTMLElement, HTMLElement];
    const range = document.createRange();
    range.setStart(second.firstChild as Text, 11);
    range.setEnd(second.firstChild as Text, 24);
    let at = selectionOffsets(range, root);
    expect(at && text.slice(at.start, at.end)).toBe('20 000 jeunes');

    range.setStart(first.querySelector('mark')?.firstChild as Text, 0);
    range.setEnd(first.childNodes[1] as Text, 6);
    at = selectionOffsets(range, root);
    expect(at && text.slice(at.start, at.end)).toBe('Huawei signe');

    range.setStart(first.childNodes[1] as Text, 15);
    range.setEnd(second.firstChild as Text, 10);
    at = selectionOffsets(range, root);
    expect(at).toEqual({ start: 21, end: 38 });
  });

  it('refuses a selection that leaves the text', () => {
    const root = setup();
    const range = document.createRange();
    range.setStart(root.querySelector('p')?.firstChild?.firstChild as Text, 0);
    range.setEnd(document.getElementById('out')?.firstChild as Text, 3);
    expect(selectionOffsets(range, root)).toBeUndefined();
  });
});
