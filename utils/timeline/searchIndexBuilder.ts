import { SearchIndex } from './searchIndex';

/** What an index is built from: an article's distinct search tokens (the stored `ArticleSearchRecord`). */
export interface SearchRow {
  articleId: number;
  tokens: readonly string[];
}

/** Rows, or distinct tokens, handled between two yields: a fraction of a millisecond's work. */
const STEP = 64;

/**
 * Builds a {@link SearchIndex} in small steps, so the popup can build it while the reader types: `add` and `finish`
 * are generators that yield after each small unit of work, and the caller decides when to give the thread back
 * (utils/ui/slicedWork.ts). Rows may come in any order and any number of batches.
 */
export class SearchIndexBuilder {
  private readonly ids: number[];
  private readonly position: Map<number, number>;
  /** Each token's positions (into `ids`) of the articles that have it. */
  private readonly postings = new Map<string, number[]>();

  /** `newestFirst`: every article id in history order; rows of articles not in it are left out. */
  constructor(newestFirst: readonly number[]) {
    this.ids = [...newestFirst];
    this.position = new Map(this.ids.map((id, i) => [id, i]));
  }

  /** Adds the rows, yielding every few of them. */
  *add(rows: readonly SearchRow[]): Generator<void, void> {
    for (let r = 0; r < rows.length; r++) {
      if (r % STEP === STEP - 1) yield;
      const row = rows[r]!;
      const at = this.position.get(row.articleId);
      if (at === undefined) continue;
      for (const token of row.tokens) {
        const list = this.postings.get(token);
        if (list) list.push(at);
        else this.postings.set(token, [at]);
      }
    }
  }

  /** Sorts the tokens, yielding between small groups of them, and returns the index. */
  *finish(): Generator<void, SearchIndex> {
    // Sorting tens of thousands of tokens at once would be one long task. Tokens grouped by their first two UTF-16
    // units, the groups in sorted order and each sorted within, are in the same order as one sort of them all.
    const groups = new Map<string, string[]>();
    let seen = 0;
    for (const token of this.postings.keys()) {
      const key = token.slice(0, 2);
      const group = groups.get(key);
      if (group) group.push(token);
      else groups.set(key, [token]);
      if (++seen % (STEP * 16) === 0) yield;
    }
    const tokens: string[] = [];
    const postings: Uint32Array[] = [];
    for (const key of [...groups.keys()].sort()) {
      for (const token of groups.get(key)!.sort()) {
        tokens.push(token);
        postings.push(Uint32Array.from(this.postings.get(token)!));
        if (tokens.length % (STEP * 4) === 0) yield;
      }
      yield;
    }
    return new SearchIndex(this.ids, tokens, postings);
  }
}

/** Runs a generator of steps to its end at once and returns what it returns. */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Builds the index at once (where nothing waits on the thread: tests, the benchmark's reference). */
export function buildSearchIndex(newestFirst: readonly number[], rows: readonly SearchRow[]): SearchIndex {
  const builder = new SearchIndexBuilder(newestFirst);
  runToEnd(builder.add(rows));
  return runToEnd(builder.finish());
}
