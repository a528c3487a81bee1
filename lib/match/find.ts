import { passesCase } from './case-check';
import type { AliasEntry, CompiledMatcher } from './compile';
import { isCued, isVetoed } from './context';
import { type FoldedBuffer, foldToBuffer } from './normalize';
import { scan, selectLeftmostLongest } from './scan';
import type { MatchSpan, SegmentMatch } from './types';

/**
 * Segments are matched as one text joined by NUL: no alias holds a NUL, so no match can span two segments, while
 * the cue and veto words around a match may still come from the neighbouring text node ("le <b>Salvador</b>").
 * Offsets are mapped back through the segments' lengths, so a segment that itself contains a NUL is harmless.
 */
const SEPARATOR = '\u0000';

interface Resolution {
  /** Entity index per chosen span, -1 for none yet. */
  entity: Int32Array;
}

/** The first entry of pattern `p` (strong or weak, per `weak`) that accepts the span, or undefined. */
function acceptedEntry(
  m: CompiledMatcher,
  p: number,
  weak: boolean,
  accept: (entry: AliasEntry) => boolean,
): AliasEntry | undefined {
  for (let e = m.entryStart[p] ?? 0, stop = m.entryStart[p + 1] ?? 0; e < stop; e++) {
    const entry = m.entries[e];
    if (entry && entry.weak === weak && accept(entry)) return entry;
  }
  return undefined;
}

/**
 * Decides which entity, if any, each chosen span names. Strong aliases first, over the whole batch, because a
 * strong mention anywhere supports the weak ones ("Nayib Bukele … Bukele"); then weak aliases, which count only
 * when supported or cued, and cue-required ones, which count only when cued. A span none of whose entries passes (an `excludes` phrase, a vetoed word, an
 * unsupported weak alias) yields nothing — and still keeps shorter aliases inside it from matching.
 */
function resolve(
  m: CompiledMatcher,
  text: FoldedBuffer,
  original: string,
  spans: { start: number; end: number; pattern: number }[],
  support: Set<string>,
): Resolution {
  const entity = new Int32Array(spans.length).fill(-1);
  const ok = (entry: AliasEntry, span: { start: number; end: number }): boolean =>
    passesCase(entry, original, text.start[span.start] ?? 0, text.end[span.end - 1] ?? 0) &&
    !isVetoed(entry, text, span.start, span.end);
  spans.forEach((span, k) => {
    const entry = acceptedEntry(m, span.pattern, false, (candidate) => ok(candidate, span));
    if (!entry) return;
    entity[k] = entry.entity;
    support.add(m.entityIds[entry.entity] ?? '');
  });
  spans.forEach((span, k) => {
    if ((entity[k] ?? -1) >= 0) return;
    const entry = acceptedEntry(
      m,
      span.pattern,
      true,
      (candidate) =>
        ok(candidate, span) &&
        (isCued(candidate, text, span.start, span.end) ||
          (!candidate.cueRequired && support.has(m.entityIds[candidate.entity] ?? ''))),
    );
    if (entry) entity[k] = entry.entity;
  });
  return { entity };
}

/**
 * One pass over all segments. Matches never cross a segment boundary. `support` = ids of entities already named
 * by a strong alias earlier on the page; it is read and UPDATED (strong matches added) so a page can be matched
 * in several batches. Matches come in document order.
 */
export function matchSegments(
  m: CompiledMatcher,
  segments: readonly string[],
  support: Set<string> = new Set(),
): SegmentMatch[] {
  const joined = segments.length === 1 ? (segments[0] ?? '') : segments.join(SEPARATOR);
  const text = foldToBuffer(joined);
  const found = scan(m, text, joined);
  const spans = selectLeftmostLongest(found).map((k) => ({
    start: found.start[k] ?? 0,
    end: found.end[k] ?? 0,
    pattern: found.pattern[k] ?? 0,
  }));
  const { entity } = resolve(m, text, joined, spans, support);

  const matches: SegmentMatch[] = [];
  let segment = 0;
  let segmentStart = 0;
  spans.forEach((span, k) => {
    const index = entity[k] ?? -1;
    if (index < 0) return;
    const start = text.start[span.start] ?? 0;
    const end = text.end[span.end - 1] ?? 0;
    // Spans come in text order, so the segment pointer only moves forward.
    while (segment < segments.length - 1 && start >= segmentStart + (segments[segment]?.length ?? 0) + 1) {
      segmentStart += (segments[segment]?.length ?? 0) + 1;
      segment++;
    }
    matches.push({
      segment,
      start: start - segmentStart,
      end: end - segmentStart,
      entityId: m.entityIds[index] ?? '',
    });
  });
  return matches;
}

/** Matches one text; see {@link matchSegments}. Offsets are into `text`, end exclusive. */
export function matchText(m: CompiledMatcher, text: string, support?: Set<string>): MatchSpan[] {
  return matchSegments(m, [text], support).map(({ start, end, entityId }) => ({ start, end, entityId }));
}

/** entityId → number of mentions in a text (for recording which entities an article mentions). */
export function countMentions(m: CompiledMatcher, text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { entityId } of matchText(m, text)) counts.set(entityId, (counts.get(entityId) ?? 0) + 1);
  return counts;
}
