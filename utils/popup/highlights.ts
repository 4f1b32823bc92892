import type { MentionKind } from '../db/schema';

/** A person or country mention, by its offsets in the article text. */
export interface EntitySpan {
  kind: Exclude<MentionKind, 'date'>;
  key: string;
  start: number;
  end: number;
}

/** A run of a sentence: plain text, or the words that name a person or country. */
export interface Segment {
  text: string;
  mark?: { kind: EntitySpan['kind']; key: string };
}

/**
 * Cuts a sentence into plain and highlighted runs from its mentions' offsets (article offsets; the sentence starts
 * at `sentenceStart`). Mentions outside the sentence are ignored, and of overlapping ones the first wins, so the runs
 * always add up to the sentence exactly. Rendered as text, never as markup.
 */
export function sentenceSegments(text: string, sentenceStart: number, spans: readonly EntitySpan[]): Segment[] {
  const inside = spans
    .map((s) => ({ ...s, start: s.start - sentenceStart, end: s.end - sentenceStart }))
    .filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let at = 0;
  for (const span of inside) {
    if (span.start < at) continue;
    if (span.start > at) segments.push({ text: text.slice(at, span.start) });
    segments.push({ text: text.slice(span.start, span.end), mark: { kind: span.kind, key: span.key } });
    at = span.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}
