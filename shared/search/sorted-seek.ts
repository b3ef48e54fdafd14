/**
 * The first index from `from` whose value is at least `value` in the ascending `list`: gallops
 * (1, 2, 4… ahead), then halves, so stepping through a long list to a far value costs a few reads.
 */
export function seek(list: ArrayLike<number>, from: number, value: number): number {
  let step = 1;
  let low = from;
  let high = from;
  while (high < list.length && (list[high] ?? 0) < value) {
    low = high + 1;
    high += step;
    step *= 2;
  }
  high = Math.min(high, list.length);
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((list[middle] ?? 0) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
