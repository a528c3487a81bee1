/**
 * How painted highlights look: boxes drawn over the mentions' text in the page host's closed shadow root (see
 * overlay-painter.ts). The layer sits at the document's origin, so the compositor scrolls the boxes with the
 * page; it is never hit-tested and its layout is contained.
 *
 * On a light page the layer multiplies with what is under it, like a highlighter pen: white paper turns amber and
 * black text stays black, exactly the look the CSS Highlight API gave (its translucent colours painted behind the
 * text, here as the opaque colours they made over white). On a dark page it is laid over as translucent colour,
 * as those same colours behind light text looked. The dotted underline is the default style, the stronger tint
 * and a solid underline the active mention (hovered, keyboard-focused, card open).
 */
export const MARKS_CSS = `
.marks {
  position: absolute; top: 0; left: 0; width: 0; height: 0; overflow: visible; margin: 0; padding: 0; border: 0;
  pointer-events: none; z-index: 2147483647; contain: layout style;
}
.marks[data-scheme="light"] { mix-blend-mode: multiply; }
.marks > div {
  position: absolute; top: 0; left: 0; box-sizing: border-box; margin: 0; padding: 0; border: 0;
  pointer-events: none; display: none; contain: strict;
}
.marks > div.underline, .marks > div.background, .marks > div.active { display: block; }
.marks[data-scheme="light"] > .underline { background: rgb(255, 241, 208); border-bottom: 1.5px dotted rgb(214, 140, 0); }
.marks[data-scheme="light"] > .background { background: rgb(255, 226, 158); }
.marks[data-scheme="light"] > .active { background: rgb(255, 204, 102); border-bottom: 2px solid rgb(214, 120, 0); }
.marks[data-scheme="dark"] > .underline {
  background: rgba(255, 190, 40, 0.22); border-bottom: 1.5px dotted rgba(214, 140, 0, 0.95);
}
.marks[data-scheme="dark"] > .background { background: rgba(255, 190, 40, 0.45); }
.marks[data-scheme="dark"] > .active { background: rgba(255, 170, 0, 0.6); border-bottom: 2px solid rgb(214, 120, 0); }
/* Boxes placed for the screen would land anywhere on paper: a printed page gets none. */
@media print { .marks { display: none; } }
`;
