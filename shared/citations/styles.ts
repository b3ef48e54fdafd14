export const CITATION_STYLE_IDS = ['apa', 'ieee', 'chicago-author-date', 'vancouver', 'nature'] as const;

/** One of the bundled CSL styles, by its file name in the CSL repository. */
export type CitationStyleId = (typeof CITATION_STYLE_IDS)[number];

export const DEFAULT_CITATION_STYLE: CitationStyleId = 'apa';

/** What menus and status messages call each style. */
export const CITATION_STYLE_LABELS: Readonly<Record<CitationStyleId, string>> = {
  apa: 'APA 7th',
  ieee: 'IEEE',
  'chicago-author-date': 'Chicago author-date',
  vancouver: 'Vancouver',
  nature: 'Nature',
};

export function isCitationStyleId(value: unknown): value is CitationStyleId {
  return typeof value === 'string' && (CITATION_STYLE_IDS as readonly string[]).includes(value);
}
