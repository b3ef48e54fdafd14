/** A `VIEWS - Author , Author YEAR` line that stands above a related abstract on the portal. */
export interface ViewsHeader {
  views: number;
  authors: string[];
  year: number | null;
}

const VIEWS_HEADER = /^(\d[\d,.\u00a0]*)\s*[-–—]\s*(.+?)(?:\s+((?:1[89]|20)\d\d))?$/u;
const MAX_HEADER_LENGTH = 400;
const MAX_WORDS_PER_AUTHOR = 6;
const YEAR = /(?:^|\D)((?:1[89]|20)\d\d)(?!\d)/u;

export function parseViewsHeader(content: string): ViewsHeader | null {
  if (content.length > MAX_HEADER_LENGTH) return null;
  const match = VIEWS_HEADER.exec(content);
  if (match === null) return null;
  const [, viewsText = '', namesText = '', yearText] = match;
  const authors = namesText.split(/\s*,\s*/u).map((name) => name.trim());
  if (!authors.every(isAuthorLike)) return null;
  return { views: parseCount(viewsText), authors, year: yearText === undefined ? null : Number(yearText) };
}

/** An author as the portal prints it: a few words with a capital, no digits, no sentence punctuation. */
function isAuthorLike(name: string): boolean {
  if (name.length === 0 || /[\d!?;:]/u.test(name) || !/\p{Lu}/u.test(name)) return false;
  return (
    name.split(/\s+/u).length <= MAX_WORDS_PER_AUTHOR && !/\.\s*$/u.test(name.replace(/\b\p{Lu}\.$/u, ''))
  );
}

export function parseCount(text: string): number {
  return Number(text.replace(/[^\d]/gu, ''));
}

export function findYear(text: string): number | null {
  const match = YEAR.exec(text);
  return match?.[1] === undefined ? null : Number(match[1]);
}
