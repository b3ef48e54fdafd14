/** What a CSV column holds, when its header names something a record keeps outside `fields`. */
export type ColumnRole = 'title' | 'abstract' | 'authors' | 'year' | 'doi' | 'url' | 'venue' | 'keywords' | 'type' | 'key';

/**
 * Header names of each role as reference tools write them (Scopus, Web of Science, Zotero, EndNote,
 * Rayyan, ASReview; Web of Science's tab-delimited files name columns by tag: TI, AB, AU, PY, SO, DI, DE),
 * in the loose form of `looseHeader`. When several columns name one role, the one
 * whose name comes first here wins and the others stay in `fields`; every keyword column is read.
 */
const NAMES: Readonly<Record<ColumnRole, readonly string[]>> = {
  title: ['title', 'primarytitle', 'articletitle', 'documenttitle', 'ti'],
  abstract: ['abstract', 'abstractnote', 'ab'],
  authors: ['authors', 'author', 'authorfullnames', 'au'],
  year: ['year', 'publicationyear', 'py', 'date'],
  doi: ['doi', 'di'],
  url: ['url', 'link'],
  venue: ['journal', 'sourcetitle', 'secondarytitle', 'publicationtitle', 'venue', 'publication', 'so'],
  keywords: ['keywords', 'authorkeywords', 'indexkeywords', 'de'],
  type: ['type'],
  key: ['key', 'citationkey', 'citekey', 'id'],
};

/** Case, spaces and punctuation ignored: "Author Keywords", "author_keywords" and "AUTHOR-KEYWORDS" match. */
export function looseHeader(header: string): string {
  return header.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

function rankOf(header: string): { role: ColumnRole; rank: number } | null {
  const loose = looseHeader(header);
  for (const [role, names] of Object.entries(NAMES) as [ColumnRole, readonly string[]][]) {
    const rank = names.indexOf(loose);
    if (rank !== -1) return { role, rank };
  }
  return null;
}

export function roleOfHeader(header: string): ColumnRole | null {
  return rankOf(header)?.role ?? null;
}

/** Which column each role reads (several for keywords); columns in no role are kept as fields. */
export interface ColumnPlan {
  single: Partial<Record<Exclude<ColumnRole, 'keywords'>, number>>;
  keywords: number[];
  /** The columns kept as fields. */
  fields: number[];
  /** Each column's field name: its header, lower case. */
  names: string[];
}

export function planColumns(headers: readonly string[]): ColumnPlan {
  const plan: ColumnPlan = { single: {}, keywords: [], fields: [], names: headers.map(fieldName) };
  const bestRank: Partial<Record<ColumnRole, number>> = {};
  headers.forEach((header, index) => {
    const ranked = rankOf(header);
    if (ranked === null) return;
    if (ranked.role === 'keywords') {
      plan.keywords.push(index);
      return;
    }
    const best = bestRank[ranked.role];
    if (best === undefined || ranked.rank < best) {
      bestRank[ranked.role] = ranked.rank;
      plan.single[ranked.role] = index;
    }
  });
  const taken = new Set([...Object.values(plan.single), ...plan.keywords]);
  plan.fields = headers.map((_, index) => index).filter((index) => !taken.has(index));
  return plan;
}

function fieldName(header: string, index: number): string {
  const name = header.trim().toLowerCase();
  return name === '' ? `column ${index + 1}` : name;
}
