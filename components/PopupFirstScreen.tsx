import type { ComponentChildren } from 'preact';
import { HistoryView } from './HistoryView';
import { LoadingStatus } from './LoadingStatus';
import { PopupApp } from './PopupApp';
import { PopupControls } from './PopupControls';
import type { HistoryEntry } from '@/utils/db/articles';
import { siteOfPage } from '@/utils/db/settings';
import { POPUP_VIEWS, type PopupViewId } from '@/utils/popup/views';

/** Props of {@link PopupFirstScreen}. */
export interface PopupFirstScreenProps {
  /** The view to show; null draws the frame alone (the view is not known until the tab lookup ends). */
  view: PopupViewId | null;
  /** The tab's address (the site switch names its site), or null. */
  url: string | null;
  /** The newest articles for the History view; null while they are read. */
  history: HistoryEntry[] | null;
  now: number;
}

const nothing = () => undefined;

/**
 * What the popup shows before its code has loaded, drawn with the same components as the popup itself and as the
 * popup draws its own first frame (its settings, counts and collections still loading), so that the hand-over
 * changes nothing on screen. Nothing in it acts: the popup's code replaces it within a few frames.
 */
export function PopupFirstScreen({ view, url, history, now }: PopupFirstScreenProps) {
  const loading = <LoadingStatus upgrading={false} />;
  const contents: Partial<Record<PopupViewId, ComponentChildren>> = {
    history: (
      <HistoryView
        query=""
        onQuery={nothing}
        filters={{}}
        onFilters={nothing}
        expanded={false}
        onExpanded={nothing}
        options={null}
        summary=""
        searchMs={null}
        filtered={false}
        results={history ? { status: 'ready', articles: history, total: history.length } : { status: 'loading' }}
        upgrading={false}
        problem={null}
        now={now}
        collections={[]}
        onOpen={nothing}
        onStar={nothing}
        onAddToCollection={nothing}
        onCreateCollection={nothing}
        onDelete={nothing}
        onShowMore={nothing}
      />
    ),
  };
  return (
    <PopupApp
      selected={view}
      controls={
        <PopupControls
          site={siteOfPage(url)}
          siteDisabled={false}
          paused={false}
          busy={true}
          onSiteDisabled={nothing}
          onPaused={nothing}
          onOpenTimeline={nothing}
          onOpenOptions={nothing}
        />
      }
      sections={POPUP_VIEWS.map((v) => ({ ...v, content: contents[v.id] ?? loading }))}
    />
  );
}
