/** How each figure of `npm run bench` is measured: appended to docs/benchmarks.md under the table. */
export const METHODS = `## How each figure is measured

- **Analysis**: \`analyze()\` from utils/analysis in this Node process against compromise (people + places + dates,
  with compromise-dates) and chrono-node on the same documents — the first ~10,000 words of the CoNLL-2003 dev split,
  of the TempEval-3 training texts and of the saved pages as extracted by utils/extract. Median of 3 runs after one
  warm-up. Scaling: the CoNLL text repeated and cut at 1k, 10k and 100k words.
- **Cold start (Node)**: a fresh Node process imports the analysis bundled by esbuild as the extension ships it
  (minified ESM, models included) and analyses the seed article; median of 5 processes.
- **Cold start (service worker)**: Debian's Chromium with the built extension (\`.output/chrome-mv3\`). The worker is
  stopped with the DevTools protocol (\`ServiceWorker.stopAllWorkers\`), then a tab opens a new ~800-word article
  served from 127.0.0.1; the tab's first message starts the worker. The figure is the article's \`analysedAt\`
  (stored by the background) minus the worker's \`performance.timeOrigin\`, both read inside the worker over a
  flat CDP session — worker start, module load, extraction in the tab meanwhile, the message, the analysis and the
  write. Median of 3.
- **The page**: Chromium with the extension, each page served from 127.0.0.1 (every other host refused by host
  resolver rules and a context route). For every visit a V8 CPU profile (\`Profiler\`, 100 µs sampling) and a trace of
  the renderer's tasks (\`Tracing\`, \`RunTask\` events) are recorded from before navigation until Dateline has marked
  the page (or decided it is not an article) plus 400 ms. *Content script JS* is the total duration of the samples
  with a \`chrome-extension://\` frame anywhere on the stack: the content script's own JavaScript, from its
  evaluation to its last marking slice, in the page's isolate only (the analysis runs in the worker). *Longest task*
  is the longest main-thread \`RunTask\` that holds any such sample — with whatever style and layout that task forced
  — so the page's own long tasks are not counted; since a task holding our code can still be the page's own (a
  MutationObserver callback runs at the end of the page task that changed the DOM), the row also gives that task's
  CPU time (trace thread time; on a loaded machine wall time counts time the thread waited for a CPU) and the most
  content-script JS sampled in one task. On a page that is not an article everything the first stage does happens
  in the evaluation of its script (compile and top level: the XPath query, the navigation listener), so its
  *main-thread work* is the trace's \`EvaluateScript\` thread time for the extension's scripts, recorded in 9 more
  visits without the sampling profiler (which logs every function compiled and so slows the very code it samples);
  the profiled figure is kept beside it. As a cross-check, the page's own \`longtask\` PerformanceObserver
  (registered at document start with \`addInitScript\`) is read with the extension and, for the same page, in a
  second Chromium without it. *Load → marks shown*: from the load event to the moment the content script's host
  element reports its mark count (a MutationObserver installed at document start), first visit (analysed in the
  worker) and revisit (marks from stored selectors). The non-article page is tests/fixtures/e2e/not-an-article.html
  (median of 9 traced, 5 profiled); the 5,000-word article is generated from TempEval-3 news texts into paragraphs with a header,
  navigation, an aside and a footer (scripts/bench/long-article.ts); the saved pages are visited once each. The
  non-article rows also give the floor measured the same way in the same run: an MV3 extension whose content script
  is empty (scripts/bench/baseline-extension.ts).
- **Storage and the popup**: Chromium with the extension; databases are generated inside the extension's own origin
  by a bundle of the extension's modules (scripts/bench/extension/, evaluated in an extension page over the DevTools
  protocol, which the page's CSP does not govern; nothing is added to the shipped extension). Articles are ~800-word
  news texts (CoNLL-2003/TempEval-3) with 8–12 dated events, 4–6 people and 2–4 countries each, people drawn from
  3,000 names and countries from the world's ~250 with Zipf-like frequency, ~30 mentions each. Sizes grow in place
  (1,000 → 10,000 → 50,000; 50,000 is left out when seeding it would overrun the 13-minute run; seeding 10,000 takes ~4 minutes here). At each size:
  *store one analysed article* is \`saveArticle\` + \`saveAnalysis\` of the seed article's real analysis under a new
  address; *popup first content* opens the toolbar popup as a reader does (\`chrome.action.openPopup()\` from the
  worker, over a tab that is not an article, so the popup shows the History once its tab lookup answers) 15 times after a
  warm-up, and reads from the popup's own paint records, once it has settled, its first contentful paint (*first
  content*: the title bar, its controls and the tabs, which the page holds prerendered) and when the first history
  row's title was first painted (*first history row*; Element Timing: the list names it), both from the popup's
  navigation start; nothing is injected or asked while it starts. The floor is an empty extension's static popup opened the same way. The
  same popup opened in a tab (popup.html?view=history, no tab lookup) is a second row, beside an empty extension page's
  first paint in a tab;
  *search, first keystroke in the popup* types "p" into the History tab's search box (one input event) and takes
  the frame after the result count for it is shown, 1 s after the popup opened (the in-memory index of the stored words
  is built once the popup is idle) and the moment the popup's code has taken over from its first screen (answered from the stored words in the database);
  *first query*, *in-memory index built* and *keystrokes from the in-memory index* call the popup's own
  \`historyResults\` and \`loadSearchIndex\` in the page (schema version 4's search shards); *People tab ranking* is
  \`rankPeople\` (the kept entity counts); *entity timeline first page* is \`entityTimelinePage\` (what the popup reads
  when a person is chosen: the earliest 300 events, merged) for the most frequent person and the median-ranked one;
  *timeline chart density* calls \`yearDensity\` (every event per year, read with the page once its first events are
  shown) and \`windowDensity\` for the months of the busiest year ± 3 and the days of the busiest month (what zooming
  in reads), from the day counts kept in \`eventDays\` (schema version 5);
  *timeline page first content* opens timeline.html (everything) and takes the frame after its first event exists;
  *size on disk* is the growth of \`navigator.storage.estimate().usage\` divided by the
  articles added. Medians of 5 runs (3 at 1,000 and at 50,000) after a warm-up.
- **Weight**: the built files of \`.output/chrome-mv3\` (raw and gzip); the worker's heap is
  \`Runtime.getHeapUsage\` on the worker's target after \`HeapProfiler.collectGarbage\`, once 100 different articles
  were opened in tabs and the worker's queue has analysed them.

The machine is shared: other engineers' test runs were using the CPU during this run (the load average is in the
header above the table's first row), which inflates every wall-clock figure; ratios measured in the same run are the
more reliable comparison.
`;
