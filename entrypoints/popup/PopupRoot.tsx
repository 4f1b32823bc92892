import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { PopupApp } from '@/components/PopupApp';
import type { EntityRef } from '@/utils/db/queries/timelines';
import type { DatelineDB } from '@/utils/db/schema';
import type { EarlyHistory } from '@/utils/popup/earlyHistory';
import type { PageContext } from '@/utils/popup/pageContext';
import { namedView, POPUP_VIEWS, shownView, type PopupViewId } from '@/utils/popup/views';
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

/** The popup: title bar controls and the four views, wired to the database. */
export function PopupRoot({ db, page, actions, earlyHistory, initialView }: PopupRootProps) {
  const [chosenView, setView] = useState<PopupViewId | null>(namedView(initialView));
  // Until the reader picks a tab, the page decides (utils/popup/views.ts).
  const view = shownView(chosenView, page);
  const [entity, setEntity] = useState<ChosenEntity | null>(null);
  const contents: Record<PopupViewId, ComponentChildren> = {
    page: (
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
    history: <HistorySection db={db} openUrl={actions.openUrl} early={earlyHistory} />,
    people: <PeopleSection db={db} chosen={entity} onChoose={setEntity} onOpenTimeline={actions.openTimeline} />,
    collections: <CollectionsSection db={db} onOpenTimeline={actions.openCollection} />,
  };
  return (
    <PopupApp
      selected={view}
      onSelect={(id) => setView(namedView(id))}
      controls={
        <ControlsSection
          db={db}
          url={page?.url ?? null}
          onOpenTimeline={() => actions.openTimeline()}
          onOpenOptions={actions.openOptions}
        />
      }
      sections={POPUP_VIEWS.map((v) => ({ ...v, content: contents[v.id] }))}
    />
  );
}
