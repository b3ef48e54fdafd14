import type { SearchEngine } from './engine';
import type { Field } from './search-document';
import type { WordScorer, WordVector } from './word-vectors';

/** The abstracts one clause matches: `dense[id]` is the score (0: no match), `ids` lists the matches. */
export interface ClauseMatch {
  dense: Float32Array;
  ids: Int32Array;
}

const PREFIX_EXPANSIONS = 30;
/** One- and two-letter prefixes match most of a library: expanding them costs much and helps little. */
const MIN_PREFIX = 3;
const TYPO_CORRECTIONS = 5;
const EXACT = 1;
const PREFIX = 0.6;
const TYPO = 0.5;

/** Each abstract's best score among the weighted vectors (a word or any of its variants). */
function bestOf(size: number, weighted: [WordVector, number][]): ClauseMatch {
  const dense = new Float32Array(size);
  const [only] = weighted;
  if (weighted.length === 1 && only !== undefined) {
    const [vector, weight] = only;
    for (let at = 0; at < vector.ids.length; at++) dense[vector.ids[at] ?? 0] = (vector.scores[at] ?? 0) * weight;
    return { dense, ids: vector.ids };
  }
  const ids = new Int32Array(weighted.reduce((sum, [vector]) => sum + vector.ids.length, 0));
  let count = 0;
  for (const [vector, weight] of weighted) {
    for (let at = 0; at < vector.ids.length; at++) {
      const id = vector.ids[at] ?? 0;
      const score = (vector.scores[at] ?? 0) * weight;
      const before = dense[id] ?? 0;
      if (before === 0) ids[count++] = id;
      if (score > before) dense[id] = score;
    }
  }
  return { dense, ids: ids.slice(0, count) };
}

/** The abstracts every match holds (and `keep` accepts), with the sum of their scores. */
export function intersect(matches: ClauseMatch[], keep: (id: number) => boolean = () => true): { ids: Int32Array; scores: Float32Array } | null {
  const [smallest, ...rest] = [...matches].sort((a, b) => a.ids.length - b.ids.length);
  if (smallest === undefined) return null;
  const ids = new Int32Array(smallest.ids.length);
  const scores = new Float32Array(smallest.ids.length);
  let count = 0;
  for (const id of smallest.ids) {
    let total = smallest.dense[id] ?? 0;
    for (const other of rest) {
      const score = other.dense[id] ?? 0;
      if (score === 0) {
        total = 0;
        break;
      }
      total += score;
    }
    if (total > 0 && keep(id)) {
      ids[count] = id;
      scores[count++] = total;
    }
  }
  return { ids: ids.subarray(0, count), scores: scores.subarray(0, count) };
}

/** The abstracts every match holds, scored by the sum. */
export function allOf(matches: ClauseMatch[]): ClauseMatch | null {
  const both = intersect(matches);
  const [first] = matches;
  if (both === null || first === undefined) return null;
  const dense = new Float32Array(first.dense.length);
  both.ids.forEach((id, at) => (dense[id] = both.scores[at] ?? 0));
  return { dense, ids: both.ids };
}

/** A free word: itself, the known words it starts, and (only when neither exists) close spellings. */
export function termMatch(engine: SearchEngine, scorer: WordScorer, word: string, fields: readonly Field[], highlight: Set<string>): ClauseMatch {
  const { match, words } = scorer.clause(`term:${fields.join(',')}:${word}`, () => computeTermMatch(engine, scorer, word, fields));
  for (const matched of words) highlight.add(matched);
  return match;
}

function computeTermMatch(engine: SearchEngine, scorer: WordScorer, word: string, fields: readonly Field[]): { match: ClauseMatch; words: string[] } {
  const highlight: string[] = [];
  const weighted: [WordVector, number][] = [];
  const consider = (candidate: string, weight: number): void => {
    const vector = scorer.vector(candidate, fields);
    if (vector.ids.length === 0) return;
    weighted.push([vector, weight]);
    highlight.push(candidate);
  };
  consider(word, EXACT);
  if (word.length >= MIN_PREFIX) for (const longer of engine.vocabulary.withPrefix(word, PREFIX_EXPANSIONS)) consider(longer, PREFIX);
  if (weighted.length === 0) for (const corrected of engine.vocabulary.corrections(word, TYPO_CORRECTIONS)) consider(corrected, TYPO);
  return { match: bestOf(engine.maxId + 1, weighted), words: highlight };
}

/** Every word exactly (a phrase's candidates before its text is checked; a negated word). */
export function exactWordsMatch(engine: SearchEngine, scorer: WordScorer, words: readonly string[], fields: readonly Field[]): ClauseMatch {
  const perWord = words.map((word) => bestOf(engine.maxId + 1, [[scorer.vector(word, fields), EXACT]]));
  return allOf(perWord) ?? { dense: new Float32Array(engine.maxId + 1), ids: new Int32Array(0) };
}

