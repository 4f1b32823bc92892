import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runReaderCheckStage } from '@/utils/content/reader-check-stage';
import { readerCheckStageLoaded } from '@/utils/content/stages';

/**
 * The content script's reader-check stage, loaded by the background into pages the first stage could not rule out:
 * Readability's reader check, then the marks stage where Dateline is on (utils/content/stages.ts).
 */
export default defineUnlistedScript(() => {
  // Loaded twice when the first stage asked twice (a navigation before the first load): one is enough.
  if (!readerCheckStageLoaded()) runReaderCheckStage();
});
