/**
 * Search text is personal data (it is usually a client's name), so it never travels in a URL, where
 * proxies, server logs and browser history would keep it: lists take it in this header instead,
 * percent-encoded UTF-8 (header values are ASCII).
 */
export const SEARCH_HEADER = 'X-Naast-Search';

/** The header value for a search text. */
export function encodeSearchHeader(text: string): string {
  return encodeURIComponent(text);
}
