/** A readable name for each item type of CSL 1.0.2 (see csl-types.ts), as a reader of papers would call it. */
const CSL_TYPE_LABELS: Readonly<Record<string, string>> = {
  'article-journal': 'Journal article',
  'paper-conference': 'Conference paper',
  article: 'Preprint',
  book: 'Book',
  chapter: 'Book chapter',
  thesis: 'Thesis',
  report: 'Report',
  manuscript: 'Manuscript',
  dataset: 'Dataset',
  software: 'Software',
  webpage: 'Web page',
  document: 'Document',
  'article-magazine': 'Magazine article',
  'article-newspaper': 'Newspaper article',
  bill: 'Bill',
  broadcast: 'Broadcast',
  classic: 'Classic work',
  collection: 'Collection',
  entry: 'Entry',
  'entry-dictionary': 'Dictionary entry',
  'entry-encyclopedia': 'Encyclopedia entry',
  event: 'Event',
  figure: 'Figure',
  graphic: 'Graphic',
  hearing: 'Hearing',
  interview: 'Interview',
  legal_case: 'Legal case',
  legislation: 'Legislation',
  map: 'Map',
  motion_picture: 'Film',
  musical_score: 'Musical score',
  pamphlet: 'Pamphlet',
  patent: 'Patent',
  performance: 'Performance',
  periodical: 'Periodical',
  personal_communication: 'Personal communication',
  post: 'Post',
  'post-weblog': 'Blog post',
  regulation: 'Regulation',
  review: 'Review',
  'review-book': 'Book review',
  song: 'Song',
  speech: 'Speech',
  standard: 'Standard',
  treaty: 'Treaty',
};

/** The types research libraries mostly hold, offered first. */
export const COMMON_CSL_TYPES: readonly string[] = [
  'article-journal',
  'paper-conference',
  'article',
  'book',
  'chapter',
  'thesis',
  'report',
  'manuscript',
  'dataset',
  'software',
  'webpage',
  'document',
];

/** Every other CSL type, by label. */
export const OTHER_CSL_TYPES: readonly string[] = Object.keys(CSL_TYPE_LABELS)
  .filter((type) => !COMMON_CSL_TYPES.includes(type))
  .sort((a, b) => cslTypeLabel(a).localeCompare(cslTypeLabel(b), 'en'));

/** The readable name of a CSL type; a type CSL does not define is shown as written. */
export function cslTypeLabel(type: string): string {
  return Object.hasOwn(CSL_TYPE_LABELS, type) ? (CSL_TYPE_LABELS[type] ?? type) : type;
}
