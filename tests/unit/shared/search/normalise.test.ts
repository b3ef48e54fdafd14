import { describe, expect, it } from 'vitest';
import { normaliseText, tokenize } from '../../../../shared/search/normalise';
import { boundedEditDistance } from '../../../../shared/text/edit-distance';
import { Vocabulary } from '../../../../shared/search/vocabulary';

describe('tokenize', () => {
  it('folds case, accents and compatibility forms', () => {
    expect(tokenize('Gödel’s ﬁnite ÉCOLE Ｆｕｌｌ')).toEqual(['godel', 's', 'finite', 'ecole', 'full']);
  });

  it('drops Arabic harakat but keeps the letters', () => {
    expect(tokenize('الْعَرَبِيَّة')).toEqual(['العربية']);
  });

  it('keeps Devanagari vowel signs, which are part of the word', () => {
    expect(tokenize('हिन्दी')).toEqual(['हिन्दी']);
  });

  it('splits on punctuation and drops very long runs', () => {
    expect(tokenize(`state-of-the-art, x${'a'.repeat(60)}`)).toEqual(['state', 'of', 'the', 'art']);
  });

  it('normalises composed and decomposed forms alike', () => {
    expect(normaliseText('e\u0301')).toBe(normaliseText('é'));
  });
});

describe('edit distance and vocabulary', () => {
  it('counts insertions, substitutions and swaps, stopping past the limit', () => {
    expect(boundedEditDistance('zonotpes', 'zonotopes', 2)).toBe(1);
    expect(boundedEditDistance('lerning', 'learning', 1)).toBe(1);
    expect(boundedEditDistance('teh', 'the', 1)).toBe(1);
    expect(boundedEditDistance('kernel', 'colonel', 1)).toBe(2);
  });

  it('expands prefixes and corrects typos against known words', () => {
    const vocabulary = new Vocabulary();
    for (const word of ['zonotopes', 'zonotope', 'zone', 'learning', 'learned', 'lean']) vocabulary.add(word);
    expect(vocabulary.withPrefix('lea', 10)).toEqual(['lean', 'learned', 'learning']);
    expect(vocabulary.withPrefix('zonotope', 10)).toEqual(['zonotopes']);
    expect(vocabulary.corrections('zonotpes', 5)).toEqual(['zonotopes', 'zonotope']);
    expect(vocabulary.corrections('zon', 5)).toEqual([]);
  });
});
