/**
 * Times each schema upgrade in Node on fake-indexeddb (relative figures: fake-indexeddb is neither Chromium nor
 * Firefox): `npx tsx scripts/upgrade/node.ts [articles=10000] [version=1]`, the database seeded as `version` kept it
 * and upgraded from there. Needs ../shared for the generated texts and names.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { ANALYSIS_VERSION } from '../../utils/analysis/index';
import { generatorInput } from '../bench/storage-data';
import { databaseAt, eventDaysDigest, seed, timeUpgrades } from './steps';

const articles = Number(process.argv[2] ?? 10_000);
const version = Number(process.argv[3] ?? 1);
const input = generatorInput(ANALYSIS_VERSION);
if (!input) throw new Error('../shared corpora not found: the generator needs them');
const options = { indexedDB: new IDBFactory(), IDBKeyRange };
const name = 'upgrade-timing';

const t0 = performance.now();
const seeded = databaseAt(name, version, options);
await seed(seeded, version, input, 0, articles);
const events = await seeded.table('events').count();
seeded.close();
console.log(
  `seeded ${articles} articles, ${events} events at version ${version} in ${(performance.now() - t0).toFixed(0)} ms`,
);
for (const { step, ms } of await timeUpgrades(name, options, version)) console.log(`${step}: ${ms.toFixed(0)} ms`);
console.log('eventDays', await eventDaysDigest(name, options));
