/**
 * The content script comes in three stages, each loaded only where the one before asks for it:
 * 1. the first stage (entrypoints/first-stage.ts) on every page: one XPath query rules out pages that cannot be
 *    articles, so they pay for a kilobyte of script and nothing else;
 * 2. the reader-check stage (entrypoints/reader-check.ts), loaded by the background where the first stage cannot
 *    rule the page out: Readability's reader check, and a request for the marks stage where Dateline is on;
 * 3. the marks stage (entrypoints/marks.content.ts): extraction, marks and cards.
 * All run in the extension's isolated world of the page, so flags on its global object (invisible to the page) tell
 * an earlier stage that a later one has taken over.
 */
const READER_CHECK_STAGE = Symbol.for('dateline.reader-check-stage');
const MARKS_STAGE = Symbol.for('dateline.marks-stage');

type Flagged = typeof globalThis & { [READER_CHECK_STAGE]?: boolean; [MARKS_STAGE]?: boolean };

/** True once the reader-check stage runs in this page. */
export function readerCheckStageLoaded(): boolean {
  return (globalThis as Flagged)[READER_CHECK_STAGE] === true;
}

/** Called by the reader-check stage when it starts. */
export function setReaderCheckStageLoaded(): void {
  (globalThis as Flagged)[READER_CHECK_STAGE] = true;
}

/** True once the marks stage runs in this page. */
export function marksStageLoaded(): boolean {
  return (globalThis as Flagged)[MARKS_STAGE] === true;
}

/** Called by the marks stage when it starts. */
export function setMarksStageLoaded(): void {
  (globalThis as Flagged)[MARKS_STAGE] = true;
}
