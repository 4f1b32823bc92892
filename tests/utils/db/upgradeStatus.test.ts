import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { announced, watchUpgrade } from '@/utils/db/upgradeStatus';
import { eventsAtV4, freshDb } from './helpers';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** Starts watching and records every change it reports. */
function watch(): boolean[] {
  const seen: boolean[] = [];
  cleanups.push(watchUpgrade((upgrading) => seen.push(upgrading)));
  return seen;
}

function track<T extends Dexie>(db: T): T {
  cleanups.push(() => db.close());
  return db;
}

/** A version-4 database of 3,000 events (an upgrade long enough to be watched), reopened with the current class. */
const v4Database = async () => track(await eventsAtV4(3_000));

/** Time for messages already posted to arrive (BroadcastChannel delivers on later turns of the event loop). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

describe('watchUpgrade', () => {
  it('reports the version 5 upgrade from its start to its end to a page already watching', async () => {
    const db = await v4Database();
    const seen = watch();

    await db.open();

    await vi.waitFor(() => expect(seen).toEqual([true, false]));
    expect(await db.eventDays.get('*\u00002024-03-01')).toEqual({ key: '*\u00002024-03-01', count: 3_000 });
  });

  it('answers a page that starts watching while the upgrade runs', async () => {
    const db = await v4Database();
    const late: boolean[] = [];
    // The second page starts watching once the first has seen the upgrade begin, i.e. with the upgrade under way.
    cleanups.push(
      watchUpgrade((upgrading) => {
        if (upgrading) cleanups.push(watchUpgrade((u) => late.push(u)));
      }),
    );

    await db.open();

    await vi.waitFor(() => expect(late).toEqual([true, false]));
  });

  it('reports the end of an upgrade that fails (its transaction aborted)', async () => {
    const name = `upgrade-status-fail-${Math.random()}`;
    const options = { indexedDB: new IDBFactory(), IDBKeyRange };
    const v1 = new Dexie(name, options);
    v1.version(1).stores({ items: 'id' });
    await v1.open();
    v1.close();
    const failing = track(new Dexie(name, options));
    failing.version(1).stores({ items: 'id' });
    failing
      .version(2)
      .stores({ items: 'id', more: 'id' })
      .upgrade(
        announced(async () => {
          throw new Error('upgrade failed');
        }),
      );
    const seen = watch();

    await expect(failing.open()).rejects.toThrow('upgrade failed');

    await vi.waitFor(() => expect(seen).toEqual([true, false]));
  });

  it.each<[string, () => Promise<unknown>]>([
    ['creating a new database (nothing to upgrade)', () => track(freshDb()).open()],
    [
      'opening a database already at the newest version',
      async () => {
        const factory = new IDBFactory();
        const first = freshDb(factory, 'current');
        await first.open();
        first.close();
        await track(freshDb(factory, 'current')).open();
      },
    ],
  ])('reports nothing on %s', async (_name, open) => {
    const seen = watch();

    await open();
    await settle();

    expect(seen).toEqual([]);
  });
});
