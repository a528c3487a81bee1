/** One highlighted mention: ORIGINAL offsets into the text that was matched, end exclusive. */
export interface MatchSpan {
  start: number;
  end: number;
  entityId: string;
}

/** A mention inside one of several page segments (DOM text nodes); offsets are within that segment. */
export interface SegmentMatch extends MatchSpan {
  segment: number;
}
