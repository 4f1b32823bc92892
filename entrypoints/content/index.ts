import { defineContentScript } from 'wxt/utils/define-content-script';
import { runInPage } from '@/utils/page/content-main';

/**
 * On every web page: if it is a news article, send its text to the background to be stored and analysed, then mark
 * its people, countries and dates with hover cards (utils/page/content-main.ts).
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    runInPage(ctx);
  },
});
