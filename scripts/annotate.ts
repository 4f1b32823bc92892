/** The `annotate` command: `npm run -s annotate -- page.html | --text FILE --date D | --jsonl`. See scripts/annotate/. */
import { main } from './annotate/main';

process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
