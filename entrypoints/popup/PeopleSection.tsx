import { useState } from 'preact/hooks';
import { EntityRanking } from '@/components/EntityRanking';
import { EventList } from '@/components/EventList';
import { withEventNames } from '@/utils/db/queries/entityNames';
import { rankCountries, rankPeople } from '@/utils/db/queries/rankEntities';
import { entityTimelinePage, TIMELINE_PAGE } from '@/utils/db/queries/timelinePage';
import type { EntityRef } from '@/utils/db/queries/timelines';
import type { DatelineDB } from '@/utils/db/schema';
import { useLiveQuery } from '@/utils/ui/useLiveQuery';

/** An entity chosen in the popup, with its name for the heading. */
export type ChosenEntity = EntityRef & { name: string };

/** Props of {@link PeopleSection}. */
export interface PeopleSectionProps {
  db: DatelineDB;
  chosen: ChosenEntity | null;
  onChoose: (entity: ChosenEntity | null) => void;
  /** Opens the timeline page on this entity. */
  onOpenTimeline: (entity: EntityRef) => void;
}

/** How many people and countries the ranking lists. */
const RANK_LIMIT = 30;

function EntityView({
  db,
  chosen,
  onBack,
  onOpenTimeline,
}: {
  db: DatelineDB;
  chosen: ChosenEntity;
  onBack: () => void;
  onOpenTimeline: () => void;
}) {
  const key = chosen.kind === 'person' ? chosen.id : chosen.code;
  const [selected, setSelected] = useState<number | null>(null);
  // The earliest events first; "Show more" reads further (a person in thousands of articles stays quick to open).
  const [limit, setLimit] = useState(TIMELINE_PAGE);
  const timeline = useLiveQuery(
    async () => withEventNames(db, await entityTimelinePage(db, chosen, limit)),
    [db, chosen.kind, key, limit],
  );
  return (
    <section class="entity-view" aria-labelledby="entity-title">
      <div class="entity-view__bar">
        <button type="button" class="button button--quiet" onClick={onBack}>
          ← All people and countries
        </button>
        <button type="button" class="button" onClick={onOpenTimeline}>
          Open in timeline
        </button>
      </div>
      <h2 id="entity-title" class="entity-view__title">
        {chosen.name}
      </h2>
      {timeline.status === 'loading' && <p class="popup__status">Loading…</p>}
      {timeline.status === 'error' && (
        <p class="popup__status popup__status--error" role="alert">
          Could not read the timeline: {String((timeline.error as Error)?.message ?? timeline.error)}
        </p>
      )}
      {timeline.status === 'ready' && (
        <>
          <p class="entity-view__summary">
            {timeline.value.more ? 'The first ' : ''}
            {timeline.value.dated.length + timeline.value.vague.length} events from {timeline.value.articles}{' '}
            {timeline.value.articles === 1 ? 'article' : 'articles'}
          </p>
          <EventList
            dated={timeline.value.dated}
            vague={timeline.value.vague}
            names={timeline.value.names}
            selectedKey={selected}
            onSelect={(k) => setSelected(k === selected ? null : k)}
          />
          {timeline.value.more && (
            <button type="button" class="button history__more" onClick={() => setLimit(limit + TIMELINE_PAGE)}>
              Show later events
            </button>
          )}
        </>
      )}
    </section>
  );
}

/**
 * Container: people and countries ranked by how many stored articles mention them; choosing one shows its timeline
 * across all articles, the same event from several articles once with all its sources (utils/timeline/mergeEvents).
 */
export function PeopleSection({ db, chosen, onChoose, onOpenTimeline }: PeopleSectionProps) {
  const ranked = useLiveQuery(async () => {
    const [people, countries] = await Promise.all([rankPeople(db, RANK_LIMIT), rankCountries(db, RANK_LIMIT)]);
    return { people, countries };
  }, [db]);
  if (chosen) {
    return (
      <EntityView db={db} chosen={chosen} onBack={() => onChoose(null)} onOpenTimeline={() => onOpenTimeline(chosen)} />
    );
  }
  if (ranked.status === 'loading') return <p class="popup__status">Loading…</p>;
  if (ranked.status === 'error') {
    return (
      <p class="popup__status popup__status--error" role="alert">
        Could not read people and countries: {String((ranked.error as Error)?.message ?? ranked.error)}
      </p>
    );
  }
  return (
    <div class="people">
      <EntityRanking
        title="People"
        kind="person"
        entities={ranked.value.people}
        onChoose={(e) => onChoose({ kind: 'person', id: e.key, name: e.name })}
      />
      <EntityRanking
        title="Countries"
        kind="country"
        entities={ranked.value.countries}
        onChoose={(e) => onChoose({ kind: 'country', code: e.key, name: e.name })}
      />
    </div>
  );
}
