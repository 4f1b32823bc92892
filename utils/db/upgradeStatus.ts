import type { Transaction } from 'dexie';

/**
 * Tells every page of the extension that a schema upgrade is under way, whichever context runs it (after an update
 * it is usually the background, which opens the database first; a page that opens it meanwhile just waits). An
 * upgrade at 100,000 events takes seconds, during which a page's queries wait with no sign why; a page watches this to
 * say so. A BroadcastChannel reaches the extension's other contexts (worker, background page, other pages) and its
 * own; a watcher that starts late asks, and the context that runs the upgrade answers.
 */

/** The channel's name, in the extension's origin. */
export const UPGRADE_CHANNEL = 'dateline-schema-upgrade';

/** What goes over the channel: an upgrade started (or is still running, the answer to `ask`), or ended. */
type UpgradeMessage = { type: 'upgrading' } | { type: 'upgraded' } | { type: 'ask' };

/** The upgrade transactions this context announced, so several versions' upgrades in one open announce once. */
const announcing = new WeakSet<IDBTransaction>();

/**
 * Announces the upgrade `tx` belongs to until its transaction ends (committed or not): posts 'upgrading', answers
 * every 'ask' with it, then posts 'upgraded'. Does nothing where BroadcastChannel is missing.
 */
export function announceUpgrade(tx: Pick<Transaction, 'idbtrans'>): void {
  const idb = tx.idbtrans;
  if (announcing.has(idb) || typeof BroadcastChannel === 'undefined') return;
  announcing.add(idb);
  const channel = new BroadcastChannel(UPGRADE_CHANNEL);
  const post = (message: UpgradeMessage) => channel.postMessage(message);
  channel.onmessage = (event: MessageEvent<UpgradeMessage>) => {
    if (event.data?.type === 'ask') post({ type: 'upgrading' });
  };
  let open = true;
  const end = () => {
    if (!open) return;
    open = false;
    post({ type: 'upgraded' });
    channel.close();
  };
  idb.addEventListener('complete', end);
  idb.addEventListener('abort', end);
  post({ type: 'upgrading' });
}

/** An upgrade function that announces itself (announceUpgrade) before it runs. */
export function announced(upgrade: (tx: Transaction) => Promise<void>): (tx: Transaction) => Promise<void> {
  return (tx) => {
    announceUpgrade(tx);
    return upgrade(tx);
  };
}

/**
 * Calls `onChange(true)` when a schema upgrade is found running in any of the extension's contexts (it asks at once,
 * so one that began before is reported too) and `onChange(false)` when it ends; only on a change. Returns the function
 * that stops watching. Where BroadcastChannel is missing it never calls `onChange`.
 */
export function watchUpgrade(onChange: (upgrading: boolean) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(UPGRADE_CHANNEL);
  let upgrading = false;
  channel.onmessage = (event: MessageEvent<UpgradeMessage>) => {
    const type = event.data?.type;
    if (type !== 'upgrading' && type !== 'upgraded') return;
    if ((type === 'upgrading') === upgrading) return;
    upgrading = !upgrading;
    onChange(upgrading);
  };
  channel.postMessage({ type: 'ask' } satisfies UpgradeMessage);
  return () => channel.close();
}
