import { defineConfig } from 'wxt';
import { popupShell } from './scripts/vite/popupShell';

/**
 * Extension pages (popup, background) load only our own code and reach no network: Dateline keeps everything
 * on the machine, and the CSP makes that checkable. The dev server (`wxt`, command "serve") needs its websocket
 * and injected styles, so only there are those allowed.
 */
function extensionPagesCsp(serve: boolean): string {
  const devServer = serve ? ' http://localhost:* ws://localhost:*' : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self'${serve ? " 'unsafe-inline'" : ''}`,
    "img-src 'self' data:",
    `connect-src 'self'${devServer}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  // The popup's frame is prerendered into popup.html (entrypoints/popup-early.ts says why).
  vite: () => ({ plugins: [popupShell()] }),
  manifest: ({ command, browser }) => ({
    name: 'Dateline',
    description: 'People, countries and dated events in the news you read — kept on your machine.',
    /*
     * activeTab: the popup and the keyboard command act on the tab the user is on. scripting: the content script comes
     * in two stages, and the background loads the second (extraction, marks, cards) into article pages only, so that
     * every other page pays for a few kilobytes; WXT adds that stage's match patterns (the same http/https pages the
     * first stage already runs on, so the install warning is unchanged) as host permissions. Nothing else is needed:
     * IndexedDB needs no permission, sender.tab carries the id and incognito flag, tabs.create / tabs.sendMessage /
     * tabs.query (ids only) and the per-tab badge need none.
     */
    permissions: ['activeTab', 'scripting'],
    // The first stage (entrypoints/first-stage.ts) on every page; the marks stage is loaded into articles only.
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['first-stage.js'], run_at: 'document_idle' }],
    content_security_policy: { extension_pages: extensionPagesCsp(command === 'serve') },
    // Firefox needs a stable id to install the add-on (and to keep its IndexedDB across updates); Dateline
    // declares that it collects no data. Chrome would only warn about the key, so it gets none.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'dateline@example.org',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
    commands: {
      // Shows or hides Dateline's marks on the current tab (utils/background/page-controls.ts).
      'toggle-marks': {
        suggested_key: { default: 'Alt+Shift+D' },
        description: 'Show or hide the marks on this page',
      },
    },
  }),
});
