import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../../../../renderer/db/search/engine';
import { warmUpQueries } from '../../../../../renderer/db/search/warm-up';

function engineOf(bodies: string[]): SearchEngine {
  const engine = new SearchEngine();
  bodies.forEach((body, at) => engine.add({ id: at + 1, title: '', authors: '', body, year: null, venue: '', snippet: false }));
  return engine;
}

describe('warmUpQueries', () => {
  it('types the library’s most frequent words as a user would: a letter, prefixes, the word, then a second word', () => {
    const engine = engineOf(['gradient descent converges', 'gradient noise is heavy', 'gradient flow and descent', 'kernel ridge']);
    const queries = warmUpQueries(engine);
    expect(queries.slice(0, 4)).toEqual(['g', 'gra', 'grad', 'gradient']);
    expect(queries[5]).toBe('gradient descent');
    const vocabulary = engine.vocabulary.all();
    for (const query of queries) for (const word of query.split(' ')) expect(vocabulary.some((known) => known.startsWith(word))).toBe(true);
  });

  it('asks nothing of an empty library', () => {
    expect(warmUpQueries(new SearchEngine())).toEqual([]);
  });
});
