import type { ArticleAnnotations, CapturedArticle, EarlierReadingItem, sendToBackground } from '@/utils/messaging';
import { dateLabel } from './cards/view-model';
import type { EarlierItem } from './cards/types';
import { createPageMarks, type PageMarks } from './marks-controller';
import { watchPage } from './watch';

/** Most events a card's "Earlier in your reading" lists. */
export const EARLIER_LIMIT = 4;

/** One article page's marks, from the stored analysis to the drawn marks, across late content and re-renders. */
export interface InPageSession {
  readonly articleId: number;
  /** The background stored this tab's analysis: mark now if it is this article's. */
  annotationsReady(articleId: number): void;
  /** Shows or hides the marks (keyboard command); returns whether they show. */
  toggle(): { visible: boolean };
  destroy(): void;
}

/** What a session needs from its surroundings. */
export interface SessionEnv {
  doc: Document;
  send: typeof sendToBackground;
  /** False once the extension context is gone (update, reload): stop quietly. */
  isValid: () => boolean;
}

function toEarlierItem(item: EarlierReadingItem): EarlierItem {
  let host = item.url;
  try {
    host = new URL(item.url).hostname;
  } catch {
    // keep the address as given
  }
  return {
    articleId: item.articleId,
    dateLabel: dateLabel(item.value),
    sentence: item.text,
    title: item.title ?? item.siteName ?? host,
    url: item.url,
  };
}

/**
 * Starts marks for a stored article: if its analysis (with selectors) is stored, marks at once — a revisit needs no
 * new analysis; otherwise waits for `annotationsReady`. Never throws into the page.
 */
export function startSession(env: SessionEnv, articleId: number, article: CapturedArticle): InPageSession {
  let marks: PageMarks | null = null;
  let stopWatching: (() => void) | null = null;
  let destroyed = false;
  let loading = false;
  let visible = true;

  const loadEarlier = async (kind: 'person' | 'country', key: string): Promise<EarlierItem[]> => {
    const reply = await env.send('contentToBackground.getEarlierReading', {
      kind,
      key,
      excludeArticleId: articleId,
      limit: EARLIER_LIMIT,
    });
    if (!reply.ok) throw new Error(reply.error);
    return reply.value.map(toEarlierItem);
  };

  const show = async (annotations: ArticleAnnotations) => {
    if (destroyed || !env.isValid()) return;
    marks?.destroy();
    stopWatching?.();
    const current = await createPageMarks({
      doc: env.doc,
      data: { ...annotations, publishedTime: article.publishedTime },
      extractedText: article.text,
      loadEarlier,
    });
    if (destroyed || !env.isValid()) {
      current.destroy();
      return;
    }
    marks = current;
    if (!visible) current.setVisible(false);
    const total = annotations.mentions.length;
    stopWatching = watchPage(env.doc, {
      host: current.host,
      needsRefresh: () => env.isValid() && (current.isStale() || current.marks.length < total),
      refresh: () => current.refresh(),
    });
  };

  // The "only on request" setting: marks are drawn but hidden until the toggle-marks shortcut shows them.
  let shownOnRequest = false;
  const load = async () => {
    if (loading || destroyed) return;
    loading = true;
    try {
      const status = await env.send('contentToBackground.getPageStatus', { url: env.doc.location.href });
      if (status.ok && !status.value.autoAnnotate && !shownOnRequest) visible = false;
      const reply = await env.send('contentToBackground.getArticleAnnotations', { articleId });
      if (reply.ok && reply.value && reply.value.analysisState === 'done') await show(reply.value);
    } catch {
      // The page changed under us or the extension went away: no marks, no error in the page.
    } finally {
      loading = false;
    }
  };

  void load();

  return {
    articleId,
    annotationsReady(readyId) {
      if (readyId === articleId && !marks) void load();
    },
    toggle() {
      shownOnRequest = true;
      visible = !visible;
      marks?.setVisible(visible);
      return { visible };
    },
    destroy() {
      destroyed = true;
      stopWatching?.();
      marks?.destroy();
      marks = null;
    },
  };
}
