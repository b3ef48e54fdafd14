/** Only web and mail links are kept; `javascript:`, `data:` and other schemes never become links. */
export function isSafeUrl(url: string): boolean {
  try {
    return ['http:', 'https:', 'mailto:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}
