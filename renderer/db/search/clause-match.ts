import type { SearchEngine } from './engine';
import type { Field } from './search-document';
import type { WordScorer, WordVector } from './word-vectors';

/**
 * The abstracts one clause matches: `ids` and their `scores` in the same order. `key` names what
 * was matched (the words and weights, not the typed text), so two clauses with the same key have
 * the same result.
 */
export interface ClauseMatch {
  key: string;
  ids: Int32Array;
  scores: Float32Array;
}

const PREFIX_EXPANSIONS = 30;
/** One- and two-letter prefixes match most of a library: expanding them costs much and helps little. */
const MIN_PREFIX = 3;
const TYPO_CORRECTIONS = 5;
const EXACT = 1;
const PREFIX = 0.6;
const TYPO = 0.5;

/** Scratch space for `bestOf` and `narrowTo`, reused across calls (and zeroed where written) rather than 400 kB a clause. */
let best = new Float32Array(0);
let union = new Int32Array(0);

/** Each abstract's best score among the weighted vectors (a word or any of its variants). */
function bestOf(key: string, size: number, weighted: readonly (readonly [WordVector, number])[]): ClauseMatch {
  const [only] = weighted;
  if (weighted.length === 1 && only !== undefined) {
    const [vector, weight] = only;
    const scores = new Float32Array(vector.ids.length);
    for (let at = 0; at < vector.ids.length; at++) scores[at] = (vector.scores[at] ?? 0) * weight;
    return { key, ids: vector.ids, scores };
  }
  const postings = weighted.reduce((sum, [vector]) => sum + vector.ids.length, 0);
  if (best.length < size) best = new Float32Array(size);
  if (union.length < postings) union = new Int32Array(postings);
  let count = 0;
  for (const [vector, weight] of weighted) {
    for (let at = 0; at < vector.ids.length; at++) {
      const id = vector.ids[at] ?? 0;
      const score = (vector.scores[at] ?? 0) * weight;
      const before = best[id] ?? 0;
      if (before === 0) union[count++] = id;
      if (score > before) best[id] = score;
    }
  }
  const ids = union.slice(0, count);
  const scores = new Float32Array(count);
  for (let at = 0; at < count; at++) {
    const id = ids[at] ?? 0;
    scores[at] = best[id] ?? 0;
    best[id] = 0;
  }
  return { key, ids, scores };
}

/** Scratch per-abstract sums and counts for `intersect`, reused (and zeroed where written) rather than allocated per keystroke. */
let sums = new Float64Array(0);
let holding = new Uint16Array(0);

/**
 * The abstracts every match holds (and `keep` accepts, when given), with the sum of their scores,
 * in the smallest match's order. `size` bounds the ids (the highest plus one). Each match is read
 * once, so no match needs its scores spread out by id (400 kB at 100k, for each newly typed word).
 */
export function intersect(size: number, matches: readonly ClauseMatch[], keep?: (id: number) => boolean): { ids: Int32Array; scores: Float32Array } | null {
  const [smallest, ...rest] = [...matches].sort((a, b) => a.ids.length - b.ids.length);
  if (smallest === undefined) return null;
  if (rest.length === 0 && keep === undefined) return { ids: smallest.ids, scores: smallest.scores };
  if (sums.length < size) {
    sums = new Float64Array(size);
    holding = new Uint16Array(size);
  }
  for (let at = 0; at < smallest.ids.length; at++) {
    const id = smallest.ids[at] ?? 0;
    sums[id] = smallest.scores[at] ?? 0;
    holding[id] = 1;
  }
  // An id held by every match so far moves up one; the others fall behind and stay there.
  rest.forEach((other, index) => {
    const before = index + 1;
    for (let at = 0; at < other.ids.length; at++) {
      const id = other.ids[at] ?? 0;
      if (holding[id] !== before) continue;
      holding[id] = before + 1;
      sums[id] = (sums[id] ?? 0) + (other.scores[at] ?? 0);
    }
  });
  const every = rest.length + 1;
  const ids = new Int32Array(smallest.ids.length);
  const scores = new Float32Array(smallest.ids.length);
  let count = 0;
  for (let at = 0; at < smallest.ids.length; at++) {
    const id = smallest.ids[at] ?? 0;
    if (holding[id] === every && (keep === undefined || keep(id))) {
      ids[count] = id;
      scores[count++] = sums[id] ?? 0;
    }
    holding[id] = 0;
    sums[id] = 0;
  }
  return { ids: ids.subarray(0, count), scores: scores.subarray(0, count) };
}

/** The abstracts every match holds, scored by the sum. */
export function allOf(size: number, matches: readonly ClauseMatch[]): ClauseMatch | null {
  const both = intersect(size, matches);
  if (both === null) return null;
  return { key: `all(${matches.map((match) => match.key).join('&')})`, ids: both.ids, scores: both.scores };
}

