import { browser } from 'wxt/browser';
import type { Self } from './sender';

/** Our identity from the running browser. */
export function selfFromBrowser(): Self {
  return { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
}
