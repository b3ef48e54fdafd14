/** New-style ids (`2101.00001`, since 2007) and old-style ones (`hep-th/9901001`, `math.GT/0309136`). */
const NEW_STYLE = /^\d{4}\.\d{4,5}$/u;
const OLD_STYLE = /^[a-z-]+(?:\.[A-Z]{2})?\/\d{7}$/u;
const PREFIX = /^(?:arxiv:\s*|https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf)\/|10\.48550\/arxiv\.)/iu;
const VERSION_OR_PDF = /(?:v\d+)?(?:\.pdf)?$/u;
/** An arXiv id after an `arXiv:` label, in an arxiv.org link, or in arXiv's own DOI. */
const ARXIV_IN_TEXT =
  /(?:arxiv:\s*|arxiv\.org\/(?:abs|pdf)\/|10\.48550\/arxiv\.)(\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?/giu;

/** The arXiv id in `raw`, without prefix or version, or null when it is not one. */
export function normalizeArxiv(raw: string): string | null {
  const id = raw.trim().replace(PREFIX, '').replace(VERSION_OR_PDF, '');
  if (NEW_STYLE.test(id)) return id;
  // Archive names are lower case, subject classes upper case: `math.GT/0309136`.
  const [archive = '', number = ''] = id.split('/');
  const [name = '', subject] = archive.split('.');
  const oldStyle = `${name.toLowerCase()}${subject === undefined ? '' : `.${subject.toUpperCase()}`}/${number}`;
  return OLD_STYLE.test(oldStyle) ? oldStyle : null;
}

/** Every distinct arXiv id that `text` names with a label, a link or arXiv's DOI, in order. */
export function findArxivIds(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(ARXIV_IN_TEXT)) {
    const id = normalizeArxiv(match[1] ?? '');
    if (id !== null) found.add(id);
  }
  return [...found];
}
