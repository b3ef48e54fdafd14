/**
 * The schemes a link in a note or comment may hold: the web and mail. Everything else is dropped
 * where links are made, saved and exported: `javascript:`, `vbscript:`, `data:`, `file:`, `blob:`,
 * custom schemes, and URLs with no scheme at all (relative, `//host`, bare words).
 */
export const ALLOWED_LINK_SCHEMES: readonly string[] = ['http:', 'https:', 'mailto:'];

/**
 * Whether a link may hold this URL. It is read the way a browser reads an href (the WHATWG URL
 * parser), so case, surrounding spaces, and tabs, newlines or control characters inside the scheme
 * ("JaVaScRiPt:", " javascript:", "java\tscript:") cannot disguise it.
 */
export function isAllowedLinkUrl(url: string): boolean {
  try {
    return ALLOWED_LINK_SCHEMES.includes(new URL(url).protocol);
  } catch {
    return false;
  }
}
