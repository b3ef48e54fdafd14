import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankTitles } from '../../../../shared/search/rank-titles';
import { TitleLookup, type TitleEntry } from '../../../../shared/search/title-lookup';
import { MatchTier } from '../../../../shared/search/title-match';
import { abstractText, seededRandom, titleText } from '../../../../scripts/fixtures/synthetic-text';
import { displayTitle } from '../../../../shared/text/display-title';

// Small alphabets so random queries often hit every tier (exact, start, word start, contains, fuzzy).
const WORDS = ['energy', 'en', 'Énergie', 'prop', 'propagation', 'a', 'the', 'neural', 'net', '(x)', 'x-ray', 'x–ray', 'ΣΑ', 'e.g.', 'étude', '42', 'Søren', 'Łódź', '“so”'];
const word = fc.constantFrom(...WORDS);
const title = fc.oneof(
  fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join(' ')),
  fc.string({ unit: fc.constantFrom('a', 'e', 'n', ' ', '-', '(', 'É', 'r', 'g'), maxLength: 12 }),
);
const query = fc.oneof(word, fc.string({ unit: fc.constantFrom('a', 'e', 'n', ' ', 'r', 'g', 'p', '-', '('), maxLength: 5 }), title);

function ranked(entries: readonly TitleEntry[], typed: string, limit: number, exclude: ReadonlySet<number>): number[] {
  const offered = entries.filter((entry) => !exclude.has(entry.id));
  return rankTitles(offered, typed, (entry) => [entry.title], limit).map((found) => found.item.id);
}

