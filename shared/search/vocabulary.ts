import { boundedEditDistance } from '../text/edit-distance';

/** Typo tolerance: one edit for words of 4–7 letters, two from 8; shorter words must be exact. */
export function typoLimit(word: string): number {
  if (word.length < 4) return 0;
  return word.length < 8 ? 1 : 2;
}

/**
 * The distinct words of the index, for prefix expansion (a sorted array, binary-searched) and
 * typo correction (words bucketed by first letter and length, so a lookup scans a few thousand
 * words rather than all of them). Words are only added: one whose documents are all gone simply
 * finds nothing, and a rebuild drops it.
 */
export class Vocabulary {
  private readonly words = new Set<string>();
  private sorted: string[] = [];
  private unsorted: string[] = [];
  private readonly buckets = new Map<string, string[]>();

  get size(): number {
    return this.words.size;
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  add(word: string): void {
    if (this.words.has(word)) return;
    this.words.add(word);
    this.unsorted.push(word);
    const key = bucketKey(word[0] ?? '', word.length);
    const bucket = this.buckets.get(key);
    if (bucket === undefined) this.buckets.set(key, [word]);
    else bucket.push(word);
  }

  /** Words starting with `prefix` (other than the prefix itself), at most `limit`, shortest first. */
  withPrefix(prefix: string, limit: number): string[] {
    const sorted = this.sortedWords();
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((sorted[middle] ?? '') < prefix) low = middle + 1;
      else high = middle;
    }
    const found: string[] = [];
    for (let at = low; at < sorted.length && found.length < limit * 4; at++) {
      const word = sorted[at] ?? '';
      if (!word.startsWith(prefix)) break;
      if (word !== prefix) found.push(word);
    }
    return found.sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).slice(0, limit);
  }

  /** Known words within `typoLimit(word)` edits of `word`, closest first. */
  corrections(word: string, limit: number): string[] {
    const maxEdits = typoLimit(word);
    if (maxEdits === 0) return [];
    const found: { word: string; distance: number }[] = [];
    for (let length = word.length - maxEdits; length <= word.length + maxEdits; length++) {
      for (const candidate of this.buckets.get(bucketKey(word[0] ?? '', length)) ?? []) {
        if (candidate === word) continue;
        const distance = boundedEditDistance(word, candidate, maxEdits);
        if (distance <= maxEdits) found.push({ word: candidate, distance });
      }
    }
    return found
      .sort((a, b) => a.distance - b.distance || (a.word < b.word ? -1 : 1))
      .slice(0, limit)
      .map((entry) => entry.word);
  }

  /** Every word, for persistence. */
  all(): string[] {
    return [...this.words];
  }

  /** Sorts the words added since the last prefix search now, so the next one (a keystroke) does not pay for it. */
  prepare(): void {
    this.sortedWords();
  }

  private sortedWords(): string[] {
    if (this.unsorted.length > 0) {
      this.unsorted.sort();
      this.sorted = mergeSorted(this.sorted, this.unsorted);
      this.unsorted = [];
    }
    return this.sorted;
  }
}

function bucketKey(first: string, length: number): string {
  return `${first}${length}`;
}

function mergeSorted(a: string[], b: string[]): string[] {
  if (a.length === 0) return b;
  const merged: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const left = a[i];
    const right = b[j];
    if (right === undefined || (left !== undefined && left < right)) {
      merged.push(left ?? '');
      i++;
    } else {
      merged.push(right);
      j++;
    }
  }
  return merged;
}
