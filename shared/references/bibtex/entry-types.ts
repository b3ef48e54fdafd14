/** BibTeX and BibLaTeX entry types and the CSL type each becomes. */
const CSL_TYPES: Readonly<Record<string, string>> = {
  article: 'article-journal',
  inproceedings: 'paper-conference',
  conference: 'paper-conference',
  book: 'book',
  mvbook: 'book',
  booklet: 'book',
  collection: 'book',
  mvcollection: 'book',
  reference: 'book',
  mvreference: 'book',
  proceedings: 'book',
  mvproceedings: 'book',
  inbook: 'chapter',
  incollection: 'chapter',
  bookinbook: 'chapter',
  suppbook: 'chapter',
  suppcollection: 'chapter',
  inreference: 'entry-encyclopedia',
  phdthesis: 'thesis',
  mastersthesis: 'thesis',
  thesis: 'thesis',
  techreport: 'report',
  report: 'report',
  manual: 'report',
  online: 'webpage',
  electronic: 'webpage',
  www: 'webpage',
  unpublished: 'manuscript',
  dataset: 'dataset',
  software: 'software',
  patent: 'patent',
  periodical: 'periodical',
  misc: 'document',
};

/** Types whose own title is the container's: their `booktitle` is not a venue. */
const CONTAINER_TYPES = new Set([
  'book',
  'mvbook',
  'booklet',
  'collection',
  'mvcollection',
  'reference',
  'mvreference',
  'proceedings',
  'mvproceedings',
  'periodical',
]);

/** BibLaTeX's data-only entries: `@xdata` holds shared fields and `@set` groups entries; neither is a work. */
const DATA_ONLY_TYPES = new Set(['xdata', 'set']);

/** The CSL type of a BibTeX type; an arXiv preprint (`@article` or `@misc` with no journal) is an `article`. */
export function cslType(bibType: string, preprint: boolean): string {
  const type = bibType.toLowerCase();
  if (preprint && (type === 'article' || type === 'misc')) return 'article';
  return CSL_TYPES[type] ?? 'document';
}

export function isContainerType(bibType: string): boolean {
  return CONTAINER_TYPES.has(bibType.toLowerCase());
}

export function isDataOnlyType(bibType: string): boolean {
  return DATA_ONLY_TYPES.has(bibType.toLowerCase());
}

/** Whether `word` after an `@` names an entry type (so a broken `@article smith,` is a bad entry, not stray text). */
export function isKnownEntryType(word: string): boolean {
  const type = word.toLowerCase();
  return type in CSL_TYPES || DATA_ONLY_TYPES.has(type);
}
