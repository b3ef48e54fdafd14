// Simulation metrics of a screening order, as issue 18 defines them.

export interface ScreeningMetrics {
  /** Work saved over sampling at 95 % recall, in percent. */
  wss95: number;
  /** Work saved over sampling at 100 % recall, in percent. */
  wss100: number;
  /** Percent of the inclusions found within the first floor(10 % of N) records. */
  rrf10: number;
}

/**
 * `screenedAtEachInclusion[k]` is how many records had been screened when the (k+1)-th inclusion was found
 * (strictly increasing); `total` is N, the records kept.
 */
export function screeningMetrics(screenedAtEachInclusion: readonly number[], total: number): ScreeningMetrics {
  const included = screenedAtEachInclusion.length;
  if (included === 0 || total <= 0) return { wss95: 0, wss100: 0, rrf10: 0 };
  const at95 = screenedAtEachInclusion[Math.ceil(0.95 * included) - 1] ?? total;
  const atAll = screenedAtEachInclusion[included - 1] ?? total;
  const firstTenth = Math.floor(0.1 * total);
  const foundInFirstTenth = screenedAtEachInclusion.filter((screened) => screened <= firstTenth).length;
  return {
    wss95: 100 * ((total - at95) / total - 0.05),
    wss100: (100 * (total - atAll)) / total,
    rrf10: (100 * foundInFirstTenth) / included,
  };
}
