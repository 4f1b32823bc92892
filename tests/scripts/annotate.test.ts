import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../scripts/annotate/main';
import type { AnnotateOutput } from '../../utils/analysis/types';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const SEED = join(ROOT, '../shared/fixtures/seed-article.html');
const FIXTURES = join(ROOT, 'tests/fixtures/pages/');
const hasSeed = (() => {
  try {
    readFileSync(SEED);
    return true;
  } catch {
    return false;
  }
})();

/** The contract's field order (../shared/docs/annotate-cli.md). */
const OUTPUT_KEYS = ['article', 'text', 'people', 'countries', 'timexes', 'events'];
const ARTICLE_KEYS = ['title', 'byline', 'siteName', 'lang', 'url', 'publishedTime', 'excerpt', 'wordCount'];

const tmp = mkdtempSync(join(tmpdir(), 'annotate-test-'));
function tmpFile(name: string, content: string | Uint8Array): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

/** Runs the real command in a child process, as `npm run -s annotate -- …` does. */
function runCli(args: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(TSX, ['scripts/annotate.ts', ...args], { cwd: ROOT }, (err, stdout, stderr) => {
      resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr });
    });
    child.stdin?.end(stdin);
  });
}

/** Runs the command in-process (same `main`, faster), collecting what it writes. */
async function runMain(args: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = { stdin: new PassThrough(), stdout: new PassThrough(), stderr: new PassThrough() };
  const chunks = { stdout: [] as Buffer[], stderr: [] as Buffer[] };
  io.stdout.on('data', (c: Buffer) => chunks.stdout.push(c));
  io.stderr.on('data', (c: Buffer) => chunks.stderr.push(c));
  io.stdin.end(stdin);
  const code = await main(args, io);
  return { code, stdout: Buffer.concat(chunks.stdout).toString(), stderr: Buffer.concat(chunks.stderr).toString() };
}

const lines = (text: string): string[] => text.split('\n').filter((line) => line !== '');

describe.skipIf(!hasSeed)('annotate on the seed article (../shared/fixtures/seed-article.html)', () => {
  it('prints the contract’s object with the title and publication date, exit 0', async () => {
    const actual = await runCli([SEED]);
    expect(actual.stderr).toBe('');
    expect(actual.code).toBe(0);
    const output = JSON.parse(actual.stdout) as Record<string, unknown> & {
      article: Record<string, unknown>;
      text: string;
    };
    expect(Object.keys(output).filter((k) => k !== 'notAnalysed')).toEqual(OUTPUT_KEYS);
    expect(Object.keys(output.article)).toEqual(ARTICLE_KEYS);
    expect(output.article.title).toBe(
      "North Korea's Spy Satellite Program Receives Technical Assistance from Russia, South Korea Warns",
    );
    expect(output.article.publishedTime).toBe('2023-11-08T09:30:00+09:00');
    expect(output.text).toContain('Previous attempts by North Korea to launch satellites in May and August');
    // The analysis is wired in: its offsets point into the printed text, dates resolve against the page's date.
    const { countries, timexes } = output as unknown as AnnotateOutput;
    expect(countries.map((c) => c.code)).toEqual(expect.arrayContaining(['KP', 'KR', 'RU']));
    expect(timexes).toContainEqual(expect.objectContaining({ text: 'Last month', value: '2023-10' }));
    for (const mention of [...countries.flatMap((c) => c.mentions), ...timexes]) {
      expect(output.text.slice(mention.start, mention.end)).toBe(mention.text);
    }
  }, 60_000);
});

describe('annotate on a page', () => {
  it('uses --url to resolve the article URL and, with no date in the page, its date', async () => {
    const actual = await runMain([
      `${FIXTURES}no-date.html`,
      '--url',
      'https://news.example/2018/05/06/park?utm_source=x#top',
    ]);
    expect(actual.code).toBe(0);
    const { article } = JSON.parse(actual.stdout) as { article: Record<string, unknown> };
    expect(article).toMatchObject({ url: 'https://news.example/2018/05/06/park', publishedTime: '2018-05-06' });
  });

  it('reads a page in its declared legacy charset', async () => {
    const html = readFileSync(`${FIXTURES}paragraphs.html`, 'utf8')
      .replace('<meta charset="utf-8">', '<meta charset="windows-1252">')
      .replace('We listened', 'Café visitors listened');
    const bytes = Uint8Array.from(Buffer.from(html, 'latin1'));
    const actual = await runMain([tmpFile('latin1.html', bytes)]);
    expect(JSON.parse(actual.stdout).text).toContain('Café visitors listened');
  });
});

