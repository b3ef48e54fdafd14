/** Ranking more results than this sorts only the best ones; the rest follow unsorted (nobody reads 30,000 hits in order). */
export const FULLY_RANKED = 1000;
const ID_RANGE = 4_194_304;

/** Scores become integers above the id bits (ids stay below 2^22), so a plain numeric sort ranks them, ties newest first. */
function sortByScore(ids: Int32Array, scores: Float32Array): number[] {
  const keys = new Float64Array(ids.length);
  for (let at = 0; at < ids.length; at++) keys[at] = Math.round((scores[at] ?? 0) * 1e4) * ID_RANGE + (ids[at] ?? 0);
  keys.sort();
  const ranked = new Array<number>(ids.length);
  for (let at = 0; at < keys.length; at++) ranked[at] = (keys[keys.length - 1 - at] ?? 0) % ID_RANGE;
  return ranked;
}

/** The lowest score among about the best `count` (a histogram over the score range, one pass). */
function thresholdForTop(scores: Float32Array, count: number): number {
  let low = Infinity;
  let high = 0;
  for (const score of scores) {
    if (score < low) low = score;
    if (score > high) high = score;
  }
  const buckets = new Uint32Array(1024);
  const width = (high - low) / buckets.length || 1;
  for (const score of scores) {
    const slot = Math.min(buckets.length - 1, Math.floor((score - low) / width));
    buckets[slot] = (buckets[slot] ?? 0) + 1;
  }
  let seen = 0;
  for (let bucket = buckets.length - 1; bucket >= 0; bucket--) {
    seen += buckets[bucket] ?? 0;
    if (seen >= count) return low + bucket * width;
  }
  return low;
}

/** Ids by descending score, ties newest first; beyond the best FULLY_RANKED the order is the match order. */
export function rankByScore(ids: Int32Array, scores: Float32Array): number[] {
  if (ids.length <= FULLY_RANKED) return sortByScore(ids, scores);
  const threshold = thresholdForTop(scores, FULLY_RANKED);
  const bestIds = new Int32Array(ids.length);
  const bestScores = new Float32Array(ids.length);
  const rest: number[] = [];
  let best = 0;
  for (let at = 0; at < ids.length; at++) {
    const score = scores[at] ?? 0;
    if (score >= threshold) {
      bestIds[best] = ids[at] ?? 0;
      bestScores[best++] = score;
    } else rest.push(ids[at] ?? 0);
  }
  return sortByScore(bestIds.subarray(0, best), bestScores.subarray(0, best)).concat(rest);
}
