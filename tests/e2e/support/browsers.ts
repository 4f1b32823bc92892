import { existsSync } from 'node:fs';

/** Debian's browsers (installed by `.ci/run`); override with CHROMIUM_PATH / FIREFOX_PATH. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export const hasChromium = existsSync(chromiumPath);
export const hasFirefox = existsSync(firefoxPath);

/** Shown as the name of a skipped suite, so the report says why nothing ran. */
export const chromiumMissingMessage = `Chromium not found at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH)`;
export const firefoxMissingMessage = `Firefox not found at ${firefoxPath} (apt-get install firefox-esr, or set FIREFOX_PATH)`;
