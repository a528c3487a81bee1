/** A highlight range inside one text node's data. */
export interface HighlightRange {
  start: number;
  end: number;
  entityId: string;
}

/**
 * Groups matches by segment, keeps each segment's ranges sorted and non-overlapping (the first wins), and drops
 * ranges that are empty, out of bounds or whitespace-only, so the DOM step can apply them blindly.
 */
export function planHighlights(
  matches: ReadonlyArray<readonly [segment: number, start: number, end: number, entityId: string]>,
  segments: readonly string[],
): Map<number, HighlightRange[]> {
  const plan = new Map<number, HighlightRange[]>();
  for (const [segment, start, end, entityId] of matches) {
    const text = segments[segment];
    if (text === undefined || start < 0 || end > text.length || end <= start) continue;
    if (!/\S/.test(text.slice(start, end))) continue;
    const ranges = plan.get(segment) ?? [];
    ranges.push({ start, end, entityId });
    plan.set(segment, ranges);
  }
  for (const [segment, ranges] of plan) {
    ranges.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: HighlightRange[] = [];
    for (const range of ranges) {
      const last = kept[kept.length - 1];
      if (!last || range.start >= last.end) kept.push(range);
    }
    plan.set(segment, kept);
  }
  return plan;
}
