import { useState } from 'preact/hooks';

/** Props of {@link SiteRules}. */
export interface SiteRulesProps {
  /** Hostnames where Dateline is off. */
  sites: string[];
  onAdd: (site: string) => void;
  onRemove: (site: string) => void;
  busy?: boolean;
}

/** The hostname a reader typed ("https://www.example.com/news" → "example.com"), or null when it is none. */
export function siteFromInput(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
    const host = url.hostname.toLowerCase().replace(/^www\./, '');
    return /^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(host) && host.includes('.') ? host : null;
  } catch {
    return null;
  }
}

/** The sites where Dateline is off, each with a remove button, and a form to add one. */
export function SiteRules({ sites, onAdd, onRemove, busy }: SiteRulesProps) {
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <div class="site-rules">
      {sites.length === 0 ? (
        <p class="muted">Dateline is on for every site.</p>
      ) : (
        <ul class="site-rules__list" aria-label="Sites where Dateline is off">
          {sites.map((site) => (
            <li key={site} class="site-rules__item">
              <span>{site}</span>
              <button type="button" class="button" disabled={busy} onClick={() => onRemove(site)}>
                Remove<span class="visually-hidden"> {site}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="site-rules__form"
        onSubmit={(e) => {
          e.preventDefault();
          const site = siteFromInput(input);
          if (site === null) {
            setError('Type a site such as example.com.');
            return;
          }
          setError(null);
          setInput('');
          onAdd(site);
        }}
      >
        <label for="site-input">Turn Dateline off on</label>
        <input
          id="site-input"
          class="input"
          type="text"
          inputMode="url"
          placeholder="example.com"
          value={input}
          aria-invalid={error !== null}
          aria-describedby={error ? 'site-error' : undefined}
          onInput={(e) => setInput(e.currentTarget.value)}
        />
        <button type="submit" class="button" disabled={busy}>
          Add site
        </button>
        {error && (
          <p id="site-error" class="error" role="alert">
            {error}
          </p>
        )}
      </form>
    </div>
  );
}
