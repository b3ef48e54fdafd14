import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { strictCandidates } from '../../../../shared/search/strict-candidates';
import { strictStart } from '../../../../shared/search/strict-runs';
import { positionsOf } from '../../../../shared/search/title-bits';
import { followsWordChar } from '../../../../shared/search/title-match';

/** The word-start lists TitleLookup keeps: for each key of one to three characters, the titles with a word starting so. */
function wordStartLists(texts: readonly string[]): (key: string) => number[] {
  const lists = new Map<string, number[]>();
  texts.forEach((text, position) => {
    for (let at = 0; at < text.length; at += 1) {
      if (text.charAt(at) === ' ' || (at > 0 && followsWordChar(text, at))) continue;
      for (let length = 1; length <= 3 && at + length <= text.length; length += 1) {
        const key = text.slice(at, at + length);
        const list = lists.get(key) ?? [];
        if (list[list.length - 1] !== position) list.push(position);
        lists.set(key, list);
      }
    }
  });
  return (key) => lists.get(key) ?? [];
}

describe('strictCandidates', () => {
  it('lists every title where fuzzysort may match the term strictly', () => {
    const char = fc.constantFrom('a', 'b', 'e', 'n', 'r', ' ', '-', '1');
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: char, maxLength: 14 }), { maxLength: 30 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'e', 'n', 'r', '1'), minLength: 1, maxLength: 6 }),
        (texts, term) => {
          const found = strictCandidates(term, wordStartLists(texts), texts.length);
          const listed = new Set(found === null ? [] : positionsOf(found));
          texts.forEach((text, position) => {
            if (strictStart(text, term) >= 0) expect(listed.has(position), `${term} in ${text}`).toBe(true);
          });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('leaves out titles where the term cannot be split into word starts', () => {
    const texts = ['new reading list', 'neural rendering', 'the renal', 'nrl'];
    const found = strictCandidates('nrl', wordStartLists(texts), texts.length);
    expect(found === null ? null : [...positionsOf(found)]).toEqual([0, 3]);
    expect(strictCandidates('n-l', wordStartLists(texts), texts.length)).toBeNull();
  });
});
