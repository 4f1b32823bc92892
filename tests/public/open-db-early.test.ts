import { readFileSync } from 'node:fs';
import path from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DatelineDB, DB_NAME, SCHEMA_VERSION } from '@/utils/db/schema';

const source = readFileSync(path.resolve(import.meta.dirname, '../../public/open-db-early.js'), 'utf8');

/** Runs the popup's early script against `factory` and waits until its request has settled. */
async function runEarly(factory: IDBFactory): Promise<void> {
  const opened: IDBOpenDBRequest[] = [];
  const spy = {
    open: (...args: Parameters<IDBFactory['open']>) => {
      const request = factory.open(...args);
      opened.push(request);
      return request;
    },
  };
  new Function('indexedDB', source)(spy);
  expect(opened).toHaveLength(1);
  await new Promise<void>((resolve) => {
    const request = opened[0]!;
    const done = () => setTimeout(resolve, 0);
    request.addEventListener('success', done);
    request.addEventListener('error', done);
  });
}

describe('public/open-db-early.js', () => {
  it("opens Dateline's own database", () => {
    expect(source).toContain(`indexedDB.open('${DB_NAME}')`);
  });

  it('never creates the database on a first run (Dexie then creates it at the current schema)', async () => {
    const factory = new IDBFactory();

    await runEarly(factory);
    const names = (await factory.databases()).map((d) => d.name);
    const db = new DatelineDB(DB_NAME, { indexedDB: factory, IDBKeyRange });
    await db.open();

    expect(names).toEqual([]);
    expect(db.verno).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('leaves an existing database intact and closed, so an upgrade is never held up', async () => {
    const factory = new IDBFactory();
    const first = new DatelineDB(DB_NAME, { indexedDB: factory, IDBKeyRange });
    await first.settings.put({ key: 'paused', value: true });
    first.close();

    await runEarly(factory);
    const db = new DatelineDB(DB_NAME, { indexedDB: factory, IDBKeyRange });
    const actual = await db.settings.get('paused');

    expect(actual).toEqual({ key: 'paused', value: true });
    db.close();
  });
});
