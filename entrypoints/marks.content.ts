import { defineContentScript } from 'wxt/utils/define-content-script';
import { setMarksStageLoaded } from '@/utils/content/stages';
import { runInPage } from '@/utils/page/content-main';

/**
 * Marks stage, loaded by the background into article pages only (utils/background/load-stages.ts): send the page to
 * be read, stored and analysed, then mark its people, countries and dates with hover cards (utils/page/content-main.ts).
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  main(ctx) {
    setMarksStageLoaded();
    runInPage(ctx);
  },
});
