/** Ranking more results than this sorts only the best ones; the rest follow unsorted (nobody reads 30,000 hits in order). */
export const FULLY_RANKED = 1000;
const ID_RANGE = 4_194_304;
const BUCKETS = 1024;

/** Scores become integers above the id bits (ids stay below 2^22), so a plain numeric sort ranks them, ties newest first. */
function rankKey(score: number, id: number): number {
  return Math.round(score * 1e4) * ID_RANGE + id;
}

function sortByScore(ids: Int32Array, scores: Float32Array): number[] {
  const keys = new Float64Array(ids.length);
  for (let at = 0; at < ids.length; at++) keys[at] = rankKey(scores[at] ?? 0, ids[at] ?? 0);
  keys.sort();
  const ranked = new Array<number>(ids.length);
  for (let at = 0; at < keys.length; at++) ranked[at] = (keys[keys.length - 1 - at] ?? 0) % ID_RANGE;
  return ranked;
}

/**
 * Each score's bucket in a histogram over the score range, and the lowest bucket that keeps at
 * least `count` scores in it or above. Indexed loops: `for…of` over a typed array is several times slower.
 */
function bucketsForTop(scores: Float32Array, count: number): { slots: Uint16Array; lowest: number } {
  let low = Infinity;
  let high = 0;
  for (let at = 0; at < scores.length; at++) {
    const score = scores[at] ?? 0;
    if (score < low) low = score;
    if (score > high) high = score;
  }
  const width = (high - low) / BUCKETS || 1;
  const slots = new Uint16Array(scores.length);
  const sizes = new Uint32Array(BUCKETS);
  for (let at = 0; at < scores.length; at++) {
    const slot = Math.min(BUCKETS - 1, Math.floor(((scores[at] ?? 0) - low) / width));
    slots[at] = slot;
    sizes[slot] = (sizes[slot] ?? 0) + 1;
  }
  let seen = 0;
  for (let bucket = BUCKETS - 1; bucket > 0; bucket--) {
    seen += sizes[bucket] ?? 0;
    if (seen >= count) return { slots, lowest: bucket };
  }
  return { slots, lowest: 0 };
}

/**
 * Ids by descending score, ties newest first; beyond the best FULLY_RANKED (or a few more) the
 * order is the match order. The result is allocated once at its final length: growing an array
 * of 80,000 ids costs milliseconds.
 */
export function rankByScore(ids: Int32Array, scores: Float32Array): number[] {
  if (ids.length <= FULLY_RANKED) return sortByScore(ids, scores);
  const { slots, lowest } = bucketsForTop(scores, FULLY_RANKED);
  let best = 0;
  for (let at = 0; at < slots.length; at++) if ((slots[at] ?? 0) >= lowest) best++;
  const keys = new Float64Array(best);
  let filled = 0;
  for (let at = 0; at < ids.length; at++) if ((slots[at] ?? 0) >= lowest) keys[filled++] = rankKey(scores[at] ?? 0, ids[at] ?? 0);
  keys.sort();
  const ranked = new Array<number>(ids.length);
  for (let at = 0; at < best; at++) ranked[at] = (keys[best - 1 - at] ?? 0) % ID_RANGE;
  let next = best;
  for (let at = 0; at < ids.length; at++) if ((slots[at] ?? 0) < lowest) ranked[next++] = ids[at] ?? 0;
  return ranked;
}
