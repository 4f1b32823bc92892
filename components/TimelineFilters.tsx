import type { CollectionSummary } from '@/utils/db/queries/collections';
import type { TimelineFilter } from '@/utils/db/queries/timelines';
import type { RankedEntity } from '@/utils/timeline/rankEntities';

/** Props of {@link TimelineFilters}. */
export interface TimelineFiltersProps {
  people: RankedEntity[];
  countries: RankedEntity[];
  collections: CollectionSummary[];
  value: TimelineFilter;
  onChange: (next: TimelineFilter) => void;
}

/** Sets or removes one key of the filter (an empty form value removes it). */
function withKey<K extends keyof TimelineFilter>(
  f: TimelineFilter,
  key: K,
  value: TimelineFilter[K] | '',
): TimelineFilter {
  const next = { ...f };
  if (value === '' || value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

/** The timeline's filters: person, country, collection and date range; each change applies at once. */
export function TimelineFilters({ people, countries, collections, value, onChange }: TimelineFiltersProps) {
  const active = Object.keys(value).length > 0;
  return (
    <form class="timeline-filters" onSubmit={(e) => e.preventDefault()} aria-label="Filters">
      <label>
        Person
        <select
          class="select"
          value={value.personId ?? ''}
          onChange={(e) => onChange(withKey(value, 'personId', e.currentTarget.value))}
        >
          <option value="">Anyone</option>
          {people.map((p) => (
            <option key={p.key} value={p.key}>
              {p.name} ({p.articles})
            </option>
          ))}
        </select>
      </label>
      <label>
        Country
        <select
          class="select"
          value={value.countryCode ?? ''}
          onChange={(e) => onChange(withKey(value, 'countryCode', e.currentTarget.value))}
        >
          <option value="">Anywhere</option>
          {countries.map((c) => (
            <option key={c.key} value={c.key}>
              {c.name} ({c.articles})
            </option>
          ))}
        </select>
      </label>
      <label>
        Collection
        <select
          class="select"
          value={value.collectionId === undefined ? '' : String(value.collectionId)}
          onChange={(e) => {
            const v = e.currentTarget.value;
            onChange(withKey(value, 'collectionId', v === '' ? '' : Number(v)));
          }}
        >
          <option value="">All articles</option>
          {collections.map((c) => (
            <option key={c.id} value={String(c.id)}>
              {c.name} ({c.articles})
            </option>
          ))}
        </select>
      </label>
      <label>
        From
        <input
          class="input"
          type="date"
          value={value.from ?? ''}
          max={value.to}
          onChange={(e) => onChange(withKey(value, 'from', e.currentTarget.value))}
        />
      </label>
      <label>
        To
        <input
          class="input"
          type="date"
          value={value.to ?? ''}
          min={value.from}
          onChange={(e) => onChange(withKey(value, 'to', e.currentTarget.value))}
        />
      </label>
      <button type="button" class="button" onClick={() => onChange({})} disabled={!active}>
        Clear filters
      </button>
    </form>
  );
}
