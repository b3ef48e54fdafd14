import type { Pause } from './title-grams';
import type { PreparedTitle } from './title-match';

/** Sorted titles per block whose least position is kept, so the start tier skips blocks that cannot hold a better one. */
const BLOCK = 64;

/**
 * A lookup's titles sorted by their folded form (ties by entry position), answering the exact and
 * start tiers: every title beginning with a query is in one range of them.
 */
export class SortedTitles {
  /** The least entry position in each BLOCK of `byFolded`. */
  private readonly blockLeast: Int32Array;

  private constructor(
    private readonly prepared: readonly PreparedTitle[],
    private readonly byFolded: Int32Array,
  ) {
    this.blockLeast = leastPerBlock(byFolded);
  }

  static of(prepared: readonly PreparedTitle[]): SortedTitles {
    return new SortedTitles(prepared, Int32Array.from(prepared.keys()).sort(byFoldedThenPosition(prepared)));
  }

  /** As `of`, as a merge sort that asks `pause` every `slice` steps: one sort of a big library's titles would otherwise be a long task. */
  static async inSlices(prepared: readonly PreparedTitle[], pause: Pause, slice: number): Promise<SortedTitles> {
    return new SortedTitles(prepared, await sortedInSlices(prepared, pause, slice));
  }

  /**
   * The exact and start tiers: the folded titles beginning with `typed`, each tier's first `limit`
   * in entry order. Titles equal to `typed` sort first among them. Entry order (the library's Title
   * order) is close to the sorted order, so once `limit` are kept most blocks of the range hold no
   * earlier position and are skipped whole: thousands of titles beginning alike cost a few steps.
   */
  startingWith(typed: string, limit: number, offered: (position: number) => boolean): [number[], number[]] {
    const exact = new Smallest(limit);
    const start = new Smallest(limit);
    const from = this.lowerBound(typed);
    const to = this.endOfPrefix(typed, from);
    for (let index = from; index < to; index += 1) {
      if (index % BLOCK === 0 && index + BLOCK <= to && start.rulesOut(this.blockLeast[index / BLOCK] ?? 0)) {
        index += BLOCK - 1;
        continue;
      }
      const position = this.byFolded[index] ?? 0;
      if (!offered(position)) continue;
      if ((this.prepared[position]?.folded.length ?? 0) > typed.length) start.add(position);
      else exact.add(position);
    }
    return [exact.sorted(), start.sorted()];
  }

  private lowerBound(typed: string): number {
    let low = 0;
    let high = this.byFolded.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.prepared[this.byFolded[middle] ?? 0]?.folded ?? '') < typed) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** The index after the last sorted title (from `from`, the lower bound of `typed`) that begins with `typed`. */
  private endOfPrefix(typed: string, from: number): number {
    let low = from;
    let high = this.byFolded.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.prepared[this.byFolded[middle] ?? 0]?.folded ?? '').startsWith(typed)) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/** Keeps the `limit` smallest numbers added (positions arrive in any order). */
class Smallest {
  private readonly kept: number[] = [];
  constructor(private readonly limit: number) {}

  add(value: number): void {
    const { kept } = this;
    if (kept.length >= this.limit && value >= (kept[kept.length - 1] ?? Infinity)) return;
    let at = kept.length;
    while (at > 0 && (kept[at - 1] ?? 0) > value) at -= 1;
    kept.splice(at, 0, value);
    if (kept.length > this.limit) kept.pop();
  }

  /** Whether no number from `least` up could be kept any more. */
  rulesOut(least: number): boolean {
    return this.kept.length >= this.limit && least >= (this.kept[this.kept.length - 1] ?? Infinity);
  }

  sorted(): number[] {
    return this.kept;
  }
}

function leastPerBlock(byFolded: Int32Array): Int32Array {
  const least = new Int32Array(Math.ceil(byFolded.length / BLOCK)).fill(0x7fffffff);
  for (let index = 0; index < byFolded.length; index += 1) {
    const block = Math.floor(index / BLOCK);
    least[block] = Math.min(least[block] ?? 0, byFolded[index] ?? 0);
  }
  return least;
}

/** Orders positions by folded title, ties by position. */
function byFoldedThenPosition(prepared: readonly PreparedTitle[]): (a: number, b: number) => number {
  return (a, b) => {
    const left = prepared[a]?.folded ?? '';
    const right = prepared[b]?.folded ?? '';
    return left < right ? -1 : left > right ? 1 : a - b;
  };
}

/** The order `SortedTitles.of` sorts in, by a merge sort that asks `pause` every `slice` steps. */
async function sortedInSlices(prepared: readonly PreparedTitle[], pause: Pause, slice: number): Promise<Int32Array> {
  const compare = byFoldedThenPosition(prepared);
  let from = Int32Array.from(prepared.keys());
  const run = Math.max(2, slice);
  for (let start = 0; start < from.length; start += run) {
    from.subarray(start, start + run).sort(compare);
    await pause();
  }
  let to = new Int32Array(from.length);
  for (let width = run; width < from.length; width *= 2) {
    let steps = 0;
    for (let left = 0; left < from.length; left += 2 * width) {
      const middle = Math.min(left + width, from.length);
      const end = Math.min(left + 2 * width, from.length);
      let i = left;
      let j = middle;
      for (let k = left; k < end; k += 1) {
        const a = from[i] ?? 0;
        const b = from[j] ?? 0;
        if (j >= end || (i < middle && compare(a, b) <= 0)) {
          to[k] = a;
          i += 1;
        } else {
          to[k] = b;
          j += 1;
        }
        steps += 1;
        if (steps % slice === 0) await pause();
      }
    }
    [from, to] = [to, from];
  }
  return from;
}
