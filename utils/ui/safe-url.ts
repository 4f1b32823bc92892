/**
 * The address to put in a link's href, or undefined when it must not be a link. Article addresses come from web
 * pages and imported files: they are validated when stored, but a `javascript:`, `data:` or `chrome:` address in
 * an href would run or open something the reader never chose, so every link checks again here.
 * Returns the parsed, normalised http(s) URL (whitespace and control characters around it dropped).
 */
export function safeHttpUrl(url: string | null | undefined): string | undefined {
  if (typeof url !== 'string' || url.length === 0) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  // Credentials in a link are a phishing device ("https://bank.example@evil.example/"), never an article address.
  if (parsed.username !== '' || parsed.password !== '') return undefined;
  return parsed.href;
}
