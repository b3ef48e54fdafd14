/** A DOI: the `10.` directory indicator, a registrant code, a slash and a suffix without spaces. */
const DOI_SHAPE = /^10\.\d{4,9}\/\S+$/u;
/** Resolver and label prefixes people paste in front of a DOI. */
const DOI_PREFIX = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi\.org\/|doi:\s*|urn:doi:)/iu;
/** A DOI inside prose or a URL; its end is trimmed of trailing punctuation afterwards. */
const DOI_IN_TEXT = /\b10\.\d{4,9}\/[^\s"<>{}]+/gu;
/** Sentence punctuation and closing brackets that end prose, not a DOI. */
const TRAILING_PUNCTUATION = /[.,;:!?'’”)\]]+$/u;

/** The DOI in `raw` in its stored form (lower case, no resolver prefix), or null when it is not one. */
export function normalizeDoi(raw: string): string | null {
  let doi = raw.trim().replace(DOI_PREFIX, '');
  doi = safeDecode(doi).trim().replace(TRAILING_PUNCTUATION, (tail) => keepBalancedParenthesis(doi, tail));
  doi = doi.toLowerCase();
  return DOI_SHAPE.test(doi) ? doi : null;
}

/** Every distinct DOI written in `text` (in prose or in links), in the order they appear. */
export function findDois(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(DOI_IN_TEXT)) {
    const doi = normalizeDoi(match[0]);
    if (doi !== null) found.add(doi);
  }
  return [...found];
}

/** `10.1000/abc(2)` keeps its closing parenthesis; `(see 10.1000/abc)` loses it. */
function keepBalancedParenthesis(doi: string, tail: string): string {
  const body = doi.slice(0, doi.length - tail.length);
  const opens = (body.match(/\(/gu) ?? []).length;
  const closes = (body.match(/\)/gu) ?? []).length;
  return tail.startsWith(')') && opens > closes ? ')' : '';
}

function safeDecode(value: string): string {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
