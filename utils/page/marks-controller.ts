import {
  anchorAllInSlices,
  buildTextIndex,
  findArticleRoot,
  isExcludedElement as isExcluded,
  type MentionSelector,
} from './anchoring';
import { createCardController, type CardController } from './cards/card-controller';
import type { EarlierItem } from './cards/types';
import type { PageAnnotations } from './cards/view-model';
import { backgroundLuminance, createHighlighter, createMarkLookup, paletteFor, type Mark } from './highlights';
import type { Highlighter, MarkLookup } from './highlights';
import { bindInteractions } from './interactions';
import { createUiHost, type UiHost } from './ui-host';
import { createWorkMeter } from './yield';

/** What the page's marks need: the page, the stored analysis, the extracted text, and earlier reading. */
export interface PageMarksOptions {
  doc: Document;
  data: PageAnnotations;
  /** The extracted text the stored offsets index (finds the article root; turns positions into hints). */
  extractedText: string;
  loadEarlier: (kind: 'person' | 'country', key: string) => Promise<EarlierItem[]>;
}

/** Marks and cards on one article page. */
export interface PageMarks {
  /** Anchors the stored mentions in the live page again (after the page changed) and redraws. */
  refresh(): Promise<void>;
  /** True when the marks' ranges no longer sit in the page (the page re-rendered its article). */
  isStale(): boolean;
  setVisible(visible: boolean): void;
  readonly visible: boolean;
  readonly marks: readonly Mark[];
  /** The UI host element (to ignore Dateline's own nodes in observers). */
  readonly host: HTMLElement;
  destroy(): void;
}

/**
 * Milliseconds of work per chunk before giving the thread back: well under the 50 ms long-task line, with room for a
 * busy machine, where a slice's wall time can be several times its CPU time.
 */
const CHUNK_BUDGET_MS = 8;

function selectorOf(mention: PageAnnotations['mentions'][number]): MentionSelector | null {
  return mention.selector ?? null;
}

/** Anchors the article's mentions, draws marks, and wires hover, keyboard and cards. */
export async function createPageMarks(options: PageMarksOptions): Promise<PageMarks> {
  const { doc, data } = options;
  const win = doc.defaultView!;
  const meter = createWorkMeter(win, CHUNK_BUDGET_MS);
  // Each setup step is a few milliseconds on a long article; together they would make one long slice.
  let root = findArticleRoot(doc, options.extractedText) ?? doc.body;
  await meter.pause(true);
  const palette = paletteFor(backgroundLuminance(root));
  const ui: UiHost = createUiHost(doc);
  await meter.pause(true);
  const highlighter: Highlighter = createHighlighter(doc, ui, palette);
  let marks: Mark[] = [];
  let lookup: MarkLookup = createMarkLookup(doc, []);
  let visible = true;
  const mentions = data.mentions.filter((m) => selectorOf(m) !== null);

  const cards: CardController = createCardController({
    ui,
    data,
    dark: palette.dark,
    loadEarlier: options.loadEarlier,
    onClosed: () => interactions.cardClosed(),
  });

  const anchorMarks = async (): Promise<void> => {
    await meter.pause(true);
    if (!root.isConnected) {
      root = findArticleRoot(doc, options.extractedText) ?? doc.body;
      await meter.pause();
    }
    const index = buildTextIndex(root, (el) => el === ui.host || isExcluded(el));
    await meter.pause(true);
    const anchors = await anchorAllInSlices(
      index,
      mentions.map((m) => selectorOf(m)!),
      { sourceText: options.extractedText, budgetMs: CHUNK_BUDGET_MS, pause: () => meter.pause(true) },
    );
    await meter.pause();
    const next: Mark[] = anchors
      .flatMap((a, i) => (a ? [{ a, mention: mentions[i]! }] : []))
      .sort((x, y) => x.a.start - y.a.start)
      .map(({ a, mention }, index) => ({
        index,
        mentionId: mention.id,
        kind: mention.kind,
        key: mention.key,
        text: mention.text,
        range: a.range,
      }));
    await meter.pause();
    marks = next;
    lookup = createMarkLookup(doc, marks);
    cards.hide();
    if (visible) highlighter.set(marks);
    ui.host.setAttribute('data-state', visible ? 'marked' : 'hidden');
    ui.host.setAttribute('data-mark-count', String(marks.length));
    // User Timing entry: what marking cost the page's main thread (read by the bench and the e2e tests).
    meter.report('dateline:mark', { marks: marks.length });
  };

  const interactions = bindInteractions({
    doc,
    ui,
    marks: () => (visible ? marks : []),
    lookup: () => lookup,
    highlighter,
    cards,
    onLayout: (change) => {
      if (change === 'resize') highlighter.relayout();
      cards.reposition();
    },
  });

  await anchorMarks();

  // Overlay boxes (the fallback) are positioned once; images and fonts arriving late re-flow the article under them.
  const reflow =
    highlighter.kind === 'overlay' && typeof win.ResizeObserver === 'function'
      ? new win.ResizeObserver(() => highlighter.relayout())
      : null;
  reflow?.observe(root);

  return {
    refresh: anchorMarks,
    isStale: () => !root.isConnected || marks.some((m) => m.range.collapsed || !m.range.startContainer.isConnected),
    setVisible(next) {
      visible = next;
      cards.hide();
      highlighter.setActive(null, false);
      highlighter.set(visible ? marks : []);
      ui.host.setAttribute('data-state', visible ? 'marked' : 'hidden');
    },
    get visible() {
      return visible;
    },
    get marks() {
      return marks;
    },
    host: ui.host,
    destroy() {
      reflow?.disconnect();
      interactions.destroy();
      cards.destroy();
      highlighter.destroy();
      ui.destroy();
    },
  };
}
