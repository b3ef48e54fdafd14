import apa from './styles/apa.csl?raw';
import chicagoAuthorDate from './styles/chicago-author-date.csl?raw';
import ieee from './styles/ieee.csl?raw';
import nature from './styles/nature.csl?raw';
import vancouver from './styles/vancouver.csl?raw';
import enUS from './locales/locales-en-US.xml?raw';

export const CITATION_STYLE_IDS = ['apa', 'ieee', 'chicago-author-date', 'vancouver', 'nature'] as const;

/** One of the bundled CSL styles, by its file name in the CSL repository. */
export type CitationStyleId = (typeof CITATION_STYLE_IDS)[number];

export const DEFAULT_CITATION_STYLE: CitationStyleId = 'apa';

export interface CitationStyle {
  id: CitationStyleId;
  /** What menus and status messages call it. */
  label: string;
  xml: string;
}

export const CITATION_STYLES: Readonly<Record<CitationStyleId, CitationStyle>> = {
  apa: { id: 'apa', label: 'APA 7th', xml: apa },
  ieee: { id: 'ieee', label: 'IEEE', xml: ieee },
  'chicago-author-date': { id: 'chicago-author-date', label: 'Chicago author-date', xml: chicagoAuthorDate },
  vancouver: { id: 'vancouver', label: 'Vancouver', xml: vancouver },
  nature: { id: 'nature', label: 'Nature', xml: nature },
};

/** The only locale there is: every style is rendered in US English, and nothing is ever fetched. */
export const EN_US_LOCALE: string = enUS;

export function isCitationStyleId(value: unknown): value is CitationStyleId {
  return typeof value === 'string' && (CITATION_STYLE_IDS as readonly string[]).includes(value);
}
