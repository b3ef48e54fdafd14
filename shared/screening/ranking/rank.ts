/** The unlabelled rows, highest priority first; ties keep row order so a ranking is reproducible. */
export function rankUnlabelled(priorities: Float64Array, isLabelled: (row: number) => boolean): number[] {
  const rows: number[] = [];
  for (let row = 0; row < priorities.length; row += 1) if (!isLabelled(row)) rows.push(row);
  return rows.sort((a, b) => (priorities[b] ?? 0) - (priorities[a] ?? 0) || a - b);
}

/** The single best unlabelled row, without sorting them all (what a simulation needs at each step). */
export function bestUnlabelled(priorities: Float64Array, isLabelled: (row: number) => boolean): number {
  let best = -1;
  let bestPriority = -Infinity;
  for (let row = 0; row < priorities.length; row += 1) {
    const priority = priorities[row] ?? 0;
    if (!isLabelled(row) && (best < 0 || priority > bestPriority)) {
      best = row;
      bestPriority = priority;
    }
  }
  return best;
}
