/**
 * Rows a long list draws in its first frame: what a popup (600 px at most) shows of the history, and more. The popup's early script reads this
 * many articles before its code loads; the history list draws the rest a frame later.
 */
export const FIRST_FRAME_ROWS = 6;

/**
 * The Element Timing name (`elementtiming`) of the history's first row: the browser records when it was first painted,
 * which is how the bench reads the popup's time to first content without touching the popup.
 */
export const FIRST_ROW_TIMING = 'history-first-row';
