/** Props of {@link LoadingStatus}. */
export interface LoadingStatusProps {
  /** A schema upgrade is running (utils/ui/useSchemaUpgrade.ts): every query waits for it, for seconds at scale. */
  upgrading: boolean;
  /** The element's class (the popup's and the timeline page's status lines differ). */
  class?: string;
}

/** The line a view shows while its data loads, saying why when an upgrade of the history holds it up. */
export function LoadingStatus({ upgrading, class: className = 'popup__status' }: LoadingStatusProps) {
  return <p class={className}>{upgrading ? 'Updating your library to the new version of Dateline…' : 'Loading…'}</p>;
}
