/**
 * Whitespace normalisation shared by the extracted text and the live page's text: every run of whitespace (spaces,
 * newlines, no-break spaces, block boundaries) becomes one space, with none at either end. The extraction puts "\n\n"
 * between blocks and the page has indentation and `&nbsp;`; after this both read the same.
 */

const WHITESPACE = /\s+/g;

/** `s` with whitespace runs collapsed to single spaces and trimmed. */
export function collapseWhitespace(s: string): string {
  return s.replace(WHITESPACE, ' ').trim();
}

/** True for the characters `\s` matches (what `collapseWhitespace` folds). */
export function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Context keeps its edge spaces (collapsed): the page text reads "said Putin", so the prefix must be "said ". */
export function collapseContext(s: string): string {
  return s.replace(WHITESPACE, ' ');
}

/**
 * For each offset of `raw` (0..raw.length), the offset in `collapseWhitespace(raw)` of the first character at or after
 * it. Lets a position selector over the extracted text become a hint in normalised coordinates in one pass.
 */
export function normalizedOffsets(raw: string): Int32Array {
  const map = new Int32Array(raw.length + 1);
  let out = 0;
  let pending = false;
  for (let i = 0; i < raw.length; i++) {
    if (isSpace(raw.charCodeAt(i))) {
      pending = out > 0;
      map[i] = out + (pending ? 1 : 0);
      continue;
    }
    if (pending) {
      out += 1;
      pending = false;
    }
    map[i] = out;
    out += 1;
  }
  map[raw.length] = out;
  return map;
}
