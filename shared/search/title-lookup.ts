import { bestByScore } from './best-fuzzy';
import { ceilingQuery, ceilingTitle, normalizeScore, rawFuzzyCeiling, type CeilingTitle } from './fuzzy-ceiling';
import { letterMask, mayHold } from './letter-mask';
import { TitleGrams, type Pause } from './title-grams';
import { matchFuzzy, matchLiteral, MatchTier, MIN_FUZZY_SCORE, prepareQuery, prepareTitle, type PreparedTitle } from './title-match';

export type { Pause };

/** One title the lookup holds: an id and the title as shown. */
export interface TitleEntry {
  readonly id: number;
  readonly title: string;
}

/** Word starts are keyed by their first one, two and three characters. */
const KEY_LENGTHS = [1, 2, 3] as const;
/** Same test as the word-start tier of `matchLiteral`: the character before is not part of a word. */
const WORD_CHAR_BEFORE = /[\p{L}\p{N}\p{M}]$/u;

interface Narrowed {
  query: string;
  /**
   * Positions of the titles holding each space-separated term of `query` as letters in order: the
   * only ones a fuzzy match can find (fuzzysort matches every term's letters in order).
   */
  holdingTerms: Int32Array;
}

/**
 * Titles held in a given order, answering the same ranking as `rankTitles(entries, query, (e) =>
 * [e.title], limit)` without matching every title on every keystroke: the exact and start tiers come
 * from a range of the folded titles sorted, the word-start tier from lists of word starts keyed by
 * their first characters (each list in entry order, so the first `limit` found are the best), or for
 * a longer query from the titles holding all its three-character pieces, as does the contains tier;
 * only when those give fewer than `limit` are titles searched for the fuzzy tier (ruled out first
 * by their letters), and a query that extends the previous one searches only what held the previous one.
 */
export class TitleLookup {
  readonly entries: readonly TitleEntry[];
  private readonly prepared: PreparedTitle[];
  private readonly byFolded: Int32Array;
  private readonly wordStarts: Map<string, number[]>[];
  private readonly grams: TitleGrams;
  private readonly masks: Uint32Array;
  private narrowed: Narrowed | null = null;
  private readonly ceilingTitles: (CeilingTitle | undefined)[] = [];

  private constructor(parts: Parts, byFolded?: Int32Array) {
    this.entries = parts.entries;
    this.prepared = parts.prepared;
    this.byFolded = byFolded ?? sortedByFolded(parts.prepared);
    this.wordStarts = parts.wordStarts;
    this.grams = parts.grams;
    this.masks = parts.masks;
  }

  /** `entries` in the order ties keep (and an empty query lists); `reuse` gives titles already folded. */
  static of(entries: readonly TitleEntry[], reuse?: (entry: TitleEntry) => PreparedTitle | undefined): TitleLookup {
    const parts = new PartsBuilder(entries.length);
    entries.forEach((entry, position) => parts.add(prepareEntry(entry, reuse), position));
    return new TitleLookup({ entries, ...parts.unpacked(), grams: parts.grams.pack() });
  }

  /**
   * As `of`, but asks `pause` after every `slice` titles (and as often while sorting them), awaiting
   * what it returns, so a page stays responsive while a big library is indexed: `pause` decides
   * whether it is time to let the page go on (a promise) or not yet (undefined).
   */
  static async build(
    entries: readonly TitleEntry[],
    pause: Pause,
    reuse?: (entry: TitleEntry) => PreparedTitle | undefined,
    slice = 64,
  ): Promise<TitleLookup> {
    const parts = new PartsBuilder(entries.length);
    for (let from = 0; from < entries.length; from += slice) {
      for (let position = from; position < Math.min(entries.length, from + slice); position += 1) {
        const entry = entries[position];
        if (entry !== undefined) parts.add(prepareEntry(entry, reuse), position);
      }
      await pause();
    }
    const { prepared, wordStarts, masks } = parts.unpacked();
    const grams = await parts.grams.packInSlices(pause, slice * GRAMS_PER_TITLE);
    return new TitleLookup({ entries, prepared, wordStarts, masks, grams }, await sortedByFoldedInSlices(prepared, pause, slice));
  }

  /** The folded form of the title at `position`, for a later lookup to reuse. */
  preparedAt(position: number): PreparedTitle | undefined {
    return this.prepared[position];
  }

