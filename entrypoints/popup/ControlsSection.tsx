import { useState } from 'preact/hooks';
import { PopupControls } from '@/components/PopupControls';
import type { DatelineDB } from '@/utils/db/schema';
import { getSettings, isSiteDisabled, siteOfPage } from '@/utils/db/settings';
import { sendToBackground } from '@/utils/messaging';
import { useLiveQuery } from '@/utils/ui/useLiveQuery';

/** Props of {@link ControlsSection}. */
export interface ControlsSectionProps {
  db: DatelineDB;
  /** The current tab's address, or null. */
  url: string | null;
  onOpenTimeline: () => void;
  onOpenOptions: () => void;
}

/**
 * Container: the title bar's controls. Settings are read live from the database; changes go through the background
 * (`popupToBackground.setPaused` / `setSiteDisabled`), which stores them and tells the open tabs.
 */
export function ControlsSection({ db, url, onOpenTimeline, onOpenOptions }: ControlsSectionProps) {
  const settings = useLiveQuery(() => getSettings(db), [db]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const value = settings.status === 'ready' ? settings.value : null;
  const send = async (work: () => Promise<{ ok: boolean; error?: string }>) => {
    setBusy(true);
    setProblem(null);
    const reply = await work();
    if (!reply.ok) setProblem(reply.error ?? 'The change was not saved.');
    setBusy(false);
  };
  return (
    <>
      <PopupControls
        site={siteOfPage(url)}
        siteDisabled={value !== null && url !== null && isSiteDisabled(url, value.disabledSites)}
        paused={value?.paused ?? false}
        busy={busy || value === null}
        onSiteDisabled={(disabled) =>
          void send(() => sendToBackground('popupToBackground.setSiteDisabled', { url: url!, disabled }))
        }
        onPaused={(paused) => void send(() => sendToBackground('popupToBackground.setPaused', { paused }))}
        onOpenTimeline={onOpenTimeline}
        onOpenOptions={onOpenOptions}
      />
      {problem && (
        <p class="popup__status popup__status--error" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}
