import { useEffect, useState } from 'preact/hooks';

/** Props of {@link RetentionSetting}. */
export interface RetentionSettingProps {
  /** Days to keep articles, or null to keep them forever. */
  days: number | null;
  onChange: (days: number | null) => void;
}

/** Longest retention offered (about ten years). */
const MAX_DAYS = 3650;

/** Keep history forever, or delete articles not read for N days (starred articles and collections are kept). */
export function RetentionSetting({ days, onChange }: RetentionSettingProps) {
  const [draft, setDraft] = useState(String(days ?? 90));
  useEffect(() => setDraft(String(days ?? 90)), [days]);
  const value = Number(draft);
  const valid = Number.isInteger(value) && value >= 1 && value <= MAX_DAYS;
  return (
    <fieldset class="setting">
      <legend>Keep history</legend>
      <div class="radio">
        <input
          type="radio"
          id="keep-forever"
          name="retention"
          checked={days === null}
          onChange={() => onChange(null)}
        />
        <label for="keep-forever">Forever</label>
      </div>
      <div class="radio">
        <input
          type="radio"
          id="keep-days"
          name="retention"
          checked={days !== null}
          onChange={() => valid && onChange(value)}
        />
        <label for="keep-days">Delete articles not read for</label>
        <input
          class="input input--number"
          type="number"
          min={1}
          max={MAX_DAYS}
          aria-label="Days"
          value={draft}
          onInput={(e) => setDraft(e.currentTarget.value)}
          onChange={(e) => {
            const n = Number(e.currentTarget.value);
            if (days !== null && Number.isInteger(n) && n >= 1 && n <= MAX_DAYS) onChange(n);
          }}
        />
        <span>days</span>
      </div>
      <p class="muted">Starred articles and articles in a collection are always kept.</p>
    </fieldset>
  );
}
