/** One match as the background sends it: segment index, start and end in that segment, entity id. */
export type SegmentMatchTuple = readonly [segment: number, start: number, end: number, entityId: string];

/** What the scan reads of the background's answer to `matchSegments`. */
export interface MatchReply {
  matches: SegmentMatchTuple[];
  support: string[];
  kinds: Record<string, string>;
}

const isTuple = (m: unknown): m is SegmentMatchTuple =>
  Array.isArray(m) &&
  m.length === 4 &&
  Number.isInteger(m[0]) &&
  Number.isInteger(m[1]) &&
  Number.isInteger(m[2]) &&
  typeof m[3] === 'string';

/**
 * Checks the fields the scan reads, by hand: the content script carries no schema library (the background
 * validates requests; this keeps a damaged reply from reaching the DOM step). Malformed matches are dropped.
 */
export function readMatchReply(reply: unknown): MatchReply {
  const value = (typeof reply === 'object' && reply !== null ? reply : {}) as Record<string, unknown>;
  const matches = Array.isArray(value.matches) ? value.matches.filter(isTuple) : [];
  const support = Array.isArray(value.support) ? value.support.filter((s): s is string => typeof s === 'string') : [];
  const kinds: Record<string, string> = {};
  if (typeof value.kinds === 'object' && value.kinds !== null) {
    for (const [id, kind] of Object.entries(value.kinds)) if (typeof kind === 'string') kinds[id] = kind;
  }
  return { matches, support, kinds };
}
