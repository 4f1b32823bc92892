/** One chip: a person or a country. */
export interface Chip {
  kind: 'person' | 'country';
  key: string;
  name: string;
  /** e.g. "Russian President". */
  detail?: string | null;
}

/** Props of {@link EntityChips}. */
export interface EntityChipsProps {
  label: string;
  chips: Chip[];
  /** When given, a chip is a button that shows the entity's timeline. */
  onChoose?: (chip: Chip) => void;
}

/** The people and countries of an article as a row of chips. */
export function EntityChips({ label, chips, onChoose }: EntityChipsProps) {
  if (chips.length === 0) return null;
  return (
    <ul class="chips" aria-label={label}>
      {chips.map((chip) => (
        <li key={`${chip.kind}:${chip.key}`} class={`chip chip--${chip.kind}`}>
          {onChoose ? (
            <button type="button" class="chip__button" title={chip.detail ?? undefined} onClick={() => onChoose(chip)}>
              {chip.name}
            </button>
          ) : (
            <span title={chip.detail ?? undefined}>{chip.name}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
