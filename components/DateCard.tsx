import type { NearbyEvent } from '@/utils/page/cards/types';
import { CardFrame } from './CardFrame';

/** Props of a date's card. */
export interface DateCardProps {
  /** The resolved date ("October 2023"). */
  label: string;
  /** The words the article used ("Last month"). */
  quote: string;
  /** How it was read: "from the publication date 8 Nov 2023", "as written", … */
  reading: string;
  /** This article's events near that date (the mark's own event first). */
  nearby: NearbyEvent[];
  onClose: () => void;
}

/** A date's card: the calendar date a time expression stands for, how it was worked out, and events around it. */
export function DateCard({ label, quote, reading, nearby, onClose }: DateCardProps) {
  return (
    <CardFrame kind="date" kindLabel="Date" title={label} titleId="dateline-card-title" onClose={onClose}>
      <p class="reading">
        <q>{quote}</q>, {reading}
      </p>
      <section aria-label="Around then in this article">
        <h3 class="section-title">Around then in this article</h3>
        {nearby.length === 0 ? (
          <p class="muted">No other dated events in this article.</p>
        ) : (
          <ol class="earlier-list">
            {nearby.map((event, i) => (
              <li key={i} class="earlier-item">
                <span class="date">{event.dateLabel}</span>
                <q class="sentence">{event.sentence}</q>
              </li>
            ))}
          </ol>
        )}
      </section>
    </CardFrame>
  );
}
