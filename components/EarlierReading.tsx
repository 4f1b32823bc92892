import type { EarlierState } from '@/utils/page/cards/types';
import { safeHttpUrl } from '@/utils/ui/safe-url';

/** Props of the "Earlier in your reading" list. */
export interface EarlierReadingProps {
  state: EarlierState;
  /** Who or what it is about, for the empty message ("Nothing earlier about Vladimir Putin"). */
  subject: string;
}

/** Events about the same person or country from other articles the reader read, latest first. */
export function EarlierReading({ state, subject }: EarlierReadingProps) {
  return (
    <section class="earlier" aria-label="Earlier in your reading">
      <h3 class="section-title">Earlier in your reading</h3>
      {state.status === 'loading' && <p class="muted">Looking…</p>}
      {state.status === 'error' && <p class="muted">Your earlier reading could not be loaded.</p>}
      {state.status === 'ready' && state.items.length === 0 && (
        <p class="muted">Nothing earlier about {subject} in the articles you read.</p>
      )}
      {state.status === 'ready' && state.items.length > 0 && (
        <ol class="earlier-list">
          {state.items.map((item, i) => (
            <li key={`${item.articleId}-${i}`} class="earlier-item">
              <span class="date">{item.dateLabel}</span>
              <q class="sentence">{item.sentence}</q>
              {safeHttpUrl(item.url) !== undefined ? (
                <a class="source" href={safeHttpUrl(item.url)} target="_blank" rel="noopener noreferrer">
                  {item.title}
                </a>
              ) : (
                <span class="source">{item.title}</span>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
