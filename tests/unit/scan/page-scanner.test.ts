// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { compareMentions, type Mention } from '@/lib/highlight/mention';
import { MentionIndex } from '@/lib/highlight/mention-index';
import type { ScanState } from '@/lib/scan/contract';
import { type MatchTransport, PageScanner, type PageScannerOptions } from '@/lib/scan/page-scanner';

/** A stand-in matcher: finds literal words, as the background would, and records what it was sent. */
function literalMatcher(words: Record<string, string>, kinds: Record<string, string> = {}) {
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
    return { matches, support, kinds };
  };
  return { match, sent };
}

/** A scanner over `document.body` with a recording layer; text under `[data-invisible]` counts as hidden. */
function scannerFor(match: MatchTransport, extra: Partial<PageScannerOptions> = {}) {
  const mentions = new MentionIndex(compareMentions);
  const painted = new Set<Mention>();
  const states: ScanState[] = [];
  const errors: unknown[] = [];
  const scanner = new PageScanner({
    doc: document,
    resolveRoot: () => document.body,
    match,
    mentions,
    layer: {
      add: (list) => {
        for (const m of list) painted.add(m);
      },
      remove: (list) => {
        for (const m of list) painted.delete(m);
      },
    },
    visibility: { isVisible: (node) => !node.parentElement?.closest('[data-invisible]'), reset: () => {} },
    setState: (state) => states.push(state),
    onError: (error) => errors.push(error),
    ...extra,
  });
  /** What is painted, in document order: "entity:text". */
  const shown = () =>
    [...painted].sort(compareMentions).map((m) => `${m.entityId}:${m.node.data.slice(m.start, m.end)}`);
  return { scanner, mentions, painted, shown, states, errors };
}

