import type { RankedEntity } from '@/utils/timeline/rankEntities';

/** Props of {@link EntityRanking}. */
export interface EntityRankingProps {
  /** Heading of the list ("People"). */
  title: string;
  kind: 'person' | 'country';
  entities: RankedEntity[];
  onChoose: (entity: RankedEntity) => void;
}

/** People or countries, most articles first; choosing one opens its timeline across all articles. */
export function EntityRanking({ title, kind, entities, onChoose }: EntityRankingProps) {
  const id = `ranking-${kind}`;
  return (
    <section class="ranking" aria-labelledby={id}>
      <h2 id={id} class="section-heading">
        {title}
      </h2>
      {entities.length === 0 ? (
        <p class="popup__status">None yet.</p>
      ) : (
        <ol class="ranking__list">
          {entities.map((e) => (
            <li key={e.key}>
              <button type="button" class={`ranking__item ranking__item--${kind}`} onClick={() => onChoose(e)}>
                <span class="ranking__name">{e.name}</span>
                <span class="ranking__count">
                  {e.articles} {e.articles === 1 ? 'article' : 'articles'}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
