import { useState } from 'preact/hooks';
import { PopupApp } from '@/components/PopupApp';
import type { EntityRef } from '@/utils/db/queries/timelines';
import type { DatelineDB } from '@/utils/db/schema';
import type { EarlyHistory } from '@/utils/popup/earlyHistory';
import type { PageContext } from '@/utils/popup/pageContext';
import { CollectionsSection } from './CollectionsSection';
import { ControlsSection } from './ControlsSection';
import { HistorySection } from './HistorySection';
import { PeopleSection, type ChosenEntity } from './PeopleSection';
import { ThisPageSection } from './ThisPageSection';

/** What the popup does outside itself (tabs, options); main.tsx passes the browser's, tests their own. */
export interface PopupActions {
  openUrl: (url: string) => void;
  /** Opens the timeline page, on an entity when given. */
  openTimeline: (entity?: EntityRef) => void;
  /** Opens the timeline page filtered by a collection. */
  openCollection: (collectionId: number) => void;
  openOptions: () => void;
}

/** Props of {@link PopupRoot}. */
export interface PopupRootProps {
  db: DatelineDB;
  /** The page the popup is about; null while the tab lookup is under way (the popup renders before it ends). */
  page: PageContext | null;
  actions: PopupActions;
  /** The newest articles, read before the popup's code loaded (null until then, or when there was no such read). */
  earlyHistory?: EarlyHistory | null;
  /** The tab to show first (`popup.html?view=history`); by default This page on a web page, else History. */
  initialView?: string | null;
}

const VIEWS = ['page', 'history', 'people', 'collections'];

/** The popup: title bar controls and the four views, wired to the database. */
export function PopupRoot({ db, page, actions, earlyHistory, initialView }: PopupRootProps) {
  const [chosenView, setView] = useState<string | null>(
    initialView && VIEWS.includes(initialView) ? initialView : null,
  );
  // Until the reader picks a tab, the page decides: This page on a web page, else History ('page' while unknown,
  // which shows "Loading…" for the few milliseconds the tab lookup takes).
  const onWebPage = page === null || page.url !== null || page.articleId !== null;
  const view = chosenView ?? (onWebPage ? 'page' : 'history');
  const [entity, setEntity] = useState<ChosenEntity | null>(null);
  return (
    <PopupApp
      selected={view}
      onSelect={setView}
      controls={
        <ControlsSection
          db={db}
          url={page?.url ?? null}
          onOpenTimeline={() => actions.openTimeline()}
          onOpenOptions={actions.openOptions}
        />
      }
      sections={[
        {
          id: 'page',
          label: 'This page',
          content: (
            <ThisPageSection
              db={db}
              page={page}
              onChooseEntity={(chip) => {
                setEntity(
                  chip.kind === 'person'
                    ? { kind: 'person', id: chip.key, name: chip.name }
                    : { kind: 'country', code: chip.key, name: chip.name },
                );
                setView('people');
              }}
            />
          ),
        },
        {
          id: 'history',
          label: 'History',
          content: <HistorySection db={db} openUrl={actions.openUrl} early={earlyHistory} />,
        },
        {
          id: 'people',
          label: 'People & countries',
          content: <PeopleSection db={db} chosen={entity} onChoose={setEntity} onOpenTimeline={actions.openTimeline} />,
        },
        {
          id: 'collections',
          label: 'Collections',
          content: <CollectionsSection db={db} onOpenTimeline={actions.openCollection} />,
        },
      ]}
    />
  );
}