describe('annotate --text', () => {
  it('analyses a text file with its date; article is null and the text is the file’s', async () => {
    const text = 'Last month, officials in Seoul said the launch failed in May.\n';
    const actual = await runMain(['--text', tmpFile('article.txt', text), '--date', '2023-11-08']);
    expect(actual.code).toBe(0);
    const output = JSON.parse(actual.stdout) as Record<string, unknown>;
    expect(Object.keys(output).filter((k) => k !== 'notAnalysed')).toEqual(OUTPUT_KEYS);
    expect(output.article).toBeNull();
    expect(output.text).toBe(text);
  });

  it('marks a text in another language as not analysed, with empty results', async () => {
    const french =
      'Les députés ont adopté le projet de loi sur le renseignement, qui sera désormais examiné par le Sénat ' +
      'puis par le Conseil constitutionnel avant la fin du mois de juin, selon le gouvernement.';
    const actual = await runMain(['--text', tmpFile('fr.txt', french), '--date', '2015-05-05']);
    expect(actual.code).toBe(0);
    expect(JSON.parse(actual.stdout)).toMatchObject({
      article: null,
      people: [],
      countries: [],
      timexes: [],
      events: [],
      notAnalysed: 'language',
    });
  });

  it.each([['2023-13-01'], ['next week']])('refuses the date %s with one line and exit 1', async (date) => {
    const actual = await runMain(['--text', tmpFile('a.txt', 'Text.'), '--date', date]);
    expect(actual.code).toBe(1);
    expect(lines(actual.stderr)).toEqual([expect.stringContaining('not a date')]);
  });
});

describe('annotate --jsonl', () => {
  it('answers every request in order with its id; a bad request gets an error and the run goes on', async () => {
    const page = readFileSync(`${FIXTURES}date-meta.html`, 'utf8');
    const requests = [
      JSON.stringify({ id: 'a', text: 'Officials met in May.', date: '2023-11-08' }),
      '{"id": "b", "text": ', // truncated JSON
      JSON.stringify({ id: 'c' }), // neither text nor html
      JSON.stringify({ id: 'd', text: 'x', date: 'someday' }),
      JSON.stringify({ id: 'e', html: 'just words, no markup' }),
      '',
      JSON.stringify({ id: 'f', html: page, url: 'https://news.example/p?fbclid=1' }),
    ].join('\n');
    const actual = await runMain(['--jsonl'], `${requests}\n`);
    expect(actual.code).toBe(0);
    const outputs = lines(actual.stdout).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(outputs.map((o) => [o.id, 'error' in o])).toEqual([
      ['a', false],
      [null, true], // the id of unparseable JSON is unknown
      ['c', true],
      ['d', true],
      ['e', true],
      ['f', false],
    ]);
    for (const failed of outputs.filter((o) => 'error' in o)) {
      expect(Object.keys(failed)).toEqual(['id', 'error']);
      expect(failed.error).toMatch(/\S{3}/);
    }
    expect(outputs[1]?.error).toMatch(/line 2/);
    expect(Object.keys(outputs[0] ?? {}).filter((k) => k !== 'notAnalysed')).toEqual(['id', ...OUTPUT_KEYS]);
    expect(outputs[5]?.article).toMatchObject({ url: 'https://news.example/p', publishedTime: '2022-03-04' });
  });

  it('writes each answer as soon as it is ready (one process, documents sent one at a time)', async () => {
    const child = spawn(TSX, ['scripts/annotate.ts', '--jsonl'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const received: string[] = [];
    let buffer = '';
    let onLine: (() => void) | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const parts = buffer.split('\n');
      buffer = parts.pop() ?? '';
      received.push(...parts);
      onLine?.();
    });
    const nextLine = (count: number): Promise<void> =>
      new Promise((resolve) => {
        onLine = () => received.length >= count && resolve();
        onLine();
      });
    child.stdin.write(`${JSON.stringify({ id: 'first', text: 'One.' })}\n`);
    await nextLine(1); // answered while stdin is still open
    expect(JSON.parse(received[0] ?? '')).toMatchObject({ id: 'first' });
    child.stdin.write(`${JSON.stringify({ id: 'second', text: 'Two.' })}\n`);
    await nextLine(2);
    expect(JSON.parse(received[1] ?? '')).toMatchObject({ id: 'second' });
    child.stdin.end();
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
  }, 60_000);
});

describe('annotate on input it cannot use: one line on stderr, non-zero exit', () => {
  it('a missing file (real process)', async () => {
    const actual = await runCli(['no/such/page.html']);
    expect(actual.code).not.toBe(0);
    expect(actual.stdout).toBe('');
    expect(lines(actual.stderr)).toEqual(['annotate: cannot read no/such/page.html: no such file']);
  }, 60_000);

  it.each([
    [
      'a PNG image',
      () => tmpFile('pic.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
      /PNG image/,
    ],
    ['a plain text file', () => tmpFile('notes.txt', 'Just a note.\nNo markup here.\n'), /not an HTML page/],
    ['a directory', () => tmp, /is a directory/],
    ['binary data', () => tmpFile('blob.bin', Uint8Array.from([1, 2, 0, 3, 4])), /binary data/],
  ])('%s given as page', async (_case, makeFile, expectedMessage) => {
    const actual = await runMain([makeFile()]);
    expect(actual.code).toBe(1);
    expect(actual.stdout).toBe('');
    expect(lines(actual.stderr)).toEqual([expect.stringMatching(expectedMessage)]);
  });

  it.each([
    [[]],
    [['a.html', 'b.html']],
    [['--jsonl', 'a.html']],
    [['--text', 'a.txt', 'page.html']],
    [['page.html', '--date', '2023-11-08']],
    [['--frobnicate']],
  ])('a wrong command line %j: exit 2 with usage', async (args) => {
    const actual = await runMain(args);
    expect(actual.code).toBe(2);
    expect(actual.stderr).toMatch(/^annotate: .+\nusage:/);
  });
});
