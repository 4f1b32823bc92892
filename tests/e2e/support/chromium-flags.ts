/**
 * The command line every Chromium of ours starts with (end-to-end tests, trust tests, the bench), so a flag added or
 * dropped changes them all alike.
 *
 * Launch with Playwright's `headless: false`: its own headless mode loads no extensions, `--headless=new` does.
 * `extensionDir` is the unpacked extension to load, or null for a browser without one (the bench's baseline).
 */
export function chromiumFlags(extensionDir: string | null): string[] {
  return [
    '--headless=new',
    ...(extensionDir ? [`--load-extension=${extensionDir}`, `--disable-extensions-except=${extensionDir}`] : []),
    '--no-sandbox',
    '--disable-gpu',
    // No updates, sync or first-run work: they would add requests and CPU that no test or figure is about.
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
}
