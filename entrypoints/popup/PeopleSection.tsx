import { useState } from 'preact/hooks';
import { EntityRanking } from '@/components/EntityRanking';
import { TimelineView } from '@/components/TimelineView';
import { withEventNames } from '@/utils/db/queries/entityNames';
import { rankCountries, rankPeople } from '@/utils/db/queries/rankEntities';
import { entityTimelinePage, TIMELINE_PAGE } from '@/utils/db/queries/timelinePage';
import type { EntityRef } from '@/utils/db/queries/timelines';
import type { DatelineDB } from '@/utils/db/schema';
import { useLiveQuery } from '@/utils/ui/useLiveQuery';
import { LoadingStatus } from '@/components/LoadingStatus';
import { useSchemaUpgrade } from '@/utils/ui/useSchemaUpgrade';

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
  // The earliest events first; "Show more" reads further (a person in thousands of articles stays quick to open).
  const [limit, setLimit] = useState(TIMELINE_PAGE);
  const timeline = useLiveQuery(
    async () => withEventNames(db, await entityTimelinePage(db, chosen, limit)),
    [db, chosen.kind, key, limit],
  );
  return (
    <TimelineView
      title={chosen.name}
      titleId="entity-title"
      backLabel="← All people and countries"
      onBack={onBack}
      onOpenTimeline={onOpenTimeline}
      timeline={timeline}
      subject="the timeline"
      summary={({ more, dated, vague, articles }) => (
        <>
          {more ? 'The first ' : ''}
          {dated.length + vague.length} events from {articles} {articles === 1 ? 'article' : 'articles'}
        </>
      )}
      footer={({ more }) =>
        more && (
          <button type="button" class="button history__more" onClick={() => setLimit(limit + TIMELINE_PAGE)}>
            Show later events
          </button>
        )
      }
    />
  );
}

/**
 * Container: people and countries ranked by how many stored articles mention them; choosing one shows its timeline
 * across all articles, the same event from several articles once with all its sources (utils/timeline/mergeEvents).
 */
export function PeopleSection({ db, chosen, onChoose, onOpenTimeline }: PeopleSectionProps) {
  const upgrading = useSchemaUpgrade();
  const ranked = useLiveQuery(async () => {
    const [people, countries] = await Promise.all([rankPeople(db, RANK_LIMIT), rankCountries(db, RANK_LIMIT)]);
    return { people, countries };
  }, [db]);
  if (chosen) {
    return (
      <EntityView db={db} chosen={chosen} onBack={() => onChoose(null)} onOpenTimeline={() => onOpenTimeline(chosen)} />
    );
  }
  if (ranked.status === 'loading') return <LoadingStatus upgrading={upgrading} />;
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
