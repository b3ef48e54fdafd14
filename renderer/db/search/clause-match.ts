import type { SearchEngine } from './engine';
import type { Field } from './search-document';
import type { WordScorer, WordVector } from './word-vectors';

/**
 * The abstracts one clause matches: `ids` and their `scores` in the same order. `key` names what
 * was matched (the words and weights, not the typed text), so two clauses with the same key have
 * the same result. `dense()` gives the scores by id (0: no match), built on first use: only a
 * clause intersected with a smaller one needs it.
 */
export interface ClauseMatch {
  key: string;
  ids: Int32Array;
  scores: Float32Array;
  dense: () => Float32Array;
}

const PREFIX_EXPANSIONS = 30;
/** One- and two-letter prefixes match most of a library: expanding them costs much and helps little. */
const MIN_PREFIX = 3;
const TYPO_CORRECTIONS = 5;
const EXACT = 1;
const PREFIX = 0.6;
const TYPO = 0.5;

/** A clause's match from its ids and scores; the dense scores are spread out on first use. */
function clauseMatch(key: string, size: number, ids: Int32Array, scores: Float32Array): ClauseMatch {
  let dense: Float32Array | null = null;
  const spread = (): Float32Array => {
    const byId = new Float32Array(size);
    for (let at = 0; at < ids.length; at++) byId[ids[at] ?? 0] = scores[at] ?? 0;
    return byId;
  };
  return { key, ids, scores, dense: () => (dense ??= spread()) };
}

/** Scratch space for `bestOf`, reused across calls (and zeroed where written) rather than 400 kB a clause. */
let best = new Float32Array(0);
let union = new Int32Array(0);

/** Each abstract's best score among the weighted vectors (a word or any of its variants). */
function bestOf(key: string, size: number, weighted: readonly (readonly [WordVector, number])[]): ClauseMatch {
  const [only] = weighted;
  if (weighted.length === 1 && only !== undefined) {
    const [vector, weight] = only;
    const scores = new Float32Array(vector.ids.length);
    for (let at = 0; at < vector.ids.length; at++) scores[at] = (vector.scores[at] ?? 0) * weight;
    return clauseMatch(key, size, vector.ids, scores);
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
  return clauseMatch(key, size, ids, scores);
}

/** The abstracts every match holds (and `keep` accepts, when given), with the sum of their scores. */
export function intersect(matches: readonly ClauseMatch[], keep?: (id: number) => boolean): { ids: Int32Array; scores: Float32Array } | null {
  const [smallest, ...rest] = [...matches].sort((a, b) => a.ids.length - b.ids.length);
  if (smallest === undefined) return null;
  if (rest.length === 0 && keep === undefined) return { ids: smallest.ids, scores: smallest.scores };
  const others = rest.map((other) => other.dense());
  const ids = new Int32Array(smallest.ids.length);
  const scores = new Float32Array(smallest.ids.length);
  let count = 0;
  for (let at = 0; at < smallest.ids.length; at++) {
    const id = smallest.ids[at] ?? 0;
    let total = smallest.scores[at] ?? 0;
    for (const other of others) {
      const score = other[id] ?? 0;
      if (score === 0) {
        total = 0;
        break;
      }
      total += score;
    }
    if (total > 0 && (keep === undefined || keep(id))) {
      ids[count] = id;
      scores[count++] = total;
    }
  }
  return { ids: ids.subarray(0, count), scores: scores.subarray(0, count) };
}

/** The abstracts every match holds, scored by the sum. */
export function allOf(size: number, matches: readonly ClauseMatch[]): ClauseMatch | null {
  const both = intersect(matches);
  if (both === null) return null;
  return clauseMatch(`all(${matches.map((match) => match.key).join('&')})`, size, both.ids, both.scores);
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

/**
 * A free word: itself, the known words it starts, and (only when neither exists) close spellings.
 * Typing on within a word (`mini`, `minim`, `minima`) often keeps the same expansions, so the
 * match is cached by them, not by the typed text.
 */
export function termMatch(engine: SearchEngine, scorer: WordScorer, word: string, fields: readonly Field[], highlight: Set<string>): ClauseMatch {
  const chosen = scorer.clause(`expand:${fields.join(',')}:${word}`, () => expansions(engine, scorer, word, fields));
  for (const [matched] of chosen) highlight.add(matched);
  const key = `term:${fields.join(',')}:${chosen.map(([matched, weight]) => `${matched}*${weight}`).join(' ')}`;
  return scorer.clause(key, () =>
    bestOf(
      key,
      engine.maxId + 1,
      chosen.map(([matched, weight]) => [scorer.vector(matched, fields), weight] as const),
    ),
  );
}

/** Every word exactly (a phrase's candidates before its text is checked; a negated word). */
export function exactWordsMatch(engine: SearchEngine, scorer: WordScorer, words: readonly string[], fields: readonly Field[]): ClauseMatch {
  const key = `exact:${fields.join(',')}:${words.join(' ')}`;
  return scorer.clause(key, () => {
    const perWord = words.map((word) => bestOf(`${key}/${word}`, engine.maxId + 1, [[scorer.vector(word, fields), EXACT]]));
    return allOf(engine.maxId + 1, perWord) ?? clauseMatch(key, engine.maxId + 1, new Int32Array(0), new Float32Array(0));
  });
}
