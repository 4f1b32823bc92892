import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startPopup } from './popup/startPopup';

/**
 * The popup's views (popup-app.js), loaded by the popup's first script once the first frame is on screen
 * (entrypoints/popup-early.ts). A classic script of its own rather than the page's module so that the page's load,
 * which the toolbar waits for before it shows the popup, does not wait for it.
 */
export default defineUnlistedScript(() => startPopup());
