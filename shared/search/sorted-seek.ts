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

/**
 * The values of the ascending `shortest` that are also in every one of the ascending `others` and
 * that `also` accepts, ascending; worked out as they are iterated, so a caller wanting the first
 * few pays only for those.
 */
export function* inEvery(
  shortest: ArrayLike<number>,
  others: readonly ArrayLike<number>[],
  also: (value: number) => boolean = () => true,
): Generator<number, void, undefined> {
  const cursors = new Int32Array(others.length);
  outer: for (let at = 0; at < shortest.length; at += 1) {
    const value = shortest[at] ?? 0;
    if (!also(value)) continue;
    for (let index = 0; index < others.length; index += 1) {
      const other = others[index] ?? [];
      const cursor = seek(other, cursors[index] ?? 0, value);
      cursors[index] = cursor;
      if (other[cursor] !== value) continue outer;
    }
    yield value;
  }
}
