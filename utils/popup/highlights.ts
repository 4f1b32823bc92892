import type { MentionKind } from '../db/schema';
import { highlightSentence } from '../timeline/highlight';

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
 * at `sentenceStart`), with the timeline's `highlightSentence`: mentions outside the sentence are ignored, and of
 * overlapping ones the first wins, so the runs always add up to the sentence exactly. Rendered as text, never markup.
 */
export function sentenceSegments(text: string, sentenceStart: number, spans: readonly EntitySpan[]): Segment[] {
  return highlightSentence(text, sentenceStart, spans).map(({ text: run, mention }) =>
    mention && mention.kind !== 'date' ? { text: run, mark: { kind: mention.kind, key: mention.key } } : { text: run },
  );
}
