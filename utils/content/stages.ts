/**
 * The content script comes in two stages: a small first stage on every page (entrypoints/content) that only decides
 * whether the page looks like an article, and the marks stage (entrypoints/marks.content.ts) the background loads
 * into article pages. Both run in the extension's isolated world of the page, so this flag on its global object
 * (invisible to the page) tells the first stage that the marks stage has taken over.
 */
const MARKS_STAGE = Symbol.for('dateline.marks-stage');

type Flagged = typeof globalThis & { [MARKS_STAGE]?: boolean };

/** True once the marks stage runs in this page. */
export function marksStageLoaded(): boolean {
  return (globalThis as Flagged)[MARKS_STAGE] === true;
}

/** Called by the marks stage when it starts. */
export function setMarksStageLoaded(): void {
  (globalThis as Flagged)[MARKS_STAGE] = true;
}
