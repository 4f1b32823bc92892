import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  manifest: {
    name: 'Dateline',
    description: 'People, countries and dated events in the news you read — kept on your machine.',
    permissions: ['storage', 'tabs'],
    commands: {
      // Shows or hides Dateline's marks on the current tab (utils/background/page-controls.ts).
      'toggle-marks': {
        suggested_key: { default: 'Alt+Shift+D' },
        description: 'Show or hide the marks on this page',
      },
    },
  },
});
