import { defineContentScript } from 'wxt/utils/define-content-script';
import { runFirstStage } from '@/utils/content/first-stage';

/**
 * First stage, on every web page: if it looks like a news article, ask the background to load the marks stage
 * (utils/content/first-stage.ts). Other pages pay for this small script alone.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    runFirstStage(ctx);
  },
});
