import type { CDPSession, Page } from 'playwright-core';
import { chromiumMissingMessage, hasChromium } from './support/browsers';
import { launchChromium } from './support/chromium';
import type { Tab } from './support/driver';
import { describeInPage } from './scenarios/in-page';

interface DomNode {
  nodeType: number;
  nodeValue?: string;
  localName?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

const sessions = new WeakMap<Page, Promise<{ cdp: CDPSession; isolated: number[] }>>();

/** A CDP session on the tab that also records the content script's isolated world (where its marks live). */
function cdpOf(tab: Tab) {
  const page = tab.page as Page;
  let session = sessions.get(page);
  if (!session) {
    session = (async () => {
      const cdp = await page.context().newCDPSession(page);
      const isolated: number[] = [];
      cdp.on('Runtime.executionContextCreated', ({ context }) => {
        const aux = context.auxData as { type?: string } | undefined;
        if (aux?.type === 'isolated' && context.name === 'Dateline') isolated.push(context.id);
      });
      await cdp.send('Runtime.enable');
      return { cdp, isolated };
    })();
    sessions.set(page, session);
  }
  return session;
}

function find(node: DomNode, name: string): DomNode | null {
  if (node.localName === name) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = find(child, name);
    if (found) return found;
  }
  return null;
}

function textOf(node: DomNode, out: string[]): string[] {
  if (node.nodeType === 3 && node.nodeValue?.trim()) out.push(node.nodeValue.trim());
  if (node.localName === 'style') return out;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) textOf(child, out);
  return out;
}

describeInPage({
  name: 'chromium',
  available: hasChromium,
  missingMessage: chromiumMissingMessage,
  launch: launchChromium,
  driver: {
    // DevTools reads closed shadow roots (page scripts cannot): the card's text as a reader sees it.
    async cardText(tab) {
      const { cdp } = await cdpOf(tab);
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
      const host = find(root, 'dateline-ui');
      return host ? textOf(host, []).join(' ') : '';
    },
    // The marks' Ranges, read in the content script's isolated world, where its CSS.highlights entries are.
    async markedRanges(tab) {
      const { cdp, isolated } = await cdpOf(tab);
      await tab.evaluate(() => 0, null);
      for (const contextId of [...isolated].reverse()) {
        try {
          const { result } = (await cdp.send('Runtime.evaluate', {
            contextId,
            returnByValue: true,
            expression: `(() => {
              const out = [];
              for (const name of ['dateline-person', 'dateline-country', 'dateline-date']) {
                const highlight = CSS.highlights.get(name);
                if (!highlight) continue;
                for (const range of highlight) {
                  const el = range.startContainer.parentElement;
                  const bad = el && el.closest('figcaption, aside, nav, footer, header.site, [aria-hidden="true"], script, style, [role="complementary"]');
                  out.push({ text: range.toString(), excluded: bad ? bad.tagName : null });
                }
              }
              return out;
            })()`,
          })) as { result: { value?: Array<{ text: string; excluded: string | null }> } };
          if (result.value && result.value.length > 0) return result.value;
        } catch {
          // a context of a page we left: try the next
        }
      }
      return null;
    },
    collectErrors(tab) {
      const errors: string[] = [];
      (tab.page as Page).on('pageerror', (error) => errors.push(`${error.message}\n${error.stack ?? ''}`));
      return errors;
    },
  },
});
