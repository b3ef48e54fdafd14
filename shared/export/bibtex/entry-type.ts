import type { ExportEntry } from '../types';

export type BibtexDialect = 'bibtex' | 'biblatex';

/** Where an entry type keeps its venue, as our reader (and BibTeX styles) look for it. */
export type VenueField = 'journal' | 'booktitle' | 'series';

interface TypeChoice {
  bibtex: string;
  biblatex: string;
  venue: VenueField;
}

/** CSL types and the entry type each dialect writes; any other type is `@misc` (`@online` in BibLaTeX when it has a URL). */
const TYPES: Readonly<Record<string, TypeChoice>> = {
  'article-journal': { bibtex: 'article', biblatex: 'article', venue: 'journal' },
  'article-magazine': { bibtex: 'article', biblatex: 'article', venue: 'journal' },
  'article-newspaper': { bibtex: 'article', biblatex: 'article', venue: 'journal' },
  'paper-conference': { bibtex: 'inproceedings', biblatex: 'inproceedings', venue: 'booktitle' },
  book: { bibtex: 'book', biblatex: 'book', venue: 'series' },
  chapter: { bibtex: 'incollection', biblatex: 'inbook', venue: 'booktitle' },
  thesis: { bibtex: 'phdthesis', biblatex: 'thesis', venue: 'journal' },
  report: { bibtex: 'techreport', biblatex: 'report', venue: 'journal' },
  manuscript: { bibtex: 'unpublished', biblatex: 'unpublished', venue: 'journal' },
  dataset: { bibtex: 'misc', biblatex: 'dataset', venue: 'journal' },
  software: { bibtex: 'misc', biblatex: 'software', venue: 'journal' },
};

/** The entry type to write, and the field its venue goes in. */
export function entryType(entry: ExportEntry, dialect: BibtexDialect): { type: string; venue: VenueField } {
  const choice = entry.type === null ? undefined : TYPES[entry.type];
  if (choice !== undefined) return { type: choice[dialect], venue: choice.venue };
  const online = dialect === 'biblatex' && entry.url !== null;
  return { type: online ? 'online' : 'misc', venue: 'journal' };
}
