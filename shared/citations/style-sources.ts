import apa from './styles/apa.csl?raw';
import chicagoAuthorDate from './styles/chicago-author-date.csl?raw';
import ieee from './styles/ieee.csl?raw';
import nature from './styles/nature.csl?raw';
import vancouver from './styles/vancouver.csl?raw';
import enUS from './locales/locales-en-US.xml?raw';
import type { CitationStyleId } from './styles';

/** The CSL XML of each bundled style (see README.md for where they come from). */
export const STYLE_XML: Readonly<Record<CitationStyleId, string>> = {
  apa,
  ieee,
  'chicago-author-date': chicagoAuthorDate,
  vancouver,
  nature,
};

/** The only locale there is: every style is rendered in US English, and nothing is ever fetched. */
export const EN_US_LOCALE: string = enUS;
