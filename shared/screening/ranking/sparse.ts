/** Rows of a sparse matrix in compressed-row form: row r's entries are indices/values[rowStart[r] .. rowStart[r + 1]). */
export interface SparseMatrix {
  rows: number;
  columns: number;
  rowStart: Int32Array;
  indices: Int32Array;
  values: Float64Array;
}

export function rowDot(matrix: SparseMatrix, row: number, weights: Float64Array): number {
  let sum = 0;
  for (let k = matrix.rowStart[row] ?? 0, end = matrix.rowStart[row + 1] ?? 0; k < end; k += 1) {
    sum += (matrix.values[k] ?? 0) * (weights[matrix.indices[k] ?? 0] ?? 0);
  }
  return sum;
}

/** weights += scale × row. */
export function addScaledRow(matrix: SparseMatrix, row: number, scale: number, weights: Float64Array): void {
  for (let k = matrix.rowStart[row] ?? 0, end = matrix.rowStart[row + 1] ?? 0; k < end; k += 1) {
    const column = matrix.indices[k] ?? 0;
    weights[column] = (weights[column] ?? 0) + scale * (matrix.values[k] ?? 0);
  }
}

export function rowSquaredNorm(matrix: SparseMatrix, row: number): number {
  let sum = 0;
  for (let k = matrix.rowStart[row] ?? 0, end = matrix.rowStart[row + 1] ?? 0; k < end; k += 1) {
    const value = matrix.values[k] ?? 0;
    sum += value * value;
  }
  return sum;
}