/** The known words a typed word stands for, with their weights: itself, the words it starts, or (only when neither exists) close spellings. */
function expansions(engine: SearchEngine, scorer: WordScorer, word: string, fields: readonly Field[]): [string, number][] {
  const chosen: [string, number][] = [];
  const consider = (candidate: string, weight: number): void => {
    if (scorer.vector(candidate, fields).ids.length > 0) chosen.push([candidate, weight]);
  };
  consider(word, EXACT);
  if (word.length >= MIN_PREFIX) for (const longer of engine.vocabulary.withPrefix(word, PREFIX_EXPANSIONS)) consider(longer, PREFIX);
  if (chosen.length === 0) for (const corrected of engine.vocabulary.corrections(word, TYPO_CORRECTIONS)) consider(corrected, TYPO);
  return chosen;
}

/** A free word's candidate words with their weights, not yet merged into one match. */
export interface TermAlternatives {
  key: string;
  weighted: readonly (readonly [WordVector, number])[];
}

/**
 * A free word: itself, the known words it starts, and (only when neither exists) close spellings.
 * Typing on within a word (`mini`, `minim`, `minima`) often keeps the same expansions, so the key
 * names them, not the typed text.
 */
export function termAlternatives(engine: SearchEngine, scorer: WordScorer, word: string, fields: readonly Field[], highlight: Set<string>): TermAlternatives {
  const chosen = scorer.clause(`expand:${fields.join(',')}:${word}`, () => expansions(engine, scorer, word, fields));
  for (const [matched] of chosen) highlight.add(matched);
  return {
    key: `term:${fields.join(',')}:${chosen.map(([matched, weight]) => `${matched}*${weight}`).join(' ')}`,
    weighted: chosen.map(([matched, weight]) => [scorer.vector(matched, fields), weight] as const),
  };
}

/** A free word's alternatives merged: each abstract scored by its best one. Cached by the alternatives. */
export function mergedTerm(engine: SearchEngine, scorer: WordScorer, term: TermAlternatives): ClauseMatch {
  return scorer.clause(term.key, () => bestOf(term.key, engine.maxId + 1, term.weighted));
}

export function termMatch(engine: SearchEngine, scorer: WordScorer, word: string, fields: readonly Field[], highlight: Set<string>): ClauseMatch {
  return mergedTerm(engine, scorer, termAlternatives(engine, scorer, word, fields, highlight));
}

/** Marks for `narrowTo`, reused (and cleared where written). */
let inside = new Uint8Array(0);

/**
 * What intersecting `within` with the merged `term` gives (`within`'s score plus the term's best
 * alternative), without merging the term: only the abstracts `within` holds are looked at. While a
 * query's last word is typed, its alternatives change on each keystroke and the other words do not.
 */
export function narrowTo(size: number, within: ClauseMatch, term: TermAlternatives): ClauseMatch {
  if (best.length < size) best = new Float32Array(size);
  if (inside.length < size) inside = new Uint8Array(size);
  for (let at = 0; at < within.ids.length; at++) inside[within.ids[at] ?? 0] = 1;
  for (const [vector, weight] of term.weighted) {
    for (let at = 0; at < vector.ids.length; at++) {
      const id = vector.ids[at] ?? 0;
      if (inside[id] !== 1) continue;
      const score = (vector.scores[at] ?? 0) * weight;
      if (score > (best[id] ?? 0)) best[id] = score;
    }
  }
  const ids = new Int32Array(within.ids.length);
  const scores = new Float32Array(within.ids.length);
  let count = 0;
  for (let at = 0; at < within.ids.length; at++) {
    const id = within.ids[at] ?? 0;
    const found = best[id] ?? 0;
    if (found > 0) {
      ids[count] = id;
      scores[count++] = (within.scores[at] ?? 0) + found;
      best[id] = 0;
    }
    inside[id] = 0;
  }
  return { key: `all(${within.key}&${term.key})`, ids: ids.subarray(0, count), scores: scores.subarray(0, count) };
}

/** Every word exactly (a phrase's candidates before its text is checked; a negated word). */
export function exactWordsMatch(engine: SearchEngine, scorer: WordScorer, words: readonly string[], fields: readonly Field[]): ClauseMatch {
  const key = `exact:${fields.join(',')}:${words.join(' ')}`;
  return scorer.clause(key, () => {
    const perWord = words.map((word) => bestOf(`${key}/${word}`, engine.maxId + 1, [[scorer.vector(word, fields), EXACT]]));
    return allOf(engine.maxId + 1, perWord) ?? { key, ids: new Int32Array(0), scores: new Float32Array(0) };
  });
}
