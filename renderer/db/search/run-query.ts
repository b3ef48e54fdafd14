import type { Clause, ParsedQuery } from '../../../shared/search/query-types';
import type { SearchOutcome } from '../../../shared/search/types';
import { allOf, exactWordsMatch, intersect, mergedTerm, narrowTo, termAlternatives, termMatch, type ClauseMatch, type TermAlternatives } from './clause-match';
import { rankByScore } from './ranking';
import type { SearchEngine } from './engine';
import { FIELDS } from './search-document';
import type { WordScorer } from './word-vectors';

/** Clauses answered by the database rather than the text index. */
export type StructuredClause = Extract<Clause, { kind: 'tag' | 'is' | 'has' | 'source' | 'list' | 'doi' | 'key' | 'review' | 'verdict' | 'reason' }>;

const STRUCTURED_KINDS: ReadonlySet<Clause['kind']> = new Set(['tag', 'is', 'has', 'source', 'list', 'doi', 'key', 'review', 'verdict', 'reason']);

export interface QuerySources {
  engine: SearchEngine;
  scorer: WordScorer;
  /** The abstracts a structured clause (ignoring its `negated`) holds for. */
  structured: (clause: StructuredClause) => Promise<Set<number>>;
  /** Those of `ids` whose text contains every phrase (as consecutive words). */
  withPhrases: (ids: ArrayLike<number>, phrases: string[][]) => Promise<Set<number>>;
  /** Every abstract, newest first: the order of a query without words. */
  defaultOrder: () => Promise<number[]>;
}

/** A clause's match, or a free word's alternatives still unmerged (see `narrowTo`). */
type PositiveMatch = ClauseMatch | TermAlternatives;

/** An outcome as the worker holds it: the ranked ids packed, ready to be transferred to the page. */
export type RankedOutcome = Omit<SearchOutcome, 'ids'> & { ids: Int32Array };

function isStructured(clause: Clause): clause is StructuredClause {
  return STRUCTURED_KINDS.has(clause.kind);
}

function textMatch(sources: QuerySources, clause: Clause, highlight: Set<string>): ClauseMatch | null {
  const { engine, scorer } = sources;
  switch (clause.kind) {
    case 'term':
      // A free word comes here only negated: runQuery keeps the others' alternatives unmerged.
      return exactWordsMatch(engine, scorer, [clause.word], FIELDS);
    case 'phrase':
      // While its quote is open the user is still typing it: match its words, the last as a prefix.
      if (clause.open === true && !clause.negated) return allOf(engine.maxId + 1, clause.words.map((word) => termMatch(engine, scorer, word, FIELDS, highlight)));
      return exactWordsMatch(engine, scorer, clause.words, FIELDS);
    case 'author':
      return clause.negated
        ? exactWordsMatch(engine, scorer, clause.words, ['authors'])
        : allOf(engine.maxId + 1, clause.words.map((word) => termMatch(engine, scorer, word, ['authors'], highlight)));
    default:
      return null;
  }
}

function yearIds(engine: SearchEngine, from: number, to: number): Set<number> {
  const inRange = new Set<number>();
  for (const id of engine.ids()) {
    const year = engine.yearOf(id);
    if (year !== null && year >= from && year <= to) inRange.add(id);
  }
  return inRange;
}

/** A venue clause's abstracts, kept until the index changes: typing repeats it on each keystroke. */
function venueIds(engine: SearchEngine, scorer: WordScorer, words: readonly string[]): Set<number> {
  return scorer.clause(`venue:${words.join(' ')}`, () => engine.venueIds(words));
}

/** The abstracts a filter clause (year, venue or structured) holds for, its `negated` aside. */
function filterIds(sources: QuerySources, clause: Clause & { kind: 'year' | 'venue' | StructuredClause['kind'] }): Set<number> | Promise<Set<number>> {
  if (clause.kind === 'year') return yearIds(sources.engine, clause.from, clause.to);
  if (clause.kind === 'venue') return venueIds(sources.engine, sources.scorer, clause.words);
  return sources.structured(clause);
}

function merged(engine: SearchEngine, scorer: WordScorer, match: PositiveMatch): ClauseMatch {
  return 'ids' in match ? match : mergedTerm(engine, scorer, match);
}

