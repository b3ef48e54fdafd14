/**
 * The portal's interface vocabulary, in its Arabic and English variants. Chrome is stripped by structure
 * (script, shape, position); these labels only say which metadata a labelled line carries, and help tell an
 * English-interface portal page from other English text.
 */
export type MetaKey = 'postedBy' | 'date' | 'field' | 'language';

const META_LABELS: ReadonlyArray<readonly [MetaKey, string]> = [
  ['postedBy', 'نشر من قبل'],
  ['postedBy', 'posted by'],
  ['date', 'تاريخ النشر'],
  ['date', 'publication date'],
  ['date', 'date of publication'],
  ['field', 'مجال البحث'],
  ['field', 'research field'],
  ['field', 'field of research'],
  ['language', 'والبحث باللغة'],
  ['language', 'البحث باللغة'],
  ['language', 'لغة البحث'],
  ['language', 'paper language'],
  ['language', 'language of the paper'],
  ['language', 'the paper is in'],
  ['language', 'language:'],
];

/** English interface lines that only the portal prints: one is enough to recognise it. */
const DISTINCTIVE_INTERFACE = new Set([
  'abstract in english',
  'no arabic abstract',
  'rate the paper',
  'ask chatgpt about the paper',
]);
/** English interface lines other pages print too: two are needed. (A blog may also say "Posted by".) */
const GENERIC_INTERFACE = new Set([
  'download',
  'read also',
  'suggested questions',
  'comments',
  'loading comments',
]);

/** NFKC (the portal writes لا as the presentation ligature U+FEFB), no diacritics or tatweel, one space, lower case. */
export function normalizeLabel(content: string): string {
  return content
    .normalize('NFKC')
    .replace(/[\u064b-\u065f\u0670\u0640]/gu, '')
    .replace(/[أإآ]/gu, 'ا')
    .replace(/[\s\u200b-\u200f]+/gu, ' ')
    .trim()
    .toLowerCase();
}

/** Labelled lines are short; a long line that opens with "Language" is prose. */
const MAX_LABELLED_LINE_LENGTH = 200;

export interface LabelledValue {
  key: MetaKey;
  value: string;
}

/** Reads a `label value` or `label: value` line; the value is kept as written. */
export function readMetaLabel(content: string): LabelledValue | null {
  if (content.length > MAX_LABELLED_LINE_LENGTH) return null;
  const normalized = normalizeLabel(content);
  for (const [key, label] of META_LABELS) {
    if (!normalized.startsWith(label)) continue;
    const rest = normalized.slice(label.length);
    // A bare "Language" could open a title ("Language Models Are…"); only "Language:" is the label.
    if (rest.length > 0 && !label.endsWith(':') && !/^[\s:：-]/u.test(rest)) continue;
    return { key, value: valueAfterLabel(content.normalize('NFKC'), label) };
  }
  return null;
}

/** The text after the shortest prefix that normalises to the label: diacritics in the value survive. */
function valueAfterLabel(content: string, label: string): string {
  for (let cut = 1; cut <= content.length; cut += 1) {
    if (normalizeLabel(content.slice(0, cut)) === label) {
      return content
        .slice(cut)
        .replace(/^[\s:：-]+/u, '')
        .trim();
    }
  }
  return '';
}

/** Interface lines are short; longer lines are never normalised for this check. */
const MAX_INTERFACE_LINE_LENGTH = 60;

/** How strongly a line marks an English-interface portal page: 2 distinctive, 1 generic, 0 not interface. */
export function englishInterfaceWeight(content: string): number {
  if (content.length > MAX_INTERFACE_LINE_LENGTH) return 0;
  const label = normalizeLabel(content).replace(/(?:[.:…]|\.\.\.)$/u, '');
  return DISTINCTIVE_INTERFACE.has(label) ? 2 : GENERIC_INTERFACE.has(label) ? 1 : 0;
}

export function isEnglishInterfaceLine(content: string): boolean {
  return englishInterfaceWeight(content) > 0;
}
