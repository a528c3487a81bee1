// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { compareMentions, type Mention } from '@/lib/highlight/mention';
import { MentionIndex } from '@/lib/highlight/mention-index';

function page() {
  document.body.innerHTML = '<p id="a">Huawei et le Pérou</p><p id="b">AWS</p><p id="c">Google</p>';
  const text = (id: string) => document.getElementById(id)?.firstChild as Text;
  const mention = (id: string, start: number, end: number, entityId: string): Mention => ({
    node: text(id),
    start,
    end,
    entityId,
    text: text(id).data.slice(start, end),
  });
  return { text, mention };
}

describe('MentionIndex', () => {
  it('keeps document order whatever order mentions arrive in', () => {
    const { mention } = page();
    const index = new MentionIndex(compareMentions);
    const google = mention('c', 0, 6, 'google');
    const peru = mention('a', 13, 18, 'peru');
    const huawei = mention('a', 0, 6, 'huawei');
    const aws = mention('b', 0, 3, 'aws');
    index.add([google]);
    index.add([peru, huawei]);
    index.add([aws]);
    expect(index.inOrder().map((m) => m.entityId)).toEqual(['huawei', 'peru', 'aws', 'google']);
    expect(index.indexOf(aws)).toBe(2);
    expect(index.counts()).toEqual({ huawei: 1, peru: 1, aws: 1, google: 1 });
  });

  it('finds the mentions at a caret position, both where two meet', () => {
    const { mention, text } = page();
    const index = new MentionIndex(compareMentions);
    const first = mention('a', 0, 6, 'huawei');
    const second = mention('a', 6, 9, 'x');
    index.add([first, second]);
    expect(index.at(text('a'), 3)).toEqual([first]);
    expect(index.at(text('a'), 6)).toEqual([first, second]);
    expect(index.at(text('a'), 12)).toEqual([]);
    expect(index.at(text('b'), 0)).toEqual([]);
  });

  it('drops a rewritten node’s mentions, and those of detached nodes', () => {
    const { mention, text } = page();
    const index = new MentionIndex(compareMentions);
    const [huawei, aws, google] = [
      mention('a', 0, 6, 'huawei'),
      mention('b', 0, 3, 'aws'),
      mention('c', 0, 6, 'google'),
    ];
    index.add([huawei, aws, google]);
    expect(index.removeNode(text('a'))).toEqual([huawei]);
    document.getElementById('b')?.remove();
    expect(index.removeDetached()).toEqual([aws]);
    expect(index.inOrder()).toEqual([google]);
    expect(index.clear()).toEqual([google]);
    expect(index.size).toBe(0);
  });
});

describe('MentionIndex at scale (issue 22: one text node with tens of thousands of mentions)', () => {
  /** Mentions of one text node in order, and an index whose comparisons are counted. */
  function counted(size: number) {
    const node = { data: 'x'.repeat(size * 8) } as unknown as Text;
    let comparisons = 0;
    const index = new MentionIndex((a, b) => {
      comparisons++;
      return a.start - b.start;
    });
    const mentions = Array.from(
      { length: size },
      (_, i): Mention => ({ node, start: i * 8, end: i * 8 + 6, entityId: 'huawei', text: 'Huawei' }),
    );
    return { index, mentions, comparisons: () => comparisons };
  }

  it('adds mentions given in order with one comparison each, in batches or all at once', () => {
    for (const size of [4_000, 16_000]) {
      const { index, mentions, comparisons } = counted(size);
      for (let i = 0; i < size; i += 1_000) index.add(mentions.slice(i, i + 1_000));
      expect(index.size).toBe(size);
      // Linear: a scan gives mentions in order, so each is appended after one comparison with the last.
      expect(comparisons()).toBeLessThanOrEqual(size);
    }
  });

  it('finds the mention at a caret by binary search, and still inserts out-of-order ones in place', () => {
    const { index, mentions } = counted(16_000);
    const late = mentions.splice(5_000, 1);
    index.add(mentions);
    index.add(late);
    expect(index.nth(5_000)).toBe(late[0]);
    const node = late[0]?.node as Text;
    expect(index.at(node, 40_003)).toEqual([late[0]]);
    expect(index.at(node, 40_006)).toEqual([late[0]]); // at its end, the caret still touches it
    expect(index.at(node, 40_007)).toEqual([]); // between two mentions
  });
});
