import type { FileProblem, ImportSummary } from '../../db/schema/row-types';

export function countsText(summary: ImportSummary): string {
  return `${summary.added} added, ${summary.merged} merged, ${summary.unchanged} unchanged`;
}

export function errorText(problem: FileProblem): string {
  return `“${problem.fileName}” was not imported: ${problem.message}`;
}

export function warningText(problem: FileProblem): string {
  return `“${problem.fileName}”: ${problem.message}`;
}