describe('TitleLookup', () => {
  it('reads letters without a decomposition (ø, ł) and typographic dashes and quotes as their plain forms, in every tier', () => {
    const entries = ['Søren Kierkegaard reader', 'Łódź notes', 'x–y plots', '“Quoted” results'].map((text, id) => ({ id, title: text }));
    const lookup = TitleLookup.of(entries);
    for (const [typed, found] of [['soren', 0], ['lodz', 1], ['x-y', 2], ["'quoted'", 3]] as const) {
      expect(lookup.find(typed, 5).map((entry) => entry.id), typed).toEqual([found]);
      expect(ranked(entries, typed, 5, new Set()), typed).toEqual([found]);
    }
  });

  it('gives exactly the order rankTitles gives over every title, keystroke after keystroke', () => {
    fc.assert(
      fc.property(
        fc.array(title, { maxLength: 40 }),
        fc.array(query, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.nat(39), { maxLength: 3 }),
        (titles, queries, limit, excluded) => {
          const entries = titles.map((text, id) => ({ id, title: text }));
          const lookup = TitleLookup.of(entries);
          const exclude = new Set(excluded);
          for (const typed of queries) {
            // Typing a query out character by character exercises the narrowing of the previous answer.
            for (let end = 0; end <= typed.length; end += 1) {
              const prefix = typed.slice(0, end);
              expect(lookup.find(prefix, limit, (id) => !exclude.has(id)).map((entry) => entry.id)).toEqual(ranked(entries, prefix, limit, exclude));
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the order rankTitles gives over a library of paper titles, where two-word queries need the words and fuzzy tiers', () => {
    const random = seededRandom(11);
    const entries = Array.from({ length: 600 }, (_, id) => ({ id, title: titleText(random) }));
    const words = entries.slice(0, 16).map((entry) => entry.title.split(' ')[1] ?? 'a');
    const lookup = TitleLookup.of(entries);
    words.forEach((first, at) => {
      const second = words[(at + 5) % words.length] ?? 'a';
      // Typed letter by letter, as the picker sees it, so narrowing from the previous keystroke is exercised too.
      const typed = `${first} ${second.slice(0, 3)}`;
      for (let end = first.length; end <= typed.length; end += 1) {
        const prefix = typed.slice(0, end);
        for (const limit of [5, 30]) expect(lookup.find(prefix, limit).map((entry) => entry.id), prefix).toEqual(ranked(entries, prefix, limit, new Set()));
      }
    });
  });

  it('gives the order rankTitles gives over long titles taken from abstracts, for words, two-word queries and misspelt words', () => {
    const random = seededRandom(13);
    const entries = Array.from({ length: 500 }, (_, id) => ({ id, title: random() < 0.2 ? titleText(random) : displayTitle({ title: null, text: abstractText(random, 2) }) }));
    const words = entries.slice(0, 12).map((entry) => entry.title.split(/[^A-Za-z]+/).find((word) => word.length >= 5) ?? 'paper');
    const lookup = TitleLookup.of(entries);
    words.forEach((first, at) => {
      const misspelt = first.slice(0, first.length >> 1) + first.slice((first.length >> 1) + 1);
      const second = words[(at + 5) % words.length] ?? 'a';
      for (const typed of [`${first} ${second.slice(0, 3)}`, misspelt]) {
        for (let end = 1; end <= typed.length; end += 1) {
          const prefix = typed.slice(0, end);
          expect(lookup.find(prefix, 30).map((entry) => entry.id), prefix).toEqual(ranked(entries, prefix, 30, new Set()));
        }
      }
    });
  });

  it('gives the order rankTitles gives when thousands of titles begin alike, as abstracts without a title do', () => {
    const random = seededRandom(17);
    // Thousands of titles begin with "in this paper": the start tier skips the blocks of them that cannot hold an earlier title.
    const entries = Array.from({ length: 5000 }, (_, id) => ({ id, title: id % 7 === 0 ? titleText(random) : `In this paper, ${abstractText(random, 1)}` }));
    const alphabetical = [...entries].sort((a, b) => a.title.localeCompare(b.title) || a.id - b.id);
    const offer = (id: number): boolean => id % 3 !== 0;
    const excluded = new Set(entries.filter((entry) => !offer(entry.id)).map((entry) => entry.id));
    // In Title order, as the app holds them, and in an order unlike the sorted one.
    for (const held of [alphabetical, entries]) {
      const lookup = TitleLookup.of(held);
      for (const typed of ['i', 'in', 'in this', 'in this paper,', 'In this paper, we', 'on', 'paper we', 'this in']) {
        expect(lookup.find(typed, 30).map((entry) => entry.id), typed).toEqual(ranked(held, typed, 30, new Set()));
        expect(lookup.find(typed, 30, offer).map((entry) => entry.id), typed).toEqual(ranked(held, typed, 30, excluded));
      }
    }
  });

  it('finds every fuzzy match rankTitles finds, so pruning titles before scoring them drops none: initials, typos and words run together', () => {
    const random = seededRandom(19);
    const crafted = ['New reading list', 'Notes on reinforcement learning', 'Neural rendering losses', 'A new ranking list', 'Learning rates, revisited'];
    const generated = Array.from({ length: 1500 }, () => (random() < 0.7 ? titleText(random) : displayTitle({ title: null, text: abstractText(random, 1) })));
    const entries = [...generated, ...crafted].map((text, id) => ({ id, title: text }));
    const words = generated.slice(0, 40).flatMap((text) => text.toLowerCase().split(/[^a-z]+/).filter((word) => word.length >= 6));
    const dropMiddle = (word: string): string => word.slice(0, word.length >> 1) + word.slice((word.length >> 1) + 1);
    const swapMiddle = (word: string): string => word.slice(0, 2) + word.charAt(3) + word.charAt(2) + word.slice(4);
    const queries = [
      'nrl',
      'nwrdl',
      'lrn rte',
      'nrl lst',
      ...words.slice(0, 20).map(dropMiddle),
      ...words.slice(20, 35).map(swapMiddle),
      ...words.slice(0, 15).map((word, at) => `${dropMiddle(word)} ${(words[at + 9] ?? 'a').slice(0, 2)}`),
    ];
    const lookup = TitleLookup.of(entries);
    let fuzzyOnly = 0;
    for (const typed of queries) {
      const expected = rankTitles(entries, typed, (entry) => [entry.title], 30);
      if (expected.length > 0 && expected.every((found) => found.match?.tier === MatchTier.fuzzy)) fuzzyOnly += 1;
      for (const limit of [1, 5, 30]) expect(lookup.find(typed, limit).map((entry) => entry.id), typed).toEqual(expected.slice(0, limit).map((found) => found.item.id));
    }
    // Most of the queries match only fuzzily, or this would not test the fuzzy tier.
    expect(fuzzyOnly).toBeGreaterThan(queries.length / 2);
    expect(lookup.find('nrl', 30).map((entry) => entry.title)).toContain('New reading list');
  });

  it('answers in steps when paced, pausing in a long fuzzy search, with the same order as answering at once', async () => {
    const random = seededRandom(19);
    // Long titles from abstracts: a misspelt word's letters are in most of them, so the fuzzy tier takes several steps.
    const entries = Array.from({ length: 2000 }, (_, id) => ({ id, title: displayTitle({ title: null, text: abstractText(random, 2) }) }));
    const lookup = TitleLookup.of(entries);
    const offer = (id: number): boolean => id % 5 !== 0;
    let pauses = 0;
    const pause = (): Promise<void> => {
      pauses += 1;
      return Promise.resolve();
    };
    for (const typed of ['paper ana', 'stabilze', 'in this papr', 'netwrk', 'we shw that']) {
      pauses = 0;
      const paced = await lookup.findPaced(typed, 30, offer, { pause, step: 200 });
      expect(paced.map((entry) => entry.id), typed).toEqual(lookup.find(typed, 30, offer).map((entry) => entry.id));
      expect(paced.length, typed).toBeGreaterThan(0);
      expect(pauses, typed).toBeGreaterThan(1);
    }
  });

  it('stops a paced search once its signal aborts, and answers a literal match without pausing', async () => {
    const random = seededRandom(23);
    const entries = Array.from({ length: 2000 }, (_, id) => ({ id, title: displayTitle({ title: null, text: abstractText(random, 2) }) }));
    const lookup = TitleLookup.of(entries);
    const typing = new AbortController();
    let pauses = 0;
    const abortOnSecondPause = (): Promise<void> => {
      pauses += 1;
      if (pauses === 2) typing.abort(new Error('typed on'));
      return Promise.resolve();
    };
    await expect(lookup.findPaced('paper ana', 30, () => true, { pause: abortOnSecondPause, signal: typing.signal, step: 200 })).rejects.toThrow('typed on');
    expect(pauses).toBe(2);
    pauses = 0;
    const countPauses = (): Promise<void> => {
      pauses += 1;
      return Promise.resolve();
    };
    const literal = await lookup.findPaced('in this', 30, () => true, { pause: countPauses, step: 200 });
    expect(literal.map((entry) => entry.id)).toEqual(lookup.find('in this', 30).map((entry) => entry.id));
    expect(pauses).toBe(0);
  });

  it('builds in slices to the same lookup', async () => {
    const entries = ['Energy', 'energy waves', 'Synergy', 'Waves of energy', 'Enrgy'].map((title, id) => ({ id, title }));
    const sliced = await TitleLookup.build(entries, () => Promise.resolve(), undefined, 2);
    for (const typed of ['e', 'energy', 'nergy', 'enrg']) expect(sliced.find(typed, 10)).toEqual(TitleLookup.of(entries).find(typed, 10));
  });

  it('builds in slices of any size, pausing or not, to the same order as building at once', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.stringMatching(/^[a-cA-C ]{0,6}$/), { maxLength: 40 }),
        fc.integer({ min: 1, max: 9 }),
        fc.stringMatching(/^[a-c]{1,2}$/),
        async (titles, slice, typed) => {
          const entries = titles.map((title, id) => ({ id, title }));
          let pauses = 0;
          const pause = (): Promise<void> | undefined => (++pauses % 2 === 0 ? Promise.resolve() : undefined);
          const sliced = await TitleLookup.build(entries, pause, undefined, slice);
          expect(sliced.find(typed, 50)).toEqual(TitleLookup.of(entries).find(typed, 50));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('lists the first titles in the given order for an empty query, leaving out the excluded', () => {
    const lookup = TitleLookup.of([
      { id: 3, title: 'Alpha' },
      { id: 1, title: 'Beta' },
      { id: 2, title: 'Gamma' },
    ]);
    expect(lookup.find('  ', 2, (id) => id !== 3).map((entry) => entry.title)).toEqual(['Beta', 'Gamma']);
  });

  it('ranks a title starting with the query above an earlier one with it at a word start', () => {
    const lookup = TitleLookup.of([
      { id: 1, title: 'Waves of energy' },
      { id: 2, title: 'Energy propagation' },
      { id: 3, title: 'Synergy' },
    ]);
    expect(lookup.find('ener', 5).map((entry) => entry.id)).toEqual([2, 1]);
    expect(lookup.find('nergy', 5).map((entry) => entry.id)).toEqual([1, 2, 3]);
  });
});
