import type { SparseMatrix } from './sparse';
import { tokenize, type TokenizeOptions } from './tokenize';

export interface TfidfOptions extends TokenizeOptions {
  /** scikit-learn's smooth_idf: idf = ln((1 + n) / (1 + df)) + 1; otherwise ln(n / df) + 1. */
  smoothIdf: boolean;
  /** Whether the features are weighted by idf at all (FASTREAD keeps the idf only to choose its vocabulary). */
  useIdf: boolean;
  /** Keep only this many terms, those with the highest summed tf×idf over all texts (FASTREAD keeps 4000). */
  maxTerms?: number;
  /** scikit-learn's sublinear_tf: a term counted c times weighs 1 + ln c. */
  sublinearTf?: boolean;
  /** scikit-learn's max_df as a fraction: terms in more than this share of the texts are dropped. */
  maxDocumentShare?: number;
}

/** scikit-learn's TfidfVectorizer defaults as ASReview sets them: single words, English stop words, smoothed idf, L2 rows. */
export const SKLEARN_TFIDF: TfidfOptions = { ngramMax: 1, stopWords: true, smoothIdf: true, useIdf: true };

/** Fits the vocabulary on all the texts (as ASReview does: the whole dataset, labelled or not) and returns L2-normalised rows. */
export function tfidfMatrix(texts: readonly string[], options: TfidfOptions): SparseMatrix {
  const vocabulary = new Map<string, number>();
  const documentFrequency: number[] = [];
  const counts = texts.map((text) => {
    const termCounts = new Map<number, number>();
    for (const term of tokenize(text, options)) {
      let column = vocabulary.get(term);
      if (column === undefined) {
        column = vocabulary.size;
        vocabulary.set(term, column);
        documentFrequency.push(0);
      }
      termCounts.set(column, (termCounts.get(column) ?? 0) + 1);
    }
    for (const column of termCounts.keys()) documentFrequency[column] = (documentFrequency[column] ?? 0) + 1;
    return termCounts;
  });
  const n = texts.length;
  const idf = documentFrequency.map((df) => (options.smoothIdf ? Math.log((1 + n) / (1 + df)) : Math.log(n / df)) + 1);
  const kept = keptColumns(counts, idf, options.maxTerms);
  const maxDf = options.maxDocumentShare === undefined ? Infinity : options.maxDocumentShare * n;
  documentFrequency.forEach((df, column) => {
    if (df > maxDf) kept[column] = -1;
  });
  const tf = options.sublinearTf === true ? (count: number) => 1 + Math.log(count) : (count: number) => count;
  return normalisedRows(counts, tf, (column) => (options.useIdf ? (idf[column] ?? 0) : 1), kept);
}

/** Old column → new column, for the `maxTerms` columns with the highest summed tf×idf (all columns when unset). */
function keptColumns(counts: readonly Map<number, number>[], idf: readonly number[], maxTerms: number | undefined): Int32Array {
  const columns = idf.length;
  const remap = new Int32Array(columns);
  if (maxTerms === undefined || maxTerms >= columns) {
    for (let column = 0; column < columns; column += 1) remap[column] = column;
    return remap;
  }
  const weight = new Float64Array(columns);
  for (const termCounts of counts) for (const [column, count] of termCounts) weight[column] = (weight[column] ?? 0) + count * (idf[column] ?? 0);
  const order = Array.from({ length: columns }, (_, column) => column).sort((a, b) => (weight[b] ?? 0) - (weight[a] ?? 0) || a - b);
  remap.fill(-1);
  order.slice(0, maxTerms).forEach((column, index) => (remap[column] = index));
  return remap;
}

function normalisedRows(
  counts: readonly Map<number, number>[],
  tf: (count: number) => number,
  weightOf: (column: number) => number,
  selected: Int32Array,
): SparseMatrix {
  let entries = 0;
  for (const termCounts of counts) entries += termCounts.size;
  const rowStart = new Int32Array(counts.length + 1);
  const indices = new Int32Array(entries);
  const values = new Float64Array(entries);
  let at = 0;
  // Dropped columns leave gaps; renumber the kept ones densely, in their order.
  const remap = new Int32Array(selected.length).fill(-1);
  const byNewColumn = Array.from(selected.keys())
    .filter((column) => (selected[column] ?? -1) >= 0)
    .sort((a, b) => (selected[a] ?? 0) - (selected[b] ?? 0));
  byNewColumn.forEach((column, index) => (remap[column] = index));
  const columns = byNewColumn.length;
  counts.forEach((termCounts, row) => {
    const start = at;
    let squared = 0;
    for (const [column, count] of termCounts) {
      const kept = remap[column] ?? -1;
      if (kept < 0) continue;
      const value = tf(count) * weightOf(column);
      indices[at] = kept;
      values[at] = value;
      squared += value * value;
      at += 1;
    }
    const norm = Math.sqrt(squared);
    if (norm > 0) for (let k = start; k < at; k += 1) values[k] = (values[k] ?? 0) / norm;
    rowStart[row + 1] = at;
  });
  return { rows: counts.length, columns, rowStart, indices: indices.slice(0, at), values: values.slice(0, at) };
}
