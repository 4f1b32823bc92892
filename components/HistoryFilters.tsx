import type { SearchFilters } from '@/utils/timeline/searchIndex';

/** A choice in a filter menu. */
export interface FilterOption {
  value: string;
  label: string;
}

/** Props of {@link HistoryFilters}. */
export interface HistoryFiltersProps {
  query: string;
  onQuery: (query: string) => void;
  filters: SearchFilters;
  onFilters: (filters: SearchFilters) => void;
  expanded: boolean;
  onExpanded: (expanded: boolean) => void;
  /** The menus' choices; null while they load (they are read only once the filters are opened). */
  people: FilterOption[] | null;
  countries: FilterOption[] | null;
  sites: FilterOption[] | null;
  /** "12 articles". */
  summary: string;
  /** How long the last text search took, in ms (kept on the page for the e2e tests and the bench). */
  searchMs?: number | null;
}

function Menu(props: {
  id: string;
  label: string;
  any: string;
  value: string | undefined;
  options: FilterOption[] | null;
  onChange: (value: string | undefined) => void;
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        class="select"
        value={props.value ?? ''}
        disabled={props.options === null}
        onChange={(e) => props.onChange(e.currentTarget.value || undefined)}
      >
        <option value="">{props.options === null ? 'Loading…' : props.any}</option>
        {props.options?.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function count(f: SearchFilters): number {
  return [f.personId, f.countryCode, f.siteName, f.from, f.to, f.starredOnly || undefined].filter(
    (v) => v !== undefined,
  ).length;
}

/** Search as you type and the filters (person, country, site, publication dates, starred) above the history. */
export function HistoryFilters(props: HistoryFiltersProps) {
  const { filters, onFilters } = props;
  const set = (patch: Partial<SearchFilters>) => onFilters({ ...filters, ...patch });
  const active = count(filters);
  return (
    <div class="history-filters" role="search">
      <div class="history-filters__row">
        <label for="history-search" class="visually-hidden">
          Search titles, sites, people and countries
        </label>
        <input
          id="history-search"
          class="input history-filters__search"
          type="search"
          placeholder="Search titles, sites, people, countries"
          autocomplete="off"
          value={props.query}
          onInput={(e) => props.onQuery(e.currentTarget.value)}
        />
        <button
          type="button"
          class="button"
          aria-expanded={props.expanded}
          aria-controls="history-filter-panel"
          onClick={() => props.onExpanded(!props.expanded)}
        >
          Filters{active > 0 ? ` (${active})` : ''}
        </button>
      </div>
      {props.expanded && (
        <div id="history-filter-panel" class="history-filters__panel">
          <Menu
            id="filter-person"
            label="Person"
            any="Anyone"
            value={filters.personId}
            options={props.people}
            onChange={(personId) => set({ personId })}
          />
          <Menu
            id="filter-country"
            label="Country"
            any="Any country"
            value={filters.countryCode}
            options={props.countries}
            onChange={(countryCode) => set({ countryCode })}
          />
          <Menu
            id="filter-site"
            label="Site"
            any="Any site"
            value={filters.siteName}
            options={props.sites}
            onChange={(siteName) => set({ siteName })}
          />
          <div class="field">
            <label for="filter-from">Published from</label>
            <input
              id="filter-from"
              class="input"
              type="date"
              value={filters.from ?? ''}
              onChange={(e) => set({ from: e.currentTarget.value || undefined })}
            />
          </div>
          <div class="field">
            <label for="filter-to">Published until</label>
            <input
              id="filter-to"
              class="input"
              type="date"
              value={filters.to ?? ''}
              onChange={(e) => set({ to: e.currentTarget.value || undefined })}
            />
          </div>
          <div class="field field--check">
            <input
              id="filter-starred"
              type="checkbox"
              checked={filters.starredOnly === true}
              onChange={(e) => set({ starredOnly: e.currentTarget.checked || undefined })}
            />
            <label for="filter-starred">Starred only</label>
          </div>
          {active > 0 && (
            <button type="button" class="button button--quiet" onClick={() => onFilters({})}>
              Clear filters
            </button>
          )}
        </div>
      )}
      <p
        class="history-filters__summary"
        role="status"
        data-search-ms={props.searchMs == null ? undefined : props.searchMs.toFixed(2)}
      >
        {props.summary}
      </p>
    </div>
  );
}
