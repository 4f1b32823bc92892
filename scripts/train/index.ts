/**
 * `npm run train [-- people]`: trains the models Dateline ships. Each trainer is deterministic and writes its
 * model under utils/analysis/; training data comes from ../shared/data and never enters the repository.
 */
import { trainPeople } from './people';

const trainers: Record<string, () => unknown> = { people: trainPeople };
const wanted = process.argv.slice(2);
for (const name of wanted.length ? wanted : Object.keys(trainers)) {
  const train = trainers[name];
  if (!train) {
    console.error(`unknown model "${name}"; known: ${Object.keys(trainers).join(', ')}`);
    process.exit(1);
  }
  train();
}
