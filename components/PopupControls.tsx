/** Props of {@link PopupControls}. */
export interface PopupControlsProps {
  /** The current page's site ("example.com"), or null when the tab is not a web page. */
  site: string | null;
  siteDisabled: boolean;
  paused: boolean;
  /** True while a change is being saved. */
  busy: boolean;
  onSiteDisabled: (disabled: boolean) => void;
  onPaused: (paused: boolean) => void;
  onOpenTimeline: () => void;
  onOpenOptions: () => void;
}

/**
 * The title bar's controls: Dateline on or off for this site, pause everywhere (toggle buttons, `aria-pressed`), and
 * the buttons that open the timeline page and the options.
 */
export function PopupControls(props: PopupControlsProps) {
  const { site, siteDisabled, paused, busy } = props;
  return (
    <div class="popup-controls">
      <div class="popup-controls__toggles">
        {site !== null && (
          <button
            type="button"
            class="toggle"
            aria-pressed={!siteDisabled}
            disabled={busy}
            title={siteDisabled ? `Dateline is off on ${site}` : `Dateline is on for ${site}`}
            onClick={() => props.onSiteDisabled(!siteDisabled)}
          >
            <span class="toggle__track" aria-hidden="true" />
            On for {site}
          </button>
        )}
        <button
          type="button"
          class="toggle"
          aria-pressed={paused}
          disabled={busy}
          onClick={() => props.onPaused(!paused)}
        >
          <span class="toggle__track" aria-hidden="true" />
          Pause everywhere
        </button>
      </div>
      <div class="popup-controls__links">
        <button type="button" class="button" onClick={props.onOpenTimeline}>
          Open timeline
        </button>
        <button type="button" class="button button--quiet" onClick={props.onOpenOptions}>
          Options
        </button>
      </div>
    </div>
  );
}
