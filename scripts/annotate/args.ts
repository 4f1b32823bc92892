import { parseArgs } from 'node:util';

/** What the command was asked to do (see ../shared/docs/annotate-cli.md). */
export type AnnotateCommand =
  | { mode: 'page'; file: string; url: string | null }
  | { mode: 'text'; file: string; date: string | null }
  | { mode: 'jsonl' };

/** A command line that does not match the contract; the message says how it should look. */
export class UsageError extends Error {}

export const USAGE = `usage:
  npm run -s annotate -- page.html [--url URL]
  npm run -s annotate -- --text article.txt [--date YYYY-MM-DD]
  npm run -s annotate -- --jsonl < requests.jsonl > results.jsonl`;

/** Parses the command's arguments (without `node` and the script path). Throws UsageError. */
export function parseAnnotateArgs(argv: string[]): AnnotateCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        url: { type: 'string' },
        text: { type: 'string' },
        date: { type: 'string' },
        jsonl: { type: 'boolean' },
      },
    });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  const { values, positionals } = parsed;
  if (values.jsonl) {
    if (positionals.length > 0 || values.text !== undefined || values.url !== undefined || values.date !== undefined) {
      throw new UsageError('--jsonl reads requests from standard input and takes no other arguments');
    }
    return { mode: 'jsonl' };
  }
  if (values.text !== undefined) {
    if (positionals.length > 0 || values.url !== undefined) {
      throw new UsageError('--text takes one text file and an optional --date, not a page or --url');
    }
    return { mode: 'text', file: values.text, date: values.date ?? null };
  }
  if (values.date !== undefined) throw new UsageError('--date goes with --text (a page has its own date)');
  const [file, ...rest] = positionals;
  if (file === undefined) throw new UsageError('no input: give a page, --text FILE or --jsonl');
  if (rest.length > 0) throw new UsageError(`one page at a time (got ${positionals.length}); use --jsonl for many`);
  return { mode: 'page', file, url: values.url ?? null };
}
