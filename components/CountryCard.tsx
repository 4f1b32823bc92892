import type { EarlierState } from '@/utils/page/cards/types';
import { flagEmoji } from '@/utils/page/cards/flag';
import { CardFrame } from './CardFrame';
import { EarlierReading } from './EarlierReading';

/** Props of a country's card. */
export interface CountryCardProps {
  code: string;
  name: string;
  mentionCount: number;
  /** People this article ties to the country. */
  people: string[];
  earlier: EarlierState;
  onClose: () => void;
}

const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

/** A country's card: its flag and name, its people in this article, and what the reader read about it before. */
export function CountryCard({ code, name, mentionCount, people, earlier, onClose }: CountryCardProps) {
  const flag = flagEmoji(code);
  return (
    <CardFrame kind="country" kindLabel="Country" title={name} titleId="dateline-card-title" onClose={onClose}>
      {flag && (
        <p class="flag" aria-hidden="true">
          {flag}
        </p>
      )}
      <p class="count">Mentioned {times(mentionCount)} in this article</p>
      {people.length > 0 && <p class="people">People from here in this article: {people.join(', ')}</p>}
      <EarlierReading state={earlier} subject={name} />
    </CardFrame>
  );
}
