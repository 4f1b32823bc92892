import { articlesPendingAnalysis, requeueOutdatedAnalyses } from '@/utils/db/articles';
import { analyseArticle, type AnalysisOutcome } from './analyse';
import type { BackgroundDeps } from './deps';

/**
 * Runs analyses one at a time (each is CPU-bound; running them side by side only delays all of them) and never
 * the same article twice at once. The map of running analyses is only a de-duplication aid for this worker's
 * lifetime: what needs analysing is the 'pending' state in the database, so a worker stopped mid-way loses nothing.
 */
export class AnalysisQueue {
  private readonly running = new Map<number, Promise<AnalysisOutcome>>();
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: BackgroundDeps) {}

  /** Analyses `articleId` after the analyses already queued; resolves with its outcome. */
  enqueue(articleId: number): Promise<AnalysisOutcome> {
    const existing = this.running.get(articleId);
    if (existing) return existing;
    const run = this.tail.then(() => analyseArticle(this.deps, articleId));
    this.running.set(articleId, run);
    const settle = () => this.running.delete(articleId);
    this.tail = run.then(settle, settle);
    return run;
  }

  /** Resolves once every analysis queued so far has finished. */
  async idle(): Promise<void> {
    let tail;
    do {
      tail = this.tail;
      await tail;
    } while (tail !== this.tail);
  }

  /**
   * Queues every pending article, newest first, and resolves with the outcomes of those that could be stored
   * (one that fails, e.g. on a full disk, stays 'pending' for the next start and does not stop the others).
   */
  async resumePending(): Promise<AnalysisOutcome[]> {
    const ids = await articlesPendingAnalysis(this.deps.db);
    const settled = await Promise.allSettled(ids.map((id) => this.enqueue(id)));
    return settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  }

  /** Requeues articles analysed by an older analysis version, then resumes everything pending. */
  async resumeAll(): Promise<AnalysisOutcome[]> {
    await requeueOutdatedAnalyses(this.deps.db, this.deps.analysisVersion);
    return this.resumePending();
  }
}
