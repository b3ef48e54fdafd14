import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../../../shared/search/parse-query';
import { intersect, mergedTerm, narrowTo, termAlternatives, termMatch } from '../../../../../renderer/db/search/clause-match';
import { SearchEngine } from '../../../../../renderer/db/search/engine';
import { FIELDS } from '../../../../../renderer/db/search/search-document';
import { FULLY_RANKED, rankByScore } from '../../../../../renderer/db/search/ranking';
import { runQuery, type QuerySources } from '../../../../../renderer/db/search/run-query';
import { WordScorer } from '../../../../../renderer/db/search/word-vectors';

/** Words sharing prefixes, so typing on within a word sometimes keeps and sometimes changes its expansions. */
const WORDS = ['mini', 'minimax', 'minimum', 'bound', 'bounds', 'boundary', 'rate', 'rates', 'rademacher', 'teach', 'teacher', 'student', 'study', 'kernel'];

function engineOf(bodies: string[][]): SearchEngine {
  const engine = new SearchEngine();
  bodies.forEach((words, at) => engine.add({ id: at + 1, title: at % 3 === 0 ? (words[0] ?? '') : '', authors: '', body: words.join(' '), year: 2000, venue: '', snippet: false }));
  return engine;
}

function sourcesOf(engine: SearchEngine, scorer: WordScorer): QuerySources {
  return {
    engine,
    scorer,
    structured: () => Promise.resolve(new Set<number>()),
    withPhrases: (ids) => Promise.resolve(new Set(Array.from(ids))),
    defaultOrder: () => Promise.resolve([...engine.ids()].reverse()),
  };
}

/** Whether a typed word matches one of the document's words exactly or (from 3 letters) as a prefix. */
const wordMatches = (typed: string, words: readonly string[]): boolean => words.some((word) => word === typed || (typed.length >= 3 && word.startsWith(typed)));

const library = fc.array(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 60 });
const typedQuery = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));

describe('search while typing', () => {
  it('answers each keystroke with a warm cache exactly as a fresh search does, and finds every match', async () => {
    await fc.assert(
      fc.asyncProperty(library, fc.array(typedQuery, { minLength: 1, maxLength: 3 }), async (bodies, queries) => {
        const engine = engineOf(bodies);
        const warm = sourcesOf(engine, new WordScorer(engine));
        const vocabulary = [...new Set(bodies.flat())];
        for (const query of queries) {
          for (let length = 1; length <= query.length; length++) {
            const typed = query.slice(0, length);
            const cached = await runQuery(parseQuery(typed), warm);
            const fresh = await runQuery(parseQuery(typed), sourcesOf(engine, new WordScorer(engine)));
            expect(cached).toEqual(fresh);
            const words = typed.split(' ').filter((word) => word !== '');
            const expected = bodies.flatMap((body, at) => (words.every((word) => wordMatches(word, body)) ? [at + 1] : []));
            // A word no library word equals or extends falls back to typo corrections: not this reference's business.
            if (words.every((word) => wordMatches(word, vocabulary))) expect([...cached.ids].sort((a, b) => a - b)).toEqual(expected);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('keeps a repeated answer intact after the ids it gave were transferred to the page', async () => {
    const engine = engineOf([['minimax', 'rate'], ['minimum'], ['minimax']]);
    const sources = sourcesOf(engine, new WordScorer(engine));
    const first = await runQuery(parseQuery('minim'), sources);
    expect([...first.ids].sort()).toEqual([1, 2, 3]);
    // What the worker's postMessage does to the buffer it hands over.
    structuredClone(first.ids, { transfer: [first.ids.buffer] });
    expect(first.ids).toHaveLength(0);
    expect((await runQuery(parseQuery('minima'), sources)).ids).toHaveLength(2);
    expect([...(await runQuery(parseQuery('minim'), sources)).ids].sort()).toEqual([1, 2, 3]);
  });
});

describe('narrowTo, the last typed word looked up within the others', () => {
  const typedWord = fc.constantFrom(...WORDS).chain((word) => fc.integer({ min: 1, max: word.length }).map((length) => word.slice(0, length)));

  it('holds the same abstracts with the same scores as intersecting with the merged word', () => {
    fc.assert(
      fc.property(library, typedWord, typedWord, (bodies, other, last) => {
        const engine = engineOf(bodies);
        const scorer = new WordScorer(engine);
        const within = termMatch(engine, scorer, other, FIELDS, new Set());
        const term = termAlternatives(engine, scorer, last, FIELDS, new Set());
        const narrowed = narrowTo(engine.maxId + 1, within, term);
        const merged = intersect(engine.maxId + 1, [within, mergedTerm(engine, scorer, term)]);
        const scoresById = (ids: Int32Array, scores: Float32Array): [number, number][] => Array.from(ids, (id, at) => [id, scores[at] ?? 0] as [number, number]).sort((a, b) => a[0] - b[0]);
        const expected = merged === null ? [] : scoresById(merged.ids, merged.scores);
        const actual = scoresById(narrowed.ids, narrowed.scores);
        expect(actual.map(([id]) => id)).toEqual(expected.map(([id]) => id));
        actual.forEach(([, score], at) => expect(score).toBeCloseTo(expected[at]?.[1] ?? Number.NaN, 4));
      }),
      { numRuns: 100 },
    );
  });
});

describe('rankByScore, past the fully ranked prefix', () => {
  const scored = fc.uniqueArray(fc.integer({ min: 1, max: 4_000_000 }), { minLength: FULLY_RANKED + 1, maxLength: FULLY_RANKED * 3 }).chain((ids) =>
    fc.tuple(fc.constant(ids), fc.array(fc.integer({ min: 1, max: 50_000 }), { minLength: ids.length, maxLength: ids.length })),
  );

  it('lists every id once, the best FULLY_RANKED exactly as a full sort by score (ties newest first) would', () => {
    fc.assert(
      fc.property(scored, ([ids, points]) => {
        const scores = Float32Array.from(points, (point) => point / 1000);
        const ranked = Array.from(rankByScore(Int32Array.from(ids), scores));
        expect([...ranked].sort((a, b) => a - b)).toEqual([...ids].sort((a, b) => a - b));
        const order = ids.map((id, at) => ({ id, key: Math.round((scores[at] ?? 0) * 1e4) })).sort((a, b) => b.key - a.key || b.id - a.id);
        expect(ranked.slice(0, FULLY_RANKED)).toEqual(order.slice(0, FULLY_RANKED).map((entry) => entry.id));
      }),
      { numRuns: 40 },
    );
  });
});
