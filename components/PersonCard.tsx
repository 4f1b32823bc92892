import type { CountryRef, EarlierState } from '@/utils/page/cards/types';
import { flagEmoji } from '@/utils/page/cards/flag';
import { CardFrame } from './CardFrame';
import { EarlierReading } from './EarlierReading';

/** Props of a person's card. */
export interface PersonCardProps {
  name: string;
  /** The article's description of them ("Russian President"), or null. */
  role: string | null;
  countries: CountryRef[];
  /** How many times this article mentions them. */
  mentionCount: number;
  earlier: EarlierState;
  onClose: () => void;
}

const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

/** A person's card: who they are in this article, their country, and what the reader read about them before. */
export function PersonCard({ name, role, countries, mentionCount, earlier, onClose }: PersonCardProps) {
  return (
    <CardFrame kind="person" kindLabel="Person" title={name} titleId="dateline-card-title" onClose={onClose}>
      {role && <p class="role">{role}</p>}
      {countries.length > 0 && (
        <p class="countries">
          {countries.map((c) => (
            <span key={c.code} class="country">
              <span aria-hidden="true">{flagEmoji(c.code)}</span> {c.name}
            </span>
          ))}
        </p>
      )}
      <p class="count">Mentioned {times(mentionCount)} in this article</p>
      <EarlierReading state={earlier} subject={name} />
    </CardFrame>
  );
}
