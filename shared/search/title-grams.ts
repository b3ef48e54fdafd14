import { inEvery } from './sorted-seek';
import { bitsOf, emptyBits, keepBoth } from './title-bits';

/** Asked between slices of work: a promise to await before going on, or undefined to go on at once. */
export type Pause = () => Promise<void> | undefined;

/** Pieces of three characters: short enough that a few typed letters have some, long enough to be selective. */
const GRAM_LENGTH = 3;
const BITS = 32;

/**
 * Which titles hold which three-character pieces of their folded form, so the titles that may
 * contain a query are found by intersecting a few sets instead of searching every title. A piece
 * held by many titles is kept as a bitset (one bit per title), a rarer one as a sorted list of
 * positions: whichever is smaller.
 */
export class TitleGrams {
  private constructor(
    private readonly count: number,
    private readonly lists: ReadonlyMap<number, Int32Array>,
    private readonly sets: ReadonlyMap<number, Uint32Array>,
  ) {}

  /**
   * Positions, ascending, of the titles holding every piece of `text`: every title containing
   * `text` is among them (and, for `text` of exactly three characters, only those). Null when
   * `text` is too short to have a piece. Worked out as they are iterated, so a caller that wants
   * only the first few pays only for those.
   */
  candidates(text: string): Iterable<number> | null {
    if (text.length < GRAM_LENGTH) return null;
    const lists: Int32Array[] = [];
    const sets: Uint32Array[] = [];
    for (const gram of gramsOf(text)) {
      const list = this.lists.get(gram);
      const set = this.sets.get(gram);
      if (list !== undefined) lists.push(list);
      else if (set !== undefined) sets.push(set);
      else return [];
    }
    lists.sort((a, b) => a.length - b.length);
    const [shortest, ...others] = lists;
    const { count } = this;
    const inSets = (position: number): boolean => sets.every((set) => hasBit(set, position));
    return { [Symbol.iterator]: () => (shortest === undefined ? positionsInAll(sets, count) : inEvery(shortest, others, inSets)) };
  }

  /** As `candidates`, as a bitset over every position. */
  candidateBits(text: string): Uint32Array | null {
    if (text.length < GRAM_LENGTH) return null;
    let bits: Uint32Array | null = null;
    for (const gram of gramsOf(text)) {
      const list = this.lists.get(gram);
      const these = this.sets.get(gram) ?? (list === undefined ? null : bitsOf(list, this.count));
      if (these === null) return emptyBits(this.count);
      bits = bits === null ? these.slice() : keepBoth(bits, these);
    }
    return bits ?? emptyBits(this.count);
  }

  /** Collects the pieces of titles added in position order, then packs them (pausing as `build` does). */
  static builder(): TitleGramsBuilder {
    return new TitleGramsBuilder();
  }

  /** For the builder only. */
  static packed(count: number, lists: ReadonlyMap<number, Int32Array>, sets: ReadonlyMap<number, Uint32Array>): TitleGrams {
    return new TitleGrams(count, lists, sets);
  }
}

/**
 * Positions appended in order, held in a typed array that doubles as it fills: a big library's
 * millions of positions stay outside the garbage-collected heap, whose full collections would
 * otherwise stall the page while the index is built.
 */
class Postings {
  private data = new Int32Array(4);
  length = 0;

  push(position: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length] = position;
    this.length += 1;
  }

  last(): number | undefined {
    return this.length === 0 ? undefined : this.data[this.length - 1];
  }

  packed(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

export class TitleGramsBuilder {
  private readonly growing = new Map<number, Postings>();
  private count = 0;

  /** Adds the title at `position`; positions must come in ascending order. */
  add(folded: string, position: number): void {
    this.count = Math.max(this.count, position + 1);
    for (let at = 0; at + GRAM_LENGTH <= folded.length; at += 1) {
      const gram = gramAt(folded, at);
      let list = this.growing.get(gram);
      if (list === undefined) {
        list = new Postings();
        this.growing.set(gram, list);
      }
      if (list.last() !== position) list.push(position);
    }
  }

  /** The packed index, synchronously. */
  pack(): TitleGrams {
    const lists = new Map<number, Int32Array>();
    const sets = new Map<number, Uint32Array>();
    for (const [gram, positions] of this.growing) this.packOne(gram, positions, lists, sets);
    return TitleGrams.packed(this.count, lists, sets);
  }

  /** The packed index, asking `pause` after every `slice` postings packed. */
  async packInSlices(pause: Pause, slice: number): Promise<TitleGrams> {
    const lists = new Map<number, Int32Array>();
    const sets = new Map<number, Uint32Array>();
    let packed = 0;
    for (const [gram, positions] of this.growing) {
      this.packOne(gram, positions, lists, sets);
      packed += positions.length;
      if (packed >= slice) {
        packed = 0;
        await pause();
      }
    }
    return TitleGrams.packed(this.count, lists, sets);
  }

  private packOne(gram: number, postings: Postings, lists: Map<number, Int32Array>, sets: Map<number, Uint32Array>): void {
    const positions = postings.packed();
    if (positions.length * BITS <= this.count) {
      lists.set(gram, positions);
      return;
    }
    const set = new Uint32Array(Math.ceil(this.count / BITS));
    for (const position of positions) set[position >>> 5] = (set[position >>> 5] ?? 0) | (1 << (position & 31));
    sets.set(gram, set);
  }
}

/** The three UTF-16 units at `at` as one number (exact: 48 bits), cheaper to key a map by than a string slice. */
function gramAt(text: string, at: number): number {
  return (text.charCodeAt(at) * 65536 + text.charCodeAt(at + 1)) * 65536 + text.charCodeAt(at + 2);
}

function gramsOf(text: string): Set<number> {
  const grams = new Set<number>();
  for (let at = 0; at + GRAM_LENGTH <= text.length; at += 1) grams.add(gramAt(text, at));
  return grams;
}

function hasBit(set: Uint32Array, position: number): boolean {
  return ((set[position >>> 5] ?? 0) & (1 << (position & 31))) !== 0;
}

/** The positions set in every one of `sets` (at least one), ascending. */
function* positionsInAll(sets: readonly Uint32Array[], count: number): Generator<number, void, undefined> {
  const [first, ...rest] = sets;
  if (first === undefined) return;
  for (let word = 0; word < first.length; word += 1) {
    let bits = first[word] ?? 0;
    for (const set of rest) bits &= set[word] ?? 0;
    while (bits !== 0) {
      const low = bits & -bits;
      const position = word * BITS + 31 - Math.clz32(low);
      if (position < count) yield position;
      bits ^= low;
    }
  }
}
