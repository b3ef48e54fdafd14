/** What a CSV column holds, when its header names something a record keeps outside `fields`. */
export type ColumnRole = 'title' | 'abstract' | 'authors' | 'year' | 'doi' | 'url' | 'venue' | 'keywords' | 'type' | 'key';

/**
 * Header names of each role as reference tools write them (Scopus, Web of Science, Zotero, EndNote,
 * Rayyan, ASReview), in the loose form of `looseHeader`. When several columns name one role, the one
 * whose name comes first here wins and the others stay in `fields`; every keyword column is read.
 */
const NAMES: Readonly<Record<ColumnRole, readonly string[]>> = {
  title: ['title', 'primarytitle', 'articletitle', 'documenttitle', 'ti'],
  abstract: ['abstract', 'abstractnote', 'ab'],
  authors: ['authors', 'author', 'authorfullnames', 'au'],
  year: ['year', 'publicationyear', 'py', 'date'],
  doi: ['doi'],
  url: ['url', 'link'],
  venue: ['journal', 'sourcetitle', 'secondarytitle', 'publicationtitle', 'venue', 'publication'],
  keywords: ['keywords', 'authorkeywords', 'indexkeywords'],
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
  /** Column index → the field name it is kept under (its header, lower case). */
  fields: Map<number, string>;
}

export function planColumns(headers: readonly string[]): ColumnPlan {
  const plan: ColumnPlan = { single: {}, keywords: [], fields: new Map() };
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
  headers.forEach((header, index) => {
    if (!taken.has(index)) plan.fields.set(index, fieldName(header, index));
  });
  return plan;
}

function fieldName(header: string, index: number): string {
  const name = header.trim().toLowerCase();
  return name === '' ? `column ${index + 1}` : name;
}