async function settle(scanner: PageScanner) {
  // Longer than the mutation debounce's quiet time, then whatever scan it started.
  await new Promise((r) => setTimeout(r, 250));
  await scanner.idle();
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('PageScanner', () => {
  it('finds every mention, skips code, inputs, editable and hidden regions, changes nothing, ends ready', async () => {
    document.body.innerHTML = `<article><p>Huawei signe avec le <b>Pérou</b>. Huawei encore.</p>
      <pre>Huawei</pre><code>Huawei</code><textarea>Huawei</textarea>
      <div contenteditable="true">Huawei</div><script>var Huawei = 1;</script>
      <p aria-hidden="true">Huawei</p><p hidden>Huawei</p></article>`;
    const html = document.body.innerHTML;
    const { match } = literalMatcher({ Huawei: 'huawei', Pérou: 'peru' });
    const { scanner, shown, states, mentions } = scannerFor(match);
    scanner.start();
    await settle(scanner);
    expect(shown()).toEqual(['huawei:Huawei', 'peru:Pérou', 'huawei:Huawei']);
    expect(document.body.innerHTML).toBe(html);
    expect(states.at(-1)).toBe('ready');
    expect(mentions.counts()).toEqual({ huawei: 2, peru: 1 });
    scanner.stop();
  });

  it('reads hidden text but never shows its mentions, and shows them once the page reveals them', async () => {
    document.body.innerHTML = '<p>AWS ici.</p><div id="tab" data-invisible>AWS caché.</div>';
    const { match } = literalMatcher({ AWS: 'aws' });
    const { scanner, shown } = scannerFor(match);
    scanner.start();
    await settle(scanner);
    expect(shown()).toEqual(['aws:AWS']);
    document.getElementById('tab')?.removeAttribute('data-invisible');
    document.getElementById('tab')?.setAttribute('class', 'open');
    await settle(scanner);
    expect(shown()).toEqual(['aws:AWS', 'aws:AWS']);
    scanner.stop();
  });

  it('reads text under an element that stops being aria-hidden', async () => {
    document.body.innerHTML = '<div id="menu" aria-hidden="true">Google Cloud</div>';
    const { match, sent } = literalMatcher({ 'Google Cloud': 'google-cloud' });
    const { scanner, shown } = scannerFor(match);
    scanner.start();
    await settle(scanner);
    expect(sent.flat()).not.toContain('Google Cloud');
    document.getElementById('menu')?.setAttribute('aria-hidden', 'false');
    await settle(scanner);
    expect(shown()).toEqual(['google-cloud:Google Cloud']);
    scanner.stop();
  });

  it('highlights paragraphs added later, without doubling or re-sending old text', async () => {
    document.body.innerHTML = '<main><p>AWS au Mexique.</p></main>';
    const { match, sent } = literalMatcher({ AWS: 'aws' });
    const { scanner, shown } = scannerFor(match, { resolveRoot: () => document.querySelector('main') });
    scanner.start();
    await settle(scanner);
    const p = document.createElement('p');
    p.textContent = 'Encore AWS.';
    document.querySelector('main')?.append(p);
    await settle(scanner);
    expect(shown()).toEqual(['aws:AWS', 'aws:AWS']);
    expect(sent.flat().filter((s) => s.includes('AWS au Mexique')).length).toBe(1);
    expect(sent.flat()).toContain('Encore AWS.');
    scanner.stop();
  });

  it('text the page rewrites in place loses its old mentions at once (before the next paint) and is read again', async () => {
    document.body.innerHTML = '<p id="p">Huawei forme 100 jeunes au Pérou.</p>';
    const { match } = literalMatcher({ Huawei: 'huawei', Pérou: 'peru', AWS: 'aws' });
    const { scanner, shown } = scannerFor(match);
    scanner.start();
    await settle(scanner);
    expect(shown()).toEqual(['huawei:Huawei', 'peru:Pérou']);
    (document.getElementById('p')?.firstChild as Text).data = 'AWS ouvre une région.';
    // Mutation observers run as microtasks, before the browser paints again.
    await Promise.resolve();
    expect(shown()).toEqual([]);
    await settle(scanner);
    expect(shown()).toEqual(['aws:AWS']);
    scanner.stop();
  });

  it('removed text loses its mentions; moved text keeps them', async () => {
    document.body.innerHTML = '<ul><li id="a">AWS</li><li id="b">Huawei</li></ul>';
    const { match, sent } = literalMatcher({ AWS: 'aws', Huawei: 'huawei' });
    const { scanner, shown } = scannerFor(match);
    scanner.start();
    await settle(scanner);
    const list = document.querySelector('ul') as HTMLUListElement;
    list.prepend(document.getElementById('b') as HTMLElement);
    document.getElementById('a')?.remove();
    await settle(scanner);
    expect(shown()).toEqual(['huawei:Huawei']);
    expect(sent.flat().filter((s) => s === 'Huawei').length).toBe(1);
    scanner.stop();
  });

  it('on a page that never stops changing, new content is still highlighted (the wait has a maximum)', async () => {
    document.body.innerHTML = '<p id="clock">0</p><div id="feed"></div>';
    const { match } = literalMatcher({ AWS: 'aws' });
    const { scanner, shown } = scannerFor(match);
    scanner.start();
    await settle(scanner);
    let tick = 0;
    const timer = setInterval(() => {
      (document.getElementById('clock')?.firstChild as Text).data = String(++tick);
    }, 50);
    try {
      const p = document.createElement('p');
      p.textContent = 'AWS annonce une région.';
      document.getElementById('feed')?.append(p);
      await new Promise((r) => setTimeout(r, 1_000));
      expect(shown()).toEqual(['aws:AWS']);
    } finally {
      clearInterval(timer);
      scanner.stop();
    }
  });

  it('stop() forgets every mention; start() finds them again without a reload', async () => {
    document.body.innerHTML = '<p id="p">Google Cloud et Google, puis Google.</p>';
    const { match } = literalMatcher({ Google: 'google' });
    const { scanner, shown } = scannerFor(match);
    scanner.start();
    await settle(scanner);
    expect(shown()).toHaveLength(3);
    scanner.stop();
    expect(shown()).toEqual([]);
    scanner.start();
    await settle(scanner);
    expect(shown()).toHaveLength(3);
    scanner.stop();
  });

  it('sends a large page in several bounded batches', async () => {
    document.body.innerHTML = Array.from(
      { length: 3000 },
      (_, i) => `<p>Paragraph ${i} about Huawei and more words to read.</p>`,
    ).join('');
    const { match, sent } = literalMatcher({ Huawei: 'huawei' });
    const { scanner, shown } = scannerFor(match);
    scanner.start();
    await settle(scanner);
    expect(sent.length).toBeGreaterThan(1);
    for (const batch of sent) expect(batch.length).toBeLessThanOrEqual(2000);
    expect(shown()).toHaveLength(3000);
    scanner.stop();
  });

  it('a 600,000-character text node before the first mention is split into pieces that fit a message', async () => {
    const huge = `${'lorem ipsum dolor sit amet. '.repeat(21_500)}`;
    document.body.innerHTML = `<div id="big"></div><p>Huawei au Pérou.</p>`;
    (document.getElementById('big') as HTMLElement).textContent = `${huge}Huawei à la fin.`;
    const { match, sent } = literalMatcher({ Huawei: 'huawei', Pérou: 'peru' });
    const { scanner, shown, errors } = scannerFor(match);
    scanner.start();
    await settle(scanner);
    expect(huge.length).toBeGreaterThan(600_000);
    for (const batch of sent) expect(batch.reduce((n, s) => n + s.length, 0)).toBeLessThanOrEqual(120_000);
    expect(shown()).toEqual(['huawei:Huawei', 'huawei:Huawei', 'peru:Pérou']);
    // The mention at the end of the long node has offsets into the whole node.
    expect(errors).toEqual([]);
    scanner.stop();
  });

  it('a refused batch is reported and skipped; the scan goes on and ends ready', async () => {
    const base = literalMatcher({ Huawei: 'huawei', Pérou: 'peru' });
    let calls = 0;
    const match: MatchTransport = async (segments, support) => {
      calls++;
      if (segments.some((s) => s.includes('REFUSE'))) throw new Error('Refused matchSegments: too much text');
      return base.match(segments, support);
    };
    // One node per batch, so the refusal costs only its own batch.
    document.body.innerHTML = '<p>Huawei.</p>';
    const { scanner, shown, errors, states } = scannerFor(match);
    scanner.start();
    await settle(scanner);
    for (const text of ['REFUSE ME', 'Pérou.']) {
      const p = document.createElement('p');
      p.textContent = text;
      document.body.append(p);
      await settle(scanner);
    }
    expect(calls).toBe(3);
    expect(errors).toHaveLength(1);
    expect(shown()).toEqual(['huawei:Huawei', 'peru:Pérou']);
    expect(states.at(-1)).toBe('ready');
    scanner.stop();
  });

  it('honours the reader: only the kinds asked for, and only first mentions when asked', async () => {
    document.body.innerHTML = '<p>Huawei et le Pérou. Huawei encore, Pérou encore.</p>';
    const { match } = literalMatcher({ Huawei: 'huawei', Pérou: 'peru' }, { huawei: 'company', peru: 'country' });
    const { scanner, mentions } = scannerFor(match, {
      accept: (_id, kind) => kind === 'company',
      firstMentionOnly: true,
    });
    scanner.start();
    await settle(scanner);
    expect(mentions.counts()).toEqual({ huawei: 1 });
    scanner.stop();
  });

  it('first mention only: a hidden first mention gives way to the first visible one', async () => {
    document.body.innerHTML = '<p data-invisible>Huawei caché</p><p id="v">Huawei visible</p><p>Huawei encore</p>';
    const { match } = literalMatcher({ Huawei: 'huawei' });
    const { scanner, painted } = scannerFor(match, { firstMentionOnly: true });
    scanner.start();
    await settle(scanner);
    expect([...painted].map((m) => m.node.parentElement?.id)).toEqual(['v']);
    scanner.stop();
  });

  it('never reads text inside skipped elements', async () => {
    document.body.innerHTML = '<svg><text>Huawei</text></svg><div contenteditable="false">AWS</div>';
    const { match } = literalMatcher({ Huawei: 'huawei', AWS: 'aws' });
    const { scanner, mentions } = scannerFor(match);
    scanner.start();
    await settle(scanner);
    expect(mentions.counts()).toEqual({ aws: 1 });
    scanner.stop();
  });
});
