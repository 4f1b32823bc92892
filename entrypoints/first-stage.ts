import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runFirstStage } from '@/utils/content/first-stage';

/**
 * The content script's first stage, on every http(s) page (declared in wxt.config.ts): rules out pages that cannot be
 * articles, and has the background load the reader-check stage into the others (utils/content/stages.ts). An
 * unlisted script rather than a WXT content script, whose wrapper reads the extension API at once: other pages pay
 * for this small script alone.
 */
export default defineUnlistedScript(() => {
  runFirstStage();
});
