import type { SparseMatrix } from './sparse';

/** The same matrix by column: column c's entries are rows/values[columnStart[c] .. columnStart[c + 1]). */
export interface ColumnIndex {
  columnStart: Int32Array;
  rows: Int32Array;
  values: Float64Array;
}

const built = new WeakMap<SparseMatrix, ColumnIndex>();

/** Built once per matrix and kept while the matrix lives (the worker keeps a review's matrix across retrains). */
export function columnIndexOf(matrix: SparseMatrix): ColumnIndex {
  const cached = built.get(matrix);
  if (cached !== undefined) return cached;
  const columnStart = new Int32Array(matrix.columns + 1);
  for (const column of matrix.indices) columnStart[column + 1] = (columnStart[column + 1] ?? 0) + 1;
  for (let column = 0; column < matrix.columns; column += 1) columnStart[column + 1] = (columnStart[column + 1] ?? 0) + (columnStart[column] ?? 0);
  const next = columnStart.slice(0, matrix.columns);
  const rows = new Int32Array(matrix.indices.length);
  const values = new Float64Array(matrix.indices.length);
  for (let row = 0; row < matrix.rows; row += 1) {
    for (let k = matrix.rowStart[row] ?? 0, end = matrix.rowStart[row + 1] ?? 0; k < end; k += 1) {
      const column = matrix.indices[k] ?? 0;
      const at = next[column] ?? 0;
      rows[at] = row;
      values[at] = matrix.values[k] ?? 0;
      next[column] = at + 1;
    }
  }
  const index = { columnStart, rows, values };
  built.set(matrix, index);
  return index;
}
