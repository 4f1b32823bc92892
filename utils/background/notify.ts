import { sendToTab } from '@/utils/messaging';
import type { AnalysisOutcome } from './analyse';
import { setTabBadge } from './badge';

/**
 * Tells the tab its article's analysis is stored: the mention count on the toolbar badge, and a message to the
 * content script so marks can appear. Both best-effort (the tab may have closed or moved on).
 */
export async function showOutcomeInTab(tabId: number, outcome: AnalysisOutcome): Promise<void> {
  if (outcome.state !== 'done') return;
  await setTabBadge(tabId, outcome.mentionCount);
  await sendToTab(tabId, 'backgroundToContent.annotationsReady', {
    articleId: outcome.articleId,
    mentionCount: outcome.mentionCount,
  });
}
