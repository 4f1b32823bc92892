/** A publication date in a URL's path: /2023/11/08/ or /2023-11-08/ (also at the end of the path or before a slug). */
export function urlPathDates(url: string | null): string[] {
  if (url === null) return [];
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return [];
  }
  const m = /\/((?:19|20)\d{2})([/-])(\d{1,2})\2(\d{1,2})(?=[/\-_.]|$)/.exec(path);
  return m ? [`${m[1]}-${(m[3] ?? '').padStart(2, '0')}-${(m[4] ?? '').padStart(2, '0')}`] : [];
}
