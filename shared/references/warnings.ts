/** The warning prefix every reader uses, so the import layer can quote the first problem. */
export function atLine(line: number, message: string): string {
  return `Line ${line}: ${message}`;
}

/** Warnings in the order of the lines they name (stable for equal lines and for warnings naming none). */
export function byLine(warnings: readonly string[]): string[] {
  const lineOf = (warning: string): number => Number(/^Line (\d+)/u.exec(warning)?.[1] ?? Number.MAX_SAFE_INTEGER);
  return [...warnings].sort((a, b) => lineOf(a) - lineOf(b));
}
