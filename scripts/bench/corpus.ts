/**
 * Texts the benchmark runs on, read from ../shared: CoNLL-2003 dev documents, TempEval-3 training texts and the
 * saved news pages. Nothing here is committed into the project; every loader returns [] when ../shared is absent.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** One benchmark document: its text and, where known, its publication date. */
export interface BenchDoc {
  name: string;
  text: string;
  date: string | null;
}

/** The ../shared folder beside the repository. */
export const SHARED = resolve(import.meta.dirname, '../../../shared');

/** CoNLL-2003 documents (split at -DOCSTART-), tokens joined by spaces, sentences by newlines. */
export function conllDocs(file = join(SHARED, 'data/conll2003/eng.testa')): BenchDoc[] {
  if (!existsSync(file)) return [];
  const docs: BenchDoc[] = [];
  let sentences: string[] = [];
  let tokens: string[] = [];
  const flushSentence = () => {
    if (tokens.length) sentences.push(tokens.join(' '));
    tokens = [];
  };
  const flushDoc = () => {
    flushSentence();
    if (sentences.length) docs.push({ name: `conll-${docs.length + 1}`, text: sentences.join('\n'), date: null });
    sentences = [];
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) flushDoc();
    else if (line.trim() === '') flushSentence();
    else tokens.push(line.split(' ')[0]!);
  }
  flushDoc();
  return docs;
}

function listTml(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listTml(path);
    return name.endsWith('.tml') ? [path] : [];
  });
}

/** TempEval-3 training documents: the TEXT element with its markup removed, and the document creation time. */
export function tempevalDocs(dir = join(SHARED, 'data/tempeval3/train')): BenchDoc[] {
  if (!existsSync(dir)) return [];
  return listTml(dir).map((path) => {
    const xml = readFileSync(path, 'utf8');
    const dct =
      /functionInDocument="CREATION_TIME"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*functionInDocument="CREATION_TIME"/.exec(
        xml,
      );
    const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
    const text = body
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>');
    return { name: path.slice(dir.length + 1), text, date: dct?.[1] ?? dct?.[2] ?? null };
  });
}

/** The saved pages' HTML, by folder name (pages/NAME/source.html) plus the seed article. */
export function pageSources(): { name: string; html: string }[] {
  const pagesDir = join(SHARED, 'pages');
  const out: { name: string; html: string }[] = [];
  const seed = join(SHARED, 'fixtures/seed-article.html');
  if (existsSync(seed)) out.push({ name: 'seed-article', html: readFileSync(seed, 'utf8') });
  if (!existsSync(pagesDir)) return out;
  for (const name of readdirSync(pagesDir).sort()) {
    const file = join(pagesDir, name, 'source.html');
    if (existsSync(file)) out.push({ name, html: readFileSync(file, 'utf8') });
  }
  return out;
}
