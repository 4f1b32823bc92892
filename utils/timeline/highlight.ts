/** A mention of a person, country or date, as the mentions table stores it (offsets into the article text). */
export interface HighlightMention {
  kind: 'person' | 'country' | 'date';
  key: string;
  start: number;
  end: number;
}

/** A piece of a sentence: plain text, or a mention to highlight. */
export interface Segment {
  text: string;
  mention?: HighlightMention;
}

/**
 * Cuts a sentence (starting at `offset` in the article text) into plain and highlighted pieces for the mentions
 * inside it, so a view can render people, countries and dates in the sentence as marks — as text, never markup.
 * Overlapping mentions keep the one that starts first (the longer on a tie).
 */
export function highlightSentence(text: string, offset: number, mentions: readonly HighlightMention[]): Segment[] {
  const inside = mentions
    .filter((m) => m.start >= offset && m.end <= offset + text.length && m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let at = 0;
  for (const m of inside) {
    const start = m.start - offset;
    if (start < at) continue;
    if (start > at) segments.push({ text: text.slice(at, start) });
    segments.push({ text: text.slice(start, m.end - offset), mention: m });
    at = m.end - offset;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}
