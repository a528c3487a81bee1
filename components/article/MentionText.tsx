interface Props {
  text: string;
  /** [start, end, entityId], sorted and non-overlapping (the matcher's output). */
  spans: readonly (readonly [number, number, string])[];
  names: Record<string, string>;
}

/** The article's text, paragraph by paragraph, with every known entity marked (as text, never as HTML). */
export function MentionText({ text, spans, names }: Props) {
  const paragraphs: { start: number; end: number }[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) paragraphs.push({ start: m.index, end: m.index + m[0].length });
  let next = 0;
  return (
    <div class="dl-article-text">
      {paragraphs.map((p) => {
        const pieces = [];
        let cursor = p.start;
        while (next < spans.length && (spans[next]?.[0] ?? Number.POSITIVE_INFINITY) < p.end) {
          const [start, end, entityId] = spans[next] as readonly [number, number, string];
          next++;
          if (start < cursor) continue;
          if (start > cursor) pieces.push(text.slice(cursor, start));
          pieces.push(
            <mark key={start} class="dl-mention" data-entity={entityId} title={names[entityId] ?? entityId}>
              {text.slice(start, end)}
            </mark>,
          );
          cursor = end;
        }
        if (cursor < p.end) pieces.push(text.slice(cursor, p.end));
        // data-offset: where the paragraph starts in the text, so a selection maps back to it (selection-offsets).
        return (
          <p key={p.start} data-offset={p.start}>
            {pieces}
          </p>
        );
      })}
    </div>
  );
}
