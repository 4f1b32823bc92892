import { useEffect, useState } from 'preact/hooks';
import { ConfirmButton } from '@/components/ConfirmButton';
import { RetentionSetting } from '@/components/RetentionSetting';
import { SiteRules } from '@/components/SiteRules';
import { StorageUsage, type StorageInfo } from '@/components/StorageUsage';
import { deleteAllHistory } from '@/utils/db/queries/deleteArticles';
import { applyRetention } from '@/utils/db/queries/retention';
import type { DatelineDB } from '@/utils/db/schema';
import { getSettings, setSetting } from '@/utils/db/settings';
import { sendToBackground } from '@/utils/messaging';
import { errorMessage } from '@/utils/ui/format';
import { useLiveQuery } from '@/utils/ui/useLiveQuery';

/** What the options page needs from the browser; main.tsx passes the real ones. */
export interface OptionsEnv {
  storage: Pick<StorageManager, 'estimate' | 'persisted' | 'persist'> | undefined;
  /** Turns Dateline off or on for a site (through the background, which tells the open tabs). */
  setSiteDisabled: (site: string, disabled: boolean) => Promise<void>;
}

/** The real site switch: the background stores it and tells the open tabs. */
export async function setSiteDisabledViaBackground(site: string, disabled: boolean): Promise<void> {
  const reply = await sendToBackground('popupToBackground.setSiteDisabled', { url: `https://${site}/`, disabled });
  if (!reply.ok) throw new Error(reply.error);
}

async function readStorage(storage: OptionsEnv['storage']): Promise<StorageInfo> {
  if (!storage) return { usage: null, quota: null, persisted: null };
  const [estimate, persisted] = await Promise.all([
    storage.estimate().catch(() => ({}) as StorageEstimate),
    storage.persisted().catch(() => null),
  ]);
  return { usage: estimate.usage ?? null, quota: estimate.quota ?? null, persisted };
}

function plural(n: number, one: string): string {
  return `${n} ${one}${n === 1 ? '' : 's'}`;
}

/** Container of the options page: settings live from the database, storage from the browser. */
export function OptionsApp({ db, env }: { db: DatelineDB; env: OptionsEnv }) {
  const settings = useLiveQuery(() => getSettings(db), [db]);
  const count = useLiveQuery(() => db.articles.count(), [db]);
  const [storage, setStorage] = useState<StorageInfo | null>(null);
  const [storageMessage, setStorageMessage] = useState<string | null>(null);
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void readStorage(env.storage).then(setStorage);
  }, [env.storage, count.status === 'ready' ? count.value : -1]);

  const run = async (work: () => Promise<string | null>) => {
    setBusy(true);
    try {
      const text = await work();
      setStatus(text ? { error: false, text } : null);
    } catch (error) {
      setStatus({ error: true, text: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  if (settings.status !== 'ready') {
    return (
      <p role={settings.status === 'error' ? 'alert' : undefined}>
        {settings.status === 'error' ? 'Could not read the settings.' : 'Loading…'}
      </p>
    );
  }
  const s = settings.value;
  return (
    <main class="options">
      <h1>Dateline options</h1>
      <p class="options__status" role="status" data-error={status?.error ? 'true' : undefined}>
        {status?.text}
      </p>

      <section aria-labelledby="opt-annotate">
        <h2 id="opt-annotate">Marks in the page</h2>
        <fieldset class="setting">
          <legend>When an article is analysed</legend>
          <div class="radio">
            <input
              type="radio"
              id="annotate-auto"
              name="annotate"
              checked={s.autoAnnotate}
              onChange={() =>
                void run(async () => (await setSetting(db, 'autoAnnotate', true), 'Marks show automatically.'))
              }
            />
            <label for="annotate-auto">Mark people, countries and dates automatically</label>
          </div>
          <div class="radio">
            <input
              type="radio"
              id="annotate-request"
              name="annotate"
              checked={!s.autoAnnotate}
              onChange={() =>
                void run(async () => (await setSetting(db, 'autoAnnotate', false), 'Marks show only on request.'))
              }
            />
            <label for="annotate-request">Only on request (the keyboard shortcut, Alt+Shift+D)</label>
          </div>
          <p class="muted">Articles are stored and analysed either way; this only decides whether marks appear.</p>
        </fieldset>
      </section>

      <section aria-labelledby="opt-sites">
        <h2 id="opt-sites">Sites</h2>
        <SiteRules
          sites={s.disabledSites}
          busy={busy}
          onAdd={(site) => void run(async () => (await env.setSiteDisabled(site, true), `Dateline is off on ${site}.`))}
          onRemove={(site) =>
            void run(async () => (await env.setSiteDisabled(site, false), `Dateline is on again for ${site}.`))
          }
        />
      </section>

      <section aria-labelledby="opt-retention">
        <h2 id="opt-retention">History</h2>
        <RetentionSetting
          days={s.retentionDays}
          onChange={(days) =>
            void run(async () => {
              await setSetting(db, 'retentionDays', days);
              if (days === null) return 'History is kept forever.';
              const deleted = await applyRetention(db, Date.now(), days);
              return `Articles not read for ${days} days are deleted; ${plural(deleted, 'article')} deleted now.`;
            })
          }
        />
        <div class="setting">
          <p>{count.status === 'ready' ? `${plural(count.value, 'article')} stored.` : 'Counting articles…'}</p>
          <ConfirmButton
            label="Delete all history…"
            question="Delete every stored article, its people, countries and events? Collections and settings stay."
            confirmLabel="Delete all history"
            disabled={busy}
            onConfirm={() => void run(async () => (await deleteAllHistory(db), 'All history deleted.'))}
          />
        </div>
      </section>

      <section aria-labelledby="opt-storage">
        <h2 id="opt-storage">Storage</h2>
        <StorageUsage
          info={storage}
          message={storageMessage}
          onPersist={() => {
            const storageApi = env.storage;
            if (!storageApi) return;
            void storageApi.persist().then(
              async (granted) => {
                setStorageMessage(
                  granted
                    ? 'The browser made the storage persistent.'
                    : 'The browser declined; it decides from how you use the extension. Try again later.',
                );
                setStorage(await readStorage(storageApi));
              },
              () => setStorageMessage('The browser could not answer.'),
            );
          }}
        />
      </section>
    </main>
  );
}
