/**
 * Turning a saved page's bytes into HTML text for the parser, and refusing input that is not HTML at all (an image,
 * a PDF, a plain-text file) with a message that says what it looks like.
 */

/** Magic numbers of binary formats someone might pass by mistake. */
const SIGNATURES: [string, number[]][] = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
];

/** How far into a page to look for its charset declaration (the HTML spec's prescan reads 1024 bytes). */
const PRESCAN_BYTES = 1024;

/** A tag that only markup has: a doctype, a document-structure element or a common content element. */
const HTML_TAG =
  /<(?:!doctype\s+html|html|head|body|meta|title|article|main|section|div|p|h[1-6]|span|a|table|ul|ol|li|br|img|script|style|link)[\s>/]/i;

/** What a byte string is, when it is a known binary format or holds NUL bytes; null otherwise. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const [kind, signature] of SIGNATURES) {
    if (signature.every((byte, i) => bytes[i] === byte)) return kind;
  }
  const head = bytes.subarray(0, 8192);
  // UTF-16 pages carry a BOM; any other NUL byte means binary data.
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  return !utf16 && head.includes(0) ? 'binary data' : null;
}

function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m?.[1] ?? null;
}

/** Decodes a page: BOM first, then its `<meta charset>` / `http-equiv` declaration, else UTF-8. */
export function decodeHtmlBytes(bytes: Uint8Array): string {
  const bom =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
      ? 'utf-8'
      : bytes[0] === 0xff && bytes[1] === 0xfe
        ? 'utf-16le'
        : bytes[0] === 0xfe && bytes[1] === 0xff
          ? 'utf-16be'
          : null;
  const label = bom ?? declaredCharset(bytes) ?? 'utf-8';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes); // An unknown charset label: UTF-8 is the web's default.
  }
}

/** Whether decoded text is markup (has at least one HTML tag), as opposed to plain text. */
export function looksLikeHtml(text: string): boolean {
  return HTML_TAG.test(text);
}
