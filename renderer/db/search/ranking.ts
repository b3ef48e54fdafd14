/** Ranking more results than this sorts only the best ones; the rest follow unsorted (nobody reads 30,000 hits in order). */
export const FULLY_RANKED = 1000;
const ID_RANGE = 4_194_304;
const BUCKETS = 1024;

/** Scores become integers above the id bits (ids stay below 2^22), so a plain numeric sort ranks them, ties newest first. */
function rankKey(score: number, id: number): number {
  return Math.round(score * 1e4) * ID_RANGE + id;
}

function sortByScore(ids: Int32Array, scores: Float32Array): Int32Array {
  const keys = new Float64Array(ids.length);
  for (let at = 0; at < ids.length; at++) keys[at] = rankKey(scores[at] ?? 0, ids[at] ?? 0);
  keys.sort();
  const ranked = new Int32Array(ids.length);
  for (let at = 0; at < keys.length; at++) ranked[at] = (keys[keys.length - 1 - at] ?? 0) % ID_RANGE;
  return ranked;
}

/**
 * Where a score at or above `low` falls in the histogram, `scale` being BUCKETS over the scores'
 * range. A multiply and a truncation, not a division and a floor: it runs twice per result.
 */
function slotOf(score: number, low: number, scale: number): number {
  const slot = ((score - low) * scale) | 0;
  return slot < BUCKETS ? slot : BUCKETS - 1;
}

/**
 * A histogram of the scores over their range, and the lowest bucket that keeps at least `count`
 * scores in it or above. Indexed loops: `for…of` over a typed array is several times slower.
 */
function topBuckets(scores: Float32Array, count: number): { low: number; scale: number; lowest: number; above: number } {
  let low = Infinity;
  let high = 0;
  for (let at = 0; at < scores.length; at++) {
    const score = scores[at] ?? 0;
    if (score < low) low = score;
    if (score > high) high = score;
  }
  const scale = high > low ? BUCKETS / (high - low) : 0;
  const sizes = new Uint32Array(BUCKETS);
  for (let at = 0; at < scores.length; at++) {
    const slot = slotOf(scores[at] ?? 0, low, scale);
    sizes[slot] = (sizes[slot] ?? 0) + 1;
  }
  let above = 0;
  for (let bucket = BUCKETS - 1; bucket > 0; bucket--) {
    above += sizes[bucket] ?? 0;
    if (above >= count) return { low, scale, lowest: bucket, above };
  }
  return { low, scale, lowest: 0, above: scores.length };
}

/**
 * Ids by descending score, ties newest first; beyond the best FULLY_RANKED (or a few more) the
 * order is the match order. The result is a typed array: filling (and later copying) a plain array
 * of 70,000 ids costs milliseconds, and the worker transfers this one to the page without a copy.
 */
export function rankByScore(ids: Int32Array, scores: Float32Array): Int32Array {
  if (ids.length <= FULLY_RANKED) return sortByScore(ids, scores);
  const { low, scale, lowest, above } = topBuckets(scores, FULLY_RANKED);
  const keys = new Float64Array(above);
  const ranked = new Int32Array(ids.length);
  let filled = 0;
  let next = above;
  // One pass: the best are keyed for sorting, the rest go straight after them in match order.
  for (let at = 0; at < ids.length; at++) {
    const score = scores[at] ?? 0;
    if (slotOf(score, low, scale) >= lowest) keys[filled++] = rankKey(score, ids[at] ?? 0);
    else ranked[next++] = ids[at] ?? 0;
  }
  keys.sort();
  for (let at = 0; at < above; at++) ranked[at] = (keys[above - 1 - at] ?? 0) % ID_RANGE;
  return ranked;
}
