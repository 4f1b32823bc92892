import { defineContentScript } from 'wxt/utils/define-content-script';
import { run } from '@/utils/content/run';

/** On every web page: if it is a news article, send its text to the background to be stored and analysed. */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    void run(ctx);
  },
});
