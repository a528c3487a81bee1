// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { type MatchTransport, PageScanner } from '@/lib/scan/page-scanner';

/** A stand-in matcher: finds literal words, as the background would, and records what it was sent. */
function literalMatcher(words: Record<string, string>) {
  const sent: string[][] = [];
  const match: MatchTransport = async (segments, support) => {
    sent.push(segments);
    const matches: [number, number, number, string][] = [];
    segments.forEach((text, segment) => {
      for (const [word, id] of Object.entries(words)) {
        for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) {
          matches.push([segment, i, i + word.length, id]);
        }
      }
    });
    return { matches, support };
  };
  return { match, sent };
}

async function settle(scanner: PageScanner) {
  await new Promise((r) => setTimeout(r, 250));
  await scanner.idle();
}

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('data-deal-lens');
});

describe('PageScanner', () => {
  it('wraps every mention, skips code, inputs and editable regions, and marks the page ready', async () => {
    document.body.innerHTML = `<article><p>Huawei signe avec le <b>Pérou</b>. Huawei encore.</p>
      <pre>Huawei</pre><code>Huawei</code><textarea>Huawei</textarea>
      <div contenteditable="true">Huawei</div><script>var Huawei = 1;</script></article>`;
    // biome-ignore lint/performance/useDomNodeTextContent: innerText (what a reader sees) is the contract.
    const text = document.body.innerText;
    const { match } = literalMatcher({ Huawei: 'huawei', Pérou: 'peru' });
    const scanner = new PageScanner({ doc: document, resolveRoot: () => document.body, match });
    scanner.start();
    await settle(scanner);
    const marks = [...document.querySelectorAll('deal-lens-mark')];
    expect(marks.map((m) => [m.getAttribute('data-entity'), m.textContent])).toEqual([
      ['huawei', 'Huawei'],
      ['peru', 'Pérou'],
      ['huawei', 'Huawei'],
    ]);
    expect(marks[1]?.parentElement?.tagName).toBe('B');
    expect(document.documentElement.getAttribute('data-deal-lens')).toBe('ready');
    // biome-ignore lint/performance/useDomNodeTextContent: innerText (what a reader sees) is the contract.
    expect(document.body.innerText).toBe(text);
    expect(scanner.entityCounts()).toEqual({ huawei: 2, peru: 1 });
    scanner.stop();
  });

  it('highlights paragraphs added later, without doubling or re-sending old text', async () => {
    document.body.innerHTML = '<main><p>AWS au Mexique.</p></main>';
    const { match, sent } = literalMatcher({ AWS: 'aws' });
    const scanner = new PageScanner({ doc: document, resolveRoot: () => document.querySelector('main'), match });
    scanner.start();
    await settle(scanner);
    const p = document.createElement('p');
    p.textContent = 'Encore AWS.';
    document.querySelector('main')?.append(p);
    await settle(scanner);
    expect(document.querySelectorAll('deal-lens-mark[data-entity="aws"]').length).toBe(2);
    expect(sent.flat().filter((s) => s.includes('AWS au Mexique')).length).toBe(1);
    expect(sent.flat()).toContain('Encore AWS.');
    scanner.stop();
  });

  it('turning off restores the original text nodes and text exactly', async () => {
    document.body.innerHTML = '<p id="p">Google Cloud et Google, puis Google.</p>';
    const paragraph = document.getElementById('p') as HTMLElement;
    const originalNode = paragraph.firstChild;
    const html = paragraph.innerHTML;
    const { match } = literalMatcher({ Google: 'google' });
    const scanner = new PageScanner({ doc: document, resolveRoot: () => document.body, match });
    scanner.start();
    await settle(scanner);
    expect(paragraph.querySelectorAll('deal-lens-mark').length).toBe(3);
    scanner.stop();
    expect(paragraph.innerHTML).toBe(html);
    expect(paragraph.firstChild).toBe(originalNode);
    expect(paragraph.childNodes.length).toBe(1);
    expect(document.documentElement.getAttribute('data-deal-lens')).toBe('off');
    // And on again, without a reload.
    scanner.start();
    await settle(scanner);
    expect(paragraph.querySelectorAll('deal-lens-mark').length).toBe(3);
    scanner.stop();
  });

  it('sends a large page in several bounded batches', async () => {
    const paragraphs = Array.from(
      { length: 3000 },
      (_, i) => `<p>Paragraph ${i} about Huawei and more words to read.</p>`,
    );
    document.body.innerHTML = paragraphs.join('');
    const { match, sent } = literalMatcher({ Huawei: 'huawei' });
    const scanner = new PageScanner({ doc: document, resolveRoot: () => document.body, match });
    scanner.start();
    await new Promise((r) => setTimeout(r, 500));
    await scanner.idle();
    expect(sent.length).toBeGreaterThan(1);
    for (const batch of sent) expect(batch.length).toBeLessThanOrEqual(2000);
    expect(document.querySelectorAll('deal-lens-mark').length).toBe(3000);
    scanner.stop();
  });

  it('honours the reader: only the kinds asked for, and only first mentions when asked', async () => {
    document.body.innerHTML = '<p>Huawei et le Pérou. Huawei encore, Pérou encore.</p>';
    const words = { Huawei: 'huawei', Pérou: 'peru' };
    const base = literalMatcher(words);
    const match: MatchTransport = async (segments, support) => ({
      ...(await base.match(segments, support)),
      kinds: { huawei: 'company', peru: 'country' },
    });
    const scanner = new PageScanner({
      doc: document,
      resolveRoot: () => document.body,
      match,
      accept: (_id, kind) => kind === 'company',
      firstMentionOnly: true,
    });
    scanner.start();
    await settle(scanner);
    expect(scanner.entityCounts()).toEqual({ huawei: 1 });
    scanner.stop();
  });

  it('reads a text node the page rewrites, and never text inside skipped elements', async () => {
    document.body.innerHTML =
      '<p id="p">Rien ici.</p><svg><text>Huawei</text></svg><div contenteditable="false">AWS</div>';
    const { match } = literalMatcher({ Huawei: 'huawei', AWS: 'aws' });
    const scanner = new PageScanner({ doc: document, resolveRoot: () => document.body, match });
    scanner.start();
    await settle(scanner);
    expect(scanner.entityCounts()).toEqual({ aws: 1 });
    (document.getElementById('p')?.firstChild as Text).data = 'Huawei arrive.';
    await settle(scanner);
    expect(scanner.entityCounts()).toEqual({ aws: 1, huawei: 1 });
    scanner.stop();
  });
});
