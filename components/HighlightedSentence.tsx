import type { Segment } from '@/utils/popup/highlights';

/** Props of {@link HighlightedSentence}. */
export interface HighlightedSentenceProps {
  segments: Segment[];
  /** Display names of person ids and country codes, for the highlights' titles. */
  names?: ReadonlyMap<string, string>;
}

/** A sentence with its people and countries highlighted; every run is a text node (page text is never markup). */
export function HighlightedSentence({ segments, names }: HighlightedSentenceProps) {
  return (
    <p class="sentence">
      {segments.map((s, i) =>
        s.mark ? (
          <mark key={i} class={`sentence__mark sentence__mark--${s.mark.kind}`} title={names?.get(s.mark.key)}>
            {s.text}
          </mark>
        ) : (
          s.text
        ),
      )}
    </p>
  );
}
