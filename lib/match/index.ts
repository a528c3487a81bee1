/** The pure matching library: fold page text, compile a catalog once, find its entities in pages. */
export { type CompiledMatcher, compileMatcher } from './compile';
export { countMentions, matchSegments, matchText } from './find';
export { foldAlias, type NormalizedText, normalizeForMatch } from './normalize';
export type { MatchSpan, SegmentMatch } from './types';