  /** The best `limit` entries for `query`, best first, among those whose id `offer` accepts (by default, all). */
  find(query: string, limit: number, offer: (id: number) => boolean = () => true): TitleEntry[] {
    if (limit <= 0) return [];
    const typed = prepareQuery(query).text;
    if (typed === '') return this.firstEntries(limit, offer);
    const offered = (position: number): boolean => {
      const entry = this.entries[position];
      return entry !== undefined && offer(entry.id);
    };
    const [exact, start] = this.startingWith(typed, limit, offered);
    const found = [...exact, ...start].slice(0, limit);
    let holding: Int32Array | null | undefined;
    // Worked out at most once per query, and only when the tiers above leave room.
    const containing = (): Int32Array | null => (holding === undefined ? (holding = this.grams.candidates(typed)) : holding);
    if (found.length < limit) this.addWordStarts(typed, limit, offered, found, containing);
    if (found.length < limit) this.addContained(typed, limit, offered, found, containing());
    if (found.length < limit) this.addFuzzy(typed, limit, offered, found);
    return found.map((position) => this.entries[position]).filter((entry): entry is TitleEntry => entry !== undefined);
  }

  private firstEntries(limit: number, offer: (id: number) => boolean): TitleEntry[] {
    const first: TitleEntry[] = [];
    for (const entry of this.entries) {
      if (first.length >= limit) break;
      if (offer(entry.id)) first.push(entry);
    }
    return first;
  }

