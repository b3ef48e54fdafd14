import { describe, expect, it } from 'vitest';
import { findSearchHits, mergeRanges, snippetAround } from '../../../../renderer/features/search/search-highlight';

const marked = (text: string, terms: string[], phrases: string[] = []): string[] =>
  findSearchHits(text, terms, phrases).map((hit) => text.slice(hit.start, hit.end));

describe('findSearchHits', () => {
  it('marks whole words case- and accent-insensitively', () => {
    expect(marked('Cyclical Learning Rates for training', ['cyclical', 'learning'])).toEqual(['Cyclical', 'Learning']);
    expect(marked('Zonotopés and zonotopes', ['zonotopes'])).toEqual(['Zonotopés', 'zonotopes']);
  });

  it('marks words a longer term begins, but not inside words', () => {
    expect(marked('learning learned relearn', ['learn'])).toEqual(['learning', 'learned']);
    expect(marked('an analysis', ['an'])).toEqual(['an']);
  });

  it('marks phrases across any whitespace', () => {
    expect(marked('the deep\nneural network', [], ['deep neural'])).toEqual(['deep\nneural']);
  });

  it('marks nothing without terms', () => {
    expect(findSearchHits('anything', [], [])).toEqual([]);
  });
});

describe('mergeRanges', () => {
  it('joins overlapping and touching ranges', () => {
    expect(mergeRanges([{ start: 5, end: 9 }, { start: 0, end: 3 }, { start: 3, end: 4 }, { start: 8, end: 12 }])).toEqual([
      { start: 0, end: 4 },
      { start: 5, end: 12 },
    ]);
  });
});

describe('snippetAround', () => {
  it('cuts an excerpt around the first hit, keeping the hits aligned', () => {
    const text = `${'lorem ipsum '.repeat(10)}the zonotopes of deep networks`;
    const snippet = snippetAround(text, findSearchHits(text, ['zonotopes'], []));
    expect(snippet?.text.startsWith('…')).toBe(true);
    const hit = snippet?.hits[0];
    expect(hit && snippet.text.slice(hit.start, hit.end)).toBe('zonotopes');
  });

  it('returns null when nothing matched', () => {
    expect(snippetAround('text', [])).toBeNull();
  });
});
