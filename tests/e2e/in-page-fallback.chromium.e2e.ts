import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissingMessage, chromiumPath, hasChromium } from './support/browsers';
import { repoRoot } from './support/paths';

/**
 * The fallback for browsers without the CSS Custom Highlight API (overlay boxes in Dateline's shadow root), run in
 * real Chromium with its real layout: the modules are bundled and loaded into a page, which stands in for a browser
 * that lacks the API. Checks the boxes sit over the marked text and the page's own DOM is left as it was.
 */
describe.skipIf(!hasChromium)(
  `overlay marks where the Highlight API is missing${hasChromium ? '' : ` (skipped: ${chromiumMissingMessage})`}`,
  () => {
    let browser: Browser;
    let code: string;

    beforeAll(async () => {
      const bundle = await build({
        stdin: {
          contents: `
            export { createUiHost } from './utils/page/ui-host';
            export { createOverlayHighlighter } from './utils/page/highlights/overlay';
            export { paletteFor } from './utils/page/highlights/palette';
            export { anchorAll, describe } from './utils/page/anchoring';`,
          resolveDir: repoRoot,
          loader: 'ts',
        },
        bundle: true,
        format: 'iife',
        globalName: 'Dateline',
        write: false,
        alias: { '@': repoRoot },
      });
      code = bundle.outputFiles[0]!.text;
      browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--headless=new'] });
    });

    afterAll(async () => {
      await browser?.close();
    });

    it('draws one box per line of each mark, over its text, without touching the page DOM', async () => {
      const page = await browser.newPage({ viewport: { width: 600, height: 800 } });
      await page.setContent(`<article style="font:16px/1.5 serif;width:300px">
        <p>The close relationship between North Korean leader Kim Jong Un and Russian President Vladimir Putin has
        led to stronger ties.</p><p>Last month, South Korea condemned the deal.</p></article>`);
      await page.addScriptTag({ content: code });
      const actual = await page.evaluate(() => {
        const D = (window as unknown as { Dateline: Record<string, (...args: unknown[]) => never> }).Dateline;
        const article = document.querySelector('article')!;
        const before = article.innerHTML;
        const source =
          'The close relationship between North Korean leader Kim Jong Un and Russian President Vladimir Putin has led to stronger ties.\n\nLast month, South Korea condemned the deal.';
        const spans = ['Vladimir Putin', 'Last month', 'Kim Jong Un'].map((q) => {
          const start = source.indexOf(q);
          return D.describe!(source, start, start + q.length);
        });
        const anchors = D.anchorAll!(article, spans, { sourceText: source }) as Array<{ range: Range }>;
        const ui = D.createUiHost!(document) as { layer: HTMLElement; style: HTMLStyleElement };
        const highlighter = D.createOverlayHighlighter!(ui.layer, ui.style, D.paletteFor!(1)) as {
          set(marks: unknown[]): void;
          destroy(): void;
        };
        const kinds = ['person', 'date', 'person'];
        highlighter.set(
          anchors.map((a, i) => ({ index: i, mentionId: i, kind: kinds[i], key: 'k', text: '', range: a.range })),
        );
        const boxes = [...ui.layer.querySelectorAll('.box')].map((b) => b.getBoundingClientRect());
        const rects = anchors.flatMap((a) => [...a.range.getClientRects()].filter((r) => r.width > 0));
        const offsets = boxes.map((b, i) =>
          Math.max(Math.abs(b.left - rects[i]!.left), Math.abs(b.top - rects[i]!.top)),
        );
        const unchanged = article.innerHTML === before;
        highlighter.destroy();
        return {
          boxes: boxes.length,
          rects: rects.length,
          worstOffset: Math.max(...offsets),
          unchanged,
          left: ui.layer.children.length,
        };
      });
      expect(actual.boxes).toBe(actual.rects);
      expect(actual.boxes).toBeGreaterThanOrEqual(3);
      expect(actual.worstOffset).toBeLessThan(1);
      expect(actual.unchanged).toBe(true);
      expect(actual.left).toBe(0);
      await page.close();
    });
  },
);