/**
 * The abstracts every positive text clause holds, folded left: each step's result is kept, so a
 * keystroke recomputes only the step of the word being typed. A free word is looked up within the
 * words before it, unmerged.
 */
function matchEvery(engine: SearchEngine, scorer: WordScorer, positive: readonly PositiveMatch[]): ClauseMatch | null {
  const size = engine.maxId + 1;
  const [first, ...rest] = positive;
  if (first === undefined) return null;
  let within = merged(engine, scorer, first);
  for (const next of rest) {
    const before = within;
    // allOf of two matches is never null; `?? before` only satisfies the type.
    within = scorer.clause(`all(${before.key}&${next.key})`, () => ('ids' in next ? (allOf(size, [before, next]) ?? before) : narrowTo(size, before, next)));
  }
  return within;
}

/**
 * The ranking of text clauses alone, cached by what they matched: the next keystroke often
 * resolves to the same words (`minim` after `mini`), and then only the copy is paid for.
 */
function rankedText(engine: SearchEngine, scorer: WordScorer, positive: readonly PositiveMatch[]): Int32Array {
  const ranked = scorer.clause(`ranked:${positive.map((match) => match.key).join('&')}`, () => {
    const matched = matchEvery(engine, scorer, positive);
    return matched === null ? new Int32Array(0) : rankByScore(matched.ids, matched.scores);
  });
  // A copy: the answer's buffer is transferred to the page, which would empty the cached one.
  return ranked.slice();
}

/** Evaluates a parsed query: text clauses on the index, the others on the database, ranked best first. */
export async function runQuery(parsed: ParsedQuery, sources: QuerySources): Promise<RankedOutcome> {
  const { engine } = sources;
  const highlight = new Set<string>();
  const positive: PositiveMatch[] = [];
  // Allocated only for a negated clause: most queries have none, and at 100k it is 100 kB a keystroke.
  let excluded: Uint8Array | null = null;
  const exclude = (ids: Iterable<number>): void => {
    excluded ??= new Uint8Array(engine.maxId + 1);
    for (const id of ids) excluded[id] = 1;
  };
  const phrases: string[][] = [];
  const required: Set<number>[] = [];
  for (const clause of parsed.clauses) {
    if (clause.kind === 'year' || clause.kind === 'venue' || isStructured(clause)) {
      const matching = await filterIds(sources, clause);
      if (clause.negated) exclude(matching);
      else required.push(matching);
      continue;
    }
    if (clause.kind === 'term' && !clause.negated) {
      positive.push(termAlternatives(engine, sources.scorer, clause.word, FIELDS, highlight));
      continue;
    }
    const match = textMatch(sources, clause, highlight);
    if (match === null) continue;
    if (!clause.negated) {
      positive.push(match);
      if (clause.kind === 'phrase' && clause.open !== true) phrases.push(clause.words);
    } else if (clause.kind === 'phrase') exclude(await sources.withPhrases(match.ids, [clause.words]));
    else exclude(match.ids);
  }
  // Typed anew: TypeScript does not see `exclude` assign it, and would take it for null here.
  const excludedIds: Uint8Array | null = excluded;
  const filtered = required.length > 0 || excludedIds !== null;
  const allowed = (id: number): boolean => excludedIds === null || excludedIds[id] !== 1;
  const keep = required.length === 0 ? allowed : (id: number): boolean => allowed(id) && required.every((set) => set.has(id));
  let ranked: Int32Array;
  if (positive.length > 0 && !filtered) ranked = rankedText(engine, sources.scorer, positive);
  else {
    const matched = intersect(
      engine.maxId + 1,
      positive.map((match) => merged(engine, sources.scorer, match)),
      keep,
    );
    if (matched !== null) ranked = rankByScore(matched.ids, matched.scores);
    else if (filtered) ranked = Int32Array.from((await sources.defaultOrder()).filter(keep));
    else ranked = new Int32Array(0);
  }
  if (phrases.length > 0 && ranked.length > 0) {
    const kept = await sources.withPhrases(ranked, phrases);
    ranked = ranked.filter((id) => kept.has(id));
  }
  for (const words of phrases) for (const word of words) highlight.add(word);
  return {
    ids: ranked,
    terms: [...highlight],
    phrases: phrases.map((words) => words.join(' ')),
    errors: parsed.errors,
    total: ranked.length,
  };
}
