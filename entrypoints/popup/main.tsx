import { render } from 'preact';
import { browser } from 'wxt/browser';
import { DatelineDB } from '@/utils/db/schema';
import type { EarlyHistory } from '@/utils/popup/earlyHistory';
import { takeEarlyReads } from '@/utils/popup/earlyReads';
import { resolvePageContext, type PageContext } from '@/utils/popup/pageContext';
import { filterToParams } from '@/utils/timeline/filterParams';
import { StorageFullNotice } from '@/components/StorageFullNotice';
import { storageNearlyFull } from '@/utils/ui/storage-full';
import { PopupRoot, type PopupActions } from './PopupRoot';
import './style.css';

// The popup's early script (entrypoints/popup-early.ts) has been reading the newest articles and looking up the tab
// while this code loaded.
const early = takeEarlyReads(window);
const db = new DatelineDB();
// Opening IndexedDB takes tens of milliseconds: start it before the first render rather than at the first query.
void db.open().catch(() => undefined);
const params = new URLSearchParams(location.search);

/** Opens an address in a new tab and closes the popup (the user is done with it; a popup opened as a tab stays). */
async function openTab(url: string) {
  await browser.tabs.create({ url });
  if (!params.has('url') && !params.has('tab') && !params.has('article')) window.close();
}

const actions: PopupActions = {
  openUrl: (url) => void openTab(url),
  openTimeline: (entity) => {
    const query = entity
      ? filterToParams(entity.kind === 'person' ? { personId: entity.id } : { countryCode: entity.code }).toString()
      : '';
    void openTab(browser.runtime.getURL(`/timeline.html${query ? `?${query}` : ''}`));
  },
  openCollection: (collectionId) =>
    void openTab(browser.runtime.getURL(`/timeline.html?${filterToParams({ collectionId }).toString()}`)),
  openOptions: () => void browser.runtime.openOptionsPage(),
};

const app = document.getElementById('app')!;
let page: PageContext | null = null;
let storageFull = false;
let earlyHistory: EarlyHistory | null = null;

/** (Re-)renders the popup with what is known so far; Preact keeps the components' state across calls. */
function paint() {
  render(
    <>
      {storageFull && <StorageFullNotice onOpenOptions={actions.openOptions} />}
      <PopupRoot db={db} page={page} actions={actions} earlyHistory={earlyHistory} initialView={params.get('view')} />
    </>,
    app,
  );
}

// First render at once: the tab lookup arrives after; the storage estimate (which grows slow with the database and
// competes with the first queries) once the popup is idle.
paint();
performance.mark('dateline:popup-rendered');
// When a read has settled by now its render comes in the same task as the first, before anything is painted; else as
// soon as it does. The marks show where each lands in a performance trace.
void early.history?.then((history) => {
  performance.mark('dateline:early-history');
  earlyHistory = history;
  if (history) paint();
});
void (early.page ?? resolvePageContext(params, browser.tabs)).then((resolved) => {
  performance.mark('dateline:page-known');
  page = resolved;
  paint();
});
const whenIdle = (work: () => void) =>
  'requestIdleCallback' in window ? requestIdleCallback(work, { timeout: 1000 }) : setTimeout(work, 200);
whenIdle(
  () =>
    void storageNearlyFull(navigator.storage).then((full) => {
      storageFull = full === true;
      if (storageFull) paint();
      // Ask that the browser keep Dateline's data when space runs low (where it allows it; the options page has the
      // same as a button and shows the answer).
      void navigator.storage
        ?.persisted?.()
        .then((persisted) => persisted || navigator.storage.persist())
        .catch(() => undefined);
    }),
);
