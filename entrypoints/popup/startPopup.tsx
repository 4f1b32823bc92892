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

/** The browser's side of the popup's actions; `params` is the popup's address (a popup opened as a tab stays open). */
function browserActions(params: URLSearchParams): PopupActions {
  const openTab = async (url: string) => {
    await browser.tabs.create({ url });
    if (!params.has('url') && !params.has('tab') && !params.has('article')) window.close();
  };
  return {
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
}

const whenIdle = (work: () => void) =>
  'requestIdleCallback' in window ? requestIdleCallback(work, { timeout: 1000 }) : setTimeout(work, 200);

/**
 * Starts the popup's views in #app and hands over from the first screen (#early, drawn by entrypoints/popup-early.ts):
 * the first render waits for the tab lookup and the early read the first screen used (both settled by now), so it
 * shows the same view and rows, and the first screen goes in the same task, before anything is painted.
 */
export function startPopup(): void {
  const early = takeEarlyReads(window);
  const db = new DatelineDB();
  // Opening IndexedDB takes tens of milliseconds: start it before the first render rather than at the first query.
  void db.open().catch(() => undefined);
  const params = new URLSearchParams(location.search);
  const actions = browserActions(params);
  const app = document.getElementById('app')!;
  let page: PageContext | null = null;
  let storageFull = false;
  let earlyHistory: EarlyHistory | null = null;

  /** (Re-)renders the popup with what is known so far; Preact keeps the components' state across calls. */
  const paint = () =>
    render(
      <>
        {storageFull && <StorageFullNotice onOpenOptions={actions.openOptions} />}
        <PopupRoot db={db} page={page} actions={actions} earlyHistory={earlyHistory} initialView={params.get('view')} />
      </>,
      app,
    );

  const pageRead = early.page ?? resolvePageContext(params, browser.tabs);
  void Promise.all([pageRead, early.history?.catch(() => null) ?? null])
    .then(([resolved, history]) => {
      page = resolved;
      earlyHistory = history;
    })
    .finally(() => {
      paint();
      document.getElementById('early')?.remove();
      performance.mark('dateline:popup-rendered');
    });
  // The storage estimate grows slow with the database and competes with the first queries: once the popup is idle.
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
}