  /** The exact and start tiers: the folded titles beginning with `typed`, each tier's first `limit` in entry order. */
  private startingWith(typed: string, limit: number, offered: (position: number) => boolean): [number[], number[]] {
    const exact = new Smallest(limit);
    const start = new Smallest(limit);
    for (let index = this.lowerBound(typed); index < this.byFolded.length; index += 1) {
      const position = this.byFolded[index] ?? 0;
      const folded = this.prepared[position]?.folded ?? '';
      if (!folded.startsWith(typed)) break;
      if (!offered(position)) continue;
      (folded.length === typed.length ? exact : start).add(position);
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

  /**
   * The word-start tier in entry order: from the titles holding the query's pieces when it is longer
   * than a word-start key (a long key's list can be long and hold few matches), else from the key's list.
   */
  private addWordStarts(
    typed: string,
    limit: number,
    offered: (position: number) => boolean,
    found: number[],
    containing: () => Int32Array | null,
  ): void {
    const keyLength = Math.min(typed.length, KEY_LENGTHS.length);
    const candidates = (typed.length > keyLength ? containing() : null) ?? this.wordStarts[keyLength - 1]?.get(typed.slice(0, keyLength)) ?? [];
    this.addOfTier(typed, limit, offered, found, candidates, MatchTier.wordStart);
  }

  /** The contains tier in entry order, among the titles holding the query's pieces (all titles for a query too short to have one). */
  private addContained(typed: string, limit: number, offered: (position: number) => boolean, found: number[], containing: Int32Array | null): void {
    if (containing !== null) this.addOfTier(typed, limit, offered, found, containing, MatchTier.contains);
    else this.addOfTier(typed, limit, offered, found, this.prepared.keys(), MatchTier.contains);
  }

  private addOfTier(
    typed: string,
    limit: number,
    offered: (position: number) => boolean,
    found: number[],
    candidates: Iterable<number>,
    tier: MatchTier,
  ): void {
    for (const position of candidates) {
      if (found.length >= limit) return;
      if (offered(position) && this.tierAt(typed, position) === tier) found.push(position);
    }
  }

  /** The fuzzy tier: the best-scoring titles that do not contain `typed` but hold each of its terms' letters in order. */
  private addFuzzy(typed: string, limit: number, offered: (position: number) => boolean, found: number[]): void {
    const fuzzy: number[] = [];
    for (const position of this.holdingTerms(typed)) {
      if (offered(position) && !(this.prepared[position]?.folded ?? '').includes(typed)) fuzzy.push(position);
    }
    const query = { text: typed };
    const ceilings = ceilingQuery(typed);
    const best = bestByScore(
      fuzzy,
      limit - found.length,
      (position) => rawFuzzyCeiling(ceilings, this.ceilingTitleAt(position)),
      (position) => {
        const title = this.prepared[position];
        return title === undefined ? null : (matchFuzzy(query, title)?.score ?? null);
      },
      normalizeScore,
      MIN_FUZZY_SCORE,
    );
    found.push(...best);
  }

  /** Worked out on a title's first fuzzy candidacy: most titles never get that far. */
  private ceilingTitleAt(position: number): CeilingTitle {
    const known = this.ceilingTitles[position];
    if (known !== undefined) return known;
    const fresh = ceilingTitle(this.prepared[position]?.folded ?? '');
    this.ceilingTitles[position] = fresh;
    return fresh;
  }

  /**
   * Positions (in entry order) of the titles holding each space-separated term of `typed` as letters
   * in order, the only ones a fuzzy match can find (fuzzysort matches every term's letters in order):
   * narrowed from the previous query's when `typed` extends it.
   */
  private holdingTerms(typed: string): Int32Array {
    const previous = this.narrowed !== null && typed.startsWith(this.narrowed.query) ? this.narrowed : null;
    const terms = typed.split(' ').filter((term) => term !== '');
    const wanted = letterMask(typed);
    const source = previous?.holdingTerms ?? null;
    const count = source === null ? this.prepared.length : source.length;
    const holding: number[] = [];
    for (let index = 0; index < count; index += 1) {
      const position = source === null ? index : (source[index] ?? 0);
      if (mayHold(this.masks[position] ?? 0, wanted) && holdsEvery(this.prepared[position]?.folded ?? '', terms)) holding.push(position);
    }
    const holdingTerms = Int32Array.from(holding);
    this.narrowed = { query: typed, holdingTerms };
    return holdingTerms;
  }

  private tierAt(typed: string, position: number): MatchTier | null {
    const title = this.prepared[position];
    return title === undefined ? null : (matchLiteral({ text: typed }, title)?.tier ?? null);
  }
}

/** About how many three-character pieces a title adds to the index: paces packing as titles pace the rest of a build. */
const GRAMS_PER_TITLE = 64;

/** What a lookup is made of, apart from its sorted order. */
interface Parts {
  entries: readonly TitleEntry[];
  prepared: PreparedTitle[];
  wordStarts: Map<string, number[]>[];
  masks: Uint32Array;
  grams: TitleGrams;
}

/** Gathers a lookup's parts title by title, in entry order. */
class PartsBuilder {
  private readonly prepared: PreparedTitle[] = [];
  private readonly wordStarts = KEY_LENGTHS.map(() => new Map<string, number[]>());
  private readonly masks: Uint32Array;
  readonly grams = TitleGrams.builder();

  constructor(count: number) {
    this.masks = new Uint32Array(count);
  }

  add(title: PreparedTitle, position: number): void {
    this.prepared.push(title);
    addWordStarts(this.wordStarts, title.folded, position);
    this.masks[position] = letterMask(title.folded);
    this.grams.add(title.folded, position);
  }

  unpacked(): Pick<Parts, 'prepared' | 'wordStarts' | 'masks'> {
    return { prepared: this.prepared, wordStarts: this.wordStarts, masks: this.masks };
  }
}

function holdsEvery(text: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!holdsInOrder(text, term)) return false;
  return true;
}

/** Whether the characters of `term` occur in `text` in order, others between them allowed. */
function holdsInOrder(text: string, term: string): boolean {
  let from = 0;
  for (let at = 0; at < term.length; at += 1) {
    const found = text.indexOf(term.charAt(at), from);
    if (found < 0) return false;
    from = found + 1;
  }
  return true;
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

  sorted(): number[] {
    return this.kept;
  }
}

/** Orders positions by folded title, ties by position. */
function byFoldedThenPosition(prepared: readonly PreparedTitle[]): (a: number, b: number) => number {
  return (a, b) => {
    const left = prepared[a]?.folded ?? '';
    const right = prepared[b]?.folded ?? '';
    return left < right ? -1 : left > right ? 1 : a - b;
  };
}

function sortedByFolded(prepared: readonly PreparedTitle[]): Int32Array {
  return Int32Array.from(prepared.keys()).sort(byFoldedThenPosition(prepared));
}

/**
 * The same order as `sortedByFolded`, as a merge sort that asks `pause` every `slice` steps: one
 * sort of a big library's titles would otherwise be a long task.
 */
async function sortedByFoldedInSlices(prepared: readonly PreparedTitle[], pause: Pause, slice: number): Promise<Int32Array> {
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

/** Whether the character before `at` is part of a word; ASCII decided without the regex (most titles are). */
function followsWordChar(folded: string, at: number): boolean {
  const code = folded.charCodeAt(at - 1);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return WORD_CHAR_BEFORE.test(folded.slice(Math.max(0, at - 2), at));
}

function prepareEntry(entry: TitleEntry, reuse?: (entry: TitleEntry) => PreparedTitle | undefined): PreparedTitle {
  const known = reuse?.(entry);
  return known !== undefined && known.title === entry.title ? known : prepareTitle(entry.title);
}

/** Adds the title at `position` to the lists of each key length (entry order, once per list). */
function addWordStarts(maps: readonly Map<string, number[]>[], folded: string, position: number): void {
  for (let at = 0; at < folded.length; at += 1) {
    if (folded.charCodeAt(at) === 32) continue;
    if (at > 0 && followsWordChar(folded, at)) continue;
    KEY_LENGTHS.forEach((length, index) => {
      if (at + length > folded.length) return;
      const key = folded.slice(at, at + length);
      const map = maps[index];
      if (map === undefined) return;
      const list = map.get(key);
      if (list === undefined) map.set(key, [position]);
      else if (list[list.length - 1] !== position) list.push(position);
    });
  }
}
