import { EmptyState } from '@/components/EmptyState';
import type { Chip } from '@/components/EntityChips';
import { PageTimeline } from '@/components/PageTimeline';
import type { DatelineDB } from '@/utils/db/schema';
import { findPageArticle } from '@/utils/popup/pageArticle';
import type { PageContext } from '@/utils/popup/pageContext';
import { useLiveQuery } from '@/utils/ui/useLiveQuery';
import { LoadingStatus } from '@/components/LoadingStatus';
import { useSchemaUpgrade } from '@/utils/ui/useSchemaUpgrade';

/** Props of {@link ThisPageSection}. */
export interface ThisPageSectionProps {
  db: DatelineDB;
  /** Null while the popup is still finding out which tab it is about. */
  page: PageContext | null;
  /** Shows an entity's cross-article timeline (the People & countries tab). */
  onChooseEntity: (chip: Chip) => void;
}

const NOTES: Record<string, string> = {
  pending: 'Analysing this article…',
  'not-analysed-language': 'Dateline analyses English articles only; this one is stored but not analysed.',
  error: 'The analysis of this article failed.',
};

/** Container: the current tab's article and its timeline, live (it appears as soon as the background stores it). */
export function ThisPageSection({ db, page, onChooseEntity }: ThisPageSectionProps) {
  const upgrading = useSchemaUpgrade();
  const found = useLiveQuery(
    // undefined, not null, for "not known yet": null means the tab's page is not a stored article.
    () => (page === null ? undefined : findPageArticle(db, page)),
    [db, page?.url, page?.articleId, page === null],
  );
  if (page === null) return <LoadingStatus upgrading={upgrading} />;
  if (page.url === null && page.articleId === null) {
    return (
      <EmptyState
        title="No web page here"
        hint="Open a news article in a tab, then open Dateline from the toolbar to see its timeline."
      />
    );
  }
  if (found.status === 'loading' || (found.status === 'ready' && found.value === undefined)) {
    return <LoadingStatus upgrading={upgrading} />;
  }
  if (found.status === 'error') {
    return (
      <p class="popup__status popup__status--error" role="alert">
        Could not read this page's article: {String((found.error as Error)?.message ?? found.error)}
      </p>
    );
  }
  const view = found.value;
  if (!view) {
    return (
      <EmptyState
        title="Not a stored article"
        hint="Dateline keeps news articles when you open them. This page is not one, or Dateline is off here."
      />
    );
  }
  const { article } = view;
  const people: Chip[] = view.people.map((p) => ({ kind: 'person', key: p.personId, name: p.name, detail: p.role }));
  const countries: Chip[] = view.countries.map((c) => ({ kind: 'country', key: c.code, name: c.name }));
  return (
    <PageTimeline
      title={article.title?.trim() || article.url}
      site={article.siteName?.trim() || new URL(article.url).hostname}
      publishedTime={article.publishedTime}
      timeline={view.timeline}
      spans={view.spans}
      people={people}
      countries={countries}
      note={NOTES[article.analysisState] ?? null}
      onChooseEntity={onChooseEntity}
    />
  );
}
