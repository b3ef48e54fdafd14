import type { SearchEngine } from './engine';
import { FIELD_WEIGHTS, type Field } from './search-document';

/** A word's matches: parallel arrays of abstract ids and their scores. */
export interface WordVector {
  ids: Int32Array;
  scores: Float32Array;
}

const EMPTY: WordVector = { ids: new Int32Array(0), scores: new Float32Array(0) };
const CACHED_WORDS = 512;
/** A term result holds its ids and scores, a ranking its ids (up to 400 kB each at 100k): keep few. */
const CACHED_CLAUSES = 40;

function idf(documentCount: number, matching: number): number {
  return Math.log(1 + (documentCount - matching + 0.5) / (matching + 0.5));
}

/**
 * Scores words, caching each one's vector until the index changes: typing repeats every earlier
 * word of the query on each keystroke. A word's score in an abstract is its inverse document
 * frequency times the weight of each field it occurs in, with a small bonus for an early position
 * in the field (FlexSearch lists earlier occurrences first).
 */
export class WordScorer {
  private readonly cache = new Map<string, WordVector>();
  private readonly clauses = new Map<string, unknown>();
  private generation = -1;
  /** Scratch per-abstract sums for `compute`, reused (and zeroed where written) rather than 400 kB per word. */
  private sums = new Float32Array(0);

  constructor(private readonly engine: SearchEngine) {}

  /** Forgets cached vectors when `generation` differs from the last call's (the index changed). */
  sync(generation: number): void {
    if (generation === this.generation) return;
    this.generation = generation;
    this.cache.clear();
    this.clauses.clear();
  }

  /**
   * A clause's result by key, computed once per index generation (earlier words while typing).
   * The least recently used goes first: each keystroke adds a few entries, and the query's first
   * word, asked on every keystroke, must outlive them.
   */
  clause<T>(key: string, compute: () => T): T {
    if (this.clauses.has(key)) {
      const cached = this.clauses.get(key);
      this.clauses.delete(key);
      this.clauses.set(key, cached);
      return cached as T;
    }
    const value = compute();
    if (this.clauses.size >= CACHED_CLAUSES) this.clauses.delete(this.clauses.keys().next().value ?? '');
    this.clauses.set(key, value);
    return value;
  }

  vector(word: string, fields: readonly Field[]): WordVector {
    const key = `${fields.join(',')}:${word}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const vector = this.compute(word, fields);
    if (this.cache.size >= CACHED_WORDS) this.cache.delete(this.cache.keys().next().value ?? '');
    this.cache.set(key, vector);
    return vector;
  }

  private compute(word: string, fields: readonly Field[]): WordVector {
    const postings = fields.map((field) => [field, this.engine.postings(word, field)] as const);
    if (this.sums.length < this.engine.maxId + 1) this.sums = new Float32Array(this.engine.maxId + 1);
    const sums = this.sums;
    let total = 0;
    for (const [, buckets] of postings) for (const bucket of buckets) total += bucket.length;
    const ids = new Int32Array(total);
    let count = 0;
    for (const [field, buckets] of postings) {
      const weight = FIELD_WEIGHTS[field];
      const length = buckets.reduce((sum, bucket) => sum + bucket.length, 0);
      // An early occurrence adds up to 30 %: 0.3 × (length − rank) / length, the division done once.
      const earlyBonus = 0.3 / length;
      let rank = 0;
      for (const bucket of buckets) {
        for (let at = 0; at < bucket.length; at++, rank++) {
          const id = Number(bucket[at]);
          const before = sums[id] ?? 0;
          if (before === 0) ids[count++] = id;
          sums[id] = before + weight * (1 + earlyBonus * (length - rank));
        }
      }
    }
    if (count === 0) return EMPTY;
    const wordWeight = idf(this.engine.size, count);
    const scores = new Float32Array(count);
    for (let at = 0; at < count; at++) {
      const id = ids[at] ?? 0;
      scores[at] = (sums[id] ?? 0) * wordWeight;
      sums[id] = 0;
    }
    return { ids: ids.slice(0, count), scores };
  }
}
