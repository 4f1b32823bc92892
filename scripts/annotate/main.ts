import type { Readable, Writable } from 'node:stream';
import { annotatePage, annotateText, InputError } from './annotate';
import { parseAnnotateArgs, USAGE, UsageError } from './args';
import { readPageFile, readTextFile } from './files';
import { runJsonl } from './jsonl';
import { orderedOutput } from './output';

/** The streams the command uses, so tests can run it in-process. */
export interface AnnotateIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

/** Exit statuses: 0 done, 1 an input that cannot be read or annotated, 2 a wrong command line. */
export const EXIT = { ok: 0, input: 1, usage: 2 } as const;

const oneLine = (message: string): string => message.replace(/\s*\n\s*/g, ' ');

/**
 * The `annotate` command (../shared/docs/annotate-cli.md). Returns the exit status; errors are one line on stderr.
 * In --jsonl mode failed requests are answered inline and the status stays 0.
 */
export async function main(argv: string[], io: AnnotateIo): Promise<number> {
  try {
    const command = parseAnnotateArgs(argv);
    if (command.mode === 'jsonl') {
      await runJsonl(io.stdin, io.stdout);
      return EXIT.ok;
    }
    const result =
      command.mode === 'page'
        ? await annotatePage(await readPageFile(command.file), command.url).catch((err: unknown) => {
            throw err instanceof InputError ? new InputError(`${command.file}: ${err.message}`) : err;
          })
        : await annotateText(await readTextFile(command.file), command.date);
    io.stdout.write(`${JSON.stringify(orderedOutput(result), null, 2)}\n`);
    return EXIT.ok;
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`annotate: ${oneLine(err.message)}\n${USAGE}\n`);
      return EXIT.usage;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.stderr.write(`annotate: ${oneLine(message)}\n`);
    return EXIT.input;
  }
}
