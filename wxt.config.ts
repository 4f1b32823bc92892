import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  manifest: {
    name: 'Dateline',
    description: 'People, countries and dated events in the news you read — kept on your machine.',
    permissions: ['storage', 'tabs'],
  },
});
