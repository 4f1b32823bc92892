/**
 * Rows a long list draws in its first frame: more than a popup's height holds. The popup's early script reads this
 * many articles before its code loads; the history list draws the rest a frame later.
 */
export const FIRST_FRAME_ROWS = 12;
